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
        // Most headings are plain ASCII; Foundation's folding costs a locale and a bridge per call,
        // which at 10,000 documents was a third of `regio check`.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text.utf8) }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: dutch)
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

    private static let dutch = Locale(identifier: "nl")

    /// The same rule as `slug` for text that is all ASCII, without Foundation.
    private static func asciiSlug(_ bytes: String.UTF8View) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingHyphen = false
        for byte in bytes {
            let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lowered) || (0x30...0x39).contains(lowered) {
                if pendingHyphen, !result.isEmpty { result.append(0x2D) }
                pendingHyphen = false
                result.append(lowered)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "sectie" : String(decoding: result, as: UTF8.self)
    }
}
