/// English names of weekdays and months, and the shape of a time-zone abbreviation.
///
/// A clock time such as "9 a.m." ends with a period that usually ends the sentence before a
/// capital, but not before a day, month or time zone that completes the time ("9 a.m. Monday",
/// "10 a.m. EST"). Calendar names are grammar words of English, so they live here.
enum CalendarWords {
  static let words: [String] = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ]

  static let table = ByteTable<Bool>(words.map { (Array($0.utf8), true) })

  /// Whether the word `s..<e` looks like a time zone: two to four capital ASCII letters ending
  /// in "T" ("ET", "EST", "GMT", "CEST") or "UTC".
  static func isTimeZone(_ t: UTF8Text, _ s: Int, _ e: Int) -> Bool {
    guard e - s >= 2 && e - s <= 4 else { return false }
    for k in s..<e where !(t[k] >= 0x41 && t[k] <= 0x5A) { return false }
    if t[e - 1] == UInt8(ascii: "T") { return true }
    return e - s == 3 && t[s] == UInt8(ascii: "U") && t[s + 1] == UInt8(ascii: "T")
      && t[s + 2] == UInt8(ascii: "C")
  }
}
