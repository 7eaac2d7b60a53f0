import CrosscheckCore
import Testing

@testable import CrosscheckText

/// One input text and the sentences the splitter should find, in order.
struct SplitCase: Sendable, CustomTestStringConvertible {
  var text: String
  var sentences: [String]
  init(_ text: String, _ sentences: [String]) {
    self.text = text
    self.sentences = sentences
  }
  var testDescription: String { text.debugDescription }
}

@Suite struct SentenceSplitterTests {
  static let abbreviationCases: [SplitCase] = [
    SplitCase(
      "The festival opens on Dec. 26 in the old harbor. Tickets sell fast.",
      ["The festival opens on Dec. 26 in the old harbor.", "Tickets sell fast."]),
    SplitCase(
      "Gen. Smith inspected the troops. He left at noon.",
      ["Gen. Smith inspected the troops.", "He left at noon."]),
    SplitCase(
      "Room No. 5 was flooded. Guests moved upstairs.",
      ["Room No. 5 was flooded.", "Guests moved upstairs."]),
    SplitCase(
      "She moved to St. Petersburg in 1998. The city suited her.",
      ["She moved to St. Petersburg in 1998.", "The city suited her."]),
    SplitCase(
      "The U.S.-led coalition met in Brussels. Talks lasted hours.",
      ["The U.S.-led coalition met in Brussels.", "Talks lasted hours."]),
    SplitCase(
      "Bring fruit, e.g. Apples or pears. Leave the rest.",
      ["Bring fruit, e.g. Apples or pears.", "Leave the rest."]),
    SplitCase(
      "Two cities, i.e. Lyon and Nice, bid for the games.",
      ["Two cities, i.e. Lyon and Nice, bid for the games."]),
    SplitCase(
      "They sold pens, pencils, etc. and then closed the shop.",
      ["They sold pens, pencils, etc. and then closed the shop."]),
    SplitCase(
      "They sold pens, pencils, etc. The shop closed at five.",
      ["They sold pens, pencils, etc.", "The shop closed at five."]),
    SplitCase(
      "The final was Spain vs. Italy in Berlin.", ["The final was Spain vs. Italy in Berlin."]),
    SplitCase(
      "The train left at 9 a.m. The next day it snowed.",
      ["The train left at 9 a.m.", "The next day it snowed."]),
    SplitCase("The train left at 9 a.m. on Monday.", ["The train left at 9 a.m. on Monday."]),
    SplitCase(
      "The museum opens at 10 a.m. Closing is at 6 p.m. Entry is free.",
      ["The museum opens at 10 a.m.", "Closing is at 6 p.m.", "Entry is free."]),
    SplitCase(
      "Prices rose sharply in the U.S. The euro fell.",
      ["Prices rose sharply in the U.S.", "The euro fell."]),
    SplitCase(
      "Prices rose sharply in U.S. Army stores.", ["Prices rose sharply in U.S. Army stores."]),
    SplitCase(
      "Prices rose in the U.S. But wages did not.",
      ["Prices rose in the U.S.", "But wages did not."]),
    SplitCase(
      "Acme Corp. said profits doubled. Its shares rose.",
      ["Acme Corp. said profits doubled.", "Its shares rose."]),
    SplitCase(
      "The order went to Baltic Freight Inc. It was the largest yet.",
      ["The order went to Baltic Freight Inc.", "It was the largest yet."]),
    SplitCase("Mr. and Mrs. Jones live in Leeds.", ["Mr. and Mrs. Jones live in Leeds."]),
    SplitCase(
      "Dr. Alvarez operated on Friday. Prof. Chen assisted.",
      ["Dr. Alvarez operated on Friday.", "Prof. Chen assisted."]),
    SplitCase(
      "See Fig. 3 for the map. It shows the river.",
      ["See Fig. 3 for the map.", "It shows the river."]),
    SplitCase("He said no. Nobody argued.", ["He said no.", "Nobody argued."]),
    SplitCase(
      "The rules are in Art. 12 of the charter.", ["The rules are in Art. 12 of the charter."]),
    SplitCase(
      "The merger closed in Jan. Then the layoffs began.",
      ["The merger closed in Jan.", "Then the layoffs began."]),
    SplitCase(
      "Sales peaked in Sept. 2019 and fell after.", ["Sales peaked in Sept. 2019 and fell after."]),
    SplitCase("Fort Worth, Tex. is hot in July.", ["Fort Worth, Tex. is hot in July."]),
    SplitCase("Roe v. Wade was argued twice.", ["Roe v. Wade was argued twice."]),
    SplitCase(
      "Built in 300 B.C. The temple still stands.",
      ["Built in 300 B.C.", "The temple still stands."]),
    SplitCase(
      "Smith et al. found the same trend. Others did not.",
      ["Smith et al. found the same trend.", "Others did not."]),
    SplitCase("He was born c. 1850 in Leeds.", ["He was born c. 1850 in Leeds."]),
    SplitCase(
      "Etc. is a poor way to open a sentence. Editors agree.",
      ["Etc. is a poor way to open a sentence.", "Editors agree."]),
  ]

  static let nameCases: [SplitCase] = [
    SplitCase(
      "J. R. R. Tolkien wrote in Oxford. His books sold well.",
      ["J. R. R. Tolkien wrote in Oxford.", "His books sold well."]),
    SplitCase(
      "Vladimir V. Putin met the press. Questions were few.",
      ["Vladimir V. Putin met the press.", "Questions were few."]),
    SplitCase(
      "John F. Kennedy Airport was busy. Flights were late.",
      ["John F. Kennedy Airport was busy.", "Flights were late."]),
    SplitCase(
      "The F.B.I. Director testified on Tuesday.", ["The F.B.I. Director testified on Tuesday."]),
    SplitCase(
      "They grew up in the U.K. It rained a lot.", ["They grew up in the U.K.", "It rained a lot."]),
    SplitCase(
      "He took vitamin C. The cold went away.", ["He took vitamin C.", "The cold went away."]),
    SplitCase("Ask Maria K. Olsen about the budget.", ["Ask Maria K. Olsen about the budget."]),
  ]

  static let numberAndAddressCases: [SplitCase] = [
    SplitCase(
      "Inflation hit 3.5 percent in May. Rents rose 2.1 percent.",
      ["Inflation hit 3.5 percent in May.", "Rents rose 2.1 percent."]),
    SplitCase(
      "Install v2.1.3 before Friday. Older builds crash.",
      ["Install v2.1.3 before Friday.", "Older builds crash."]),
    SplitCase(
      "The fund raised $1.2bn last year. Investors were pleased.",
      ["The fund raised $1.2bn last year.", "Investors were pleased."]),
    SplitCase(
      "The ferry leaves at 9.30 each day. Be early.",
      ["The ferry leaves at 9.30 each day.", "Be early."]),
    SplitCase(
      "The server at 192.168.0.1 went down. Nobody noticed.",
      ["The server at 192.168.0.1 went down.", "Nobody noticed."]),
    SplitCase(
      "Read https://example.com/docs/intro.html for details. It is short.",
      ["Read https://example.com/docs/intro.html for details.", "It is short."]),
    SplitCase(
      "Write to press.office@example.org today. We answer fast.",
      ["Write to press.office@example.org today.", "We answer fast."]),
    SplitCase("Open report.final.pdf in the viewer.", ["Open report.final.pdf in the viewer."]),
    SplitCase(
      "Photos came from Pixaby.com and other sites.",
      ["Photos came from Pixaby.com and other sites."]),
    SplitCase("Visit example.com. The site is free.", ["Visit example.com.", "The site is free."]),
    SplitCase("The score was 3-1. Fans sang.", ["The score was 3-1.", "Fans sang."]),
    SplitCase(
      "The tower is 324 m tall. 7 million people visit it.",
      ["The tower is 324 m tall.", "7 million people visit it."]),
  ]

  static let punctuationCases: [SplitCase] = [
    SplitCase("And then... nothing happened.", ["And then... nothing happened."]),
    SplitCase("We waited... The bus never came.", ["We waited...", "The bus never came."]),
    SplitCase(
      "We waited\u{2026} The bus never came.", ["We waited\u{2026}", "The bus never came."]),
    SplitCase("Really?! That cannot be true.", ["Really?!", "That cannot be true."]),
    SplitCase("Stop!! The bridge is out.", ["Stop!!", "The bridge is out."]),
    SplitCase("Is it over? Not yet.", ["Is it over?", "Not yet."]),
    SplitCase("\"Go home.\" She left.", ["\"Go home.\"", "She left."]),
    SplitCase("\"Is it?\" he asked.", ["\"Is it?\" he asked."]),
    SplitCase("(See above.) Then we move on.", ["(See above.)", "Then we move on."]),
    SplitCase("He said \"wait.\" Nobody did.", ["He said \"wait.\"", "Nobody did."]),
    SplitCase(
      "The mayor said: \"We will rebuild.\" Work began in June.",
      ["The mayor said: \"We will rebuild.\"", "Work began in June."]),
    SplitCase(
      "\u{201C}We won,\u{201D} she said. \u{201C}Now we rest.\u{201D}",
      ["\u{201C}We won,\u{201D} she said.", "\u{201C}Now we rest.\u{201D}"]),
    SplitCase(
      "The port (built in 1870) still works. Ships dock daily.",
      ["The port (built in 1870) still works.", "Ships dock daily."]),
    SplitCase("He left. \"Why?\" she wondered.", ["He left.", "\"Why?\" she wondered."]),
    SplitCase(
      "'Enough.' The chair closed the session.", ["'Enough.'", "The chair closed the session."]),
    SplitCase(
      "The reform is \"urgent\". Parliament votes today.",
      ["The reform is \"urgent\".", "Parliament votes today."]),
    SplitCase(
      "The deal \u{2014} worth $3bn \u{2014} closed. Staff cheered.",
      ["The deal \u{2014} worth $3bn \u{2014} closed.", "Staff cheered."]),
    SplitCase(
      "Die Stadt w\u{E4}chst. \u{DC}ber 500 Menschen zogen zu.",
      ["Die Stadt w\u{E4}chst.", "\u{DC}ber 500 Menschen zogen zu."]),
    SplitCase("... and so it ended. Quietly.", ["... and so it ended.", "Quietly."]),
    SplitCase(
      "He called it \u{2018}final.\u{2019} Talks ended.",
      ["He called it \u{2018}final.\u{2019}", "Talks ended."]),
    SplitCase(
      "Would the bridge hold?\u{201D} The engineers were unsure.",
      ["Would the bridge hold?\u{201D}", "The engineers were unsure."]),
  ]

  static let layoutCases: [SplitCase] = [
    SplitCase(
      "Members include:\n\u{2022} France\n\u{2022} Chile\n\u{2022} Japan",
      ["Members include:", "\u{2022} France", "\u{2022} Chile", "\u{2022} Japan"]),
    SplitCase("Steps:\n1) Boil water\n2) Add rice", ["Steps:", "1) Boil water", "2) Add rice"]),
    SplitCase("Options:\na) rail\nb) road", ["Options:", "a) rail", "b) road"]),
    SplitCase("- first point\n- second point", ["- first point", "- second point"]),
    SplitCase(
      "1. Preheat the oven.\n2. Mix the flour.", ["1. Preheat the oven.", "2. Mix the flour."]),
    SplitCase(
      "Harbor traffic\nThe port handled more ships this year.",
      ["Harbor traffic", "The port handled more ships this year."]),
    SplitCase(
      "The plan was simple and\nmost people liked it.",
      ["The plan was simple and\nmost people liked it."]),
    SplitCase(
      "A first line that keeps going without any stop, much longer than headings are\nAnd more.",
      ["A first line that keeps going without any stop, much longer than headings are\nAnd more."]),
    SplitCase("Results, in short,\nWere mixed.", ["Results, in short,\nWere mixed."]),
    SplitCase(
      "A heading without a stop\n\nA paragraph. It has two sentences.",
      ["A heading without a stop", "A paragraph.", "It has two sentences."]),
    SplitCase("Ends with Gen.\n\nSmith replied", ["Ends with Gen.", "Smith replied"]),
    SplitCase("  Leading and trailing spaces.   ", ["Leading and trailing spaces."]),
    SplitCase("", []),
  ]

  static let missingSpaceCases: [SplitCase] = [
    SplitCase(
      "The city cut ties.Given that, trade fell.",
      ["The city cut ties.", "Given that, trade fell."]),
    SplitCase(
      "They had many enemies.For example, the guild.",
      ["They had many enemies.", "For example, the guild."]),
    SplitCase("Download it from example.Com today.", ["Download it from example.Com today."]),
    SplitCase(
      "Prices rose in the U.S.The euro fell.", ["Prices rose in the U.S.", "The euro fell."]),
    SplitCase("Stocks fell in the U.S.Army stores.", ["Stocks fell in the U.S.Army stores."]),
    SplitCase("Some fruit, e.g.Apples, is sweet.", ["Some fruit, e.g.Apples, is sweet."]),
    SplitCase("He joined in 2019.Then he left.", ["He joined in 2019.", "Then he left."]),
    SplitCase("Fares rose 4%.Riders fled.", ["Fares rose 4%.", "Riders fled."]),
    SplitCase("Version 2.Beta ships soon.", ["Version 2.Beta ships soon."]),
    SplitCase("Ask at 10.0.0.2.Staff reply.", ["Ask at 10.0.0.2.Staff reply."]),
    SplitCase(
      "She studied in Lisbon.Later she moved.", ["She studied in Lisbon.", "Later she moved."]),
    SplitCase("Who won?Nobody knows.", ["Who won?", "Nobody knows."]),
    SplitCase("\"It ended.\"Next came the vote.", ["\"It ended.\"", "Next came the vote."]),
    SplitCase("Open www.site.org/?Page=2 now.", ["Open www.site.org/?Page=2 now."]),
    SplitCase("Try www.harbor.org)Now or later.", ["Try www.harbor.org)Now or later."]),
    SplitCase("See the file notes.Txt for more.", ["See the file notes.Txt for more."]),
    SplitCase("Open www.Harbor.org for the timetable.", ["Open www.Harbor.org for the timetable."]),
    SplitCase(
      "The bridge opened.It carries trains.", ["The bridge opened.", "It carries trains."]),
  ]

  static let weakSpotCases: [SplitCase] = [
    SplitCase("\"Why?\" Tomas asked. Nobody knew.", ["\"Why?\" Tomas asked.", "Nobody knew."]),
    SplitCase(
      "\u{201C}Ready?\u{201D} She said it twice.", ["\u{201C}Ready?\u{201D} She said it twice."]),
    SplitCase("\"Ready?\" She nodded.", ["\"Ready?\"", "She nodded."]),
    SplitCase("(Why?) Anna asked.", ["(Why?)", "Anna asked."]),
    SplitCase(
      "Rates rose in the U.K. Regulators said little.",
      ["Rates rose in the U.K.", "Regulators said little."]),
    SplitCase("The U.S. Forces Korea unit moved.", ["The U.S. Forces Korea unit moved."]),
    SplitCase("Doors open at 8 p.m. Sunday.", ["Doors open at 8 p.m. Sunday."]),
    SplitCase(
      "Doors open at 8 p.m. Guests queue early.", ["Doors open at 8 p.m.", "Guests queue early."]),
    SplitCase("The call is at 3 p.m. GMT today.", ["The call is at 3 p.m. GMT today."]),
    SplitCase("5. The end of the list\n\nNext part.", ["5. The end of the list", "Next part."]),
    SplitCase("She waited . . . and left.", ["She waited . . . and left."]),
    SplitCase("She waited . . . Then she left.", ["She waited . . .", "Then she left."]),
    SplitCase("The novel is by P. D. James.", ["The novel is by P. D. James."]),
    // "By the numbers" lines, each a figure, a spaced dash and what it counts.
    SplitCase(
      "214 - people on the payroll today\n£31.6m - turnover in the year to March\n11.4% - share of the market",
      ["214 - people on the payroll today", "£31.6m - turnover in the year to March", "11.4% - share of the market"]),
    // Only two such lines in a row break: a prose line before one does not.
    SplitCase(
      "The payroll, as the box shows,\n214 - people on the payroll today",
      ["The payroll, as the box shows,\n214 - people on the payroll today"]),
    SplitCase(
      "The board met in room 214 - a small room\nnear the harbour.",
      ["The board met in room 214 - a small room\nnear the harbour."]),
  ]

  static let allCases =
    abbreviationCases + nameCases + numberAndAddressCases + punctuationCases + layoutCases
    + missingSpaceCases + weakSpotCases

  @Test(arguments: allCases)
  func splitsIntoTheExpectedSentences(_ example: SplitCase) {
    let splitter = TextFixtures.splitter
    let found = splitter.sentences(
      in: example.text, paragraphs: TextFixtures.paragraphs(of: example.text))
    #expect(TextFixtures.strings(found, in: example.text) == example.sentences)
  }

  @Test func tableHasSixtyOrMoreCases() {
    #expect(Self.allCases.count >= 60)
  }

  @Test(arguments: allCases)
  func keepsSentencesTrimmedOrderedAndLosesNoText(_ example: SplitCase) {
    let text = example.text
    let paragraphs = TextFixtures.paragraphs(of: text)
    let found = TextFixtures.splitter.sentences(in: text, paragraphs: paragraphs)
    let bytes = Array(text.utf8)
    var covered = Array(repeating: false, count: bytes.count)
    var previousEnd = 0
    for sentence in found {
      #expect(sentence.start >= previousEnd)
      #expect(!sentence.isEmpty)
      #expect(!TextFixtures.isSpace(bytes[sentence.start]))
      #expect(!TextFixtures.isSpace(bytes[sentence.end - 1]))
      #expect(paragraphs.contains { $0.contains(sentence) })
      for k in sentence.start..<sentence.end { covered[k] = true }
      previousEnd = sentence.end
    }
    for k in bytes.indices where !covered[k] {
      #expect(TextFixtures.isSpace(bytes[k]), "byte \(k) of \(text.debugDescription) is lost")
    }
  }

  @Test func neverCrossesAParagraphBoundary() {
    let text = "Talks went on in Washington, D.C.\n\nThe rest came later"
    let found = TextFixtures.splitter.sentences(
      in: text, paragraphs: TextFixtures.paragraphs(of: text))
    #expect(
      TextFixtures.strings(found, in: text) == [
        "Talks went on in Washington, D.C.", "The rest came later",
      ])
  }

  @Test func annotatesSentencesAndTokensOfADocument() throws {
    let text = "Heading\n\nThe ship docked at 9 a.m. on Monday. Crews unloaded 1,200 crates."
    let document = Document(
      id: "d1", file: "test.txt", text: text, paragraphs: TextFixtures.paragraphs(of: text))
    let annotations = try TextFixtures.splitter.annotate(document)
    let sentences = try #require(annotations.sentences)
    let tokens = try #require(annotations.tokens)
    #expect(
      sentences.map { String(text.slice($0.range)) } == [
        "Heading", "The ship docked at 9 a.m. on Monday.", "Crews unloaded 1,200 crates.",
      ])
    #expect(tokens.map { String(text.slice($0.range)) }.contains("1,200"))
    #expect(annotations.entities == nil && annotations.quantities == nil)
  }

  @Test func declaresItsNameAndWhatItProduces() {
    let splitter = SentenceSplitter(abbreviations: AbbreviationList(parsing: ""))
    #expect(SentenceSplitter.name == "sentences")
    #expect(splitter.requires.isEmpty)
    #expect(splitter.produces == [.sentence, .token])
  }

  @Test func toleratesParagraphsOutOfOrderOverlappingOrPastTheEnd() {
    let text = "One. Two.\n\nThree caf\u{E9}. Four."
    let splitter = TextFixtures.splitter
    let odd = [TextRange(11, 500), TextRange(0, 9), TextRange(5, 12), TextRange(24, 25)]
    let found = splitter.sentences(in: text, paragraphs: odd)
    var previousEnd = 0
    for range in found {
      #expect(range.start >= previousEnd && range.end <= text.utf8.count)
      previousEnd = range.end
    }
    #expect(TextFixtures.strings(found, in: text).first == "One.")
    #expect(splitter.sentences(in: text, paragraphs: []).isEmpty)
  }

  @Test func splitsTheWholeTextWhenTheDocumentHasOneParagraph() throws {
    let document = Document(id: "d2", file: "t.txt", text: "Ships left. Trains stayed.")
    let sentences = try #require(try TextFixtures.splitter.annotate(document).sentences)
    #expect(sentences.map(\.range) == [TextRange(0, 11), TextRange(12, 26)])
  }
}
