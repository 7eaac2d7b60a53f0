/// Lowercase English verbs of saying, in the forms that follow a quotation ("asked", "says").
///
/// After a quoted question or exclamation, a name or pronoun followed by one of these verbs
/// ('"Why?" Anna asked.') continues the sentence instead of opening a new one. They are
/// grammar words of English, not domain vocabulary, so they live here.
enum SpeechVerbs {
  static let words: [String] = [
    "said", "says", "asked", "asks", "added", "adds", "replied", "replies", "told", "tells",
    "answered", "answers", "wondered", "wonders", "shouted", "shouts", "cried", "cries",
    "yelled", "yells", "screamed", "whispered", "whispers", "exclaimed", "demanded", "demands",
    "insisted", "insists", "recalled", "recalls", "explained", "explains", "wrote", "writes",
    "continued", "continues", "laughed", "joked", "jokes", "quipped", "protested", "muttered",
    "declared", "inquired", "pleaded", "repeated", "snapped", "urged", "warned", "warns",
    "called", "calls", "responded", "responds", "tweeted", "posted", "sang", "sighed",
  ]

  static let table = ByteTable<Bool>(words.map { (Array($0.utf8), true) })
}
