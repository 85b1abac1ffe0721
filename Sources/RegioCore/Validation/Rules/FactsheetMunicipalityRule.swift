/// A regional factsheet's municipalities, of the sheet and of each figure, are members of its region,
/// named by CBS code.
struct FactsheetMunicipalityRule: DocumentRule {
    let readsLinkedDocuments = false

    func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .factsheet(details) = document.details else { return [] }
        // Without every member of the region read, a code missing from them proves nothing; a name
        // written for a code is still wrong, only the code meant is unknown.
        let region = document.placement.region.flatMap { context.regions[$0] }.flatMap { context.incompleteFiles.contains($0.file) ? nil : $0 }
        let unread = details.unreadMunicipalities.map { written in
            let member = region?.municipality(resembling: written.reference)
            return GemeenteCode.notACode(written.reference, at: written.location,
                                         fixIt: GemeenteCode.fix(for: written.reference) ?? member.map { "\($0.name) heeft code \($0.code): schrijf `gemeente: \($0.code)`" })
        }
        guard let region else { return unread }
        var named: [(GemeenteCode, SourceLocation)] = details.figures.compactMap { figure in
            figure.municipality.map { ($0, figure.municipalityLocation ?? figure.location) }
        }
        if let code = details.municipality, let location = details.municipalityLocation { named.insert((code, location), at: 0) }
        return unread + named.compactMap { code, location in
            guard region.municipality(code: code) == nil else { return nil }
            var notes = ["een factsheet van een regio noemt alleen gemeenten uit \(region.file)"]
            let home = context.regions.values.sorted { $0.file < $1.file }.first { $0.municipality(code: code) != nil }
            if let home, let member = home.municipality(code: code) {
                notes.append("\(code) is \(member.name), een gemeente van regio \(home.name); een cijfer van die gemeente hoort in een factsheet van \(home.name) of in een landelijke factsheet")
            }
            return Diagnostic(.unknownMunicipality, "gemeente \(code) hoort niet bij regio \(region.name)", at: location,
                              notes: notes, fixIt: Self.fix(for: code, in: region, isMemberElsewhere: home != nil, context: context))
        }
    }

    /// The member whose code differs by one digit or two swapped ones (`GM0513`, `GM0530` for
    /// `GM0503`), unless the code is another region's member; else the members to choose from.
    /// The typo may be regio.yaml's too: `RuleContext.memberCodeHint` says so when nothing else names that code.
    static func fix(for code: GemeenteCode, in region: Region, isMemberElsewhere: Bool, context: RuleContext) -> String {
        guard !region.municipalities.isEmpty else { return "zet de gemeente eerst onder `gemeenten` in \(region.file)" }
        if !isMemberElsewhere, let member = region.municipalities.first(where: { code.isTypo(of: $0.code) }) {
            return "bedoelde u `\(member.code)` (\(member.name))?"
                + (context.memberCodeHint(written: code, member: member, of: region).map { " Of \($0)" } ?? "")
        }
        let members = region.municipalities.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        return "schrijf de CBS-code van een gemeente van \(region.name): \(members)"
    }
}
