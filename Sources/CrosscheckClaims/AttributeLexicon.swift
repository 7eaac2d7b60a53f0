import CrosscheckCore

/// How an attribute's value is written.
public enum AttributeShape: String, Sendable, Codable {
  /// A count of people or things: "30 allied countries", "a 3,500-soldier force".
  case count
  /// A year: "was founded in 1949".
  case year
  /// A percentage: "85% of arms sales".
  case percent
  /// An amount of money: "a budget of $4.2 billion"; the claim's unit is the currency.
  case money
  /// A measure with a unit from ``AttributeSpec/quantityUnits``: "1,200 square kilometres".
  case measure
}

/// One attribute the claims stage reads, with the words that mark it (all lowercase).
public struct AttributeSpec: Sendable, Codable, Hashable {
  public var name: String
  public var shape: AttributeShape
  /// Nouns right after the number that make it this attribute ("members", "troops").
  public var units: [String]?
  /// Words allowed between the number and its unit ("30 *allied* countries").
  public var qualifiers: [String]?
  /// A compound-adjective unit on the number ("3,500-soldier").
  public var compoundUnits: [String]?
  /// Nouns that a size adjective ("a 31,400-strong *union*") may describe for this attribute,
  /// besides its `context` words.
  public var compoundNouns: [String]?
  /// Words earlier in the clause that make a bare number, or one with a `contextUnits` noun, count.
  public var context: [String]?
  /// Entity kinds that act as `context` ("Rapid Reaction Force" is of kind `force`).
  public var contextKinds: [String]?
  public var contextUnits: [String]?
  /// Phrases later in the clause that make a count read for another attribute this one's ("Two
  /// states ... sit on its council *as observers*").
  public var rolePhrases: [String]?
  /// The largest value the attribute can take ("contributing countries": about 200); a larger
  /// number is something else ("0.9 million from the regional government").
  public var maxValue: Double?
  /// Words of a subject's name that make a one-word unit this attribute shares with another
  /// ("officers") this attribute's: "Dunnerdale *Constabulary* has 980 officers" counts police.
  public var nameWords: [String]?
  /// "population *of* 8.9 million".
  public var ofNouns: [String]?
  /// Verbs before an enumeration that lists the members ("its members *include* A, B and C").
  public var enumerationVerbs: [String]?
  /// Verbs right before a number that make any counted noun after it this attribute's unit
  /// ("employs 140 *researchers* and technicians").
  public var countingVerbs: [String]?
  /// Nouns a few words before a number that make any counted noun after it this attribute's unit
  /// ("*membership* stands at 412 boat owners and crew").
  public var countingNouns: [String]?
  /// Nouns that count members only after a founding verb's "with" or "by" ("founded in 2011
  /// with seven *partners*"), where elsewhere they would name another subject.
  public var foundingUnits: [String]?
  /// Plural nouns of persons who found a company rather than join a body ("by three university
  /// *friends*"): after a founding "by", any other plural noun counts the founding members.
  public var founderIndividuals: [String]?
  /// Nouns of the governing organs of a body ("board", "committee"): a count of members an organ
  /// written with one of them holds ("a board of 15 members", "its nine-member governing
  /// council") is the organ's, named with its body ("... Board", "... Governing Council").
  public var organNouns: [String]?
  /// Nouns of a body made of members ("a *network* of 11 national research funders"): "a", the
  /// noun, "of", a number and a plural noun count the members.
  public var collectiveNouns: [String]?
  /// Founding verbs and nouns for `year` attributes.
  public var verbs: [String]?
  public var nouns: [String]?
  /// Words that mean the number is not the whole ("withdrawn", "former", "hiring"): for counts
  /// within two words of the value or its unit, for other shapes anywhere in the clause.
  public var exclusions: [String]?
  /// Whether "the tenth member" (an ordinal before a unit) means at least that many.
  public var ordinals: Bool?
  /// For `measure`: the units the numbers stage writes that this attribute accepts (`km2`).
  public var quantityUnits: [String]?
  public var subjectTypes: [EntityType]
  public var changesOverTime: Bool
  /// `increasing` or `decreasing` when values only move one way over time (a running total);
  /// reconciliation flags a value that breaks the direction. Absent: values may rise and fall.
  public var monotonic: String?
  /// The unit written on claims of this attribute.
  public var unit: String?
  /// For `measure`: how many of ``unit`` one of each other accepted unit is (`mi2: 2.589988`);
  /// a value read in such a unit is converted, so that sources writing different units compare.
  public var conversions: [String: Double]?
  /// Whether a place named after the unit with "in" is the subject ("352,400 people *in* X",
  /// "900,000 people live *in* the metropolitan area").
  public var subjectAfterIn: Bool?
  /// Words of a table's column header that name this attribute ("Population 2024", "Staff").
  public var headers: [String]?

  enum CodingKeys: String, CodingKey {
    case name, shape, units, qualifiers, context, verbs, nouns, exclusions, unit, conversions, headers
    case compoundUnits = "compound_units"
    case compoundNouns = "compound_nouns"
    case contextKinds = "context_kinds"
    case contextUnits = "context_units"
    case nameWords = "name_words"
    case countingNouns = "counting_nouns"
    case maxValue = "max_value"
    case rolePhrases = "role_phrases"
    case ofNouns = "of_nouns"
    case enumerationVerbs = "enumeration_verbs"
    case subjectTypes = "subject_types"
    case changesOverTime = "changes_over_time"
    case ordinals
    case quantityUnits = "quantity_units"
    case monotonic
    case subjectAfterIn = "subject_after_in"
    case countingVerbs = "counting_verbs"
    case foundingUnits = "founding_units"
    case founderIndividuals = "founder_individuals"
    case organNouns = "organ_nouns"
    case collectiveNouns = "collective_nouns"
  }
}

/// The attribute vocabulary file (`Pipelines/lexicons/attributes.yml`).
public struct AttributeLexicon: Sendable, Codable {
  public var version: Int?
  public var contextTimeWords: [String]?
  /// Verbs of growth before "from A to B": A is the earlier value ("grew", "rose").
  public var growthVerbs: [String]?
  /// Verbs of decline before "from A to B" ("fell", "shrank").
  public var declineVerbs: [String]?
  /// Nouns that, after a possessive ("its Polish *subsidiary*", "the company's *rival*"), name
  /// another subject than the owner: a value of theirs is not the owner's.
  public var otherSubjectNouns: [String]?
  /// Nouns of a price paid per unit ("a *levy* of 12 euros", "*fees*, which rise to 40 euros"):
  /// an amount they name just before it is no budget, revenue or spending.
  public var priceNouns: [String]?
  /// Nouns of an amount that is no budget, revenue or spending ("a *profit* of 19 million", "a
  /// *deficit* of 2 million"): an amount right after one of them and "of" (or "was") is theirs.
  public var resultNouns: [String]?
  /// Nouns of money held rather than received or spent in a year ("its *endowment* stands at
  /// 48 million", "*reserves* of 6.4 million"): an amount nearer to one of them than to any
  /// trigger of the attribute is no budget, revenue or spending.
  public var stockNouns: [String]?
  /// Phrases of a result whose last word alone is a trigger of money ("operating *income*", "net
  /// *income*"): that word does not mark revenue there.
  public var resultPhrases: [String]?
  /// Verbs of giving money to another ("still *gives* the network 1.1 million", "has *donated* 2
  /// million to the trust"): an amount one of them governs is a grant, not the giver's budget,
  /// revenue or spending; after "was" or "been" the subject receives it and keeps it.
  public var grantVerbs: [String]?
  /// Verbs of paying ("*pays* the operator 11 million euros", "*paid* 2 million to the club"):
  /// an amount one of them governs is paid over to another body when a payee stands between the
  /// verb and the amount or follows "to"; "*paid* out 40 million" is the payer's own spending.
  public var paymentVerbs: [String]?
  /// Plural nouns of people outside a body that spend or pay ("*visitors* spend about 41
  /// million", "*passengers* paid 9 million"): an amount they are the subject of is theirs.
  public var outsideSpenders: [String]?
  /// Verbs of a person's pay ("a newly hired nurse *earns* 2,900 euros a month"): an amount one of
  /// them governs after an indefinite subject ("a", "an") is a wage, no revenue of a body.
  public var earningVerbs: [String]?
  /// Words right after an amount that make it a price per unit ("12 euros *per* hectare", "40
  /// euros *for adults*", "30 euros *each*"); "per year" and "per annum" stay a yearly amount.
  public var perUnitPhrases: [String]?
  /// Verbs of buying and selling: an amount after "for" that one of them governs ("bought the
  /// mill *for* 3 million euros") is the price of one deal, no budget, revenue or spending.
  public var purchaseVerbs: [String]?
  /// Words between a count and its unit that make it a part of the group ("61,000 *retired*
  /// workers", "3,000 *seasonal* residents"), not the group's size.
  public var subsetQualifiers: [String]?
  /// Nouns of a site of a body ("The Tolworth *plant* employs about 1,800 people", "our
  /// Tellerby *site*, which employs 600"): what such a site has is a part of the body's.
  public var facilityNouns: [String]?
  /// Nouns after "N percent of" that make the percentage a stake in a company's capital or a part
  /// of an amount of money ("31 percent of the *capital*", "fines of 10 percent of *turnover*"),
  /// not the subject's share of a market.
  public var stakeNouns: [String]?
  /// Words right after a percentage that make it a stake in a company, not a share of a market
  /// ("holds a 22 percent *stake* in", "is 66 percent *owned* by the city").
  public var stakeWords: [String]?
  /// Verbs of owning right before a percentage ("*owns* 20 percent of the plant"): a stake, not a
  /// share of a market, unless the percentage is of a market.
  public var ownershipVerbs: [String]?
  /// Words opening what a percentage is of that make it a market however its noun reads ("35
  /// percent of *world* rice exports" is a share, "23 percent of their exports" a part).
  public var marketScopes: [String]?
  /// Nouns of people whose percentage is a part of a population, not a share of a market ("17
  /// percent of *residents* were born abroad", "the share of *adults* who save").
  public var peopleNouns: [String]?
  /// Headings of a fact box that say only what the box is ("Key figures", "At a glance"): they
  /// name no subject for the box's rows.
  public var factBoxHeadings: [String]?
  /// First words of a table row's label that sum up the rest rather than name one company ("All
  /// other suppliers", "Others", "Total"): such a row has no subject.
  public var aggregateLabels: [String]?
  /// Nouns of a piece of a newspaper, or of who wrote it, whose earlier words a correction or a
  /// letter repeats ("An *article* on May 3 said ...", "Your *reporter* wrote that ...").
  public var reportNouns: [String]?
  /// Verbs of saying that introduce what such a piece said ("An article on May 3 *said* ...").
  public var reportVerbs: [String]?
  public var attributes: [AttributeSpec]

  enum CodingKeys: String, CodingKey {
    case version, attributes
    case otherSubjectNouns = "other_subject_nouns"
    case priceNouns = "price_nouns"
    case resultNouns = "result_nouns"
    case stockNouns = "stock_nouns"
    case resultPhrases = "result_phrases"
    case grantVerbs = "grant_verbs"
    case paymentVerbs = "payment_verbs"
    case outsideSpenders = "outside_spenders"
    case earningVerbs = "earning_verbs"
    case perUnitPhrases = "per_unit_phrases"
    case purchaseVerbs = "purchase_verbs"
    case subsetQualifiers = "subset_qualifiers"
    case facilityNouns = "facility_nouns"
    case stakeNouns = "stake_nouns"
    case stakeWords = "stake_words"
    case ownershipVerbs = "ownership_verbs"
    case marketScopes = "market_scopes"
    case peopleNouns = "people_nouns"
    case factBoxHeadings = "fact_box_headings"
    case aggregateLabels = "aggregate_labels"
    case reportNouns = "report_nouns"
    case reportVerbs = "report_verbs"
    case contextTimeWords = "context_time_words"
    case growthVerbs = "growth_verbs"
    case declineVerbs = "decline_verbs"
  }

  public init(attributes: [AttributeSpec], contextTimeWords: [String] = []) {
    self.attributes = attributes
    self.contextTimeWords = contextTimeWords
  }

  /// Whether values of this attribute can change over time (unknown attributes can).
  public func changesOverTime(_ attribute: String) -> Bool {
    attributes.first { $0.name == attribute }?.changesOverTime ?? true
  }
}
