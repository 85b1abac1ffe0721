import Foundation

/// A name used in a path and a URL: lowercase letters, digits and single hyphens.
/// Being the only way to make a path component, it keeps `..` and `/` out of output paths.
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    /// Accepts a slug as written; nil when it has anything but `a-z`, `0-9` and inner hyphens.
    public init?(_ text: String) {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--"),
              text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { return nil }
        value = text
    }

    /// Makes a slug from a name: accents folded, everything else between words becomes one hyphen.
    public init(deriving name: String) {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl")).lowercased()
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        value = result.isEmpty ? "x" : result
    }

    public var description: String { value }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}

/// A CBS municipality code such as `GM0518`.
public struct GemeenteCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    public init?(_ text: String) {
        guard text.count == 6, text.hasPrefix("GM"), text.dropFirst(2).allSatisfy(\.isASCII), Int(text.dropFirst(2)) != nil else { return nil }
        value = text
    }

    public var description: String { value }

    public static func < (lhs: GemeenteCode, rhs: GemeenteCode) -> Bool { lhs.value < rhs.value }
}
