/// A calendar day as written in front matter (`2024-03-14`), without time zone or clock.
public struct DayDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `JJJJ-MM-DD`; nil for anything else or a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Why a text in the form `JJJJ-MM-DD` (or `JJJJ-M-D`) is no day, in Dutch ("februari 2023 heeft
    /// 28 dagen"); nil when it is a day or not in that form.
    public static func whyNoDay(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        guard (1...12).contains(month) else { return "een jaar heeft geen maand \(month); de maand staat in het midden (JJJJ-MM-DD)" }
        let days = daysIn(month: month, year: year)
        guard !(1...days).contains(day) else { return nil }
        return day == 0 ? "een maand heeft geen dag 0" : "\(monthNames[month - 1]) \(year) heeft \(days) dagen"
    }

    /// `2026-31-12` read as the day it must mean, `2026-12-31`: nil unless the month is impossible
    /// and the day, put in its place, is a month.
    public static func monthAndDaySwapped(_ text: String) -> DayDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              month > 12, (1...12).contains(day), month <= daysIn(month: day, year: year) else { return nil }
        return DayDate(year: year, month: day, day: month)
    }

    /// The day a date written otherwise means: the Dutch way, `26-11-2026`, `26/11/2026`, `26.11.2026`
    /// or `26 november 2026` (a month's name or its first three letters), or with the year first but
    /// without leading zeros, `2026-3-2`; nil for anything else.
    public static func meant(by text: String) -> DayDate? {
        let words = text.lowercased().split { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " }
        guard words.count == 3 else { return nil }
        let yearFirst = words[0].count == 4 && words[2].count <= 2
        let (dayWord, yearWord) = yearFirst ? (words[2], words[0]) : (words[0], words[2])
        guard let day = Int(dayWord), let year = Int(yearWord), yearWord.count == 4 else { return nil }
        let month = Int(words[1]) ?? monthNames.firstIndex { $0 == words[1] || (words[1].count >= 3 && $0.hasPrefix(words[1])) }.map { $0 + 1 }
        guard let month, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return DayDate(year: year, month: month, day: day)
    }

    static let monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    /// As a Dutch reader writes it: `2 april 2024`.
    public var dutch: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
