import CrosscheckClaims
import CrosscheckCore
import CrosscheckPipeline
import Foundation
import Testing

/// Precision and recall of the default pipeline on the hand-labelled articles in `Labelled/`
/// (fictional subjects absent from the seed corpus and the gazetteer: a fisheries council, two
/// cities, three companies, two peacekeeping missions, two sports leagues).
///
/// Issue 5's targets: precision >= 0.9, recall >= 0.95 on plain claims and >= 0.75 on hard ones.
/// The assertions below are only regression floors a little under the figures measured when the
/// set was written, so that CI stays green while the extractor improves; raise them as it does.
@Suite struct LabelledClaimsTests {
  /// A folder of labelled articles next to this file.
  static func set(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name)
  }

  static let folder = set("Labelled")
  /// Articles written before any rule was tuned on them (other subjects and domains: a river
  /// basin commission, a software company, a metro authority, a research consortium, a UN
  /// mission, a rugby league, an airline, a university, a trade union, an island territory).
  /// Rules must never be keyed on their words; they measure how well the rules generalize.
  static let heldOut = set("HeldOut")
  /// A second held-out set, written before the third pass of rules (a national park, a hospital
  /// trust, a satellite venture, a boat show, a port, a school district, a charity, a ferry
  /// operator, a dairy cooperative, a museum). Only measured, never read to design rules.
  static let heldOut2 = set("HeldOut2")
  /// A third held-out set, written before the fourth pass of rules (a wind farm operator, a
  /// regional airline alliance, a library network, a football federation, a desalination plant,
  /// a fire brigade federation, a metropolitan area, an energy cooperative, a broadcaster, a
  /// research institute), full of numbers that are not claims. Only measured, never read to
  /// design rules.
  static let heldOut3 = set("HeldOut3")
  /// A fourth held-out set, written after the fourth pass to be scored once and never read to
  /// design rules (a glacier monitoring network, a savings bank, a bus operator, a film festival,
  /// a tram operator, a mining company, an island, a nurses' union, a zoo, a botanic garden).
  static let heldOut4 = set("HeldOut4")

  typealias Score = ClaimScore

  /// The default pipeline's score on a labelled folder (see ``ClaimEvaluation``).
  static func score(_ folder: URL) throws -> Score {
    try ClaimEvaluation.score(folder: folder, pipeline: defaultPipeline)
  }

  /// Prints the summary line and, when `details` is true, every miss and false claim.
  static func report(_ name: String, _ s: Score, details: Bool = true) {
    print("\(name) claims: " + s.summary)
    guard details else { return }
    for miss in s.misses { print("  missed: \(miss)") }
    for claim in s.falseClaims { print("  false:  \(claim)") }
  }

  @Test func extractsTheLabelledClaimsOfArticlesOnUnseenSubjects() throws {
    try Self.check(Self.folder, "Labelled", labels: 150, floor: Self.floor)
  }

  @Test func extractsTheClaimsOfHeldOutArticlesNoRuleWasTunedOn() throws {
    try Self.check(Self.heldOut, "HeldOut", labels: 60, floor: Self.heldOutFloor)
  }

  @Test func extractsTheClaimsOfASecondHeldOutSetWrittenBeforeTheThirdPass() throws {
    try Self.check(Self.heldOut2, "HeldOut2", labels: 60, floor: Self.heldOut2Floor)
  }

  @Test func extractsTheClaimsOfAThirdHeldOutSetFullOfNumbersThatAreNotClaims() throws {
    try Self.check(Self.heldOut3, "HeldOut3", labels: 60, floor: Self.heldOut3Floor)
  }

  @Test func extractsTheClaimsOfAFourthHeldOutSetScoredOnce() throws {
    try Self.check(Self.heldOut4, "HeldOut4", labels: 60, floor: Self.heldOut4Floor)
  }

  /// The sets written by someone who had not read the rules, each scored before any rule was
  /// changed after it was written (see each set's floor for its history), with the least number
  /// of labels each must keep.
  static let unseenSets: [(name: String, labels: Int)] = [
    ("HeldOut5", 70), ("HeldOut6", 80), ("HeldOut7", 90), ("HeldOut8", 70), ("HeldOut9", 100),
    ("HeldOut10", 100), ("HeldOut11", 100), ("HeldOut12", 100), ("HeldOut13", 100),
    ("HeldOut14", 100), ("HeldOut15", 100), ("HeldOut16", 150), ("HeldOut17", 150),
    ("HeldOut18", 150), ("HeldOut19", 150), ("HeldOut20", 150),
    ("HeldOut21", 140), ("HeldOut22", 150),
    ("HeldOut23", 150), ("HeldOut24", 150), ("HeldOut25", 150),
    ("HeldOut26", 150),
    ("HeldOut27", 150), ("HeldOut28", 150), ("HeldOut29", 150),
    ("HeldOut30", 150), ("HeldOut31", 150), ("HeldOut32", 150),
    ("HeldOut33", 150), ("HeldOut34", 190), ("HeldOut35", 170),
    ("HeldOut36", 180), ("HeldOut37", 210), ("HeldOut38", 180),
    ("HeldOut39", 190), ("HeldOut40", 190), ("HeldOut41", 190),
    ("HeldOut42", 190), ("HeldOut43", 190), ("HeldOut44", 180),
    ("HeldOut45", 180), ("HeldOut46", 180), ("HeldOut47", 180),
    ("HeldOut48", 180), ("HeldOut49", 180), ("HeldOut50", 180),
    ("HeldOut51", 180), ("HeldOut52", 180), ("HeldOut53", 180),
    ("HeldOut54", 180), ("HeldOut55", 180), ("HeldOut56", 180),
    ("HeldOut57", 180), ("HeldOut58", 190), ("HeldOut59", 180),
    ("HeldOut60", 180), ("HeldOut61", 190), ("HeldOut62", 190),
    ("HeldOut63", 190), ("HeldOut64", 190), ("HeldOut65", 190),
    ("HeldOut66", 190), ("HeldOut67", 190), ("HeldOut68", 180),
    ("HeldOut69", 190), ("HeldOut70", 190), ("HeldOut71", 190),
    ("HeldOut72", 180), ("HeldOut73", 190), ("HeldOut74", 180),
  ]

  static let unseenFloors: [String: (precision: Double, plain: Double, hard: Double)] = [
    "HeldOut5": heldOut5Floor, "HeldOut6": heldOut6Floor, "HeldOut7": heldOut7Floor,
    "HeldOut8": heldOut8Floor, "HeldOut9": heldOut9Floor, "HeldOut10": heldOut10Floor,
    "HeldOut11": heldOut11Floor, "HeldOut12": heldOut12Floor, "HeldOut13": heldOut13Floor,
    "HeldOut14": heldOut14Floor, "HeldOut15": heldOut15Floor, "HeldOut16": heldOut16Floor,
    "HeldOut17": heldOut17Floor, "HeldOut18": heldOut18Floor,
    "HeldOut19": heldOut19Floor, "HeldOut20": heldOut20Floor,
    "HeldOut21": heldOut21Floor, "HeldOut22": heldOut22Floor,
    "HeldOut23": heldOut23Floor, "HeldOut24": heldOut24Floor, "HeldOut25": heldOut25Floor,
    "HeldOut26": heldOut26Floor,
    "HeldOut27": heldOut27Floor, "HeldOut28": heldOut28Floor,
    "HeldOut29": heldOut29Floor,
    "HeldOut30": heldOut30Floor, "HeldOut31": heldOut31Floor, "HeldOut32": heldOut32Floor,
    "HeldOut33": heldOut33Floor, "HeldOut34": heldOut34Floor, "HeldOut35": heldOut35Floor,
    "HeldOut36": heldOut36Floor, "HeldOut37": heldOut37Floor, "HeldOut38": heldOut38Floor,
    "HeldOut39": heldOut39Floor, "HeldOut40": heldOut40Floor, "HeldOut41": heldOut41Floor,
    "HeldOut42": heldOut42Floor, "HeldOut43": heldOut43Floor, "HeldOut44": heldOut44Floor,
    "HeldOut45": heldOut45Floor, "HeldOut46": heldOut46Floor, "HeldOut47": heldOut47Floor,
    "HeldOut48": heldOut48Floor, "HeldOut49": heldOut49Floor, "HeldOut50": heldOut50Floor,
    "HeldOut51": heldOut51Floor, "HeldOut52": heldOut52Floor, "HeldOut53": heldOut53Floor,
    "HeldOut54": heldOut54Floor, "HeldOut55": heldOut55Floor, "HeldOut56": heldOut56Floor,
    "HeldOut57": heldOut57Floor, "HeldOut58": heldOut58Floor, "HeldOut59": heldOut59Floor,
    "HeldOut60": heldOut60Floor, "HeldOut61": heldOut61Floor, "HeldOut62": heldOut62Floor,
    "HeldOut63": heldOut63Floor, "HeldOut64": heldOut64Floor, "HeldOut65": heldOut65Floor,
    "HeldOut66": heldOut66Floor, "HeldOut67": heldOut67Floor, "HeldOut68": heldOut68Floor,
    "HeldOut69": heldOut69Floor, "HeldOut70": heldOut70Floor, "HeldOut71": heldOut71Floor,
    "HeldOut72": heldOut72Floor, "HeldOut73": heldOut73Floor, "HeldOut74": heldOut74Floor,
  ]

  @Test(arguments: unseenSets.map(\.name))
  func extractsTheClaimsOfASetWrittenWithoutReadingTheRules(_ name: String) throws {
    let labels = try #require(Self.unseenSets.first { $0.name == name }?.labels)
    let floor = try #require(Self.unseenFloors[name])
    try Self.check(Self.set(name), name, labels: labels, floor: floor)
  }

  /// Scores `folder`, prints it, and checks its size (at least `labels` labels, half of them
  /// hard) and its regression floor.
  static func check(
    _ folder: URL, _ name: String, labels: Int, floor: (precision: Double, plain: Double, hard: Double)
  ) throws {
    let s = try score(folder)
    report(name, s)
    #expect(s.plain + s.hard >= labels)
    #expect(s.hard * 2 >= s.plain + s.hard)
    #expect(s.precision >= floor.precision)
    #expect(s.plainRecall >= floor.plain)
    #expect(s.hardRecall >= floor.hard)
  }

  /// Regression floors (see the suite comment for the targets).
  // Measured when the set was written: precision 0.641, recall plain 0.778, hard 0.412; after the
  // prose rules (issue 5, second pass): precision 0.957, recall plain 1.000, hard 0.814; after the
  // third pass: 0.987, 1.000, 0.959.
  static let floor = (precision: 0.96, plain: 0.97, hard: 0.93)
  /// Regression floors for the held-out set. Measured before any rule of the second pass:
  /// precision 0.732, recall plain 1.000, hard 0.571; after it: 0.840, 1.000, 0.746 (0.857,
  /// 1.000, 0.794 at the start of the third pass, which used this set for development: 0.987,
  /// 1.000, 0.968 after it).
  static let heldOutFloor = (precision: 0.95, plain: 0.95, hard: 0.93)
  /// Regression floors for the second held-out set. Measured when it was written, before any rule
  /// of the third pass: precision 0.681, recall plain 0.933, hard 0.579; after it: 0.833, 1.000,
  /// 0.789; the fourth pass used it for development: 1.000, 1.000, 0.965.
  static let heldOut2Floor = (precision: 0.95, plain: 0.95, hard: 0.93)
  /// Regression floors for the third held-out set. Measured when it was written, before any rule
  /// of the fourth pass: precision 0.780, recall plain 0.900, hard 0.638; after it: 0.797, 0.900,
  /// 0.655; after the fifth and sixth passes: 1.000, 1.000, 0.879; after the ninth (amounts in
  /// francs and kroner): 1.000, 1.000, 0.897.
  static let heldOut3Floor = (precision: 0.98, plain: 0.98, hard: 0.88)
  /// Regression floors for the fourth held-out set, just under its one honest measure, taken
  /// with the rules of the fourth pass before anyone read its misses: precision 0.783 (54/69),
  /// recall plain 0.826 (19/23), hard 0.745 (35/47). The fifth and sixth passes read its misses:
  /// 0.841, 0.913, 0.787; after the ninth: 0.886, 1.000, 0.830.
  static let heldOut4Floor = (precision: 0.87, plain: 0.98, hard: 0.82)
  /// Regression floors for the fifth held-out set, under its first score, taken before any rule
  /// was changed after it was written: precision 0.675 (52/77), recall plain 1.000 (10/10), hard
  /// 0.609 (42/69). (One label was corrected before that score: an ordinal's "at least" has no
  /// upper bound, as the set's own header says.) After the fifth pass, which read its misses:
  /// 0.787, 1.000, 0.710; after the sixth: 0.903, 1.000, 0.797.
  static let heldOut5Floor = (precision: 0.9, plain: 0.9, hard: 0.8)
  /// Regression floors for the sixth held-out set, under its first score, taken with the rules of
  /// the fifth pass before anyone read its misses: precision 0.726 (61/84), recall plain 0.818
  /// (27/33), hard 0.607 (34/56). The sixth pass, tuned on the fourth and fifth sets, gave it
  /// 0.723, 0.818, 0.589 (a part-time staff read as a part of the staff), then 0.726, 0.818, 0.607
  /// once that was fixed.
  /// The seventh pass used it for development: 0.952, 1.000, 0.821; after the ninth: 0.988, 1.000,
  /// 0.875.
  static let heldOut6Floor = (precision: 0.97, plain: 0.98, hard: 0.86)
  /// Regression floors for the seventh held-out set, under its first score, taken with the rules
  /// of the seventh pass before anyone read its misses: precision 0.738 (76/103), recall plain
  /// 0.812 (26/32), hard 0.758 (50/66).
  /// The eighth pass used it for development: 0.895, 0.906, 0.848; after the ninth: 0.957, 0.969,
  /// 0.894.
  static let heldOut7Floor = (precision: 0.94, plain: 0.95, hard: 0.88)
  /// Regression floors for the eighth held-out set, under its first score, taken with the rules
  /// of the eighth pass before anyone read its misses: precision 0.814 (70/86), recall plain
  /// 0.828 (24/29), hard 0.742 (46/62). The ninth pass read its misses and corrected three labels
  /// (an ordinal of joining is "at least", as in every other set): 0.968, 1.000, 0.984.
  static let heldOut8Floor = (precision: 0.95, plain: 0.98, hard: 0.96)
  /// Regression floors for the ninth held-out set, under its first score, taken with the rules
  /// of the eighth pass before anyone read its misses: precision 0.720 (85/118), recall plain
  /// 1.000 (11/11), hard 0.661 (74/112). With the ninth pass, still unseen: 0.777, 1.000, 0.741.
  /// The tenth pass read its misses: 0.939 (107/114), 1.000, 0.857 (96/112). With the eleventh
  /// pass (tuned on the tenth set): 0.947 (107/113), 1.000, 0.857. With the twelfth (tuned on
  /// the eleventh set): 0.947 (108/114), 1.000, 0.866 (97/112).
  static let heldOut9Floor = (precision: 0.93, plain: 0.99, hard: 0.86)
  /// Regression floors for the tenth held-out set, under its first score, taken with the rules
  /// of the ninth pass before anyone read its misses: precision 0.809 (93/115), recall plain
  /// 1.000 (40/40), hard 0.697 (53/76). With the tenth pass (tuned on the ninth set), still
  /// unseen: 0.807 (92/114), 1.000, 0.684 (52/76). The eleventh pass read its misses and
  /// fixed broad classes only: 0.925 (99/107), 1.000, 0.776 (59/76).
  static let heldOut10Floor = (precision: 0.92, plain: 0.99, hard: 0.77)
  /// Regression floors for the eleventh held-out set, under its first score, taken with the
  /// rules of the tenth pass before anyone read its misses: precision 0.731 (98/134), recall
  /// plain 0.975 (39/40), hard 0.694 (59/85). With the eleventh pass (tuned on the tenth set),
  /// still unseen: 0.758 (100/132), 0.975, 0.718 (61/85). The twelfth pass read its misses and
  /// fixed broad classes only: 0.951 (116/122), 0.975 (39/40), 0.906 (77/85).
  static let heldOut11Floor = (precision: 0.95, plain: 0.97, hard: 0.9)
  /// Regression floors for the twelfth held-out set, under its first score, taken with the
  /// rules of the eleventh pass before anyone read its misses: precision 0.705 (91/129), recall
  /// plain 0.857 (36/42), hard 0.696 (55/79). With the twelfth pass (tuned on the eleventh
  /// set), still unseen: 0.748 (95/127), 0.857, 0.747 (59/79). The thirteenth pass read its
  /// misses and fixed broad classes only: 0.967 (118/122), 1.000 (42/42), 0.962 (76/79).
  /// Session 19: 0.951 -> 0.943 (116/123): an earlier share ("up from 3 percent in 2015") now
  /// follows a share that was already read under a wrong subject ("Solar power ...").
  static let heldOut12Floor = (precision: 0.94, plain: 0.99, hard: 0.93)
  /// Regression floors for the thirteenth held-out set, under its first score, taken with the
  /// rules of the twelfth pass before anyone read its misses: precision 0.605 (72/119), recall
  /// plain 0.833 (5/6), hard 0.563 (67/119). Its writer aimed at forms a rule-writer would not
  /// expect (factbox lines, gapping, values with no unit, fronted phrases about another subject).
  /// With the thirteenth pass (tuned on the twelfth set), still unseen: 0.625 (75/120), 0.833,
  /// 0.588 (70/119). After the fourteenth pass, which used this set for development and read its
  /// misses and false claims, fixing broad classes only: 0.888 (103/116), 1.000 (6/6), 0.815
  /// (97/119).
  static let heldOut13Floor = (precision: 0.87, plain: 0.99, hard: 0.8)
  /// Regression floors for the fourteenth held-out set, under its first score, taken with the
  /// rules of the thirteenth pass before anyone read its misses: precision 0.810 (102/126), recall
  /// plain 0.956 (43/45), hard 0.747 (59/79). Its writer was asked for at least 40 plain rows.
  /// With the fourteenth pass (tuned on the thirteenth set), still unseen: 0.833 (105/126),
  /// 0.956, 0.785 (62/79). After the fifteenth pass, which used this set for development and read
  /// its misses and false claims, fixing broad classes only: 0.941 (111/118), 0.956 (43/45), 0.861
  /// (68/79).
  static let heldOut14Floor = (precision: 0.94, plain: 0.95, hard: 0.86)
  /// Regression floors for the fifteenth held-out set, under its first score, taken with the
  /// rules of the fourteenth pass before anyone read its misses: precision 0.865 (109/126),
  /// recall plain 1.000 (45/45), hard 0.810 (64/79). With the fifteenth pass (tuned on the
  /// fourteenth set), still unseen: 0.886 (109/123), 1.000, 0.810. After the sixteenth pass,
  /// which used this set for development (tuned on in pass 16) and read its misses and false
  /// claims, fixing broad classes only: 0.983 (118/120), 1.000 (45/45), 0.924 (73/79).
  static let heldOut15Floor = (precision: 0.97, plain: 0.99, hard: 0.92)
  /// Regression floors for the sixteenth held-out set (167 labels, 119 hard; four datelines
  /// written `2025-06-03` or `8 October 2024`, which the scorer read as no date until it used the
  /// plain-text reader's dates: 0.716 / 0.792 / 0.655 before that fix, no rule changed), under its
  /// first score with the rules of the fifteenth pass: precision 0.846 (137/162), recall plain
  /// 1.000 (48/48), hard 0.748 (89/119). After the seventeenth pass, which used this set for
  /// development (tuned on in pass 17) and read its misses and false claims, fixing broad classes
  /// only: 0.950 (151/159), 1.000 (48/48), 0.866 (103/119).
  static let heldOut16Floor = (precision: 0.94, plain: 0.99, hard: 0.86)
  /// Regression floors for the seventeenth held-out set (158 labels, 109 hard), under its first
  /// score with the rules of the sixteenth pass: precision 0.806 (137/170), recall plain 0.980
  /// (48/49), hard 0.743 (81/109). Like the sixteenth, it labels a value stated twice (headline
  /// and body, a key-figures line, a correction) once; a claim restating a matched label counts as
  /// right (before the scorer did so: precision 0.759, 129/170). After the eighteenth pass, which
  /// used this set for development (tuned on in pass 18) and read its misses and false claims,
  /// fixing broad classes only: 0.893 (150/168), 0.980 (48/49), 0.872 (95/109).
  static let heldOut17Floor = (precision: 0.89, plain: 0.97, hard: 0.87)
  /// Regression floors for the eighteenth held-out set (155 labels, 108 hard; a parent group
  /// beside its subsidiaries, a region beside its capital, many figures that are not the
  /// attribute), under its first score with the rules of the seventeenth pass: precision 0.812
  /// (138/170), recall plain 0.979 (46/47), hard 0.833 (90/108). After the eighteenth pass, still
  /// unseen: 0.827 (139/168), 0.979, 0.843 (91/108). After the nineteenth pass, which
  /// used this set for development (tuned on in pass 19) and read its misses and false claims,
  /// fixing broad classes only: 0.949 (150/158), 0.979 (46/47), 0.917 (99/108).
  static let heldOut18Floor = (precision: 0.94, plain: 0.97, hard: 0.91)
  /// Regression floors for the nineteenth held-out set (194 labels, 136 hard), under its first
  /// score with the rules of the eighteenth pass: precision 0.869 (179/206), recall plain 0.948
  /// (55/58), hard 0.846 (115/136). After the nineteenth pass, still unseen: 0.877 (179/204),
  /// 0.948, 0.846. Raised after it was tuned on in pass 20: precision 0.912 (186/204), recall plain 0.948
  /// (55/58), hard 0.890 (121/136).
  static let heldOut19Floor = (precision: 0.91, plain: 0.94, hard: 0.88)
  /// Regression floors for the twentieth held-out set (154 labels, 108 hard), under its first
  /// score with the rules of the nineteenth pass: precision 0.880 (146/166), recall plain 1.000
  /// (46/46), hard 0.824 (89/108). After the twenty-first pass, never tuned on: 0.904 (151/167),
  /// 1.000, 0.870 (94/108).
  static let heldOut20Floor = (precision: 0.9, plain: 0.99, hard: 0.86)
  /// Regression floors for the twenty-first held-out set (140 labels, 91 hard), under its first
  /// score with the rules of the twentieth pass: precision 0.868 (125/144), recall plain 0.918
  /// (45/49), hard 0.791 (72/91); after the twenty-first pass, tuned on it: 0.979, 0.980, 0.912.
  static let heldOut21Floor = (precision: 0.97, plain: 0.97, hard: 0.9)
  /// Regression floors for the twenty-second held-out set (153 labels, 120 hard), under its first
  /// score with the rules of the twentieth pass: precision 0.733 (126/172), recall plain 0.879
  /// (29/33), hard 0.775 (93/120); at min-confidence 0.8 0.780 / 0.879 / 0.758. After the
  /// twenty-first pass, still unseen: 0.734 (127/173), 0.879, 0.783 (94/120); after the
  /// twenty-second pass, tuned on it: 0.839 (141/168), 1.000 (33/33), 0.842 (101/120).
  static let heldOut22Floor = (precision: 0.83, plain: 0.99, hard: 0.83)
  /// Regression floors for the twenty-third held-out set (153 labels, 110 hard), under its first
  /// score with the rules of the twentieth pass: precision 0.855 (148/173), recall plain 0.977
  /// (42/43), hard 0.855 (94/110); at min-confidence 0.8 0.912 / 0.977 / 0.845. After the
  /// twenty-first pass, still unseen: 0.857 (150/175), 0.977, 0.873 (96/110); the same after
  /// the twenty-second pass. After the twenty-third pass, tuned on it: 0.982 (164/167), 1.000
  /// (43/43), 0.982 (108/110); 0.976 (164/168) once "belong to" counts members again.
  static let heldOut23Floor = (precision: 0.97, plain: 0.99, hard: 0.97)
  /// Regression floors for the twenty-fourth held-out set (159 labels, 116 hard), under its first
  /// score with the rules of the twenty-first pass: precision 0.846 (132/156), recall plain 0.977
  /// (42/43), hard 0.733 (85/116); the same after the twenty-second pass, which never saw it;
  /// after the twenty-third, still unseen: 0.853 (133/156), 0.977, 0.741 (86/116). Tuned in the
  /// twenty-fourth pass: 0.943 (149/158) / 1.000 (43/43) / 0.871 (101/116); with the
  /// twenty-sixth (tuned on HeldOut27), 0.938 (150/160) / 1.000 / 0.879 (102/116).
  static let heldOut24Floor = (precision: 0.93, plain: 0.99, hard: 0.87)
  /// Regression floors for the twenty-fifth held-out set (159 labels, 112 hard), under its first
  /// score with the rules of the twenty-second pass: precision 0.772 (129/167), recall plain 0.915
  /// (43/47), hard 0.741 (83/112); at min-confidence 0.8 0.867 / 0.915 / 0.696. After the
  /// twenty-third pass, still unseen: 0.790 (132/167), 0.936 (44/47), 0.759 (85/112). Tuned in
  /// the twenty-fifth pass: 0.899 (152/169), 0.979 (46/47), 0.848 (95/112).
  static let heldOut25Floor = (precision: 0.89, plain: 0.97, hard: 0.84)
  /// Regression floors for the twenty-sixth held-out set (162 labels, 152 hard), under its first
  /// score with the rules of the twenty-third pass: precision 0.649 (109/168), recall plain 1.000
  /// (10/10), hard 0.638 (97/152); at min-confidence 0.8 0.697 / 1.000 / 0.592. After the
  /// twenty-fourth and twenty-fifth passes, still unseen: 0.651 (110/169), 1.000, 0.645 (98/152).
  /// Tuned in the twenty-seventh pass: 0.738 (118/160) / 1.000 (10/10) / 0.704 (107/152).
  static let heldOut26Floor = (precision: 0.73, plain: 0.99, hard: 0.7)
  /// Regression floors for the twenty-seventh held-out set (154 labels, 137 hard; unusual
  /// registers: a radio transcript, timeline lines, a table written as prose, a translated
  /// report, a box of figures, a correction), under its first score with the rules of the
  /// twenty-third pass: precision 0.621 (90/145), recall plain 0.882 (15/17), hard 0.526
  /// (72/137); at min-confidence 0.8 0.725 / 0.882 / 0.504. After the twenty-fourth,
  /// twenty-fifth and twenty-seventh passes, still unseen: 0.633 (93/147), 0.882, 0.547 (75/137).
  /// Tuned in the twenty-sixth pass: 0.813 (126/155) / 0.882 (15/17) / 0.788 (108/137); at
  /// min-confidence 0.8 0.855 / 0.882 / 0.730.
  static let heldOut27Floor = (precision: 0.81, plain: 0.88, hard: 0.78)
  /// Regression floors for the twenty-eighth held-out set (152 labels, 124 hard; ordinary news as
  /// it is published, no contrived traps: an alliance adding a member, a census of a city and its
  /// metropolitan area, company results, a trade association, a hockey league, a utility, a port
  /// authority, a university, an NGO, a UN mission, a cab co-operative in Q&A, an economic bloc
  /// with a key-figures box), under its first score with the rules of the twenty-third pass:
  /// precision 0.725 (116/160), recall plain 0.964 (27/28), hard 0.718 (89/124); at
  /// min-confidence 0.8 0.807 / 0.964 / 0.661. After the twenty-fourth to twenty-seventh passes,
  /// still unseen: 0.753 (119/158), 0.964, 0.742 (92/124).
  /// Tuned in the twenty-eighth pass: 0.823 (130/158) / 0.964 (27/28) / 0.798 (99/124).
  static let heldOut28Floor = (precision: 0.82, plain: 0.96, hard: 0.79)
  /// Regression floors for the twenty-ninth held-out set (154 labels, 136 hard; mixed news as a
  /// user would collect it: a security bloc taking a ninth member, a city and its region, rival
  /// food companies and their subsidiaries, an observer mission, a stonemasons' society in Q&A, a
  /// futsal league, a river commission with a key-figures box, a literacy charity's press release,
  /// vegetable cooperatives, an economic community, a lake board with a correction, business in
  /// brief), written after the twenty-seventh pass and scored once with its rules and the
  /// confidence weights refitted after it (neither saw it): precision 0.787 (122/155), recall
  /// plain 0.944 (17/18), hard 0.728 (99/136); at min-confidence 0.8 0.930 (107/115) / 0.944 /
  /// 0.625; at 0.9 0.934 / 0.944 / 0.478. After the twenty-eighth pass (tuned on HeldOut28),
  /// still unseen, the same at 0; with the weights refitted after that pass (without it), at 0.8
  /// 0.922 (107/116) / 0.944 / 0.625 (AUC 0.836).
  /// Names joined at "and" before a public body's head (an entity-tagger change made with the
  /// set in view): 0.832 (129/155) / 1.000 / 0.772. Tuned in the twenty-ninth pass (without
  /// that change): 0.878 (130/148) / 0.944 (17/18) / 0.787 (107/136); both: 0.926 (137/148) /
  /// 1.000 (18/18) / 0.831 (113/136).
  static let heldOut29Floor = (precision: 0.92, plain: 0.99, hard: 0.83)
  /// Regression floors for the thirtieth to thirty-second held-out sets, written in one session
  /// by three writers who read no rule and no other set, and tuned on from session 12. HeldOut30 (156
  /// labels, 142 hard): ordinary regional and wire news (a council budget, a census, company
  /// results and hiring, a rail union, a cider cooperative, a rail body of nine states, a UN
  /// mission, a skittles league, a constabulary with a correction, a credit union in Q&A,
  /// business in brief). HeldOut31 (154, 140): a weekly paper's pages (a profile with "we", a
  /// press release with an About footer, an explainer with a fact box, an obituary and an
  /// anniversary recalling old figures, a trade bloc, a Q&A). HeldOut32 (172, 159):
  /// international and economic reporting (trade blocs, river and fisheries commissions,
  /// observer missions, a development bank, a census release, an annual report with
  /// subsidiaries, a city and its metro area and region, a merger with fact boxes). First
  /// scores, with the rules of the twenty-eighth pass and the joined-name tagger change:
  /// HeldOut30 0.684 (104/152) / 0.929 (13/14) / 0.634 (90/142); HeldOut31 0.675 (106/157) /
  /// 1.000 (14/14) / 0.607 (85/140); HeldOut32 0.721 (111/154) / 0.769 (10/13) / 0.629
  /// (100/159). After the twenty-ninth pass, the head words and the subject model (none saw
  /// them): 0.711 (108/152) / 0.929 / 0.662 (94/142), 0.694 (109/157) / 1.000 / 0.629 (88/140),
  /// 0.721 / 0.769 / 0.629; pooled 0.708 (328/463) / 0.902 / 0.639 (0.693 / 0.902 / 0.624 at
  /// first); at min-confidence 0.8 with weights that never saw them 0.824 / 0.878 / 0.544.
  /// After the name-boundary pass of session 10 (none seen): HeldOut32 0.734 (113/154) / 0.769 /
  /// 0.642 (102/159); pooled 0.713 (330/463) / 0.902 / 0.644. Tuned on from session 12: HeldOut30
  /// 0.830 (122/147) / 1.000 / 0.746; HeldOut31 0.786 (121/154) / 1.000 / 0.714; HeldOut32 0.815
  /// (128/157) / 0.846 / 0.723.
  static let heldOut30Floor = (precision: 0.82, plain: 0.99, hard: 0.73)
  static let heldOut31Floor = (precision: 0.78, plain: 0.99, hard: 0.71)
  static let heldOut32Floor = (precision: 0.81, plain: 0.84, hard: 0.72)
  /// Regression floors for the thirty-third to thirty-fifth held-out sets, written in session 10
  /// by three writers who read no rule and no other set (only HeldOut32's header and one article
  /// for the format). HeldOut33 (155 labels, 149 hard): a US-style metro daily on health,
  /// education and science bodies (a research consortium, a school district budget, hospital
  /// systems, a nurses' union, a county census, a state agency, a university system, a college
  /// foundation, a "By the numbers" box, briefs with a correction). HeldOut34 (200, 187):
  /// long-form features shifting in time (a federation's fifty years, a shipping line's rise and
  /// fall, a century of censuses, a defence pact and its force, a cooperative told in "we", an
  /// interview, a letters page, a book review, a border mission, a timeline). HeldOut35 (177,
  /// 164): structured copy (wire briefs, an earnings release with Highlights, an annual report's
  /// Key facts, a congress communique, a police statement, share tables as text, a market
  /// column, an acquisition, a budget notice, a corrections column). First scores, with the
  /// rules of session 9 (commit 69ce83d): HeldOut33 0.621 (90/145) / 1.000 (6/6) / 0.564
  /// (84/149); HeldOut34 0.678 (137/202) / 0.846 (11/13) / 0.599 (112/187); HeldOut35 0.617
  /// (92/149) / 0.923 (12/13) / 0.470 (77/164); pooled 0.643 (319/496) / 0.906 / 0.546; at
  /// min-confidence 0.8 0.732 (271/370) / 0.875 / 0.452. After the name-boundary pass of session
  /// 10 (number words and answers opening a sentence, "A&M", "A/S", "St.", a title's period, the
  /// pronoun "I"): HeldOut33 0.648 (94/145) / 1.000 / 0.591 (88/149); HeldOut34 0.688 (139/202) /
  /// 0.846 / 0.604 (113/187); HeldOut35 0.638 (95/149) / 1.000 (13/13) / 0.482 (79/164); pooled
  /// 0.661 (328/496) / 0.938 / 0.560. After session 12: HeldOut33 0.806 (116/144) / 1.000 / 0.718;
  /// HeldOut34 0.807 (159/197) / 0.923 / 0.679; HeldOut35 0.820 (132/161) / 1.000 / 0.701.
  static let heldOut33Floor = (precision: 0.8, plain: 0.99, hard: 0.71)
  static let heldOut34Floor = (precision: 0.79, plain: 0.92, hard: 0.67)
  static let heldOut35Floor = (precision: 0.81, plain: 0.99, hard: 0.7)
  /// Regression floors for the thirty-sixth to thirty-eighth held-out sets, written in session 12
  /// by three writers who read no rule and no other set (only HeldOut35's header, ten of its rows
  /// and one article, for the format), and not tuned on until session 13. HeldOut36 (185
  /// labels, 141 hard):
  /// local and regional public bodies (a transit authority's budget, a waste association's
  /// meeting, a lifeboat society in Q&A, a county census box, a letters page with a water
  /// company's reply, a port authority's timeline, regional briefs, an obituary, corrections, an
  /// opinion column, a committee hearing, a dispatch district's member table). HeldOut37 (217,
  /// 162): international, security, sport and culture bodies (a wire story, an explainer, a
  /// translated interview, a "YEAR - event" timeline, a country profile with a fact box, a
  /// communique in numbered paragraphs, letters, corrections, datelined briefs, an op-ed, a
  /// fifty-year retrospective, a translated feature). HeldOut38 (189, 145): business (an
  /// airline's results with Highlights, a market column, a mining town, a start-up CEO in Q&A, a
  /// brewery's "By the numbers", briefs, a bank merger with a side-by-side table, corrections,
  /// an obituary, a grocery share table, an op-ed, an industry association's members). First
  /// scores, with the rules of session 11 and the share-table rows of session 12 (written before
  /// the sets were read): HeldOut36 0.703 (116/165) / 0.909 (40/44) / 0.532 (75/141); HeldOut37
  /// 0.673 (140/208) / 0.818 (45/55) / 0.549 (89/162); HeldOut38 0.672 (117/174) / 0.932 (41/44)
  /// / 0.503 (73/145); pooled 0.682 (373/547) / 0.881 / 0.529; at min-confidence 0.8 0.803
  /// (330/411) / 0.846 / 0.453, at 0.9 0.841 (259/308) / 0.776 / 0.319. At the end of session 12
  /// (none seen): HeldOut36 0.727 (120/165) / 0.909 / 0.560; HeldOut37 0.702 (146/208) / 0.818 /
  /// 0.593; HeldOut38 unchanged.
  static let heldOut36Floor = (precision: 0.72, plain: 0.9, hard: 0.56)
  static let heldOut37Floor = (precision: 0.7, plain: 0.81, hard: 0.59)
  static let heldOut38Floor = (precision: 0.67, plain: 0.93, hard: 0.5)

  /// HeldOut39 to HeldOut41 were written in session 13 by three writers who read no rule and no
  /// other set (only HeldOut36's header, ten of its rows and one article, for the format), and
  /// never tuned on. HeldOut39 (200 labels, 185 hard): health, education and science (a
  /// university system's annual report with a facts box, a hospital merger, a research
  /// consortium in Q&A, a school district's budget with a staff table, a doctors' union dispute,
  /// a museum's timeline, an explainer, corrections, wire briefs, an obituary, an opinion column,
  /// a translated feature). HeldOut40 (199, 183): transport, energy, telecoms and the economy
  /// (an earnings release, an analyst note, a takeover with divisions, a regulator's share
  /// tables, a co-operative's meeting, a union's recruitment, an airline's fleet, a strike live
  /// blog, an FAQ page, a company timeline, corrections, business briefs). HeldOut41 (196, 187):
  /// international bodies (a communique, an accession, a mission's renewal, an explainer, a
  /// translated wire with decimal commas, a summit live blog, a federation's congress, a
  /// hypothetical, a denial, a commission's timeline, a disputed census, an opinion column).
  /// First scores, with the rules of session 12: HeldOut39 0.665 (135/203) / 0.800 (12/15) /
  /// 0.643 (119/185); HeldOut40 0.541 (105/194) / 0.938 (15/16) / 0.486 (89/183); HeldOut41
  /// 0.616 (117/190) / 0.667 (6/9) / 0.583 (109/187); pooled 0.608 (357/587) / 0.825 / 0.571;
  /// at min-confidence 0.8 0.712 (297/417) / 0.775 / 0.470, at 0.9 0.762 (224/294) / 0.725 /
  /// 0.344 (sets read as written, before scoring read them as `crosscheck run` does). Early in
  /// session 13 a comparison of detail listings showed about 50 of their missed labels by
  /// mistake; from then on they count as tuned sets, and HeldOut42 to HeldOut44 were written.
  static let heldOut39Floor = (precision: 0.66, plain: 0.8, hard: 0.64)
  static let heldOut40Floor = (precision: 0.54, plain: 0.93, hard: 0.48)
  static let heldOut41Floor = (precision: 0.61, plain: 0.66, hard: 0.58)

  /// HeldOut42 to HeldOut44 were written in session 13, after HeldOut39 to HeldOut41 had been
  /// glimpsed, the same way (blind; HeldOut36's header, ten rows and one article for the format).
  /// HeldOut42 (198 labels, 176 hard): cities, regions and public services around the world (a
  /// budget speech, a census release with a district table, a city and its metropolitan area and
  /// province, a transport authority's key figures, a police chief in Q&A, a tourism board's
  /// "at a glance", a mayor's blog, council minutes, an airport's traffic report, corrections, a
  /// travel guide, a world-cities roundup). HeldOut43 (200, 178): civil society, culture and sport
  /// (a charity's year in numbers, a league's expansion, a festival release, an NGO appeal,
  /// election results by region, a club's centenary timeline, an association's newsletter, a
  /// podcast transcript, a foundation director in Q&A, letters, corrections, a sports roundup).
  /// HeldOut44 (190, 175): wire and web copy (a tabloid short, a wire flash and its update, an
  /// infobox page, an "About us" page, a LinkedIn-style profile, a chairman's statement, investor
  /// slides, a fact sheet, a takeover filing, a numbered factbox, a briefing with footnotes, an
  /// obituary). First scores, read as `crosscheck run` reads them, with the rules of session 12
  /// and the reading of headlines and plain-text paragraphs of session 13 (written before the
  /// sets): HeldOut42 0.594 (107/180) / 1.000 (22/22) / 0.477 (84/176); HeldOut43 0.671
  /// (116/173) / 0.909 (20/22) / 0.534 (95/178); HeldOut44 0.483 (86/178) / 0.800 (12/15) / 0.406
  /// (71/175); pooled 0.582 (309/531) / 0.915 / 0.473; at min-confidence 0.8 0.769 (256/333) /
  /// 0.898 / 0.376, at 0.9 0.817 (187/229) / 0.780 / 0.265. Tuned on in session 14 (0.614 ->
  /// 0.674 pooled precision); the floors are just below the session's end.
  static let heldOut42Floor = (precision: 0.72, plain: 1.0, hard: 0.68)
  static let heldOut43Floor = (precision: 0.72, plain: 0.95, hard: 0.56)
  static let heldOut44Floor = (precision: 0.64, plain: 1.0, hard: 0.51)

  /// HeldOut45 to HeldOut47 were written at the start of session 14 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut42 to HeldOut44
  /// became tuned sets. HeldOut45 (191 labels, 178 hard): defence and security (a summit
  /// communique, a mission's mandate renewal with its contributors, a white paper's table of
  /// units, an op-ed, a live blog, a Q&A explainer, a defence firm's results, a memoir, a
  /// committee hearing, an exercise announcement, corrections, a history of an alliance).
  /// HeldOut46 (187, 170): business in translated and regional copy (decimal commas and dot
  /// thousands, a union's strike bulletin, a cooperative's assembly, a mining chronicle, a
  /// "facts and figures" box, a market-share league table, a founder in Q&A, an investor letter,
  /// a business-park brochure, a merger of cooperatives, a news digest, a family firm's
  /// anniversary). HeldOut47 (193, 161): science, health and public agencies (a ranking release,
  /// a research network's report, a space agency's budget table, hospital board papers, an
  /// epidemiology bulletin, a park's "at a glance", a museum's centenary, an institute director's
  /// profile, an agency merger, letters, corrections, a science digest). First scores, with the
  /// rules of session 13 and the headline-name check of session 14: HeldOut45 0.589 (103/175) /
  /// 0.846 (11/13) / 0.511 (91/178); HeldOut46 0.609 (106/174) / 0.824 (14/17) / 0.535
  /// (91/170); HeldOut47 0.713 (127/178) / 0.938 (30/32) / 0.602 (97/161); pooled 0.638
  /// (336/527) / 0.887 / 0.548; at min-confidence 0.8 0.810 (256/316) / 0.855 / 0.399, at 0.9
  /// 0.851 (183/215) / 0.806 / 0.261. Tuned on in session 15 (0.646 -> 0.709 pooled precision
  /// at the session's end); the floors are just below it.
  static let heldOut45Floor = (precision: 0.65, plain: 0.92, hard: 0.57)
  static let heldOut46Floor = (precision: 0.68, plain: 0.88, hard: 0.64)
  static let heldOut47Floor = (precision: 0.77, plain: 1.0, hard: 0.7)

  /// HeldOut48 to HeldOut50 were written at the start of session 15 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut45 to HeldOut47
  /// became tuned sets. Their themes name forms of text the rules were known to read badly (pipe
  /// tables, a charity's "the Board"), so they are harder than a random draw, not easier.
  /// HeldOut48 (190 labels, 177 hard): sport, culture and education (club minutes, a federation's
  /// membership drive, a university fact sheet with a pipe table, a festival report, league
  /// revenues, a museum's review in its own voice, a school district, a league's history, an
  /// orchestra director in Q&A, corrections, a listicle, an encyclopaedia entry with an infobox).
  /// HeldOut49 (190, 181): cities, regions and infrastructure (a council budget with a pipe table,
  /// a census release, a transit authority's report in its own voice, a port's release, a merger
  /// of two municipalities, a town that shrank, a utility's results, a consultation, a mayor's
  /// speech, corrections, a travel guide's facts box, a flood live blog). HeldOut50 (187, 175):
  /// non-profits, international bodies and associations (a summit with member and observer
  /// states, a charity's annual report, a humanitarian appeal, a membership survey, a consortium's
  /// partners, an About-us page, a church body that lost members, a Q&A explainer, a digest,
  /// corrections, summary accounts, a panel transcript). First scores, with the rules of session
  /// 14 (commit 1b512c9): HeldOut48 0.697 (145/208) / 0.923 (12/13) / 0.712 (126/177); HeldOut49
  /// 0.693 (106/153) / 0.667 (6/9) / 0.552 (100/181); HeldOut50 0.694 (120/173) / 0.917 (11/12) /
  /// 0.623 (109/175); pooled 0.695 (371/534) / 0.853 / 0.629; at min-confidence 0.8 0.836
  /// (296/354) / 0.824 / 0.492, at 0.9 0.866 (201/232) / 0.706 / 0.328. Tuned on in session 16
  /// (0.718 -> 0.760 pooled precision at the session's end); the floors are just below it.
  static let heldOut48Floor = (precision: 0.75, plain: 0.92, hard: 0.77)
  static let heldOut49Floor = (precision: 0.76, plain: 0.77, hard: 0.65)
  static let heldOut50Floor = (precision: 0.75, plain: 0.91, hard: 0.66)

  /// HeldOut51 to HeldOut53 were written at the start of session 16 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut48 to HeldOut50
  /// became tuned sets. HeldOut51 (185 labels, 166 hard): health, science and research (a
  /// hospital trust's report in its own voice, a merger of insurers, a research council's
  /// funding round, a space agency's profile, a medical association's president in Q&A, a
  /// weather institute's key facts, a vaccination drive, a drugmaker's results table,
  /// corrections, an explainer of three regulators, a clinic, an encyclopaedia entry).
  /// HeldOut52 (197, 185): transport, energy, farming and trade (a customs union's enlargement,
  /// a strike with disputed figures, a cooperative's annual meeting, a port's "By the numbers",
  /// airline market shares, a mine's quarterly tables, a chamber of commerce head in Q&A, a town
  /// that hosts a power station, corrections, a railway's timeline, a listicle, a wiki entry).
  /// HeldOut53 (196, 178): security, diplomacy and public services (a mission's drawdown, an
  /// alliance's enlargement, a ministry's fact box, an op-ed on disputed force sizes, a police
  /// department's report in its own voice, a mission commander in Q&A, a table of contributors,
  /// corrections, a summit live blog, two blocs compared, a fire service's staffing, an
  /// encyclopaedia entry). First scores, with the rules of session 15 (commit 4ac363f):
  /// HeldOut51 0.759 (132/174) / 0.895 (17/19) / 0.663 (110/166); HeldOut52 0.714 (140/196) /
  /// 1.000 (12/12) / 0.681 (126/185); HeldOut53 0.732 (145/198) / 1.000 (18/18) / 0.663
  /// (118/178); pooled 0.734 (417/568) / 0.959 / 0.669; at min-confidence 0.8 0.889 (338/380) /
  /// 0.959 / 0.529, at 0.9 0.917 (244/266) / 0.898 / 0.367. Tuned on in session 17 (0.740 ->
  /// 0.773 pooled precision at the session's end); the floors are just below it.
  static let heldOut51Floor = (precision: 0.81, plain: 0.89, hard: 0.69)
  static let heldOut52Floor = (precision: 0.75, plain: 1.0, hard: 0.71)
  static let heldOut53Floor = (precision: 0.75, plain: 1.0, hard: 0.73)

  /// HeldOut54 to HeldOut56 were written at the start of session 17 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut51 to HeldOut53
  /// became tuned sets. HeldOut54 (200 labels, 188 hard): business, labour and media (a tile
  /// maker's letter to shareholders in its own voice, a supermarket takeover, a union's press
  /// release, a family knitwear firm's profile, a telecom chief executive in Q&A, "At a glance"
  /// boxes, a layoffs brief, a results table, corrections, three broadcasters' audience shares, a
  /// mill town, a stock exchange's encyclopaedia entry). HeldOut55 (200, 182): cities, housing,
  /// education and local government (a mayor's state-of-the-city speech, two towns merging, a
  /// university's release, a housing association's profile, a superintendent in Q&A, a water
  /// authority's quick facts, a census brief, a city budget table, corrections, three cities
  /// with their metro area and region, a council meeting's live blog, a city's encyclopaedia
  /// entry). HeldOut56 (188, 163): sport, culture, charities and international bodies (a
  /// charity's annual review in its own voice, a federation admitting its 31st member, a
  /// festival's release, a league that grew from five clubs, a federation's secretary-general in
  /// Q&A, a club's factfiles, a club's accounts, an association's council election table,
  /// corrections, two treaty bodies compared, an orchestra's staff, a religious association's
  /// entry). First scores, with the rules of session 16 (commit f603cf8): HeldOut54 0.674
  /// (120/178) / 0.833 (10/12) / 0.585 (110/188); HeldOut55 0.656 (122/186) / 0.889 (16/18) /
  /// 0.560 (102/182); HeldOut56 0.705 (134/190) / 1.000 (25/25) / 0.663 (108/163); pooled 0.679
  /// (376/554) / 0.927 / 0.600; at min-confidence 0.8 0.861 (297/345) / 0.909 / 0.454, at 0.9
  /// 0.904 (198/219) / 0.727 / 0.291. Tuned on in session 18 (0.682 -> 0.746 pooled precision
  /// at the session's end); the floors are just below it.
  static let heldOut54Floor = (precision: 0.78, plain: 0.83, hard: 0.68)
  static let heldOut55Floor = (precision: 0.67, plain: 0.88, hard: 0.57)
  static let heldOut56Floor = (precision: 0.78, plain: 1.0, hard: 0.73)

  /// HeldOut57 to HeldOut59 were written at the start of session 18 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut54 to HeldOut56
  /// became tuned sets. HeldOut57 (189 labels, 178 hard): health, science and research (a
  /// hospital trust's report in its own voice, a genomics consortium admitting members, a
  /// university's facts and figures, a space agency's profile, a drug maker's chief executive in
  /// Q&A, a disease centre's key facts, a biotech's results, a research council's table of
  /// institutes, corrections, two regulators compared, a clinic's 25 years, a college's
  /// encyclopaedia entry). HeldOut58 (200, 186): security, alliances and missions (an alliance
  /// admitting a member, a mission's press release, a pact that grew from four states, a force
  /// commander in Q&A, a coast guard's "At a glance" boxes, two alliances compared, a city
  /// police force's numbers, a table of contributors, corrections, disputed border guard
  /// figures, a garrison town, a defence community's entry). HeldOut59 (190, 165): energy,
  /// transport, farming and environment (a dairy cooperative's review in its own voice, a river
  /// commission admitting members, a port's release, an airline that grew from three aircraft, a
  /// utility's chief executive in Q&A, a trade bloc's fact file, a rail operator's results, a
  /// table of grain cooperatives' shares, corrections, a park and a marine reserve compared, a
  /// power station's workers, a fisheries commission's entry). First scores, with the rules of
  /// session 17 (commit 788c425): HeldOut57 0.685 (115/168) / 0.909 (10/11) / 0.590 (105/178);
  /// HeldOut58 0.667 (128/192) / 1.000 (14/14) / 0.613 (114/186); HeldOut59 0.751 (145/193) /
  /// 0.960 (24/25) / 0.703 (116/165); pooled 0.702 (388/553) / 0.960 / 0.633; at min-confidence
  /// 0.8 0.848 (296/349) / 0.940 / 0.469, at 0.9 0.906 (202/223) / 0.780 / 0.308.
  static let heldOut57Floor = (precision: 0.68, plain: 0.9, hard: 0.58)
  static let heldOut58Floor = (precision: 0.66, plain: 1.0, hard: 0.61)
  static let heldOut59Floor = (precision: 0.75, plain: 0.96, hard: 0.7)

  /// HeldOut60 to HeldOut62 were written at the start of session 19 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut57 to HeldOut59
  /// became tuned sets. HeldOut60 (189 labels, 166 hard): business, labour and media (a chair's
  /// letter to shareholders, a freight merger, a union's release, a family bakery over three
  /// generations, a streaming service's chief executive in Q&A, an insurer's snapshot box, bank
  /// job cuts, a quarterly results table, corrections, four broadcasters' audience shares, a mill
  /// town, a stock exchange's entry). HeldOut61 (199, 172): cities, regions and public services
  /// (a mayor's budget speech, three districts merged into a region, a transit authority's
  /// release, a port city over a century, a police chief in Q&A, a city at a glance, a census
  /// brief, a council budget table, corrections, a city, its metro area and its province, a
  /// council meeting's live blog, an island state's entry). HeldOut62 (192, 182): sport,
  /// culture, faith and international bodies (a foundation's annual review, a fisheries
  /// commission admitting its 12th member, a festival's release, a league that grew from four
  /// clubs, an orchestra's director in Q&A, a religious order's fact sheet, a club's finances, a
  /// federation's election table, corrections, two rival federations, a museum's staff and
  /// volunteers, an intergovernmental union's entry). First scores, with the rules of session 18
  /// (commit 706dc23): HeldOut60 0.768 (136/177) / 1.000 (23/23) / 0.675 (112/166); HeldOut61
  /// 0.646 (113/175) / 1.000 (27/27) / 0.477 (82/172); HeldOut62 0.688 (137/199) / 1.000 (10/10)
  /// / 0.676 (123/182); pooled 0.701 (386/551) / 1.000 / 0.610; at min-confidence 0.8 0.861
  /// (309/359) / 0.967 / 0.473, at 0.9 0.920 (206/224) / 0.800 / 0.298. Tuned on in session 20.
  static let heldOut60Floor = (precision: 0.76, plain: 1.0, hard: 0.67)
  static let heldOut61Floor = (precision: 0.64, plain: 1.0, hard: 0.47)
  static let heldOut62Floor = (precision: 0.68, plain: 1.0, hard: 0.67)

  /// HeldOut63 to HeldOut65 were written at the start of session 20 the same way (blind;
  /// HeldOut36's header, ten rows and one article for the format), while HeldOut60 to HeldOut62
  /// became tuned sets. HeldOut63 (191 labels, 175 hard): health, science and research (an island
  /// republic joining a health organisation, a hospitals trust's board meeting, a nurses' union
  /// leader in Q&A, a public-health agency's explainer with a fact box, a drugmaker's results, a
  /// research institute's centenary timeline, a university's entry, corrections, a rural GPs'
  /// association's review, an epidemiologist's obituary, an outbreak summit's live blog, health
  /// briefs with a hospitals table). HeldOut64 (193, 174): security, alliances and missions (a
  /// country joining a maritime defence compact, a county police budget, a veterans' league's
  /// chair in Q&A, a monitoring mission's explainer, a coast guard's timeline, a country's
  /// reference entry, corrections, letters on a shrinking army, a live blog of a vote on joining
  /// a pact, a gendarmerie commander's obituary, security briefs, a defence council's review with
  /// a member table). HeldOut65 (194, 174): energy, transport, agriculture and environment (a grid
  /// operator's budget, smelter job cuts, an airline alliance's release, a dairy co-operative's
  /// chair in Q&A, a river basin commission's review, a national park's fact file, a railroad's
  /// timeline, a mining province's entry, corrections, letters on an airport's runway, an ice
  /// storm's live blog, energy briefs with a power pool's table). First scores, with the rules of
  /// session 19 (commit e8d6a91): HeldOut63 0.659 (120/182) / 0.812 (13/16) / 0.594 (104/175);
  /// HeldOut64 0.679 (106/156) / 0.842 (16/19) / 0.494 (86/174); HeldOut65 0.679 (129/190) /
  /// 0.950 (19/20) / 0.609 (106/174); pooled 0.672 (355/528) / 0.873 / 0.566; at min-confidence
  /// 0.8 0.833 (269/323) / 0.836 / 0.411, at 0.9 0.879 (188/214) / 0.782 / 0.266. Session 20's
  /// rules moved them by one right claim each way. Tuned on in session 21.
  static let heldOut63Floor = (precision: 0.66, plain: 0.81, hard: 0.59)
  static let heldOut64Floor = (precision: 0.66, plain: 0.84, hard: 0.48)
  static let heldOut65Floor = (precision: 0.67, plain: 0.94, hard: 0.6)

  /// HeldOut66 to HeldOut68 were written at the start of session 21 the same way (blind, from
  /// the prompt kept in Benchmarks/blind-set-prompt.md), while HeldOut63 to HeldOut65 became tuned
  /// sets. HeldOut66 (198 labels, 187 hard): business, labour, finance and media (a bank merger
  /// on the wire, a dairy co-operative's chief in Q&A, a building society chair's statement, a
  /// public broadcaster's funding explainer with a fact box, a textile union's timeline, a media
  /// group's entry, corrections, a letters page, a bank's AGM live blog, a credit-union founder's
  /// obituary, business briefs, an insurers' association's release with a member table).
  /// HeldOut67 (192, 174): cities, regions, housing, education and public services (a water
  /// authorities' merger, a district council's budget, a university's release, a chief
  /// constable in Q&A, a housing group chair's review, a school bond explainer with a fact box, a
  /// university's timeline, a market town's entry, corrections, letters on merging two councils,
  /// an assembly election's live blog, briefs with a staffing table). HeldOut68 (185, 174):
  /// sport, culture, faith, charities and international bodies (a federation's congress, a club's
  /// accounts, a food-bank alliance's chief in Q&A, an orchestra chair's review, a river-basin
  /// commission's explainer with a fact box, a museum's timeline, a church's entry, corrections,
  /// letters on a festival, a regional council summit's live blog, a club chairman's obituary,
  /// briefs with a clubs table). First scores, with the rules of session 20 (commit 26afb9b):
  /// HeldOut66 0.668 (125/187) / 0.909 (10/11) / 0.604 (113/187); HeldOut67 0.729 (137/188) /
  /// 0.944 (17/18) / 0.690 (120/174); HeldOut68 0.587 (101/172) / 0.545 (6/11) / 0.534 (93/174);
  /// pooled 0.664 (363/547) / 0.825 / 0.609; at min-confidence 0.8 0.785 (285/363) / 0.800 /
  /// 0.469, at 0.9 0.791 (185/234) / 0.725 / 0.292. Session 21's rules moved them by six right
  /// claims and three fewer. HeldOut68 wrote 36 founding years and areas as "1931, (empty),
  /// exact", which the scorer reads as single values since session 22: with session 21's rules
  /// (commit 77ba2e7) HeldOut68 scores 0.733 (126/172) / 0.818 / 0.655, and the three sets
  /// pooled 0.721 (392/544) / 0.900 / 0.654. Tuned on in session 22; the floors are the scores
  /// then.
  static let heldOut66Floor = (precision: 0.77, plain: 1.0, hard: 0.74)
  static let heldOut67Floor = (precision: 0.81, plain: 0.94, hard: 0.76)
  static let heldOut68Floor = (precision: 0.78, plain: 0.9, hard: 0.68)

  /// HeldOut69 to HeldOut71 were written at the start of session 22 the same way (blind, from
  /// the prompt kept in Benchmarks/blind-set-prompt.md), while HeldOut66 to HeldOut68 became tuned
  /// sets. HeldOut69 (198 labels, 186 hard): health, science and research (a hospital system's
  /// budget on the wire, a genomics institute's release with notes to editors, a medical
  /// association's president in Q&A, a cancer-trials network's explainer with a fact box, an
  /// observatory's timeline, a hospital trust chair's review, a tropical-medicine institute's
  /// entry, corrections, letters on a health board's figures, a health alliance's live blog, a
  /// virologist's obituary, research briefs with a staffing table). HeldOut70 (200, 187):
  /// security, alliances and missions (a country joining a coastal defence compact, a coastguard
  /// chief in Q&A, a peacekeeping mission's explainer with a fact file, a treaty organisation's
  /// timeline, a border agency chair's review, corrections, letters on an exercise, a security
  /// organisation's entry with a member table, an alliance summit's live blog, a general's
  /// obituary, security briefs, an opinion column with a coast-guard table). HeldOut71 (200,
  /// 179): energy, transport, farming and environment (a grid operator's results, a dairy
  /// co-operative's chair in Q&A, a river-basin commission's explainer with a fact file, a
  /// railway's timeline, a conservation trust chair's review, an airline strike's live blog,
  /// regional briefs, a national park's entry, corrections, letters on a solar farm and a water
  /// company, a farmer's obituary, a power-market report with a table). First scores, with the
  /// rules of session 21 (commit 77ba2e7): HeldOut69 0.761 (137/180) / 1.000 (12/12) / 0.656
  /// (122/186); HeldOut70 0.628 (113/180) / 0.923 (12/13) / 0.529 (99/187); HeldOut71 0.720
  /// (134/186) / 0.952 (20/21) / 0.626 (112/179); pooled 0.703 (384/546) / 0.957 / 0.603; at
  /// min-confidence 0.8 0.828 (293/354) / 0.935 / 0.446, at 0.9 0.839 (183/218) / 0.870 / 0.254.
  /// Session 22's rules (never tuned on these sets) moved them by three right claims and three
  /// claims fewer. Tuned on in session 23; the floors are the scores then.
  static let heldOut69Floor = (precision: 0.79, plain: 1.0, hard: 0.7)
  static let heldOut70Floor = (precision: 0.75, plain: 0.92, hard: 0.66)
  static let heldOut71Floor = (precision: 0.86, plain: 1.0, hard: 0.76)

  /// HeldOut72 to HeldOut74 were written at the start of session 23 the same way (blind, from
  /// the prompt kept in Benchmarks/blind-set-prompt.md), while HeldOut69 to HeldOut71 became tuned
  /// sets. HeldOut72 (183 labels, 170 hard): business, labour, finance and media (a bank takeover
  /// on the wire, a print works' closure, an employers' federation's chief in Q&A, a building
  /// society chair's statement, a stock exchange's explainer with a fact file, a newspaper's
  /// timeline, a broadcaster's entry, corrections, letters on an insurer, an opinion column on a
  /// media merger, a strike's live blog, business briefs with a union table). HeldOut73 (200,
  /// 178): cities, regions and public services (a province's ambulance merger, a district
  /// council's budget, a water authority's release, a housing association's chief in Q&A, a
  /// hospital trust chair's review, a city's "who runs what" explainer with a by-the-numbers box,
  /// a fire brigade's timeline, a region's entry with a census table, corrections, letters on
  /// fire, police and a parish, a storm's live blog, regional briefs with a member table).
  /// HeldOut74 (188, 170): sport, culture, faith, charities and international bodies (a rowing
  /// federation's congress, a football club's takeover, an orchestra's release, a food-bank
  /// network's chief in Q&A, a museum chair's review, an intergovernmental body's explainer with a
  /// fact file, a religious order's timeline, a hockey league's entry, corrections, letters on a
  /// cathedral and a festival, a fencing congress's live blog, world briefs with a members table).
  /// First scores, with the rules of session 22 (commit 93230b3) and its scorer: HeldOut72 0.817
  /// (134/164) / 1.000 (13/13) / 0.706 (120/170); HeldOut73 0.763 (132/173) / 0.955 (21/22) /
  /// 0.612 (109/178); HeldOut74 0.727 (125/172) / 0.889 (16/18) / 0.624 (106/170); pooled 0.768
  /// (391/509) / 0.943 / 0.647; at min-confidence 0.8 0.860 (314/365) / 0.925 / 0.502, at 0.9
  /// 0.906 (183/202) / 0.755 / 0.272. Session 23's rules (never tuned on these sets) left all
  /// three scores as they were; the floors are those scores.
  static let heldOut72Floor = (precision: 0.81, plain: 1.0, hard: 0.7)
  static let heldOut73Floor = (precision: 0.76, plain: 0.95, hard: 0.61)
  static let heldOut74Floor = (precision: 0.72, plain: 0.88, hard: 0.62)
}
