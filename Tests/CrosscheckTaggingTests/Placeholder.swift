import Testing
@testable import CrosscheckTagging
@Test func placeholder() { #expect(1 + 1 == 2) }
