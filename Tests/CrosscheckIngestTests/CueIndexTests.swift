@testable import CrosscheckIngest
import Testing

/// The one-pass phrase search behind the boilerplate checks: every cue is found wherever it
/// stands, at word boundaries, whatever the number of cues sharing a first byte.
@Suite struct CueIndexTests {
  static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

  @Test func findsAnyOfManyCuesSharingTheirFirstByteAnywhereInTheText() {
    let cues = CueIndex(["sign up", "subscribe", "support us", "s'abonner"].map(Self.bytes))
    #expect(cues.occurs(in: Self.bytes("to read on, please support us today")))
    #expect(cues.occurs(in: Self.bytes("s'abonner")))
    #expect(!cues.occurs(in: Self.bytes("the signal was supported by most members")))
  }

  @Test func needsAWordBoundaryOnTheSidesWhereTheCueHasALetter() {
    let cues = CueIndex([Self.bytes("app"), Self.bytes("(credit:")])
    #expect(!cues.occurs(in: Self.bytes("a happy apple")))
    #expect(cues.occurs(in: Self.bytes("get the app.")))
    #expect(cues.occurs(in: Self.bytes("a harbour view(credit: jane roe)")))
  }

  @Test func letsAWordFollowNonASCIIPunctuation() {
    let cues = CueIndex([Self.bytes("síguenos")])
    #expect(cues.occurs(in: Self.bytes("¡síguenos en la red!")))
    #expect(!cues.occurs(in: Self.bytes("nosíguenos")))
  }

  @Test func matchesAParagraphStartIgnoringASCIICaseAndStoppingAtAWordEnd() {
    let cues = CueIndex(["subscribe", "©"].map(Self.bytes))
    #expect(cues.starts(Self.bytes("Subscribe to our letters")))
    #expect(!cues.starts(Self.bytes("Subscribers grew by 4 percent")))
    #expect(cues.starts(Self.bytes("©2024 Harbour Press")))
    #expect(!cues.starts(Self.bytes("")))
    #expect(!CueIndex([]).occurs(in: Self.bytes("anything")))
  }
}
