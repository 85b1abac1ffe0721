import Foundation

/// Byte searches over a string's UTF-8 storage. Every file passes several of them before any parser
/// sees it; through `String.UTF8View`'s generic `contains` they were a tenth of `regio check`, on the
/// raw buffer they are a `memchr` or a tight loop.
extension String {
    /// Whether `byte` occurs in the text.
    @inlinable public func containsUTF8(_ byte: UInt8) -> Bool {
        withUTF8Buffer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// The offset of every occurrence of `byte` in the text's UTF-8, in order.
    public func utf8Offsets(of byte: UInt8) -> [Int] {
        withUTF8Buffer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var offsets: [Int] = []
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offsets.append(at)
                offset = at + 1
            }
            return offsets
        }
    }

    /// The UTF-8 offset of the first occurrence of `needle` at or after `start`: `memchr` for its first
    /// byte, then `memcmp`. `firstRange(of:)` compares Characters and took seconds on a line of
    /// 60,000 brackets.
    public func utf8Offset(of needle: String, from start: Int) -> Int? {
        withUTF8Buffer { haystack in
            needle.withUTF8Buffer { wanted in
                guard let base = haystack.baseAddress, let wantedBase = wanted.baseAddress, !wanted.isEmpty else { return nil }
                var offset = start
                while offset + wanted.count <= haystack.count,
                      let hit = memchr(base + offset, Int32(wantedBase[0]), haystack.count - offset - wanted.count + 1) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, wantedBase, wanted.count) == 0 { return at }
                    offset = at + 1
                }
                return nil
            }
        }
    }

    /// Whether any byte of the text satisfies `predicate`.
    @inlinable public func containsUTF8(where predicate: (UInt8) -> Bool) -> Bool {
        withUTF8Buffer { buffer in buffer.contains(where: predicate) }
    }

    /// The text's bytes as one buffer: the string's own storage when it has one, otherwise a copy.
    @inlinable public func withUTF8Buffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
