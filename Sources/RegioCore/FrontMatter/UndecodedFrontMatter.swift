/// The front matter of a document that did not decode as a whole, read again for the ids it names
/// (indicators, frameworks, themes). Its own findings are reported already; an unknown id comes
/// with them, rather than one fix later. Nil when the YAML itself does not read.
struct UndecodedFrontMatter {
    let fields: YAMLFields
    let type: DocumentType?

    init?(_ file: SourceFile) {
        guard case let .success(split) = FrontMatterSplitter.split(file) else { return nil }
        let source = YAMLSource(file: file.path, lineOffset: split.yamlFirstLine - 1)
        var reported: [Diagnostic] = []
        guard case let .success(node?) = YAMLLoader.parse(split.yaml, source: source, warnings: &reported),
              let fields = YAMLFields.read(node, source: source, subject: "de front matter", allowedKeys: nil, diagnostics: &reported)
        else { return nil }
        self.fields = fields
        type = node["type"]?.string.flatMap(DocumentType.init(rawValue:))
    }

    /// The ids written under `key` (`kaders`, `themas`), each where it stands; none when it is no list.
    func ids(_ key: String) -> [Located<String>] {
        var reported: [Diagnostic] = []
        return fields.locatedStringList(key, &reported) ?? []
    }
}
