import Testing
@testable import CrosscheckText
@Test func placeholder() { #expect(1 + 1 == 2) }
