import Foundation
import RegioMarkdown

/// How text becomes search terms: folded as heading ids are (`TextFolding`: lowercase, `ĳ` as `ij`,
/// accents dropped, `ß` as `ss`), then runs of `a`–`z` and `0`–`9`; terms shorter than two letters
/// are not kept. `assets/zoeken.js` folds queries the same way, so the two must change together.
enum SearchText {
    static let minimumLength = 2

    /// The folded terms of `text`, in order, stopwords included (the index decides what to drop).
    static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { terms.append(String(decoding: $0, as: UTF8.self)) }
        return terms
    }

    /// Hands each folded term of `text` to `body` as UTF-8 bytes, in order, without making a `String`
    /// of it: `TermCounter` makes one per distinct term only.
    ///
    /// ASCII punctuation and spaces separate terms before and after folding, so the text is cut at
    /// them first and only the pieces with other characters go through Foundation's folding, which
    /// costs far more than the byte loop (a tenth of a build at 10,000 documents).
    static func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var piece: [UInt8] = []
        piece.reserveCapacity(64)
        var needsFolding = false
        func endPiece() {
            if needsFolding {
                for var term in foldedTerms(String(decoding: piece, as: UTF8.self)) { term.withUTF8(body) }
            } else if piece.count >= minimumLength {
                piece.withUnsafeBufferPointer(body)
            }
            piece.removeAll(keepingCapacity: true)
            needsFolding = false
        }
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: piece.append(byte)
            case 0x41...0x5A: piece.append(byte + 0x20)
            case 0x80...: piece.append(byte); needsFolding = true
            default: if !piece.isEmpty { endPiece() }
            }
        }
        if !piece.isEmpty { endPiece() }
    }

    /// The slow path, for a piece with letters outside ASCII (and in tests, for a whole text).
    static func foldedTerms(_ text: String) -> [String] {
        var terms: [String] = []
        var current = ""
        for scalar in TextFolding.fold(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                if current.count >= minimumLength { terms.append(current) }
                current = ""
            }
        }
        if current.count >= minimumLength { terms.append(current) }
        return terms
    }
}
