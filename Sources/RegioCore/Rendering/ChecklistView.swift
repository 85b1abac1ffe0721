/// How checklist results look to readers: words first (the status is never carried by colour
/// alone), the framework with its official link, and where in the document the duty is met.
struct ChecklistView {
    let base: PageContext
    let checklist: Checklist

    /// The status word, the CSS class and a sign that is hidden from screen readers.
    func status(_ result: RequirementResult?) -> [String: Any] {
        let (code, sign): (String, String) = switch result?.status {
        case .met?: ("gedekt", "✓")
        case .waived?: ("uitzondering", "–")
        case .missing?: ("ontbreekt", "✗")
        case nil: ("nvt", "")
        }
        return ["code": code, "sign": sign, "hasSign": !sign.isEmpty, "label": base.text("toetsing_status_\(code)")]
    }

    /// A framework as a page names it. A short name ("Wth", "Nationaal Actieprogramma SGG") comes
    /// with its full title for `<abbr title>`; a framework without an official text of its own links
    /// to its entry on the toetsing page (`kader-<id>`), where its full name, kind and source stand.
    func framework(_ id: String) -> [String: Any] {
        guard let framework = checklist.framework(id) else {
            return ["id": id, "name": id, "title": id, "url": "", "hasURL": false, "hasShortName": false, "link": "", "hasLink": false]
        }
        let entry = base.canLink(checklistPage) ? base.url(checklistPage) + "#" + Self.anchor(framework.id) : nil
        let link = framework.url ?? entry
        return [
            "id": framework.id,
            "anchor": Self.anchor(framework.id),
            "name": framework.displayName,
            "title": framework.title,
            "shortName": framework.shortName ?? "",
            "hasShortName": framework.shortName.map { $0 != framework.title } ?? false,
            "url": framework.url ?? "",
            "hasURL": framework.url != nil,
            // Where the name leads in a document's checklist: the official text, else the entry that explains it.
            "link": link ?? "",
            "hasLink": link != nil,
            "kind": base.text("kader_soort_\(framework.kind.rawValue)"),
            "binding": base.text(framework.kind.isBinding ? "kader_bindend" : "kader_niet_bindend"),
            "inForce": framework.inForce.map(base.date) ?? "",
            "hasInForce": framework.inForce != nil,
            "repealed": framework.repealed.map(base.date) ?? "",
            "hasRepealed": framework.repealed != nil,
            // "vervallen op" a date still to come reads as if it already happened.
            "repealedLabel": base.text(framework.repealed.map { $0 > base.graph.today } == true ? "kader_vervalt" : "kader_vervallen"),
            "amendments": framework.amendments.map { ["date": base.date($0.date), "description": $0.description] },
            "hasAmendments": !framework.amendments.isEmpty,
            "source": framework.source ?? "",
            "hasSource": framework.source != nil,
        ]
    }

    /// The id of a framework's entry on the toetsing pages.
    static func anchor(_ id: String) -> String { "kader-\(id)" }

    /// The toetsing page that explains the frameworks: the region's for a page in a region folder, else the portal's.
    private var checklistPage: OutputPath {
        base.region.map(base.siteMap.regionChecklist) ?? SiteMap.portalChecklist
    }

    /// Every framework, for the explanation under a matrix.
    var frameworks: [[String: Any]] {
        checklist.frameworks.map { framework($0.id) }
    }

    func requirement(_ requirement: Requirement) -> [String: Any] {
        [
            "id": requirement.id,
            "title": requirement.title,
            "framework": framework(requirement.frameworkID),
            "article": requirement.article ?? "",
            "hasArticle": requirement.article != nil,
            "explanation": requirement.explanation ?? "",
            "hasExplanation": requirement.explanation != nil,
            "severity": base.text("ernst_\(requirement.severity == .error ? "fout" : "waarschuwing")"),
        ]
    }

    /// One line of a document's checklist; `page` is the document's own page, for links to its sections.
    func item(_ result: RequirementResult) -> [String: Any] {
        var item = requirement(result.requirement)
        item["status"] = status(result)
        var proof = "", proofURL = "", reason = ""
        switch result.status {
        case let .met(.section(heading)):
            proof = base.text("toetsing_bewijs_sectie") + " ‘\(heading.text)’"
            proofURL = "#" + heading.id
        case let .met(.reference(id)):
            proof = base.text("toetsing_bewijs_verwijzing") + " " + (checklist.framework(id)?.displayName ?? id)
        case let .met(.field(name)):
            proof = base.text("toetsing_bewijs_veld") + " ‘\(name)’"
        case let .waived(text):
            reason = text
        case .missing:
            break
        }
        item["proof"] = proof
        item["hasProof"] = !proof.isEmpty
        item["proofURL"] = proofURL
        item["hasProofURL"] = !proofURL.isEmpty
        item["reason"] = reason
        item["hasReason"] = !reason.isEmpty
        return item
    }

    /// "12 van 14 eisen gedekt, 1 uitzondering, 1 ontbreekt".
    func summary(_ results: [RequirementResult]) -> String {
        let met = results.filter(\.isMet).count
        let waived = results.filter { if case .waived = $0.status { return true }; return false }.count
        let missing = results.count - met - waived
        var parts = ["\(met) \(base.text("toetsing_van")) \(results.count) \(base.text("toetsing_eisen_gedekt"))"]
        if waived > 0 { parts.append("\(waived) \(base.text(waived == 1 ? "toetsing_uitzondering" : "toetsing_uitzonderingen"))") }
        if missing > 0 { parts.append("\(missing) \(base.text("toetsing_ontbreekt"))") }
        return parts.joined(separator: ", ")
    }
}
