import Testing
@testable import CrosscheckCore

@Suite struct ContentHashTests {
  @Test func matchesKnownSHA256Digests() {
    #expect(ContentHash.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(ContentHash.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = String(repeating: "a", count: 1000)
    #expect(ContentHash.hex(long.utf8) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }

  @Test func sameTextGivesSameShortID() {
    #expect(ContentHash.id(of: "Hello") == ContentHash.id(of: "Hello"))
    #expect(ContentHash.id(of: "Hello") != ContentHash.id(of: "Hello."))
    #expect(ContentHash.id(of: "x").count == 16)
  }
}

@Suite struct PartialDateTests {
  @Test(arguments: [("2017-01-10", "2017-01-10"), ("2016-08", "2016-08"), ("2020", "2020"),
                    ("2019-03-02T10:00:00Z", "2019-03-02")])
  func readsISODatesAtTheirPrecision(_ input: String, _ expected: String) {
    #expect(PartialDate(iso: input)?.description == expected)
  }

  @Test func rejectsTextThatIsNotADate() {
    #expect(PartialDate(iso: "May 2017") == nil)
    #expect(PartialDate(iso: "20") == nil)
  }

  @Test func slicesByUTF8ByteOffsets() {
    let text = "Zürich has 400,000 people"
    #expect(text.slice(TextRange(0, 7)) == "Zürich")
  }
}
