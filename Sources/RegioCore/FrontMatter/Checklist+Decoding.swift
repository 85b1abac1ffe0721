import Yams

extension Checklist {
    static let keys = ["themas", "kaders", "eisen"]
    static let topicKeys = ["id", "naam"]
    static let frameworkKeys = ["id", "citeertitel", "afkorting", "soort", "url", "in_werking", "vervallen_op", "wijzigingen", "bron", "onzeker"]
    static let amendmentKeys = ["datum", "omschrijving"]
    static let requirementKeys = ["id", "titel", "kader", "artikel", "toelichting", "documenten", "geldig_vanaf", "geldig_tot", "ernst", "bewijs"]
    static let evidenceKeys = ["sectie", "verwijzing", "veld"]

    /// Reads `kaders.yaml`. The checklist is data: every mistake in it is reported at its place,
    /// and the entries that are sound are kept, so one run lists all problems.
    static func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Checklist? {
        guard let fields = YAMLFields.read(file: file, subject: "kaders.yaml", allowedKeys: keys, diagnostics: &diagnostics) else { return nil }
        let source = fields.source
        let topics = decodeTopics(fields, &diagnostics)
        let frameworks = decodeFrameworks(fields, &diagnostics)
        var requirements: [Requirement] = []
        for item in fields.list("eisen", required: true, &diagnostics) ?? [] {
            guard let entry = YAMLFields.read(item, source: source, subject: "een eis", allowedKeys: requirementKeys, diagnostics: &diagnostics),
                  let requirement = decodeRequirement(entry, frameworks: frameworks, &diagnostics)
            else { continue }
            requirements.append(requirement)
        }
        diagnostics += checkVersions(requirements)
        return Checklist(topics: topics, frameworks: frameworks, requirements: requirements, file: file.path)
    }

    private static func decodeTopics(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> [Topic] {
        var topics: [Topic] = []
        for item in fields.list("themas", required: true, &diagnostics) ?? [] {
            guard let entry = YAMLFields.read(item, source: fields.source, subject: "een thema", allowedKeys: topicKeys, diagnostics: &diagnostics),
                  let id = decodeID(entry, taken: topics.map(\.id), &diagnostics),
                  let name = entry.string("naam", required: true, &diagnostics)
            else { continue }
            topics.append(Topic(id: id, name: name))
        }
        return topics
    }

    private static func decodeFrameworks(_ fields: YAMLFields, _ diagnostics: inout [Diagnostic]) -> [Framework] {
        var frameworks: [Framework] = []
        for item in fields.list("kaders", required: true, &diagnostics) ?? [] {
            guard let entry = YAMLFields.read(item, source: fields.source, subject: "een kader", allowedKeys: frameworkKeys, diagnostics: &diagnostics) else { continue }
            let id = decodeID(entry, taken: frameworks.map(\.id), &diagnostics)
            let title = entry.string("citeertitel", required: true, &diagnostics)
            let kind = entry.choice("soort", as: FrameworkKind.self, required: true, &diagnostics)
            var amendments: [Amendment] = []
            for change in entry.list("wijzigingen", &diagnostics) ?? [] {
                guard let fields = YAMLFields.read(change, source: entry.source, subject: "een wijziging", allowedKeys: amendmentKeys, diagnostics: &diagnostics),
                      let date = fields.date("datum", required: true, &diagnostics),
                      let description = fields.string("omschrijving", required: true, &diagnostics)
                else { continue }
                amendments.append(Amendment(date: date, description: description))
            }
            let framework = Framework(
                id: id ?? "", title: title ?? "", shortName: entry.string("afkorting", &diagnostics), kind: kind ?? .wet,
                url: entry.string("url", &diagnostics), inForce: entry.date("in_werking", &diagnostics),
                repealed: entry.date("vervallen_op", &diagnostics), amendments: amendments.sorted { $0.date < $1.date },
                source: entry.string("bron", &diagnostics), uncertain: entry.string("onzeker", &diagnostics), location: entry.location
            )
            guard id != nil, title != nil, kind != nil else { continue }
            frameworks.append(framework)
        }
        return frameworks
    }

    private static func decodeRequirement(_ entry: YAMLFields, frameworks: [Framework], _ diagnostics: inout [Diagnostic]) -> Requirement? {
        let id = decodeID(entry, taken: [], &diagnostics)
        if let id, DiagnosticCode(rawValue: id) != nil {
            diagnostics.append(Diagnostic(
                .duplicateID, "de eis `\(id)` heeft de naam van een vaste meldingscode van Regio", at: entry.location(of: "id"),
                fixIt: "kies een id die met het kader begint, zoals `wmo-\(id)`"
            ))
        }
        let title = entry.string("titel", required: true, &diagnostics)
        let framework = decodeFrameworkID(entry, key: "kader", frameworks: frameworks, &diagnostics)
        let types = decodeDocumentTypes(entry, &diagnostics)
        let validFrom = entry.date("geldig_vanaf", required: true, &diagnostics)
        let validUntil = entry.date("geldig_tot", &diagnostics)
        let severity = entry.choice("ernst", as: Severity.self, required: true, &diagnostics)
        let evidence = decodeEvidence(entry, frameworks: frameworks, &diagnostics)
        guard let id, DiagnosticCode(rawValue: id) == nil, let title, let framework, let types, let validFrom, let severity, let evidence else { return nil }
        if let validUntil, validUntil < validFrom {
            diagnostics.append(Diagnostic(
                .invalidValidity, "`geldig_tot` (\(validUntil)) ligt vóór `geldig_vanaf` (\(validFrom))", at: entry.location(of: "geldig_tot")
            ))
            return nil
        }
        if let inForce = framework.inForce, validFrom < inForce {
            diagnostics.append(Diagnostic(
                .invalidValidity, "de eis geldt vanaf \(validFrom), maar \(framework.displayName) is pas op \(inForce) in werking getreden",
                at: entry.location(of: "geldig_vanaf"), fixIt: "zet `geldig_vanaf: \(inForce)` of later"
            ))
        }
        if let repealed = framework.repealed, validUntil.map({ $0 >= repealed }) ?? true {
            diagnostics.append(Diagnostic(
                .invalidValidity, "\(framework.displayName) vervalt op \(repealed), maar de eis geldt \(validUntil.map { "tot en met \($0)" } ?? "zonder einddatum")",
                at: validUntil == nil ? entry.location : entry.location(of: "geldig_tot"), fixIt: "zet `geldig_tot` op de dag vóór \(repealed)"
            ))
        }
        return Requirement(
            id: id, title: title, frameworkID: framework.id, article: entry.string("artikel", &diagnostics),
            explanation: entry.string("toelichting", &diagnostics), documentTypes: types, validFrom: validFrom, validUntil: validUntil,
            severity: severity, evidence: evidence, location: entry.location
        )
    }

    /// An id is a slug, because it becomes a diagnostic code and part of a page address.
    private static func decodeID(_ entry: YAMLFields, taken: [String], _ diagnostics: inout [Diagnostic]) -> String? {
        guard let id = entry.string("id", required: true, &diagnostics) else { return nil }
        guard Slug(id) != nil else {
            diagnostics.append(Diagnostic(
                .invalidValue, "`\(id)` is geen geldige id", at: entry.location(of: "id"),
                notes: ["een id bestaat uit kleine letters, cijfers en koppeltekens"], fixIt: "schrijf `\(Slug(deriving: id))`"
            ))
            return nil
        }
        guard !taken.contains(id) else {
            diagnostics.append(Diagnostic(.duplicateID, "de id `\(id)` staat al eerder in \(entry.subject == "een thema" ? "de thema's" : "de kaders")",
                                          at: entry.location(of: "id")))
            return nil
        }
        return id
    }

    private static func decodeFrameworkID(_ entry: YAMLFields, key: String, frameworks: [Framework], _ diagnostics: inout [Diagnostic]) -> Framework? {
        guard let id = entry.string(key, required: true, &diagnostics) else { return nil }
        guard let framework = frameworks.first(where: { $0.id == id }) else {
            diagnostics.append(unknownFramework(id, at: entry.location(of: key), known: frameworks))
            return nil
        }
        return framework
    }

    private static func decodeDocumentTypes(_ entry: YAMLFields, _ diagnostics: inout [Diagnostic]) -> [DocumentType]? {
        guard let items = entry.locatedStringList("documenten", required: true, &diagnostics) else { return nil }
        var types: [DocumentType] = []
        for item in items {
            guard let type = DocumentType(rawValue: item.value) else {
                diagnostics.append(Diagnostic(
                    .invalidValue, "`\(item.value)` is geen documenttype", at: item.location,
                    notes: ["mogelijk: " + DocumentType.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")],
                    fixIt: KeySuggestion.suggestion(for: item.value, among: DocumentType.allCases.map(\.rawValue)).map { "bedoelde u `\($0)`?" }
                ))
                return nil
            }
            types.append(type)
        }
        return types
    }

    private static func decodeEvidence(_ entry: YAMLFields, frameworks: [Framework], _ diagnostics: inout [Diagnostic]) -> [Evidence]? {
        let before = diagnostics.count
        guard let fields = entry.object("bewijs", allowedKeys: evidenceKeys, subject: "het bewijs", required: true, unknownKeyCode: .unknownEvidence, &diagnostics)
        else { return nil }
        var evidence: [Evidence] = []
        if let names = fields.stringList("sectie", &diagnostics) {
            guard !names.isEmpty else {
                diagnostics.append(Diagnostic(.missingField, "`sectie` noemt geen kopnamen", at: fields.location(of: "sectie"),
                                              fixIt: "schrijf bijvoorbeeld `sectie: [Veilig Thuis]`"))
                return nil
            }
            evidence.append(.section(names))
        }
        if fields.has("verwijzing") {
            guard let framework = decodeFrameworkID(fields, key: "verwijzing", frameworks: frameworks, &diagnostics) else { return nil }
            evidence.append(.reference(framework.id))
        }
        if let field = fields.string("veld", &diagnostics) {
            let known = Document.commonKeys + Document.keysByType.values.flatMap { $0 }
            guard known.contains(field) else {
                diagnostics.append(Diagnostic(
                    .invalidValue, "`\(field)` is geen veld van een document", at: fields.location(of: "veld"),
                    fixIt: KeySuggestion.suggestion(for: field, among: known).map { "bedoelde u `\($0)`?" }
                ))
                return nil
            }
            evidence.append(.field(field))
        }
        guard !evidence.isEmpty else {
            // An unknown kind was already reported where it stands; "empty" would say the same twice.
            guard diagnostics.count == before else { return nil }
            diagnostics.append(Diagnostic(
                .unknownEvidence, "het bewijs van deze eis is leeg", at: entry.location(of: "bewijs"),
                notes: ["soorten bewijs: `sectie`, `verwijzing`, `veld`"]
            ))
            return nil
        }
        return evidence
    }

    /// Versions of one requirement follow each other in time; two that overlap would judge a document twice.
    private static func checkVersions(_ requirements: [Requirement]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, requirement) in requirements.enumerated() {
            for earlier in requirements[..<index] where earlier.id == requirement.id {
                let separate = earlier.validUntil.map { $0 < requirement.validFrom } ?? false
                    || requirement.validUntil.map { $0 < earlier.validFrom } ?? false
                guard !separate else { continue }
                diagnostics.append(Diagnostic(
                    .overlappingRequirements,
                    "de eis `\(requirement.id)` geldt vanaf \(requirement.validFrom), terwijl de versie op regel \(earlier.location.line) dan nog geldt",
                    at: requirement.location,
                    fixIt: "zet bij de eerdere versie `geldig_tot` op de dag vóór \(requirement.validFrom)"
                ))
            }
        }
        return diagnostics
    }

    /// An id in `kaders` (of a document or a requirement) that `kaders.yaml` lacks: the near id, else
    /// the frameworks the id starts or names (`wmo` → `wmo-2015`, `meldcode` → the law and the decree),
    /// else every id with its name, since a citation title cannot be guessed from an id.
    static func unknownFramework(_ id: String, at location: SourceLocation, known frameworks: [Framework]) -> Diagnostic {
        let named = { (framework: Framework) in "`\(framework.id)` (\(framework.displayName))" }
        let lowered = id.lowercased()
        var candidates: [Framework] = []
        if let near = KeySuggestion.suggestion(for: id, among: frameworks.map(\.id)), let framework = frameworks.first(where: { $0.id == near }) {
            candidates = [framework]
        } else if lowered.count >= 2 {
            // `wet-verplichte-meldcode`: every word of the id in the framework's title or abbreviation.
            let idWords = Self.words(lowered)
            candidates = frameworks.filter { framework in
                framework.id.hasPrefix(lowered) || [framework.title, framework.shortName ?? ""].contains { idWords.isSubset(of: Self.words($0)) }
            }
        }
        let list = candidates.isEmpty ? ["kaders in kaders.yaml: " + frameworks.map(named).joined(separator: ", ")] : []
        return Diagnostic(
            .unknownFramework, "`\(id)` is geen kader uit kaders.yaml", at: location, notes: list,
            fixIt: candidates.isEmpty ? nil : "bedoelde u " + candidates.prefix(3).map(named).joined(separator: " of ") + "?"
        )
    }

    /// The lowercased words of a framework's name, for an id written as the name's main word.
    private static func words(_ name: String) -> Set<String> {
        Set(name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
