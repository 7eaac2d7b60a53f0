import CrosscheckPipeline
import Foundation
import Testing

/// Runs `command` and returns its exit status, or nil when it cannot start.
func exitStatus(_ command: [String], environment: [String: String] = [:]) -> Int32? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = command
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { return nil }
  process.waitUntilExit()
  return process.terminationStatus
}

/// The debug build of the command, next to the test bundle.
let builtBinary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("crosscheck").path

/// Spark runs only where pyspark and Java are installed (see Pipelines/spark/README.md).
let sparkAvailable = exitStatus(["python3", "-c", "import pyspark"]) == 0 && exitStatus(["java", "-version"]) == 0
  && FileManager.default.isExecutableFile(atPath: builtBinary)

@Suite(.serialized) struct SparkLocalModeTests {
  @Test(.enabled(if: sparkAvailable, "needs pyspark, Java and the built crosscheck binary"))
  func sparkRunEqualsASingleMachineRunAfterSorting() async throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("cc-spark-\(UUID().uuidString)").path
    let status = exitStatus(
      ["python3", "Pipelines/spark/crosscheck_spark.py".relativeToRoot, "--input", "Corpus".relativeToRoot,
       "--output", out, "--binary", builtBinary, "--pipeline", "Pipelines/default.yml".relativeToRoot,
       "--partitions", "3", "--master", "local[2]"],
      environment: ["SPARK_LOCAL_IP": "127.0.0.1"])
    #expect(status == 0)
    let pipeline = try Pipeline.load(file: "Pipelines/default.yml".relativeToRoot)
    let single = try OutputWriter.render(
      await CorpusRun(pipeline: pipeline).run(inputs: ["Corpus".relativeToRoot]), pipeline: "default", corpus: "Corpus")
    for name in ["claims.jsonl", "conflicts.jsonl", "reconciled.jsonl"] {
      let spark = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
      let sorted = { (text: String) in text.split(separator: "\n").sorted() }
      #expect(sorted(spark) == sorted(single[name] ?? ""), "\(name) differs between Spark and one machine")
    }
  }
}
