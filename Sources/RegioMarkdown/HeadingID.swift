import Foundation

/// Makes heading ids that stay the same when a document is edited elsewhere.
public struct HeadingIDMaker: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The id for the next heading with this text: folded, and numbered when already taken.
    public mutating func makeID(for text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 1
        return "\(base)-\(next)"
    }

    /// Lowercase ASCII letters and digits joined by single hyphens; "sectie" when nothing is left.
    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl"))
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "sectie" : result.lowercased()
    }
}
