/// A UUID made from a name, the same on every machine: two 64-bit FNV-1a hashes, marked as a
/// version 8 (custom) UUID of RFC 9562. Good enough for feed ids; not for anything secret.
enum StableUUID {
    static func urn(for name: String) -> String {
        var bytes = withUnsafeBytes(of: fnv1a(name, seed: 0xcbf2_9ce4_8422_2325).bigEndian, Array.init)
            + withUnsafeBytes(of: fnv1a(name, seed: 0x8422_2325_cbf2_9ce4).bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in String(byte, radix: 16).leftPadded(to: 2) }
        return "urn:uuid:" + [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }

    private static func fnv1a(_ text: String, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
