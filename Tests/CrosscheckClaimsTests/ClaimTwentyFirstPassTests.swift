import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Testing

/// Rules of the twenty-first pass, each a broad class seen failing on unseen text: founders of
/// any kind counted after a founding "by" ("by eleven potters"), jobs lost that are no workforce,
/// a fact-box row's year in its label, money spent by outsiders further back or through "they",
/// places of an object that do not do a pronoun's joined verb, and name boundaries (a gazetteer
/// word known only without its accent inside a longer name, "the X and Y Police" and "the Guild
/// of X and Y Z" as one name, a name written out on its own that a longer name extends, and "the
/// district" as the place a council's name holds).
@Suite struct ClaimTwentyFirstPassTests {
  // MARK: Founders

  @Test func countsFoundersOfAnyKindAfterAFoundingBy() throws {
    let found = try claims(
      "The Orland Glassblowers Circle was founded in 1958 by twelve glassblowers from the "
        + "harbour. It holds a fair every spring.", published: 2025)
    #expect(values(found, "member_count") == [12])
    #expect(years(found, "member_count") == [1958])
  }

  @Test func countsFounderBodiesWithAdjectivesBeforeTheirNoun() throws {
    let found = try claims(
      "The Tessel Heritage Network was set up in 1994 by six parish archives that wanted to "
        + "share a conservator.", published: 2025)
    #expect(values(found, "member_count") == [6])
  }

  @Test func countsNoFriendsOrFormerColleaguesWhoFoundACompany() throws {
    let found = try claims(
      "Brindlecott Software was founded in 2009 by three university friends. Marrowby Freight "
        + "was founded in 1988 by four former lorry drivers.", published: 2025)
    #expect(values(found, "member_count").isEmpty)
  }

  // MARK: Jobs lost

  @Test func readsNoWorkforceInJobsLostWhenAWorksClosed() throws {
    let found = try claims(
      "Pellbury Engineering employs 310 people. The town grew up around the old foundry, which "
        + "closed in 1971 with the loss of 2,100 jobs.", published: 2025)
    #expect(values(found, "workforce") == [310])
  }

  // MARK: Name boundaries

  @Test func keepsAWordKnownOnlyWithAnAccentInsideALongerName() throws {
    // "Male" folds to the capital "Malé".
    let found = try claims(
      "The Dunmore Male Voice Choir has 48 members. It was formed in 1931.", published: 2025)
    #expect(values(found, "member_count") == [48])
    #expect(subjects(found, "member_count") == ["Dunmore Male Voice Choir"])
  }

  @Test func keepsTheXAndYNameOfUnknownWordsWhole() throws {
    let found = try claims(
      "Arlow City has a new fire station. Its neighbour, the Kemble and Tarry Police, has "
        + "about 900 officers.", published: 2025)
    #expect(values(found, "police_strength") == [900])
    #expect(subjects(found, "police_strength") == ["Kemble and Tarry Police"])
  }

  @Test func keepsANameWithOfAndAndOfUnknownWordsWhole() throws {
    let found = try claims(
      "Piet Voss chairs the Society of Harbour and River Pilots of Kessmark. The society has 412 "
        + "members.", published: 2025)
    #expect(values(found, "member_count") == [412])
    #expect(subjects(found, "member_count") == ["Society of Harbour and River Pilots of Kessmark"])
  }

  @Test func readsANameWrittenOutOnItsOwnAsItsOwnEntity() throws {
    let found = try claims(
      "Tourism is up in Harlow Bay. The Harlow Bay Tramway, a seafront line, carried 90,000 "
        + "riders this year.\n\nThe Harlow Bay Tramway Trust, which owns the line, has 640 "
        + "members.\n\nThe Harlow Bay Tramway employs 31 people.", published: 2025)
    #expect(subjects(found, "member_count") == ["Harlow Bay Tramway Trust"])
    #expect(subjects(found, "workforce") == ["Harlow Bay Tramway"])
  }

  @Test func stillReadsAShortFormAfterTheFullName() throws {
    let found = try claims(
      "Halvik Marine Group builds ferries. Halvik Marine employs 1,200 people.", published: 2025)
    #expect(subjects(found, "workforce") == ["Halvik Marine Group"])
  }

  @Test func readsAPlaceNounAsThePlaceABodysNameHolds() throws {
    let found = try claims(
      "Alder Vale District Council has a budget of 50 million pounds for 2025. The district, "
        + "which lies along the coast, has about 61,000 inhabitants.", published: 2025)
    #expect(values(found, "population") == [61000])
    #expect(subjects(found, "population") == ["Alder Vale District"])
    #expect(subjects(found, "budget") == ["Alder Vale District Council"])
  }

  @Test func keepsTheDistrictThatHeadsABodysName() throws {
    let found = try claims(
      "Corran Valley School District has a budget of 90 million dollars for 2025. The district "
        + "employs 1,400 people.", published: 2025)
    #expect(subjects(found, "workforce") == ["Corran Valley School District"])
  }

  // MARK: Money of others

  @Test func readsNoSpendingOfVisitorsToANamedPlace() throws {
    let found = try claims(
      "Marrow Quay Museum had revenue of 3 million euros in 2024. Visitors to the Marrow Quay "
        + "Museum spent an estimated 9 million euros in the town last year.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  @Test func readsNoSpendingOfOutsidersTheyPointsBackTo() throws {
    let found = try claims(
      "Kelby Harbour is busy. About 40,000 tourists came last summer, and they spent about 6 "
        + "million euros in Kelby.", published: 2025)
    #expect(values(found, "spending").isEmpty)
  }

  // MARK: Subject roles

  @Test func readsNoPlaceAfterInAsTheSubjectOfAPronounsJoinedVerb() throws {
    let found = try claims(
      "Fellgate Opticians said trading was strong. It runs 45 shops in Norway and Sweden and had "
        + "revenue of 88 million euros in its last financial year.", published: 2025)
    #expect(subjects(found, "revenue") == ["Fellgate Opticians"])
  }

  @Test func readsNoUnknownPlaceAfterInAsTheSubjectOfAPronounsJoinedVerb() throws {
    let found = try claims(
      "Fellgate Opticians said trading was strong. It runs 45 shops in Kessmoor and Tarrowby and "
        + "had revenue of 88 million euros in its last financial year.", published: 2025)
    #expect(subjects(found, "revenue") == ["Fellgate Opticians"])
  }

  @Test func readsNoFoundingYearOfTheSpeakerNamedBeforeHerTitle() throws {
    let found = try claims(
      "Ada Rellick, treasurer of the Kelby Beekeepers' Society, was cheerful. \"We were founded "
        + "in 1921, and we are still here,\" she said.", published: 2025)
    #expect(!subjects(found, "founding_year").contains("Ada Rellick"))
  }

  @Test func givesAPlaceNoWorkforceOfABodyItOwns() throws {
    let found = try claims(
      "Kessmark has 4.1 million inhabitants. Kessmark's coast guard, which has 640 staff, will "
        + "buy two boats.", published: 2025)
    #expect(!subjects(found, "workforce").contains("Kessmark"))
  }

  @Test func keepsAPlacesOwnPopulationAfterItsPossessive() throws {
    let found = try claims(
      "Kessmark's population is 4.1 million, the statistics office said.", published: 2025)
    #expect(subjects(found, "population") == ["Kessmark"])
  }
}
