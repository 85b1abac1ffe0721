import Yams

/// A number written with a decimal comma between `{` and `}`: `{waarde: 31,2, jaar: 2024}`.
///
/// There a comma separates entries, so YAML reads `waarde: 31` and a key `2` without a value. An
/// unknown key `2` is then the wrong finding, and taking it away publishes 31. The nodes' marks
/// show what was written: a key of digits alone, without a value, that starts right after the
/// comma behind a number on the same line (`1,336,000` gives two such keys). `YAMLFields` then reads
/// the value as written, `31,2`, and reports it as it does in a block.
struct SplitNumber {
    /// Where the number's own key stands among the mapping's pairs.
    let index: Int
    /// The number as the author wrote it, commas included.
    let written: String
    /// The pairs YAML made of the digits after each comma.
    let digitIndices: [Int]
    /// What YAML read: the number before the first comma, and the keys after it.
    let readAs: (number: String, keys: [String])

    /// The value as written, where YAML's value stands.
    func writtenNode(replacing value: Node.Scalar) -> Node {
        .scalar(Node.Scalar(written, value.tag, value.style, value.mark))
    }

    /// Why the value reads as it does, for the finding about it.
    func note(key: String) -> String {
        let keys = readAs.keys.map { "`\($0)`" }.joined(separator: ", ")
        return "tussen `{` en `}` scheidt een komma twee velden: YAML leest `\(key): \(readAs.number)` en "
            + (readAs.keys.count == 1 ? "een sleutel \(keys)" : "de sleutels \(keys)") + " zonder waarde"
    }

    /// The numbers split at a comma, in order. Only between `{}` can a key stand on the line of the
    /// value before it (Yams does not keep a mapping's style).
    static func all(in mapping: Node.Mapping) -> [SplitNumber] {
        // Asked of every mapping of every document: nearly all have no key without a value.
        guard mapping.contains(where: { isEmpty($0.value) }) else { return [] }
        let pairs = Array(mapping)
        var found: [SplitNumber] = []
        var index = 0
        while index < pairs.count {
            defer { index += 1 }
            guard case let .scalar(value) = pairs[index].value, value.style == .plain, isNumber(value.string),
                  var end = value.mark.map({ (line: $0.line, column: $0.column + value.string.count) }) else { continue }
            var written = value.string, digits: [Int] = [], keys: [String] = []
            while index + 1 < pairs.count, case let .scalar(key) = pairs[index + 1].key, key.style == .plain,
                  !key.string.isEmpty, key.string.allSatisfy({ $0.isASCII && $0.isNumber }), isEmpty(pairs[index + 1].value),
                  let mark = key.mark, mark.line == end.line, mark.column == end.column + 1 {
                written += "," + key.string
                keys.append(key.string)
                index += 1
                digits.append(index)
                end = (mark.line, mark.column + key.string.count)
            }
            if !digits.isEmpty {
                found.append(SplitNumber(index: digits[0] - 1, written: written, digitIndices: digits, readAs: (value.string, keys)))
            }
        }
        return found
    }

    /// Digits, with a leading minus and dots between them (`1.905` before `,5`).
    private static func isNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return digits.first?.isNumber == true && digits.last?.isNumber == true
            && digits.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
    }

    /// A key written without a colon or value (`2` in `{waarde: 31,2}`) has an empty plain value.
    private static func isEmpty(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node else { return false }
        return scalar.string.isEmpty && scalar.style == .plain
    }
}
