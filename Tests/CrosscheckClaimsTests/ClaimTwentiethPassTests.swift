import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twentieth pass, each a broad class seen failing on unseen text: a dateline place
/// followed by a dash with no comma, a quoted "we" in a quotation running on from the sentence
/// before (after a speaker's title), and "The group" or "The company" opening a sentence after a
/// sentence whose subject is a name the text has not typed (a company noun only: "The mission"
/// after a place stays on the mission).
@Suite struct ClaimTwentiethPassTests {
  // MARK: Datelines

  @Test func readsAQuotedWeAsTheBodyAfterADatelineWithOnlyADash() throws {
    let found = try claims(
      "BRAMHOLT - Quillon Velo Makers today opened a second assembly hall.\n\n"
        + "\"We now employ 230 people,\" said a spokeswoman.", published: 2025)
    #expect(values(found, "workforce") == [230])
    #expect(subjects(found, "workforce") == ["Quillon Velo Makers"])
  }

  // MARK: References

  @Test func readsTheGroupAsTheUntypedNameOpeningTheSentenceBefore() throws {
    let found = try claims(
      "The Tarnwick Ferry Cooperative runs four boats. Its harbour was rebuilt in 2019. "
        + "Velmora had revenue of 80 million euros in 2024. The group employs 640 people.",
      published: 2025)
    #expect(values(found, "workforce") == [640])
    #expect(subjects(found, "workforce") == ["Velmora"])
  }

  @Test func readsTheCompanyAsTheUntypedNameInAnOpeningApposition() throws {
    let found = try claims(
      "The Dunstow Orchards Cooperative sells apples. The biggest rival, Harlan Fields, grows "
        + "pears on its farms. The company was founded in 1962.", published: 2025)
    #expect(years(found, "founding_year").isEmpty == false)
    #expect(subjects(found, "founding_year") == ["Harlan Fields"])
  }

  @Test func keepsAMissionAfterAPlaceOnTheMission() throws {
    let found = try claims(
      "The United Nations Observer Mission in Tessaly was cut last year. Tessaly held an "
        + "election in March. The mission had 1,300 personnel at its peak in 2018.",
      published: 2025)
    #expect(values(found, "force_size") == [1300])
    #expect(subjects(found, "force_size") == ["United Nations Observer Mission in Tessaly"])
  }

  // MARK: Quotations

  @Test func readsWeInAQuotationRunningOnAsTheBodyOfTheSpeakersTitle() throws {
    let found = try claims(
      "Brannoch Dairy sells cheese in six towns. Orrin Taskel, treasurer of the Northfold "
        + "Cheesemakers Guild, says prices are rising. \"Our guild is old. Today we have 85 "
        + "members,\" he said.", published: 2025)
    #expect(values(found, "member_count") == [85])
    #expect(subjects(found, "member_count") == ["Northfold Cheesemakers Guild"])
  }
}
