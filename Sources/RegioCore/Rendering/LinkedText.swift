/// Plain text from a data file (not Markdown) as HTML, with each web address in it made a link:
/// `regio.yaml` names its sources as "… (bron: https://…)", and a reader should be able to follow them.
enum LinkedText {
    static func html(_ text: String) -> String {
        var html = ""
        var rest = Substring(text)
        while let start = [rest.range(of: "https://"), rest.range(of: "http://")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            html += HTMLEscaping.escape(String(rest[..<start.lowerBound]))
            var end = rest[start.lowerBound...].firstIndex { $0.isWhitespace || "()<>\"'[]".contains($0) } ?? rest.endIndex
            // A sentence's own punctuation after an address is not part of it.
            while end > start.upperBound, ".,;:!?".contains(rest[rest.index(before: end)]) { end = rest.index(before: end) }
            let address = HTMLEscaping.escape(String(rest[start.lowerBound..<end]))
            html += end > start.upperBound ? "<a href=\"\(address)\">\(address)</a>" : address
            rest = rest[end...]
        }
        return html + HTMLEscaping.escape(String(rest))
    }
}
