import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the fifteenth pass, each a broad class seen failing on unseen text: a percentage right
/// after a verb of change, a part of an amount after ", including", what a priced thing costs,
/// jobs that have gone, a reference in apposition after a name of unknown kind, names after
/// place prepositions, lone opening words written in lowercase elsewhere, persons after a title
/// and a comma, a name after "for" owning a percentage, joiners located by "in", founding verbs of
/// unnamed things, "is worth", values of some of a group, and pronouns past nameless sentences.
@Suite struct ClaimFifteenthPassTests {
  /// The entity mentions of a text, as written → type.
  func entities(_ text: String) throws -> [(String, String)] {
    let doc = try annotated(text, published: 2024)
    return doc.entities.map { (String(doc.text.slice($0.range)), $0.type.rawValue) }
  }

  // MARK: Changes

  @Test func readsAPercentageRightAfterAVerbOfChangeAsNoShare() throws {
    let found = try claims(
      "Orvane Telecom holds 27 percent of the mobile market. Orvane shares fell 4 percent in "
        + "Oslo trading, and the stock of its rival rose 2 percent.")
    #expect(values(found, "share") == [27])
  }

  @Test func keepsAShareAVerbOfChangeLeadsToWithTo() throws {
    let found = try claims("Brisk Airways' share of the domestic market rose to 31 percent in 2023.")
    #expect(values(found, "share") == [31])
  }

  @Test func readsANameAfterForAsTheOwnerOfAPercentage() throws {
    let found = try claims(
      "Brisk Airways holds 44 percent of the domestic market, against 29 percent for Nordwind "
        + "Air.")
    #expect(found.filter { $0.attribute == "share" }.map(\.subject.name)
      == ["Brisk Airways", "Nordwind Air"])
    #expect(values(found, "share") == [44, 29])
  }

  @Test func readsJobsThatHaveGoneAsNoWorkforce() throws {
    let found = try claims(
      "The Delmont Hospital Trust employs 4,800 people. Around 600 jobs have gone at the trust's "
        + "clinics since 2021, and 90 jobs went at its laundry last year.")
    #expect(values(found, "workforce") == [4800])
  }

  @Test func readsAValueOfSomeOfAGroupAsNoValueOfTheName() throws {
    let found = try claims(
      "The Merrin Archipelago has 6,300 inhabitants on 40 islands, and three of them have fewer "
        + "than 20 residents.")
    #expect(values(found, "population") == [6300])
  }

  @Test func passesOverSentencesThatNameNothingForAPronounsReferent() throws {
    let found = try claims(
      "Storms hit Norway this week. The Talvik Harbour Board runs the ferry port. How big is the "
        + "task? Bigger than ever, say the crews. Its budget for 2022 is 8 million euros.")
    #expect(found.filter { $0.attribute == "budget" }.map(\.subject.name)
      == ["Talvik Harbour Board"])
  }

  @Test func readsLandThatWasSprayedAsNoArea() throws {
    let found = try claims(
      "The Hollin Forest Service manages woods covering 3,100 square kilometres. In 2021 its "
        + "planes sprayed 2,000 hectares against moths.")
    #expect(values(found, "area") == [3100])
  }

  // MARK: Founding

  @Test func readsAFoundingVerbOfAnUnnamedThingInAWhenClauseAsNoFoundingYear() throws {
    let found = try claims(
      "The Carrow Zoo Trust was founded in 1962. It now employs 85 people, up from 60 when the "
        + "new aquarium opened in 2015.")
    #expect(values(found, "founding_year") == [1962])
    #expect(values(found, "workforce").contains(85))
  }

  // MARK: Joining

  @Test func readsANameLocatedByInBeforeAsItsNthMemberAsTheJoiner() throws {
    let found = try claims(
      "The Baltic Museum Network has admitted the Maritime Museum in Klaipeda as its 31st member.")
    #expect(found.filter { $0.attribute == "member_count" }.map(\.subject.name)
      == ["Baltic Museum Network"])
    #expect(values(found, "member_count") == [31])
  }

  // MARK: Parts and prices

  @Test func readsAnAmountAfterCommaIncludingAsAPartOfTheOneBefore() throws {
    let found = try claims(
      "The Merrow City Museum spent 5.2 million pounds in 2023, including 700,000 pounds on a "
        + "new roof for the east wing.")
    #expect(values(found, "spending") == [5_200_000])
  }

  @Test func readsWhatAnUnnamedThingIsWorthAsNoRevenue() throws {
    let found = try claims(
      "The Lakeside Jazz Festival earned 2.3 million euros from tickets in 2023, and its new "
        + "sponsorship deal with a brewery is worth 4 million euros.")
    #expect(values(found, "revenue") == [2_300_000])
  }

  @Test func readsWhatAPricedThingCostsAsNoSpendingOrRevenue() throws {
    let found = try claims(
      "The Harwick Rowing Club had revenue of 410,000 euros in 2023, and a membership fee costs "
        + "90 euros a season.")
    #expect(values(found, "revenue") == [410_000])
  }

  // MARK: References

  @Test func readsAReferenceInAppositionAsTheNameBeforeIt() throws {
    let found = try claims(
      "The Dunmore Dairy Federation has 40 members. Most of them sell through Brevik Foods, the "
        + "marketing cooperative that employs about 260 people at its plant.")
    #expect(found.filter { $0.attribute == "workforce" }.map(\.subject.name) == ["Brevik Foods"])
  }

  @Test func readsANameAfterAroundOrNearAsNoReferentOfALaterReference() throws {
    let found = try claims(
      "The Holmby Beekeepers' Union was founded in 1950 by hobbyists around Tarsby. Today it "
        + "lobbies the government and trains beginners. Its budget for 2021 is 90,000 euros.")
    #expect(found.filter { $0.attribute == "budget" }.map(\.subject.name)
      == ["Holmby Beekeepers' Union"])
  }

  @Test func readsALoneOpeningWordWrittenInLowercaseElsewhereAsNoName() throws {
    let found = try claims(
      "The Holmby Beekeepers' Union was founded in 1950 by 30 beekeepers. Beekeepers paid as "
        + "much as 40 euros a hive last year. Today it lobbies the government. Its budget for "
        + "2021 is 90,000 euros.")
    #expect(found.filter { $0.attribute == "budget" }.map(\.subject.name)
      == ["Holmby Beekeepers' Union"])
  }

  @Test func readsTwoWordsAfterACommaAndALowercaseTitleAsAPerson() throws {
    let found = try entities(
      "\"Costs doubled,\" said the museum's curator, Ilse Marten, 58. Ilse Marten joined in 2001.")
    #expect(found.filter { $0.0 == "Ilse Marten" }.map(\.1) == ["person", "person"])
  }
}
