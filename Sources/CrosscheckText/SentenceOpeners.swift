/// Capitalized English function words that typically open a sentence.
///
/// After an abbreviation that may also end a sentence ("in the U.S. The talks..."), one of
/// these words tells that a new sentence has begun; a capitalized name ("U.S. Army") does not.
/// They are grammar words of English, not domain vocabulary, so they live here.
enum SentenceOpeners {
  static let words: [String] = [
    // Articles, demonstratives and quantifiers.
    "The", "A", "An", "This", "That", "These", "Those", "Some", "Many", "Most", "Much", "More",
    "All", "Both", "Each", "Every", "Any", "Another", "Other", "Others", "Such", "Several",
    "Few", "No", "None", "Neither", "Either", "One", "Two", "Three", "Only", "Even",
    // Pronouns and possessives.
    "I", "It", "Its", "He", "She", "We", "They", "You", "His", "Her", "Their", "Our", "My",
    "Your", "There", "Here", "Someone", "Everyone", "Nobody", "Nothing", "Everything",
    // Conjunctions and connectives.
    "And", "But", "Or", "Nor", "So", "Yet", "However", "Still", "Then", "Thus", "Hence",
    "Therefore", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
    "Instead", "Also", "Indeed", "Besides", "Otherwise", "Overall", "Finally", "Later",
    "Earlier", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "First", "Second",
    "Although", "Though", "While", "Whereas", "When", "Whenever", "If", "Unless", "Because",
    "Since", "As", "After", "Before", "Once", "Until", "Whether",
    // Prepositions that open sentences.
    "In", "On", "At", "For", "From", "With", "Without", "By", "Under", "Over", "During",
    "Despite", "According", "Among", "Between", "Unlike", "Like", "Of", "To", "Into",
    "Through", "Against", "Following", "Throughout",
    // Question words.
    "What", "Why", "How", "Who", "Whom", "Whose", "Where", "Which",
    // Common sentence-initial verbs and adverbs.
    "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Can", "Could",
    "Would", "Should", "Might", "Must", "Not", "Perhaps", "Yes",
  ]

  static let table = ByteTable<Bool>(words.map { (Array($0.utf8), true) })
}
