import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 13: a plain-text article read as `crosscheck run` reads it, its headline
/// the first paragraph. The headline gives no claims, the article's opening is the first sentence
/// after it, its names do not count as the body's, and the short name it gives a body ("Pruett
/// Freight") is the body's full name ("Pruett Freight Services").
@Suite struct ClaimThirtyThirdPassTests {
  /// The claims of a plain-text article: a title line, a dateline, then the body.
  private func ingested(_ text: String) throws -> [Claim] {
    try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: text)).claims
  }

  @Test func readsNoClaimFromTheHeadline() throws {
    let found = try ingested("""
      Orla Valley transit agency adopts $96.5 million budget
      March 4, 2025

      The Orla Valley Transit Authority adopted a $96.5 million operating budget for 2025 on \
      Monday.
      """)
    let budgets = found.filter { $0.attribute == "budget" }
    #expect(budgets.count == 1)
    #expect(budgets.first?.subject.name == "Orla Valley Transit Authority")
  }

  @Test func speaksForTheBodyTheOpeningNamesNotForAQuoteInTheHeadline() throws {
    let found = try ingested("""
      "We cannot find enough drivers": the new chair of the hauliers' guild
      October 14, 2025

      Mara Tenby, a haulier from Dunmore, became chair of the Guild of Kessan Hauliers last month. \
      She talked to our reporter about drivers and money.

      How big is the guild now?

      We have 1,240 members, up from about 1,000 when I joined in 2016.

      Is that a lot?

      We were founded in 1931 by nine carriers.
      """)
    let members = found.filter { $0.attribute == "member_count" && $0.value.low == 1240 }
    #expect(members.first?.subject.name == "Guild of Kessan Hauliers")
    let founded = found.filter { $0.attribute == "founding_year" }
    #expect(founded.first?.subject.name == "Guild of Kessan Hauliers")
  }

  @Test func readsACompanysFirstWordAsTheFullNameTheBodyGivesNotTheHeadlinesShortOne() throws {
    let found = try ingested("""
      Castellane to buy Pruett Freight in 780 million euro deal
      May 8, 2025

      Castellane Logistics said on Thursday it would buy Pruett Freight Services from its \
      founding family.

      Pruett employs 7,200 people and had revenue of 1.14 billion euros in 2024.
      """)
    let staff = found.filter { $0.attribute == "workforce" && $0.value.low == 7200 }
    #expect(staff.first?.subject.name == "Pruett Freight Services")
  }

  @Test func givesAHeadlinesShortNameTheOneLongerNameTheBodyGoesOnFromItWith() throws {
    let document = try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: """
      Dunraven Cement cuts 300 jobs
      June 2, 2025

      The Dunraven Cement Company said on Monday it would close its oldest kiln. The company \
      employs 1,900 people.
      """))
    let headline = try #require(document.headlineParagraph)
    let inHeadline = document.entities.filter { $0.range.end <= headline.end }
    #expect(inHeadline.contains { $0.canonical == "Dunraven Cement Company" })
    #expect(!document.entities.contains { $0.canonical == "Dunraven Cement" })
  }

  @Test func keepsAHeadlinesNameThatALongerNameIsNamedAfter() throws {
    let document = try defaultPipeline.annotate(ClaimEvaluation.document(file: "a.txt", text: """
      Port Ardent grows again
      June 2, 2025

      The Port Ardent Airport Authority said on Monday that passenger numbers rose.
      """))
    #expect(document.entities.contains { $0.canonical == "Port Ardent" })
  }

  @Test func startsANameAfterAGroupNounAndOf() throws {
    let found = try claims(
      "Members of the Tessel Valley Energy Co-operative voted on Saturday. The co-operative employs six people.",
      published: 2025)
    #expect(subjects(found, "workforce") == ["Tessel Valley Energy Co-operative"])
  }

  @Test func readsNoNameInAGroupNounOfTwoWords() throws {
    let document = try annotated(
      "The Heads of State met in Ravella. The Member States of the Orlan Customs Union number six.")
    #expect(!document.entities.contains { $0.canonical.hasPrefix("Heads") || $0.canonical.hasPrefix("Member") })
    #expect(document.entities.contains { $0.canonical == "Orlan Customs Union" })
  }

  @Test func namesACountryByTheNameAfterItsStateForm() throws {
    let found = try claims(
      "The Republic of Kelvaria has about 19 million inhabitants. Kelvaria covers 610,000 square kilometres.",
      published: 2025)
    #expect(subjects(found, "population") == ["Kelvaria"])
    #expect(subjects(found, "area") == ["Kelvaria"])
  }

  @Test func keepsANameTheStateFormOpensWhenABodysHeadEndsIt() throws {
    let document = try annotated("The Kingdom of Darvand Defence Council met on Monday.")
    #expect(!document.entities.contains { $0.canonical == "Darvand" })
  }

  @Test func keepsALegalEndingInACompanysNameAndReadsTheShortFormAsIt() throws {
    let found = try claims(
      "Halvern Shipping Group plc reported its results. Halvern Shipping Group employs 4,820 people.",
      published: 2025)
    #expect(subjects(found, "workforce") == ["Halvern Shipping Group plc"])
  }
}
