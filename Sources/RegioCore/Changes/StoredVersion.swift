import Yams

/// A version of a document as git stored it, read for "what changed" the way its page shows it.
///
/// Whoever reads a change page (a council member, say) sees the page, not the file. So the front
/// matter is not compared as YAML text, where figures moved from `cijfers` to a `cijferbestand` read
/// as two hundred words of `- label: … waarde: …` struck through while no value had changed:
/// - the figures are compared as the rows of the page's table (`ComparisonPage` writes them);
/// - every other field is one `key: value` line, with the key as the author writes it (the keys are
///   Dutch words) and a list or a nested block on the same line.
/// The body is compared by section, in the words the page shows (`Section`).
struct StoredVersion {
    /// One line per top-level field of the front matter, in the order written; not `cijfers` and
    /// `cijferbestand`, which are in `figures`.
    let fields: [String]
    /// The figures of `cijfers` as the build decodes them, then those of the figure file.
    let figures: [Figure]
    let body: String

    /// `figuresFromFile` are the figures the site now reads from the document's `cijferbestand`:
    /// git history keeps the versions of the document, not of the CSV file beside it, so a version
    /// that names a figure file is given that file's figures as they are now.
    init(_ text: String, file: String, figuresFromFile: [Figure]) {
        let (yaml, body) = Self.cut(text)
        self.body = body
        // What the YAML warns about was reported when the version was current.
        var ignoredWarnings: [Diagnostic] = []
        guard case let .success(node) = YAMLLoader.parse(yaml, source: YAMLSource(file: file, lineOffset: 1), warnings: &ignoredWarnings) else {
            // Front matter that is not YAML was never a page: compared as the lines written.
            fields = yaml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            figures = []
            return
        }
        var fields: [String] = [], figures: [Figure] = [], namesFile = false
        for (key, value) in node?.mapping ?? [:] {
            switch key.string {
            case "cijfers":
                var ignored: [Diagnostic] = [], unread: [DeclaredMunicipality]? = []
                figures = (value.sequence ?? []).compactMap { Figure.decode($0, source: YAMLSource(file: file, lineOffset: 1), unreadMunicipalities: &unread, &ignored) }
            case "cijferbestand":
                namesFile = true
            default:
                fields.append("\(Self.text(of: key)): \(Self.text(of: value))")
            }
        }
        self.fields = fields
        self.figures = figures + (namesFile ? figuresFromFile : [])
    }

    /// A value on one line: a list's items separated by commas, a block's as `key value`, a nested
    /// list or block in parentheses.
    private static func text(of node: Node) -> String {
        switch node {
        case let .scalar(scalar):
            scalar.string
        case let .sequence(sequence):
            sequence.map(nested).joined(separator: ", ")
        case let .mapping(mapping):
            mapping.map { "\(text(of: $0.key)) \(nested($0.value))" }.joined(separator: ", ")
        default:
            ""
        }
    }

    private static func nested(_ node: Node) -> String {
        if case .scalar = node { return text(of: node) }
        return "(\(text(of: node)))"
    }

    /// The front matter and the body of a stored document; no front matter: all body.
    private static func cut(_ file: String) -> (yaml: String, body: String) {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return ("", file) }
        return (lines[1..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"))
    }
}
