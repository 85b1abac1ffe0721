/// Compact JSON written straight into bytes, for the search index. `JSONSerialization` bridged every
/// value to an Objective-C object and was a fifth of a build at 10,000 documents. Callers write object
/// keys in sorted order, so the same content gives the same bytes.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    init(_ prefix: String = "") {
        bytes.append(contentsOf: prefix.utf8)
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Digits written straight into the bytes: the index has millions of numbers at 10,000 documents,
    /// and a `String` for each was a tenth of the time to write it.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits = 1, rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        bytes.append(contentsOf: repeatElement(0x30, count: digits))
        var index = bytes.count - 1
        repeat {
            bytes[index] = 0x30 + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
    }

    /// A string with the escapes JSON requires; other characters as UTF-8, `/` left as it is. The line
    /// and paragraph separators are escaped too: older JavaScript engines end a string literal at them.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        let utf8 = Array(value.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20: bytes += Array("\\u00".utf8) + Self.hex(byte)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                bytes += Array("\\u202".utf8) + [utf8[index + 2] == 0xA8 ? 0x38 : 0x39]
                index += 2
            default: bytes.append(byte)
            }
            index += 1
        }
        bytes.append(0x22)
    }

    private static func hex(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }

    /// `[a,b,…]`, each element written by `element`.
    mutating func array<Element>(_ elements: some Sequence<Element>, _ element: (inout JSONText, Element) -> Void) {
        bytes.append(0x5B)
        var first = true
        for item in elements {
            if !first { bytes.append(0x2C) }
            first = false
            element(&self, item)
        }
        bytes.append(0x5D)
    }

    /// `{"k":v,…}` with the keys in the order given.
    mutating func object<Value>(_ pairs: some Sequence<(String, Value)>, _ value: (inout JSONText, Value) -> Void) {
        bytes.append(0x7B)
        var first = true
        for (key, item) in pairs {
            if !first { bytes.append(0x2C) }
            first = false
            string(key)
            bytes.append(0x3A)
            value(&self, item)
        }
        bytes.append(0x7D)
    }
}
