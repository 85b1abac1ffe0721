extension RuleContext {
    /// "controleer de code van Assen in drenthe/regio.yaml, regel 12", for a document whose
    /// `written` code is no municipality's anywhere, while no document names `member`'s code. Then the
    /// typo may be the one in regio.yaml, and a fix that only says "write GM0160" would have the author
    /// copy it into every correct document. Nil otherwise, or when regio.yaml does not say where.
    func memberCodeHint(written: GemeenteCode, member: Municipality, of region: Region) -> String? {
        guard let line = region.memberLocations[member.code]?.line,
              !regions.values.contains(where: { $0.municipality(code: written) != nil }),
              !documentsInOrder.contains(where: { $0.namedCodes.contains(member.code) })
        else { return nil }
        return "controleer de code van \(member.name) in \(region.file), regel \(line): noemen de documenten de goede code, dan zit de tikfout daar"
    }
}

extension Document {
    /// The CBS codes the front matter names: a plan's `gemeente`, a factsheet's and its figures'.
    var namedCodes: [GemeenteCode] {
        switch details {
        case let .beleidsplan(details): details.declaredMunicipality.flatMap { GemeenteCode($0.reference) }.map { [$0] } ?? []
        case let .factsheet(details): [details.municipality].compactMap { $0 } + details.figures.compactMap(\.municipality)
        case .regiovisie: []
        }
    }
}
