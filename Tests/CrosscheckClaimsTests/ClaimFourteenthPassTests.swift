import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// Rules of the fourteenth pass, each a broad class seen failing on unseen text: place names with
/// hyphenated particles and their short names, French and Italian particles inside names, aliases
/// introduced by "known as", two-word titles, a counted thing that a pronoun continues, a value in
/// a relative clause, a name located by "in" another, the subject of the sentence before, a
/// present verb after a dated aside, "when it was set up", an "of" past a comma, ports, ordinals
/// dated by "which joined", founders after an article, counts in fronted participle phrases,
/// officers of a named police body, hyphenated name pairs and totals, compared years, ", and"
/// before a share, size adjectives before a reference noun, gains, bare values after "has",
/// appositions before a figure, quoted questions, targets, and quoted "we" for a body.
@Suite struct ClaimFourteenthPassTests {
  /// The entity mentions of a text, as written → canonical.
  func entities(_ text: String) throws -> [(String, String)] {
    let doc = try annotated(text, published: 2024)
    return doc.entities.map { (String(doc.text.slice($0.range)), $0.canonical) }
  }

  // MARK: Names

  @Test func readsAPlaceNameWithHyphenatedParticlesAsOneName() throws {
    let found = try claims(
      "Housing is short in the valley. Of the smaller towns, Stanmore-on-Tees had 41,300 "
        + "residents. Boulogne-sur-Orne has 9,200 inhabitants.")
    #expect(subjects(found, "population") == ["Stanmore-on-Tees", "Boulogne-sur-Orne"])
  }

  @Test func readsTheFirstWordOfAHyphenatedPlaceAsItsShortName() throws {
    let found = try claims(
      "Kelby-upon-Arn Borough Council approved a budget of 18 million pounds for 2024. Kelby "
        + "covers 19 square kilometres on both banks of the Arn.")
    #expect(subjects(found, "budget") == ["Kelby-upon-Arn Borough Council"])
    #expect(subjects(found, "area") == ["Kelby-upon-Arn"])
  }

  @Test func keepsAFrenchParticleInsideACompanyName() throws {
    let found = try claims("The bakery chain Maison du Pain employs 310 people in Lyon.")
    #expect(subjects(found, "workforce") == ["Maison du Pain"])
  }

  @Test(arguments: [
    "The Harl Rowing League, known to fans simply as the Harlig, has 14 member clubs. The Harlig "
      + "employs four people.",
    "The Harl Rowing League, better known as Harlig, has 14 member clubs. Harlig employs four "
      + "people.",
  ])
  func readsAnAliasIntroducedByKnownAs(_ text: String) throws {
    let found = try claims(text)
    #expect(subjects(found, "member_count") == ["Harl Rowing League"])
    #expect(subjects(found, "workforce") == ["Harl Rowing League"])
    #expect(values(found, "workforce") == [4])
  }

  @Test func readsAnAliasNamedByItsOperationalName() throws {
    let found = try claims(
      "The Orm Valley Police Mission, better known by its code name, Stonebridge, got a new head "
        + "on Monday. Stonebridge was launched in 2019.")
    #expect(subjects(found, "founding_year") == ["Orm Valley Police Mission"])
  }

  @Test func readsNoNameInTheFirstWordOfATwoWordTitle() throws {
    let found = try entities(
      "The fleet was handed to Rear Admiral Ana Reyes on Monday, and Vice Admiral Tom Lund left.")
    #expect(!found.contains { $0.0 == "Rear" || $0.0 == "Vice" })
    #expect(found.contains { $0.1 == "Ana Reyes" })
  }

  // MARK: Subjects

  @Test func continuesACountedThingThatOpenedTheSentenceBeforeWithAPronoun() throws {
    let found = try claims(
      "Spain sent a frigate to the Orm Strait Naval Force on Monday. Seawall, as the force is "
        + "known, has grown. The Orm Strait Naval Force was launched in 2019. At its launch it had "
        + "about 1,800 sailors.", published: 2024)
    #expect(subjects(found, "force_size") == ["Orm Strait Naval Force"])
    #expect(years(found, "force_size") == [2019])
  }

  @Test func givesAValueInARelativeClauseToTheNameTheClauseFollows() throws {
    let found = try claims(
      "Halden Mills holds 9.5 percent of the European rope market, behind Tarvik, which has about "
        + "24 percent. The largest employer in Orm is still Dunmere College, which has a staff of "
        + "900.")
    #expect(subjects(found, "share") == ["Halden Mills", "Tarvik"])
    #expect(subjects(found, "workforce") == ["Dunmere College"])
  }

  @Test func readsNoSubjectAfterAnOfPastAComma() throws {
    let found = try claims(
      "Sales grew in Kelby. The largest employer is still Kelby Hospital Trust, which has a staff "
        + "of 2,900, ahead of the city government.")
    #expect(subjects(found, "workforce") == ["Kelby Hospital Trust"])
  }

  @Test func readsANameAfterInAnotherNameAsItsPlace() throws {
    let found = try claims(
      "The workshop where she trained, Orbis & Lane in Dunlow, employed 140 people in 1990. Today "
        + "it employs 22.", published: 2024)
    #expect(subjects(found, "workforce") == ["Orbis & Lane", "Orbis & Lane"])
    #expect(years(found, "workforce") == [1990, 2024])
  }

  // MARK: Years

  @Test func datesAPresentVerbAfterADatedAsideByThePublication() throws {
    let found = try claims(
      "The Orm Water Board, established by Act of Parliament in 1871, now employs 318 people.",
      published: 2024)
    #expect(values(found, "workforce") == [318])
    #expect(years(found, "workforce") == [2024])
  }

  @Test func datesAValueWhenItWasSetUpByTheFoundingYearBefore() throws {
    let found = try claims(
      "Set up in 2015 by the regional government, the Kelby Transit Agency employs 412 staff, up "
        + "from 260 when it was set up.", published: 2024)
    #expect(values(found, "workforce") == [412, 260])
    #expect(years(found, "workforce") == [2024, 2015])
  }

  @Test func readsAPortOfNPeopleAsAPopulationNotAWorkforce() throws {
    let found = try claims(
      "The Orm Sea Commission employs 23 people at its secretariat in Kelby, a port of about "
        + "410,000 people.")
    #expect(values(found, "workforce") == [23])
    #expect(subjects(found, "population") == ["Kelby"])
  }

  @Test func datesAnOrdinalOfJoiningByTheRelativeClauseThatTellsTheJoining() throws {
    let found = try claims(
      "The Orm Valley Police Mission was extended on Monday. Its officers come from 11 countries; "
        + "Latvia, which joined in 2021, was the ninth contributor.", published: 2024)
    #expect(values(found, "contributing_countries") == [11, 9])
    #expect(years(found, "contributing_countries") == [2024, 2021])
  }

  @Test func datesFoundersAfterAnArticleByTheFoundingYear() throws {
    let found = try claims(
      "The Kelby Basin Water Commission was established in 1998 by the four states of the "
        + "southern shore, and it met in Kelby.", published: 2024)
    #expect(values(found, "member_count") == [4])
    #expect(years(found, "member_count") == [1998])
  }

  @Test func givesACountInAFrontedParticiplePhraseToTheMainClauseSubject() throws {
    let found = try claims(
      "The Harl Rowing League admitted Orm Lakeside on Saturday. Orm Lakeside was founded in "
        + "1961. Founded in 1972 with eight clubs from Norway and Sweden, the league added its "
        + "first Danish members in 1994.")
    #expect(subjects(found, "member_count") == ["Harl Rowing League"])
    #expect(years(found, "member_count") == [1972])
  }

  // MARK: Attributes

  @Test func readsOfficersOfANamedPoliceBodyAsPoliceStrength() throws {
    let found = try claims(
      "The Kelby Border Police has about 4,800 officers. The Orm Rapid Force has 2,000 officers.")
    #expect(values(found, "police_strength") == [4800])
    #expect(values(found, "force_size") == [2000])
  }

  @Test func readsNoShareOfANameInAHyphenatedPairOrOfATotal() throws {
    let found = try claims(
      "Halden Lines carries containers. Its share of Europe-Asia capacity has risen from 9 percent "
        + "in 2020. Sales outside Europe made up 44 percent of the total.", published: 2024)
    #expect(subjects(found, "share") == ["Halden Lines"])
    #expect(values(found, "share") == [9])
  }

  @Test func readsNoYearOfAComparedValueAfterThanItDid() throws {
    let found = try claims(
      "The Kelby Town Council has kept a tight rein on costs: it spent 21 million pounds last "
        + "year, less than it did in 2019, and it employs 410 people.", published: 2024)
    #expect(values(found, "workforce") == [410])
    #expect(years(found, "workforce") == [2024])
  }

  @Test func givesAPercentageAfterACommaAndToTheNameThere() throws {
    let found = try claims(
      "Tarvik Freight became the fifth member of the Kelby Rail Alliance on Monday, and the "
        + "enlarged group now controls about 14 percent of the freight market. Halden Mills holds "
        + "9 percent of the rope market, behind Dunmere Cord, which has 24 percent, and Orm Twine, "
        + "with 16 percent.")
    #expect(subjects(found, "share") == [
      "Kelby Rail Alliance", "Halden Mills", "Dunmere Cord", "Orm Twine",
    ])
  }

  @Test func readsAReferenceWhoseNounASizeAdjectiveDescribes() throws {
    let found = try claims(
      "The Orm Strait Naval Force named a new commander from Spain on Monday, as two frigates "
        + "joined the 3,100-strong force.")
    #expect(subjects(found, "force_size") == ["Orm Strait Naval Force"])
    #expect(values(found, "force_size") == [3100])
  }

  @Test func readsNoPopulationFromResidentsGainedOrLost() throws {
    let found = try claims(
      "Kelby gained 6,100 residents last year. Dunmere lost 900 inhabitants. Orm has 12,000 "
        + "residents.")
    #expect(values(found, "population") == [12000])
  }

  @Test func readsABareValueAfterHasAsTheUnitOfAnEarlierNumber() throws {
    let found = try claims(
      "The provincial capital, Kelby, gained 6,100 residents and now has 388,000. The Orm Nurses "
        + "Union has gained 9,000 members since 2020, when it had 55,000.", published: 2024)
    #expect(values(found, "population") == [388_000])
    #expect(values(found, "member_count").contains(55_000))
  }

  @Test func readsAOneWordNameOpeningASentenceBeforeAnAppositionAndAFigure() throws {
    let found = try claims(
      "Spain sent a frigate to the strait. Kelvaria, the largest coastal state, has an army of "
        + "about 45,000 soldiers.")
    #expect(subjects(found, "force_size") == ["Kelvaria"])
  }

  @Test func readsContributorsFromAnOrdinalCountryToContributeAndFromSailorsFromCountries() throws {
    let found = try claims(
      "Spain signed on. Chile became the 13th country to contribute floats to the Orm Sea Float "
        + "Array. The Orm Strait Naval Force has about 1,800 sailors and marines from five "
        + "countries.", published: 2024)
    #expect(values(found, "contributing_countries") == [13, 5])
    #expect(subjects(found, "contributing_countries") == [
      "Orm Sea Float Array", "Orm Strait Naval Force",
    ])
  }

  @Test func readsNoClaimInAQuotedQuestionBeforeItsAttribution() throws {
    let found = try claims(
      "The Orm Sea Commission met in Kelby. \"Can seven countries agree where six could not?\" "
        + "asked one delegate. The commission has six member states.")
    #expect(values(found, "member_count") == [6])
  }

  @Test func readsNoValueReachedByAYearAfterThePublication() throws {
    let found = try claims(
      "The Kelby statistics office projects 1.3 million residents by 2035. Kelby has 1.1 million "
        + "residents.", published: 2024)
    #expect(values(found, "population") == [1_100_000])
  }

  @Test func readsQuotedWeAsTheBodyAReferenceNamesNotThePersonBeforeIt() throws {
    let found = try claims(
      "Ann Pell, 72, chairs the Guild of Rope Makers, the body that sets the standards for the "
        + "craft. \"Now we have 1,140 members, and a third of them are under 40.\"")
    #expect(subjects(found, "member_count") == ["Guild of Rope Makers"])
  }
}
