import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Readings of session 14, each found on text written blind (HeldOut42 to HeldOut44) and checked
/// here on articles of other subjects.
@Suite struct ClaimThirtyFourthPassTests {
  @Test func givesAnUnnamedFactBoxRowTheBodyNotANameOnlyTheHeadlineWrites() throws {
    let found = try ingested("""
      Yearbook 2024: the Harth Dale Rambling Society
      3 June 2025

      The Harth Dale Rambling Society led 412 walks last year, its busiest year since it began.

      - Total income: £86,000
      - Staff at 31 December: 4
      """)
    let income = found.filter { $0.attribute == "revenue" }
    #expect(income.map(\.subject.name) == ["Harth Dale Rambling Society"])
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.subject.name) == ["Harth Dale Rambling Society"])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func givesNoCountOrYearToAPersonKnownByAGivenName() throws {
    let found = try ingested("""
      Brandt Fruit Carriers: our story
      3 June 2025

      Founded in 1964 by Aldo Brandt, with his neighbour Frank Moss as a silent partner, the \
      business spent its first decade moving fruit.

      Today we employ 3,200 people.
      """)
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.subject.name == "Brandt Fruit Carriers" })
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func givesTheUnquotedWeOfABodysOwnPageToTheBodyItsHeadlineNames() throws {
    let found = try ingested("""
      About us: Marlow Vale Cold Stores
      3 June 2025

      We have kept food cold since 1958, when Marlow Vale Cold Stores began with one shed. Our \
      depots run day and night.

      The Fenwick family sold its stake to the Ardley Pension Fund in 2019.

      Today we employ more than 640 people.
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.subject.name) == ["Marlow Vale Cold Stores"])
  }

  @Test func leavesAnUnquotedWeToTheNearestBodyWhenTheTextDoesNotOpenInItsOwnVoice() throws {
    let found = try ingested("""
      Marlow Vale Cold Stores sold to pension fund
      3 June 2025

      The Ardley Pension Fund has bought Marlow Vale Cold Stores. The price was not disclosed.

      Its chair writes below. The Ardley Pension Fund looks after the savings of dockers. We \
      have 12,400 members. We invest in local firms.
      """)
    let members = found.filter { $0.attribute == "member_count" }
    #expect(members.map(\.subject.name) == ["Ardley Pension Fund"])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test(arguments: ["shillings", "pesos", "dinars", "naira", "lire", "marks", "KES", "Mexican pesos"])
  func readsMoneyInACurrencyManyCountriesName(_ currency: String) throws {
    let found = try ingested("""
      Orvik port results
      4 March 2025

      The Orvik Port Authority published its results on Tuesday.

      Revenue rose to 1.94 billion \(currency) in 2024 from 1.61 billion \(currency) in 2023.
      """)
    let revenue = found.filter { $0.attribute == "revenue" }.map { ($0.value.low, $0.time.year) }
    #expect(revenue.count == 2)
    #expect(revenue.contains { $0 == (1_940_000_000, 2024) })
    #expect(revenue.contains { $0 == (1_610_000_000, 2023) })
  }

  @Test func findsTheBodyAHeadlineNamesByTheAcronymTheBodyDefines() throws {
    let found = try ingested("""
      ORTA carries record 12 million riders as Line 4 opens
      4 March 2025

      The Orvik Regional Transit Agency (ORTA) published its annual results on Tuesday, a year \
      in which Line 4 opened.

      KEY FIGURES (year to 31 December 2024)

      - Employees: 870 (2023: 812)
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.count == 2)
    #expect(staff.allSatisfy { $0.subject.name == "Orvik Regional Transit Agency" })
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func countsTheOfficersOfAPoliceUnitASizeAdjectiveDescribes() throws {
    let found = try ingested("""
      Selk opens a new tram line
      4 March 2025

      The Selk Transit Authority opened its third tram line on Tuesday.

      Security is provided by the 340-strong Selk Transit Police Unit, which reports to the city.
      """)
    let sized = found.filter { $0.value.low == 340 }
    #expect(sized.map(\.attribute) == ["police_strength"])
    #expect(sized.first?.subject.name == "Selk Transit Police Unit")
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func readsAReportingPeriodsCodeAsItsYearAndNoName() throws {
    let found = try ingested("""
      Harwick Foods plc: full-year results
      2025-02-27

      Harwick Foods plc reported its results for the year on Thursday.

      FY2024 revenue rose to $1.14 billion.
      """)
    #expect(!found.contains { $0.subject.name.hasPrefix("FY") })
    let revenue = found.filter { $0.attribute == "revenue" }
    #expect(revenue.map(\.time.year) == [2024])
  }

  @Test func countsTheEmployeesALabelCountsInWords() throws {
    let found = try ingested("""
      Harwick Foods plc: company profile
      2025-02-27

      Harwick Foods plc is a maker of frozen pastry.

      Founded: 1957
      Number of employees: 11,400 (2024)
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.value.low) == [11_400])
    #expect(staff.first?.time.year == 2024)
  }

  @Test func readsATildeBeforeANumberAsAbout() throws {
    let found = try ingested("""
      Harwick Foods plc: investor presentation
      2025-02-27

      Harwick Foods plc employs ~2,900 people.
      """)
    #expect(found.first { $0.attribute == "workforce" }?.value.modifier == .about)
  }
}

extension ClaimThirtyFourthPassTests {
  @Test(arguments: [
    "Tarsby had 88,420 residents at the end of 2024, an increase of 1,510 on the previous year.",
    "Tarsby, a town of some 88,420 people that is growing by about 1,510 a year, is crowded.",
  ])
  func readsNoPopulationFromTheSizeOfAChange(_ sentence: String) throws {
    let found = try ingested("""
      Tarsby keeps growing
      4 March 2025

      \(sentence)
      """)
    let people = found.filter { $0.attribute == "population" }.map(\.value.low)
    #expect(people == [88_420])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func countsNoMembersFromAFactBoxRowListingSomethingElse() throws {
    let found = try ingested("""
      Dunmere at a glance
      4 March 2025

      The Dunmere Harbour Board runs the port of Dunmere.

      Headquarters: Dunmere, Lowland Province
      Sister ports: Orla, Kessan, Tarsby and Velm
      Members: Orla, Kessan and Velm
      """)
    let counts = found.filter { $0.attribute == "member_count" }.map(\.value.low)
    #expect(counts == [3])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func givesNoShareToThePlaceOfADateline() throws {
    let found = try ingested("""
      Reform party tops the poll
      14 April 2025

      TARSK, 14 April (Northern Wire Service) - The Civic Renewal Party won 31.4 per cent of \
      the vote in Sunday's general election.
      """)
    let shares = found.filter { $0.attribute == "share" }
    #expect(shares.map(\.subject.name) == ["Civic Renewal Party"])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func keepsAPlaceAnAppositionWithThenCallsATownApartFromTheClubNamedAfterIt() throws {
    let found = try ingested("""
      Rovers at 100
      4 March 2025

      Brackenford Rovers Football Club turns 100 this year.

      Brackenford, then a town of 9,000, already had two clubs.
      """)
    let people = found.filter { $0.attribute == "population" }
    #expect(people.map(\.subject.name) == ["Brackenford"])
  }

  @Test func readsNoCountFromANumberLostOrGained() throws {
    let found = try ingested("""
      Grain cooperative shrinks
      4 March 2025

      The Sable Plains Grain Cooperative lost 400 members last year. It now has 2,140 members.
      """)
    let members = found.filter { $0.attribute == "member_count" }.map(\.value.low)
    #expect(members == [2_140])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func datesTheRowsOfAFactBoxByTheYearItsHeadingNames() throws {
    let found = try ingested("""
      Annual review: the Harth Dale Rambling Society
      3 June 2025

      The Harth Dale Rambling Society led 412 walks last year.

      The year in numbers (2024)

      - Walks led: 412
      - Staff at 31 December: 4
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.time.year) == [2024])
  }

  @Test func datesNoRowByAHeadingOfTwoYears() throws {
    let found = try ingested("""
      Annual review: the Harth Dale Rambling Society
      3 June 2025

      The Harth Dale Rambling Society led 412 walks last year.

      Figures for 2023 and 2024

      - Staff at 31 December: 4
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.map(\.time.year) == [2025])
  }
}

extension ClaimThirtyFourthPassTests {
  @Test func readsACapitalizedBodyNounThatHeadsNoNameAsTheFirstBodyOfItsKind() throws {
    let found = try ingested("""
      Harwick Holdings plc: chairman's statement
      3 June 2025

      Harwick Holdings plc had a good year. Our ferry arm, Orla Ferries, grew fast.

      Orla Ferries was founded in 1969 and has been part of the Group since 2022.

      At the year end the Group employed 6,870 colleagues (2023: 6,510).
      """)
    let staff = found.filter { $0.attribute == "workforce" }
    #expect(staff.count == 2)
    #expect(staff.allSatisfy { $0.subject.name == "Harwick Holdings plc" })
  }
}
