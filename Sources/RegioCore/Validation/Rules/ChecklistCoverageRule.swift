/// Every requirement that applied on a document's date is met or explicitly waived (DESIGN §3).
/// The finding carries the requirement's own id as its code.
struct ChecklistCoverageRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard let checklist = context.checklist, let coverage = context.coverage[document.path] else { return [] }
        return coverage.results.compactMap { result -> Diagnostic? in
            guard case let .missing(shortfall) = result.status else { return nil }
            return diagnostic(result.requirement, shortfall, document: document, judgedOn: coverage.judgedOn, checklist: checklist)
        }
    }

    private func diagnostic(_ requirement: Requirement, _ shortfall: RequirementResult.Shortfall, document: Document,
                            judgedOn: DayDate, checklist: Checklist) -> Diagnostic {
        let framework = checklist.framework(requirement.frameworkID)
        let citation = [framework?.displayName, requirement.article].compactMap { $0 }.joined(separator: " ")
        var message = "\(document.metadata.type.withArticle) voldoet niet aan ‘\(requirement.title)’ (\(citation))"
        var location = SourceLocation(file: document.file, line: 1)
        var fixIt = requirement.sectionNames.first.map { "voeg een kop `## \($0)` toe met tekst eronder" }
        switch shortfall {
        case .nothing:
            // Met only by naming a framework: the place to name it is `kaders`.
            if requirement.sectionNames.isEmpty, let kaders = document.frameworksLocation { location = kaders }
        case let .emptySection(heading):
            message = "de kop ‘\(heading.text)’ heeft geen tekst, dus telt niet voor ‘\(requirement.title)’ (\(citation))"
            location = heading.location
            fixIt = "schrijf onder ‘\(heading.text)’ wat \(document.metadata.type.withArticle) hierover afspreekt"
        case let .similarHeading(heading, name):
            location = heading.location
            fixIt = "bedoelde u de kop `\(name)`?"
        }
        var notes = ["beoordeeld naar de stand van \(judgedOn.dutch) (\(document.metadata.status == .concept ? "concept: de peildatum" : "datum van vaststelling")); de eis geldt \(requirement.validity)"]
        notes.append("telt als bewijs: " + requirement.evidence.map(\.description).joined(separator: "; of "))
        // A waiver with a typo in its id is why the requirement is still missing: point at it rather
        // than ask for the waiver the author just wrote.
        if let typo = document.metadata.waivers.first(where: { waiver in
            !checklist.requirementIDs.contains(waiver.requirement.value)
                && KeySuggestion.suggestion(for: waiver.requirement.value, among: checklist.requirementIDs) == requirement.id
        }) {
            notes.append("er staat een uitzondering `\(typo.requirement.value)` op regel \(typo.requirement.location.line): bedoelde u `\(requirement.id)`? Verbeter de id daar")
        } else {
            notes.append("bewust niet? leg het vast: `uitzonderingen: {\(requirement.id): \"reden\"}`")
        }
        return Diagnostic(requirement: requirement.id, severity: requirement.severity, message, at: location, notes: notes,
                          fixIt: fixIt ?? frameworkFix(requirement))
    }

    /// `zet `istanbul-verdrag` in `kaders``: the framework the requirement asks to be named.
    private func frameworkFix(_ requirement: Requirement) -> String {
        let ids = requirement.evidence.compactMap { evidence -> String? in
            if case let .reference(id) = evidence { return "`\(id)`" } else { return nil }
        }
        return ids.isEmpty ? "noem het kader in `kaders`" : "zet \(ids.joined(separator: " of ")) in `kaders`"
    }
}
