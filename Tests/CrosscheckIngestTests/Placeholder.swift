import Testing
@testable import CrosscheckIngest
@Test func placeholder() { #expect(1 + 1 == 2) }
