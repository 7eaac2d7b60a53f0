import CrosscheckCore
import Testing

@testable import CrosscheckTagging

@Suite struct QuantityTaggerTests {
  static let digitCases: [QuantityExpectation] = [
    quantityCase("The city now has ⟦1,234,567⟧ residents.", 1_234_567, unit: "residents"),
    quantityCase("The vote count reached ⟦1 234 567⟧ ballots.", 1_234_567, unit: "ballots"),
    quantityCase("The index closed at ⟦2.75⟧ on Friday.", 2.75),
    quantityCase("Overnight the lake froze at ⟦-12⟧ on the shore.", -12),
    quantityCase("The shares moved ⟦+3⟧ points.", 3, unit: "points"),
    quantityCase("The firm hired ⟦42⟧ engineers.", 42, unit: "engineers"),
    quantityCase("Exports rose to ⟦12,500.5⟧ crates.", 12_500.5, unit: "crates"),
    quantityCase("The depot stores ⟦4,000⟧ buses.", 4000, unit: "buses"),
    quantityCase("Only ⟦7⟧ of the museums reopened.", 7),
  ]

  static let wordCases: [QuantityExpectation] = [
    quantityCase("Only ⟦six⟧ ministers resigned.", 6, unit: "ministers"),
    quantityCase("The league has ⟦twenty-eight⟧ clubs.", 28, unit: "clubs"),
    quantityCase("⟦Twenty eight⟧ clubs signed up.", 28, unit: "clubs"),
    quantityCase(
      "The park drew ⟦one hundred and twenty-five thousand⟧ visitors.", 125_000, unit: "visitors"),
    quantityCase("It took ⟦a dozen⟧ attempts.", 12, unit: "attempts"),
    quantityCase("We counted ⟦two dozen⟧ gulls.", 24, unit: "gulls"),
    quantityCase("⟦Half a million⟧ homes lost power.", 500_000, unit: "homes"),
    quantityCase("She invited ⟦a couple of⟧ players.", 2, unit: "players"),
    quantityCase("The council hired ⟦a hundred⟧ volunteers.", 100, unit: "volunteers"),
    quantityCase("⟦About two million⟧ households.", 2_000_000, .about, unit: "households"),
    quantityCase("The town has ⟦nineteen⟧ bakeries.", 19, unit: "bakeries"),
    quantityCase("A fleet of ⟦three thousand four hundred⟧ taxis.", 3400),
    quantityCase("They sold ⟦a thousand⟧ tickets.", 1000, unit: "tickets"),
    quantityCase("⟦Ten⟧ airlines fly there.", 10, unit: "airlines"),
    quantityCase("The firm employs ⟦zero⟧ lobbyists.", 0, unit: "lobbyists"),
    quantityCase("⟦Forty-one⟧ lanes were closed.", 41, unit: "lanes"),
    quantityCase("Shops closed in ⟦one⟧ district.", 1, unit: "district"),
  ]

  static let vagueCases: [QuantityExpectation] = [
    quantityCase("⟦Dozens of⟧ shops closed.", low: 24, high: 99, .range, unit: "shops"),
    quantityCase("Police arrested ⟦several⟧ fans.", low: 3, high: 9, .range, unit: "fans"),
    quantityCase(
      "⟦Several hundred⟧ protesters marched.", low: 300, high: 900, .range, unit: "protesters"),
    quantityCase(
      "⟦Hundreds of⟧ flights were cancelled.", low: 200, high: 999, .range, unit: "flights"),
    quantityCase(
      "⟦Tens of thousands of⟧ runners took part.", low: 20_000, high: 99_999, .range,
      unit: "runners"),
    quantityCase("⟦Thousands⟧ gathered downtown.", low: 2000, high: 9999, .range),
    quantityCase(
      "⟦hundreds of thousands of⟧ subscribers", low: 200_000, high: 999_999, .range,
      unit: "subscribers"),
  ]

  static let multiplierCases: [QuantityExpectation] = [
    quantityCase("The stadium holds ⟦25 thousand⟧ fans.", 25_000, unit: "fans"),
    quantityCase("The airport served ⟦2.5 million⟧ passengers.", 2_500_000, unit: "passengers"),
    quantityCase("The airport served ⟦2.5m⟧ passengers.", 2_500_000, unit: "passengers"),
    quantityCase("The final drew ⟦3bn⟧ viewers.", 3_000_000_000, unit: "viewers"),
    quantityCase("The town has ⟦17 hundred⟧ voters.", 1700, unit: "voters"),
    quantityCase("Its debt is ⟦4.2 billion⟧ now.", 4_200_000_000),
  ]

  static let rangeCases: [QuantityExpectation] = [
    quantityCase("⟦17-22 thousand⟧ troops", low: 17_000, high: 22_000, .range, unit: "troops"),
    quantityCase(
      "⟦between 17-22 thousand⟧ troops", low: 17_000, high: 22_000, .range, unit: "troops"),
    quantityCase(
      "The port sent ⟦between 17 and 22⟧ ships.", low: 17, high: 22, .range, unit: "ships"),
    quantityCase("Sales rose ⟦from 5 to 10⟧ stores.", low: 5, high: 10, .range, unit: "stores"),
    quantityCase(
      "Fares rose ⟦5 to 10 percent⟧ this year.", low: 5, high: 10, .range, .percent,
      unit: "percent"),
    quantityCase(
      "The arena has ⟦17 to 22 thousand⟧ seats.", low: 17_000, high: 22_000, .range, unit: "seats"),
    quantityCase(
      "⟦1.5-2.5 million⟧ tourists came.", low: 1_500_000, high: 2_500_000, .range, unit: "tourists"),
    quantityCase(
      "The bid was ⟦$5bn-$10bn⟧ in total.", low: 5e9, high: 1e10, .range, .money, unit: "USD"),
    quantityCase(
      "The drive takes ⟦between two and three hours⟧ now.", low: 2, high: 3, .range, .measure,
      unit: "hour"),
    quantityCase("There were ⟦12–15⟧ candidates.", low: 12, high: 15, .range, unit: "candidates"),
    quantityCase(
      "⟦between 500 and 2 million⟧ users", low: 500, high: 2_000_000, .range, unit: "users"),
    quantityCase(
      "Rates were ⟦5%-10%⟧ higher.", low: 5, high: 10, .range, .percent, unit: "percent"),
    quantityCase(
      "The rally drew ⟦between 4,000 and 6,000⟧ people.", low: 4000, high: 6000, .range,
      unit: "people"),
    quantityCase("It has ⟦two to three⟧ ferries.", low: 2, high: 3, .range, unit: "ferries"),
  ]

  static let modifierCases: [QuantityExpectation] = [
    quantityCase("The line runs ⟦about 300⟧ buses.", 300, .about, unit: "buses"),
    quantityCase("It hosts ⟦approximately 40⟧ stalls.", 40, .about, unit: "stalls"),
    quantityCase("We saw ⟦around 1,000⟧ cyclists.", 1000, .about, unit: "cyclists"),
    quantityCase("It lost ⟦roughly 15⟧ games.", 15, .about, unit: "games"),
    quantityCase("Rescuers moved ⟦some 200⟧ families.", 200, .about, unit: "families"),
    quantityCase("It drew ⟦an estimated 5,000⟧ visitors.", 5000, .about, unit: "visitors"),
    quantityCase("The quay holds ⟦close to 70⟧ boats.", 70, .about, unit: "boats"),
    quantityCase("The river rose ⟦nearly 90 centimetres⟧.", 90, .nearly, .measure, unit: "cm"),
    quantityCase("The city spent ⟦almost 2 million⟧ on parks.", 2_000_000, .nearly),
    quantityCase("⟦more than 30⟧ countries", low: 30, high: nil, .moreThan, unit: "countries"),
    quantityCase(
      "Storms grounded ⟦over 500⟧ flights.", low: 500, high: nil, .moreThan, unit: "flights"),
    quantityCase("Bids came ⟦above 40⟧ each.", low: 40, high: nil, .moreThan),
    quantityCase(
      "Fines ⟦in excess of $3m⟧ were paid.", low: 3_000_000, high: nil, .moreThan, .money,
      unit: "USD"),
    quantityCase("⟦At least 12⟧ people were hurt.", low: 12, high: nil, .atLeast, unit: "people"),
    quantityCase(
      "There were ⟦no fewer than 8⟧ bidders.", low: 8, high: nil, .atLeast, unit: "bidders"),
    quantityCase("⟦Fewer than 100⟧ seats remain.", low: nil, high: 100, .lessThan, unit: "seats"),
    quantityCase(
      "Inflation is ⟦less than 5%⟧ now.", low: nil, high: 5, .lessThan, .percent,
      unit: "percent"),
    quantityCase("Children ⟦under 18⟧ travel free.", low: nil, high: 18, .lessThan),
    quantityCase("Stock fell ⟦below 2,000⟧ units.", low: nil, high: 2000, .lessThan, unit: "units"),
    quantityCase(
      "The fleet will add ⟦up to 40⟧ drones.", low: nil, high: 40, .atMost, unit: "drones"),
    quantityCase(
      "Each team fields ⟦at most 3⟧ rookies.", low: nil, high: 3, .atMost, unit: "rookies"),
    quantityCase(
      "The hall seats ⟦no more than 25⟧ guests.", low: nil, high: 25, .atMost, unit: "guests"),
    quantityCase(
      "The mine employs ⟦more than a dozen⟧ geologists.", low: 12, high: nil, .moreThan,
      unit: "geologists"),
    quantityCase("The wreck held ⟦nearly two dozen⟧ crates.", 24, .nearly, unit: "crates"),
    quantityCase(
      "The school has ⟦500 or more⟧ pupils.", low: 500, high: nil, .atLeast, unit: "pupils"),
    quantityCase("The club has ⟦300+⟧ members.", low: 300, high: nil, .atLeast, unit: "members"),
    quantityCase("The region has ⟦30-odd⟧ vineyards.", 30, .about, unit: "vineyards"),
    quantityCase(
      "The ferry carries ⟦as many as 900⟧ cars.", low: nil, high: 900, .atMost, unit: "cars"),
    quantityCase("The hall took ⟦50 or so⟧ chairs.", 50, .about, unit: "chairs"),
  ]

  static let percentAndMoneyCases: [QuantityExpectation] = [
    quantityCase("Turnout was ⟦85%⟧ in the north.", 85, .exact, .percent, unit: "percent"),
    quantityCase("Turnout was ⟦85 percent⟧ in the north.", 85, .exact, .percent, unit: "percent"),
    quantityCase("Turnout was ⟦85 per cent⟧ in the north.", 85, .exact, .percent, unit: "percent"),
    quantityCase("Turnout fell ⟦12.5 Percent⟧ overall.", 12.5, .exact, .percent, unit: "percent"),
    quantityCase(
      "Rates rose ⟦2 percentage points⟧ in May.", 2, .exact, .percent, unit: "percentage point"),
    quantityCase("Unemployment hit ⟦twelve percent⟧ today.", 12, .exact, .percent, unit: "percent"),
    quantityCase("It signed a ⟦$1.2bn⟧ contract.", 1_200_000_000, .exact, .money, unit: "USD"),
    quantityCase("The city got ⟦€40 million⟧ in aid.", 40_000_000, .exact, .money, unit: "EUR"),
    quantityCase(
      "The dam cost ⟦1.5 billion dollars⟧ to build.", 1_500_000_000, .exact, .money, unit: "USD"),
    quantityCase("A ticket costs ⟦£300⟧ now.", 300, .exact, .money, unit: "GBP"),
    quantityCase(
      "The deal is worth ⟦US$2.4bn⟧ in cash.", 2_400_000_000, .exact, .money, unit: "USD"),
    quantityCase(
      "The grant gives ⟦5 million euros⟧ a year.", 5_000_000, .exact, .money, unit: "EUR"),
    quantityCase(
      "They raised ⟦USD 12 million⟧ last week.", 12_000_000, .exact, .money, unit: "USD"),
    quantityCase(
      "The club paid ⟦$1.5-billion⟧ for it.", 1_500_000_000, .exact, .money, unit: "USD"),
    quantityCase("Rent is ⟦$2,400⟧ a month.", 2400, .exact, .money, unit: "USD"),
    quantityCase("Fares are ⟦5€⟧ each.", 5, .exact, .money, unit: "EUR"),
  ]

  static let measureAndCompoundCases: [QuantityExpectation] = [
    quantityCase("The road is ⟦40 km⟧ long.", 40, .exact, .measure, unit: "km"),
    quantityCase("The road is ⟦40km⟧ long.", 40, .exact, .measure, unit: "km"),
    quantityCase(
      "The lake covers ⟦12 square kilometres⟧ today.", 12, .exact, .measure, unit: "km2"),
    quantityCase("The crane lifts ⟦3 tonnes⟧ easily.", 3, .exact, .measure, unit: "t"),
    quantityCase("The tunnel is ⟦ten kilometres⟧ long.", 10, .exact, .measure, unit: "km"),
    quantityCase("The mission lasted ⟦six months⟧ in orbit.", 6, .exact, .measure, unit: "month"),
    quantityCase("It sent a ⟦3,500-soldier⟧ force.", 3500, unit: "soldier"),
    quantityCase("It sent a ⟦3,500-strong⟧ force.", 3500),
    quantityCase("The city formed a ⟦10-member⟧ council.", 10, unit: "member"),
    quantityCase("They built a ⟦twenty-eight-member⟧ alliance.", 28, unit: "member"),
    quantityCase("The company has a ⟦five-year⟧ plan.", 5, .exact, .measure, unit: "year"),
    quantityCase("A ⟦2-km⟧ stretch was closed.", 2, .exact, .measure, unit: "km"),
  ]

  static let yearAndOrdinalCases: [QuantityExpectation] = [
    quantityCase("The club was founded in ⟦1949⟧.", 1949, .exact, .year),
    quantityCase("The mayor has served since ⟦2002⟧ with pride.", 2002, .exact, .year),
    quantityCase("The ⟦2016⟧ election changed the council.", 2016, .exact, .year),
    quantityCase("Prices rose in January ⟦2017⟧ across shops.", 2017, .exact, .year),
    quantityCase("The port sent ⟦1500⟧ containers.", 1500, unit: "containers"),
    quantityCase("The clinic treated ⟦2000⟧ people.", 2000, unit: "people"),
    quantityCase("The town counted ⟦1,949⟧ ballots.", 1949, unit: "ballots"),
    quantityCase("Rents soared in the ⟦1990s⟧ downtown.", low: 1990, high: 1999, .range, .year),
    quantityCase("Built in the mid-⟦1980s⟧ by the city.", low: 1980, high: 1989, .range, .year),
    quantityCase("The ⟦1990's⟧ were calm.", low: 1990, high: 1999, .range, .year),
    quantityCase("The ⟦1990-91⟧ season was short.", low: 1990, high: 1991, .range, .year),
    quantityCase(
      "In the war of ⟦1939-1945⟧ the port closed.", low: 1939, high: 1945, .range, .year),
    quantityCase(
      "Prices fell ⟦between 2010 and 2015⟧ in Oslo.", low: 2010, high: 2015, .range, .year),
    quantityCase("She finished ⟦10th⟧ in the race.", 10, .exact, .ordinal),
    quantityCase("He came ⟦3rd⟧ overall.", 3, .exact, .ordinal),
    quantityCase("It is the ⟦22nd⟧ edition.", 22, .exact, .ordinal),
    quantityCase("It was the ⟦tenth⟧ launch.", 10, .exact, .ordinal),
    quantityCase("The ⟦twenty-first⟧ summit opened.", 21, .exact, .ordinal),
    quantityCase("Its ⟦first⟧ mission failed.", 1, .exact, .ordinal),
    quantityCase("The ⟦one hundredth⟧ flight landed.", 100, .exact, .ordinal),
  ]

  static let choiceCases: [QuantityExpectation] = [
    // An attached "m" is millions; metres need a space or a longer form.
    quantityCase("The app has ⟦100m⟧ users.", 100_000_000, unit: "users"),
    quantityCase("She won the ⟦100 m⟧ sprint.", 100, .exact, .measure, unit: "m"),
    quantityCase("The pier cost ⟦$5 m⟧ to repair.", 5_000_000, .exact, .money, unit: "USD"),
    quantityCase("The lake froze at ⟦−7⟧ overnight.", -7),
    quantityCase("Rents rose in the ⟦2020s⟧ in Lisbon.", low: 2020, high: 2029, .range, .year),
    quantityCase("⟦A million-strong⟧ crowd gathered.", 1_000_000),
    quantityCase("⟦Several dozen⟧ boats sailed.", low: 36, high: 108, .range, unit: "boats"),
    quantityCase("The bakery sold ⟦1.5k⟧ loaves.", 1500, unit: "loaves"),
    quantityCase("The museum drew ⟦about 1950⟧ visitors.", 1950, .about, unit: "visitors"),
    quantityCase("The bridge opened ⟦around 1950⟧ after the war.", 1950, .about, .year),
    quantityCase("Rents rose ⟦5 to 10⟧ in a year.", low: 5, high: 10, .range),
  ]

  static let fractionCases: [QuantityExpectation] = [
    quantityCase("⟦Two thirds⟧ of voters agreed.", 2.0 / 3),
    quantityCase("⟦Two-thirds⟧ of the stalls sold out.", 2.0 / 3),
    quantityCase("⟦A third⟧ of the budget went to roads.", 1.0 / 3),
    quantityCase("Only ⟦one quarter⟧ of firms replied.", 0.25),
    quantityCase("The tank is ⟦3/4⟧ full.", 0.75),
    quantityCase("⟦½⟧ of the seats were empty.", 0.5),
    quantityCase("The hike took ⟦2½ hours⟧ in fog.", 2.5, .exact, .measure, unit: "hour"),
    quantityCase(
      "The port has ⟦one and a half million⟧ visitors.", 1_500_000, unit: "visitors"),
    quantityCase("⟦Nine out of ten⟧ dentists agree.", 0.9),
    quantityCase("⟦Roughly 1 in 5⟧ buses ran late.", 0.2, .about),
    quantityCase("⟦Almost half⟧ of the towns voted.", 0.5, .nearly),
  ]

  static let countedNounCases: [QuantityExpectation] = [
    quantityCase("The alliance has ⟦30⟧ allied countries.", 30, unit: "countries"),
    quantityCase("⟦Six⟧ states joined the compact.", 6, unit: "states"),
    quantityCase("The firm opened ⟦one⟧ office in Oslo.", 1, unit: "office"),
    quantityCase("The zoo keeps ⟦9⟧ rare snow leopards.", 9, unit: "leopards"),
    quantityCase("The treaty binds ⟦193⟧ member states.", 193, unit: "states"),
    quantityCase("Officials counted ⟦80⟧ aircraft on the apron.", 80, unit: "aircraft"),
    quantityCase("The crane moved ⟦12⟧ of the boxes.", 12),
    quantityCase("The striker scored ⟦3⟧ in the final.", 3),
    quantityCase("The cafe sells ⟦40⟧ news magazines.", 40, unit: "magazines"),
  ]

  static let vagueWordCases: [QuantityExpectation] = [
    quantityCase("⟦A few⟧ bakeries stayed open.", low: 2, high: 5, .range, unit: "bakeries"),
    quantityCase("⟦A few hundred⟧ fans waited.", low: 200, high: 500, .range, unit: "fans"),
    quantityCase(
      "The lab hired ⟦a handful of⟧ chemists.", low: 2, high: 5, .range, unit: "chemists"),
    quantityCase("⟦Scores of⟧ homes flooded.", low: 40, high: 199, .range, unit: "homes"),
    quantityCase(
      "The club signed ⟦two or three⟧ players.", low: 2, high: 3, .range, unit: "players"),
    quantityCase("The city approved ⟦4 or 5⟧ towers.", low: 4, high: 5, .range, unit: "towers"),
    quantityCase(
      "Prices rose ⟦just under 2%⟧ in May.", low: nil, high: 2, .lessThan, .percent, unit: "percent"
    ),
    quantityCase(
      "⟦Well over 1,000⟧ delegates came.", low: 1000, high: nil, .moreThan, unit: "delegates"),
    quantityCase("⟦About 300⟧ lorries queued.", 300, .about, unit: "lorries"),
  ]

  @Test(arguments: fractionCases + countedNounCases + vagueWordCases)
  func readsFractionsCountedNounsAndVagueWords(_ example: QuantityExpectation) throws {
    let marked = MarkedQuantityText(example.marked)
    let found = try fileTagger().quantities(in: marked.text)
    #expect(found == [try #require(example.expected)])
  }

  @Test(
    arguments: digitCases + wordCases + vagueCases + multiplierCases + rangeCases + modifierCases
      + percentAndMoneyCases + measureAndCompoundCases + yearAndOrdinalCases + choiceCases)
  func readsTheMarkedExpressionAsOneQuantity(_ example: QuantityExpectation) throws {
    let marked = MarkedQuantityText(example.marked)
    let found = try fileTagger().quantities(in: marked.text)
    #expect(found == [try #require(example.expected)])
  }

  @Test(arguments: [
    "The A320 landed safely.",
    "COVID-19 cases rose sharply.",
    "The meeting starts at 09:00 sharp.",
    "Install v2.1.3 today.",
    "Version v2.1 shipped.",
    "Call 555-0199 now.",
    "Call +1 202 555 0147 now.",
    "Call (202) 555-0147 now.",
    "No one came to the launch.",
    "One of the ferries sank.",
    "One can see the harbour.",
    "They helped one another.",
    "A man walked a dog.",
    "The 5G network went live.",
    "The report is dated 2017-01-10.",
    "It offers 24/7 service.",
    "The Route 66 diner reopened.",
    "The Apollo 11 crew landed.",
    "NATO invoked Article 5 after the attack.",
    "The train leaves at 6 p.m. from Bern.",
    "The meeting at 3 pm ran late.",
    "Call 020 7946 0958 to book.",
    "The fair opens on May 15 in Lyon.",
    "The talks resume on Feb. 3 in Geneva.",
    "Test scores rose.",
    "A third term began.",
    "Agent 007 returned.",
    "The F-16 jets flew.",
    "They met one-on-one.",
    "It opens at 10am daily.",
    "Everyone and someone often wait.",
    "The pump turns once per second.",
    "It was a fifty-fifty call.",
    "The G20 met in Rome.",
  ])
  func ignoresNumbersThatAreNotQuantities(_ text: String) throws {
    #expect(try fileTagger().quantities(in: text) == [])
  }

  @Test func readsOnlyTheYearOfADate() throws {
    for text in ["Signed on Jan 10, 2017 in Paris.", "Signed on 10 January 2017 in Paris."] {
      let found = try fileTagger().quantities(in: text)
      #expect(found.map(\.kind) == [.year])
      #expect(found.map(\.value) == [2017])
    }
  }

  @Test func readsAScoreAsTwoNumbersNotARange() throws {
    let found = try fileTagger().quantities(in: "Lyon won 3-2 at home.")
    #expect(found.map(\.value) == [3, 2])
    #expect(found.allSatisfy { $0.modifier == .exact })
  }

  @Test func readsAFallAsTwoNumbersNotARange() throws {
    let found = try fileTagger().quantities(in: "Support fell from 10 to 5 percent.")
    #expect(found.map(\.value) == [10, 5])
    #expect(found.map(\.kind) == [.cardinal, .percent])
    let millions = try fileTagger().quantities(in: "Output fell from 10 to 5 million tonnes.")
    #expect(millions.map(\.value) == [10, 5_000_000])
  }

  @Test func readsAChangeByAnAmountAsTwoNumbers() throws {
    let found = try fileTagger().quantities(in: "The bloc grew by 2 to 32 members.")
    #expect(found.map(\.value) == [2, 32])
    let extended = try fileTagger().quantities(in: "The lease was extended by 5 years to 2030.")
    #expect(extended.map(\.kind) == [.measure, .year])
    #expect(extended.map(\.value) == [5, 2030])
  }

  @Test func keepsOrdinalReadingsOfFractionWords() throws {
    let found = try fileTagger().quantities(in: "The second half of the season was hard.")
    #expect(found.map(\.kind) == [.ordinal])
    #expect(found.map(\.value) == [2])
  }

  @Test func joinsNumbersWithOrIntoARangeOnlyWhenWrittenAlike() throws {
    let mixed = try fileTagger().quantities(in: "They sent two or 3 vans.")
    #expect(mixed.map(\.value) == [2, 3])
    #expect(mixed.allSatisfy { $0.modifier == .exact })
  }

  @Test func keepsQuantitiesSortedAndApartInALongerText() throws {
    let text = """
      In 2021 the port handled about 1.2 million containers, up 8% from 2020. More than 300 \
      ships, some 40 of them tankers, called at its 12 berths; a 2,000-strong crew of dockers \
      worked three shifts. The city plans to spend between €200 and €250 million by 2030.
      """
    let found = try fileTagger().quantities(in: text)
    for (a, b) in zip(found, found.dropFirst()) { #expect(a.range.end <= b.range.start) }
    let spans = found.map { String(text.slice($0.range)) }
    #expect(
      spans == [
        "2021", "about 1.2 million", "8%", "2020", "More than 300", "some 40", "12",
        "2,000-strong", "three", "between €200 and €250 million", "2030",
      ])
    let money = try #require(found.first { $0.kind == .money })
    #expect(money.low == 200_000_000 && money.high == 250_000_000 && money.unit == "EUR")
  }

  @Test func countsRangesInUTF8BytesAfterMultibyteText() throws {
    let text = "Zürich’s “budget” is €5m."
    let found = try fileTagger().quantities(in: text)
    let q = try #require(found.first)
    #expect(String(text.slice(q.range)) == "€5m")
    #expect(q.range.start == Array(text.utf8).count - Array("€5m.".utf8).count)
  }

  @Test func annotatesADocumentWithItsQuantities() throws {
    let tagger = try fileTagger()
    let document = Document(id: "d1", file: "d1.txt", text: "The zoo has 40 lions.")
    let annotations = try tagger.annotate(document)
    #expect(annotations.quantities?.map(\.value) == [40])
    #expect(annotations.entities == nil)
    #expect(QuantityTagger.name == "numbers")
    #expect(tagger.requires.isEmpty && tagger.produces == [.quantity])
  }

  @Test func readsUnitsFromAnInlineLexicon() throws {
    let lexicon = try UnitLexicon(parsing: "GBP: £, quid\nkn: kn, knots\n")
    let tagger = QuantityTagger(units: lexicon)
    let found = tagger.quantities(in: "It cost 40 quid at 12 knots, or 85% off.")
    #expect(found.map(\.unit) == ["GBP", "kn", nil])
    #expect(found.map(\.kind) == [.money, .measure, .cardinal])
  }

  @Test func findsNothingInAnEmptyText() throws {
    #expect(try fileTagger().quantities(in: "") == [])
    #expect(try fileTagger().quantities(in: "-") == [])
    #expect(try fileTagger().quantities(in: "$") == [])
  }
}
