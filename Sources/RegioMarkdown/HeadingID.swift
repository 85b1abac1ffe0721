import Foundation

/// Makes heading ids that stay the same when a document is edited elsewhere.
public struct HeadingIDMaker: Sendable {
    private var used: [String: Int] = [:]
    /// Ids the page around the text already has (the theme's sections): a heading never takes one,
    /// so "Cijfers" in the text becomes `cijfers-2`. Looked up, not copied into `used`, so that a
    /// document pays for the headings it has rather than for the theme's list.
    private let reserved: Set<String>

    public init(reserved: Set<String> = []) {
        self.reserved = reserved
    }

    /// The id for the next heading with this text: folded, and numbered when already taken.
    public mutating func makeID(for text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] ?? (reserved.contains(base) ? 1 : nil) else {
            used[base] = 1
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil || reserved.contains("\(base)-\(next)") { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 1
        return "\(base)-\(next)"
    }

    /// Lowercase ASCII letters and digits joined by single hyphens, after `TextFolding` (so `Ĳssel`
    /// gives `ijssel`, not `ssel`); "sectie" when nothing is left.
    public static func slug(_ text: String) -> String {
        // Most headings are plain ASCII; folding through Foundation costs a bridge per call, which at
        // 10,000 documents was a third of `regio check`.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text.utf8) }
        return asciiSlug(TextFolding.fold(text).utf8)
    }

    /// Letters and digits of ASCII joined by hyphens; anything else (after folding: letters such as
    /// `ø` that have no ASCII form) separates.
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
