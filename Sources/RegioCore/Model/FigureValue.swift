/// A figure's number, kept as written so that the output shows exactly what the source said.
public struct FigureValue: Sendable, Hashable, Comparable {
    public let text: String
    public let value: Double

    /// Accepts `123`, `-4`, `28.5`; not `1,5` or `1e3`, which authors do not mean as numbers.
    public init?(_ text: String) {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let value = Double(text)
        else { return nil }
        self.text = text
        self.value = value
    }

    /// Written as Dutch texts group thousands (`127.340`, `1.250.000`): groups of exactly three digits
    /// after a dot. YAML and Regio read the dot as the decimal sign, so such a value is almost always a mistake.
    public static func looksGroupedByThousands(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let groups = digits.split(separator: ".", omittingEmptySubsequences: false)
        return groups.count >= 2 && (1...3).contains(groups[0].count) && groups[0].first != "0"
            && groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Dutch notation: thousands grouped with a dot, decimals after a comma (127.340; 28,5). The
    /// notation of findings, which are Dutch whatever the site's language.
    public var dutch: String { written(in: .nl) }

    /// The number as a reader of the site's language reads it: Dutch `127.340` and `28,5`, English
    /// `127,340` and `28.5`.
    public func written(in language: SiteSettings.Language) -> String {
        let (thousands, decimal): (Character, String) = switch language {
        case .nl: (".", ",")
        case .en: (",", ".")
        }
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        var whole = ""
        for (index, character) in parts[0].reversed().enumerated() {
            if index > 0, index % 3 == 0 { whole.append(thousands) }
            whole.append(character)
        }
        let grouped = String(whole.reversed())
        let decimals = parts.count > 1 ? decimal + parts[1] : ""
        return (negative ? "-" : "") + grouped + decimals
    }

    /// A computed number (an average) the Dutch way, with at most one decimal.
    public static func dutch(_ number: Double) -> String {
        written(number, in: .nl)
    }

    /// A computed number (an average) in the site's language, with at most one decimal.
    public static func written(_ number: Double, in language: SiteSettings.Language) -> String {
        let tenths = Int((abs(number) * 10).rounded())
        let text = (number < 0 && tenths > 0 ? "-" : "") + String(tenths / 10) + (tenths % 10 == 0 ? "" : "." + String(tenths % 10))
        return FigureValue(text)?.written(in: language) ?? text
    }

    public static func < (lhs: FigureValue, rhs: FigureValue) -> Bool { lhs.value < rhs.value }
}
