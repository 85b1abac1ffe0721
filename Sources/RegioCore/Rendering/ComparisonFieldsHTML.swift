/// The fields of two versions as a table, one row per field that changed: its label, the old value
/// and the new one, as a council memo lists them. Words are compared within a field only, so a word
/// of one field is never matched with a word of another. The old value has what went marked as
/// `<del>`, the new value what came as `<ins>`, with the same hidden words for screen readers as the
/// rest of the comparison (`ComparisonHTML`). The fields that did not change are named after it.
struct ComparisonFieldsHTML {
    /// The column headings: field, old value, new value.
    let fieldHeader: String
    let oldHeader: String
    let newHeader: String
    /// Written where a version has no such field.
    let emptyLabel: String
    /// "Ongewijzigd:", before the fields that did not change.
    let unchangedLabel: String
    let marks: ComparisonHTML

    func html(_ fields: [VersionComparison.FieldChange], unchanged: [String]) -> String {
        var html = """
        <table class="comparison-fields">
        <thead>
        <tr><th scope="col">\(XMLText.escape(fieldHeader))</th><th scope="col">\(XMLText.escape(oldHeader))</th><th scope="col">\(XMLText.escape(newHeader))</th></tr>
        </thead>
        <tbody>

        """
        for field in fields {
            let old = field.old == nil ? XMLText.escape(emptyLabel) : cell(field.diff.runs.filter { $0.kind != .added })
            let new = field.new == nil ? XMLText.escape(emptyLabel) : cell(field.diff.runs.filter { $0.kind != .removed })
            html += "<tr><th scope=\"row\">\(XMLText.escape(field.label))</th><td>\(old)</td><td>\(new)</td></tr>\n"
        }
        html += "</tbody>\n</table>"
        if !unchanged.isEmpty {
            html += "\n<p>\(XMLText.escape(unchangedLabel)) \(XMLText.escape(unchanged.joined(separator: ", ")))</p>"
        }
        return html
    }

    /// A value in full (a field is short enough to read whole), its changes marked.
    private func cell(_ runs: [WordDiff.Run]) -> String {
        runs.map { run in
            let text = XMLText.escape(run.words.joined(separator: " "))
            switch run.kind {
            case .added: return marks.inserted(text)
            case .removed: return marks.deleted(text)
            case .same: return text
            }
        }.joined(separator: " ")
    }
}
