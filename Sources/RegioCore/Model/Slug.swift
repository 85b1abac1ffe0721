import RegioMarkdown

/// A name used in a path and a URL: lowercase letters, digits and single hyphens.
/// Being the only way to make a path component, it keeps `..` and `/` out of output paths.
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    /// Accepts a slug as written; nil when it has anything but `a-z`, `0-9` and inner hyphens.
    public init?(_ text: String) {
        // One pass over the bytes: every path of every link is made of slugs, and Foundation's
        // `contains("--")` went through CFString for each.
        var previous: UInt8 = 0x2D
        for byte in text.utf8 {
            let isHyphen = byte == 0x2D
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || isHyphen, !(isHyphen && previous == 0x2D) else { return nil }
            previous = byte
        }
        guard previous != 0x2D else { return nil }
        value = text
    }

    /// Makes a slug from a name, the same way heading ids are made: accents folded, everything else
    /// between words one hyphen.
    public init(deriving name: String) {
        value = HeadingIDMaker.slug(name)
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

    /// Whether this code, as written, may be `code` mistyped: one digit different, or two
    /// neighbouring ones swapped (`GM0513`, `GM0530` for `GM0503`).
    public func isTypo(of code: GemeenteCode) -> Bool {
        let a = Array(value), b = Array(code.value)
        let differ = a.indices.filter { a[$0] != b[$0] }
        return differ.count == 1 || (differ.count == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]])
    }

    public static func < (lhs: GemeenteCode, rhs: GemeenteCode) -> Bool { lhs.value < rhs.value }
}
