import Yams

/// YAML text from one file, parsed into Yams nodes whose marks are shifted to lines of that file.
public struct YAMLSource: Sendable {
    public let file: String
    /// Added to a Yams mark's line to get the line in the file (front matter starts on line 2).
    public let lineOffset: Int

    public func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    public func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }
}

/// Parses YAML with Yams and turns its errors into diagnostics at their marks.
public enum YAMLLoader {
    /// The composed text, or the error that stops it; `warnings` gets what parses but is likely not
    /// meant (`YAMLComments`).
    public static func parse(_ text: String, source: YAMLSource, warnings: inout [Diagnostic]) -> Result<Node?, Diagnostic> {
        if let found = YAMLAnchors.first(in: text) {
            let what = found.isAlias ? "de alias `*\(found.name)`" : "het anker `&\(found.name)`"
            return .failure(Diagnostic(.yamlAnchor, "\(what): YAML-ankers en -aliassen worden niet gebruikt",
                                       at: SourceLocation(file: source.file, line: found.line + source.lineOffset, column: found.column),
                                       fixIt: "schrijf de waarde voluit in plaats van met & en *"))
        }
        if let indented = IndentationMistake.first(in: text) {
            let line = indented.line + source.lineOffset
            return .failure(Diagnostic(.yamlSyntax, "ongeldige YAML: \(indented.message(fileLine: line))",
                                       at: SourceLocation(file: source.file, line: line, column: indented.column),
                                       notes: [indented.note], fixIt: indented.fixIt))
        }
        do {
            // Every value is read as text and typed by Regio, so no tags are resolved: Yams' default
            // resolver runs a regular expression per scalar whenever a key is hashed (a sixth of a
            // check). The encoding is named because its default reads the environment on every parse.
            let node = try Yams.compose(yaml: text, .basic, .default, .utf8)
            warnings += YAMLComments.warnings(in: text, source: source)
            warnings += YAMLCurlyQuotes.warnings(in: text, source: source)
            return .success(node)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, source: source))
        } catch {
            return .failure(Diagnostic(.yamlSyntax, "de YAML kan niet worden gelezen", at: source.location(of: nil as Mark?)))
        }
    }

    private static func diagnostic(for error: YamlError, text: String, source: YAMLSource) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if let explained = YAMLSyntaxHints.diagnostic(problem: problem, context: context, mark: mark, text: text, source: source) {
                return explained
            }
            let notes = context.map { ["\(YAMLMessages.dutch($0.text)) (regel \($0.mark.line + source.lineOffset))"] } ?? []
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(YAMLMessages.dutch(problem))", at: source.location(of: mark), notes: notes,
                              fixIt: "controleer inspringing en dubbele punten; zet tekst met `:` of `#` tussen aanhalingstekens")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the block; the second occurrence is the line to remove or rename.
            let key = duplicates.first ?? ""
            let lines = YAMLErrorPlaces.lines(ofKey: key, in: text)
            let location = lines.count >= 2 ? SourceLocation(file: source.file, line: lines[1] + source.lineOffset, column: 1) : source.location(of: context.mark)
            return Diagnostic(.duplicateKey, "de sleutel \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) staat meer dan eens in dit blok",
                              at: location, notes: lines.count >= 2 ? ["de eerste staat op regel \(lines[0] + source.lineOffset)"] : [],
                              fixIt: "houd één van de twee over")
        case let .reader(problem, _, _, _):
            return Diagnostic(.yamlSyntax, "ongeldige YAML: \(YAMLMessages.dutch(problem))", at: source.location(of: nil as Mark?))
        default:
            return Diagnostic(.yamlSyntax, "de YAML kan niet worden gelezen", at: source.location(of: nil as Mark?))
        }
    }
}
