/// How English forms a country's adjective from its name, for names no gazetteer knows: the name
/// whole or without its last vowel or "y", and an ending ("Valdoria" → "Valdorian", "Kessary" →
/// "Kessarian", "Ostrand" → "Ostrandese", "Merava" → "Meravi"). The tagger reads a one-word name
/// whose adjective the text also writes as a country; the claim reader names a country's armed
/// service with the adjective.
public enum CountryAdjectives {
  public static let endings = ["n", "an", "ian", "ese", "ish", "i"]
  /// The letters a name may lose before its ending.
  public static let cutVowels = ["a", "e", "i", "o", "u", "y"]

  /// The lowercase adjectives a name's lowercase key may take, in the order tried.
  public static func candidates(ofKey key: String) -> [String] {
    var stems = [key]
    if let last = key.last, cutVowels.contains(String(last)) { stems.append(String(key.dropLast())) }
    var out: [String] = []
    for stem in stems {
      // "i" follows only a name cut short: "Meravi" for "Merava", never "Valdoriai".
      for ending in endings where stem != key || ending != "i" {
        let adjective = stem + ending
        if adjective != key { out.append(adjective) }
      }
    }
    return out
  }
}
