// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Crosscheck",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "crosscheck", targets: ["crosscheck"]),
    .library(
      name: "Crosscheck",
      targets: [
        "CrosscheckCore", "CrosscheckIngest", "CrosscheckCorpus", "CrosscheckText", "CrosscheckTagging",
        "CrosscheckClaims", "CrosscheckReconcile", "CrosscheckReports", "CrosscheckPipeline",
        "CrosscheckStore",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .target(name: "CrosscheckCore"),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "CrosscheckIngest", dependencies: ["CrosscheckCore", "CLibXML2"]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "CrosscheckCorpus", dependencies: ["CrosscheckCore", "CZlib"]),
    .target(name: "CrosscheckText", dependencies: ["CrosscheckCore"]),
    .target(name: "CrosscheckTagging", dependencies: ["CrosscheckCore"]),
    .target(name: "CrosscheckClaims", dependencies: ["CrosscheckCore"]),
    .target(name: "CrosscheckReconcile", dependencies: ["CrosscheckCore"]),
    .target(name: "CrosscheckReports", dependencies: ["CrosscheckCore", "CrosscheckReconcile"]),
    .target(
      name: "CrosscheckPipeline",
      dependencies: [
        "CrosscheckCore", "CrosscheckIngest", "CrosscheckCorpus", "CrosscheckText", "CrosscheckTagging",
        "CrosscheckClaims", "CrosscheckReconcile", "CrosscheckReports",
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "CrosscheckStore",
      dependencies: [
        "CrosscheckPipeline", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .executableTarget(
      name: "crosscheck",
      dependencies: [
        "CrosscheckPipeline", "CrosscheckIngest", "CrosscheckCorpus", "CrosscheckText", "CrosscheckTagging",
        "CrosscheckStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "CrosscheckCoreTests", dependencies: ["CrosscheckCore"]),
    .testTarget(
      name: "CrosscheckIngestTests", dependencies: ["CrosscheckIngest"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "CrosscheckCorpusTests", dependencies: ["CrosscheckCorpus"]),
    .testTarget(name: "CrosscheckStoreTests", dependencies: ["CrosscheckStore"]),
    .testTarget(name: "CrosscheckTextTests", dependencies: ["CrosscheckText"]),
    .testTarget(name: "CrosscheckTaggingTests", dependencies: ["CrosscheckTagging"]),
    .testTarget(
      name: "CrosscheckClaimsTests", dependencies: ["CrosscheckClaims", "CrosscheckPipeline"],
      exclude: ["Labelled", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14", "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21", "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28", "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35", "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41", "HeldOut42", "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47", "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51", "HeldOut52", "HeldOut53", "HeldOut54", "HeldOut55", "HeldOut56", "HeldOut57", "HeldOut58", "HeldOut59", "HeldOut60", "HeldOut61", "HeldOut62", "HeldOut63", "HeldOut64", "HeldOut65", "HeldOut66", "HeldOut67", "HeldOut68", "HeldOut69", "HeldOut70", "HeldOut71", "HeldOut72", "HeldOut73", "HeldOut74"]),
    .testTarget(name: "CrosscheckReconcileTests", dependencies: ["CrosscheckReconcile"]),
    .testTarget(
      name: "CrosscheckPipelineTests", dependencies: ["CrosscheckPipeline", "CrosscheckCorpus"],
      resources: [.copy("Fixtures")]),
  ]
)
