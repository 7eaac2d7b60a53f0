import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 20, each found on the tuned sets and checked here on articles of other
/// subjects.
@Suite struct ClaimFortiethPassTests {
  @Test func readsANameBesideItsCapitalizedAdjectiveAsACountryThatTheCountryPointsBackTo() throws {
    let found = try ingested("""
      Viewing shifts
      2025-05-12

      Viewers in Merovia are leaving the old channels, the Merovian Audience Board said. Kestrel \
      One, the most watched channel, lost viewers for a third year. The country has about 4.2 \
      million inhabitants.
      """)
    #expect(subjects(found, "population") == ["Merovia"])
  }

  @Test func keepsANameWithoutAnAdjectiveOfItsOwnAsANameOfUnknownKind() throws {
    let doc = try annotated("""
      Kestrel One, the most watched channel, lost viewers. Kestrel is a bird.
      """, published: 2025)
    #expect(!doc.entities.contains { $0.type == .country })
  }

  @Test func givesAnUnnamedCountryOfSomeMillionPeopleToTheCountryTheTextNames() throws {
    let found = try ingested("""
      Rowing union grows
      2025-05-12

      The Lessarian Rowing Union, founded in 1961, now has 4,200 members in 38 clubs. "That is a \
      lot for a country of 2.3 million people," its chair said. Lessaria has hosted the regional \
      championships twice.
      """)
    #expect(subjects(found, "population") == ["Lessaria"])
    #expect(subjects(found, "member_count") == ["Lessarian Rowing Union"])
  }

  @Test func givesACountryOfSomeMillionInAppositionToTheNameBeforeItOverAnotherCountry() throws {
    // Drossia is a country (its adjective is written too), Velland a name of unknown kind: the
    // apposition decides, not the kind.
    let found = try ingested("""
      Border talks
      2025-05-12

      Drossia, with 9.1 million people, is more than twice as populous as Velland, a country of \
      roughly 4.1 million. Drossian officials sent observers.
      """)
    #expect(subjects(found, "population").last == "Velland")
    #expect(values(found, "population").last == 4_100_000)
  }

  @Test func dropsAnOrdinalOfJoiningThatACountOfTheSameYearStates() throws {
    let found = try ingested("""
      Chess league grows
      2025-09-02

      The Marsh Valley Chess League now has 16 clubs, after Orrin Knights became its sixteenth \
      member on Saturday. The Tarn Darts League admitted Kell Arrows as its ninth member.
      """)
    let counts = found.filter { $0.attribute == "member_count" }
    #expect(counts.map(\.subject.name) == ["Marsh Valley Chess League", "Tarn Darts League"])
    #expect(counts.map(\.value.modifier) == [.exact, .atLeast])
  }

  @Test func readsNoWorkforceOfABodyFromWhatTheBodiesItGroupsEmploy() throws {
    let found = try ingested("""
      Chamber warns on rates
      2025-09-02

      The Kestle Chamber of Commerce, whose 420 member companies employ about 18,000 people, \
      warned on Tuesday about business rates. The chamber itself employs 14 people. Between them, \
      our members employ around 9,000 people, the Orrin Growers' Federation said.
      """)
    #expect(values(found, "workforce") == [14])
  }

  @Test func givesAValueAfterAnAppositionWithAPossessiveToTheNameBeforeIt() throws {
    let found = try ingested("""
      Results and towns
      2026-02-02

      Osterbane Biologics, Marrack's biggest drugmaker, reported revenue of $2.31 billion for \
      2025. Ilmaranta, Suvelia's second-largest city, has 428,000 residents.
      """)
    #expect(subjects(found, "revenue") == ["Osterbane Biologics"])
    #expect(subjects(found, "population") == ["Ilmaranta"])
  }

  @Test func namesACountrysArmedServiceThatTheTextNamesOnlyByItsCountry() throws {
    let found = try ingested("""
      Forces
      2025-09-02

      Sarvenia's armed forces number about 18,500 troops, according to the alliance. Lirevia's \
      own army has about 34,000 soldiers, down from 41,000 a decade ago. The Lossarian army \
      numbers some 22,000 soldiers. Ostrand's navy has 3,100 sailors. Lirevian officers took part.
      """)
    #expect(subjects(found, "force_size") == [
      "Sarvenian Armed Forces", "Lirevian Army", "Lirevian Army", "Lossarian Army", "Ostrand Navy",
    ])
  }

  @Test func readsATitledPersonOfABodyAsThePersonAndTheBodyApart() throws {
    let found = try ingested("""
      Policing
      2025-09-02

      Chief Inspector Ruth Maldon of Kelby Police Service said the force has 412 officers. The \
      General Assembly of the Orm Fellowship met on Monday.
      """)
    #expect(subjects(found, "police_strength") == ["Kelby Police Service"])
    let doc = try annotated("Chief Inspector Ruth Maldon of Kelby Police Service spoke. The General "
      + "Assembly of the Orm Fellowship met.", published: 2025)
    let names = doc.entities.map(\.canonical)
    #expect(names.contains("Ruth Maldon"))
    #expect(names.contains("General Assembly of the Orm Fellowship"))
  }

  @Test func countsACouncilsCouncillorsAndAFederationsAffiliatedUnionsAsItsMembers() throws {
    let found = try ingested("""
      Council and unions
      2025-09-02

      Kelby Town Council, which has 19 councillors, met on Monday. The Orm Trades Federation now \
      has 23 affiliated unions.
      """)
    #expect(subjects(found, "member_count") == ["Kelby Town Council", "Orm Trades Federation"])
    #expect(values(found, "member_count") == [19, 23])
  }

  @Test func readsAFactBoxRowWhoseLabelNamesTheCountAndTheDateItHoldsAt() throws {
    let found = try ingested("""
      Kessel Port Authority results
      2025-03-02

      The Kessel Port Authority handled a record 41 million tonnes in 2024, it said on Monday.

      2024 at a glance:
      * Employees at 31 December: 1,286
      * Members as of June 30: 41
      """)
    #expect(values(found, "workforce") == [1286])
    #expect(values(found, "member_count") == [41])
  }

  @Test func readsANameInAnotherLanguageAndAnAcronymInABracketAsTheNameBeforeIt() throws {
    let found = try ingested("""
      Transit results
      2025-03-02

      The Valmora Regional Water Authority (Agencia Regional del Agua de Valmora, ARV) had revenue \
      of 948 million euros in 2024. ARV employs 1,815 people. The Agencia Regional del Agua de \
      Valmora was founded in 1979.
      """)
    #expect(subjects(found, "revenue") == ["Valmora Regional Water Authority"])
    #expect(subjects(found, "workforce") == ["Valmora Regional Water Authority"])
    #expect(subjects(found, "founding_year") == ["Valmora Regional Water Authority"])
  }

  @Test func readsTheLevelAVerbOfChangeLedToButNotTheSizeOfTheChange() throws {
    let found = try ingested("""
      Railway staff
      2025-03-02

      The Norland Railway cut 1,200 jobs in 1998. Its workforce was cut to 6,900 in 2001. \
      The Orm Mining Company shed 300 workers last year.
      """)
    #expect(values(found, "workforce") == [6900])
    #expect(years(found, "workforce") == [2001])
  }

  @Test func namesALoneNationalAssemblyAfterTheCountryTheTextIsAbout() throws {
    let found = try ingested("""
      Census row
      2025-09-02

      Sarmenia published its census on Monday. Seats in the 150-member National Assembly are \
      allocated to regions by population. Sarmenian parties disagree. The Kelby Assembly has 31 \
      members.
      """)
    #expect(subjects(found, "member_count") == ["National Assembly of Sarmenia", "Kelby Assembly"])
  }

  @Test func formsACountrysAdjectiveFromItsNameWholeOrWithoutItsLastVowel() {
    #expect(CountryAdjectives.candidates(ofKey: "valdoria").contains("valdorian"))
    #expect(CountryAdjectives.candidates(ofKey: "kessary").contains("kessarian"))
    #expect(CountryAdjectives.candidates(ofKey: "merava").contains("meravi"))
    #expect(!CountryAdjectives.candidates(ofKey: "valdoria").contains("valdoriai"))
    #expect(!CountryAdjectives.candidates(ofKey: "valdoria").contains("valdoria"))
  }

  @Test func datesTheRowsUnderAHeadingWhoseColonEndsItAtTheHeadingsYear() throws {
    let found = try ingested("""
      Kessel Port Authority results
      2025-03-02

      The Kessel Port Authority handled a record 41 million tonnes in 2024, it said on Monday.

      2024 at a glance:
      * Employees at 31 December: 1,286
      * Revenue: 214.7 million euros
      """)
    #expect(years(found, "workforce") == [2024])
    #expect(years(found, "revenue") == [2024])
  }
}
