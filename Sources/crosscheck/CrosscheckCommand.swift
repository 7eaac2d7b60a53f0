import ArgumentParser

@main struct CrosscheckCommand: ParsableCommand {
  func run() throws {}
}
