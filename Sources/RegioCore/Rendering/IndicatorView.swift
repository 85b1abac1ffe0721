/// How the indicators read on a page: the region's matrix (municipalities × indicators) and a
/// municipality's own scores with the tips for what is not yet in order. Each municipality is
/// judged by its newest plan that scores indicators and is not a concept: a first self-assessment in
/// a draft is not yet the municipality's word. Only when no other plan scores them does a concept
/// count, and then it says so.
struct IndicatorView {
    let base: PageContext
    let indicators: IndicatorSet

    /// The status in words, with a sign for a quick scan that screen readers skip. Without a score,
    /// "niet in het plan", or "geen plan" for a municipality that has none: "niet gemeld" read as if
    /// the municipality had failed to report.
    func status(_ score: IndicatorScore?, hasPlan: Bool = true) -> [String: Any] {
        guard let score else {
            return ["code": "geen", "label": base.text(hasPlan ? "indicator_geen" : "indicator_geen_plan"), "sign": "", "hasSign": false]
        }
        let sign = switch score.status {
        case .opOrde: "✓"
        case .inOntwikkeling: "◐"
        case .ontbreekt: "✗"
        }
        return ["code": score.status.rawValue, "label": base.text("indicator_\(score.status.rawValue)"), "sign": sign, "hasSign": true]
    }

    /// The newest plan of the municipality that scores indicators, and its scores by indicator id.
    func scores(of municipality: Municipality, in region: Region) -> (plan: Document, scores: [String: IndicatorScore])? {
        scores(among: base.graph.plans(of: region.slug, municipality: municipality.slug))
    }

    /// `plans` newest first.
    private func scores(among plans: [Document]) -> (plan: Document, scores: [String: IndicatorScore])? {
        let scoring = plans.compactMap { plan -> (plan: Document, scores: [String: IndicatorScore])? in
            guard case let .beleidsplan(details) = plan.details, !details.indicators.isEmpty else { return nil }
            return (plan, Dictionary(details.indicators.map { ($0.indicator.value, $0) }, uniquingKeysWith: { first, _ in first }))
        }
        return scoring.first { $0.plan.metadata.status != .concept } ?? scoring.first
    }

    func matrix(_ region: Region) -> [String: Any] {
        let rows = region.municipalities.sorted { $0.displayName < $1.displayName }.map { municipality -> [String: Any] in
            let plans = base.graph.plans(of: region.slug, municipality: municipality.slug)
            let found = scores(among: plans), hasPlan = !plans.isEmpty
            return [
                "name": municipality.displayName,
                "url": base.url(base.siteMap.municipalityIndex(region.slug, municipality.slug)),
                "isConcept": found?.plan.metadata.status == .concept,
                "cells": indicators.indicators.map { status(found?.scores[$0.id], hasPlan: hasPlan) },
            ]
        }
        return [
            "columns": indicators.indicators.map { ["short": $0.shortName, "name": $0.name, "explanation": $0.explanation] },
            "rows": rows,
            "source": indicators.source.map { ["name": $0.name, "url": $0.url ?? "", "hasURL": $0.url != nil] as [String: Any] } ?? [:],
            "hasSource": indicators.source != nil,
        ]
    }

    /// A municipality's scores, each with its note, and the tip when it is not in order.
    func list(for municipality: Municipality, in region: Region) -> [String: Any]? {
        guard let found = scores(of: municipality, in: region) else { return nil }
        return [
            "planTitle": found.plan.metadata.title,
            "planURL": base.url(base.page(of: found.plan)),
            "isConcept": found.plan.metadata.status == .concept,
            "items": items(found.scores),
        ]
    }

    /// A plan's own scores, for its page: a reader who arrives at the plan from a search learns
    /// there that it scores the indicators, and how. An older plan shows its own, not the newest's.
    /// `summary` counts the statuses ("4 op orde, 3 in ontwikkeling").
    func list(ofPlan plan: Document) -> [String: Any]? {
        guard case let .beleidsplan(details) = plan.details, !details.indicators.isEmpty else { return nil }
        let scores = Dictionary(details.indicators.map { ($0.indicator.value, $0) }, uniquingKeysWith: { first, _ in first })
        let statuses = indicators.indicators.map { scores[$0.id]?.status }
        // In the order of the statuses, "niet in het plan" last; a status no indicator has is left out.
        let counted = (IndicatorStatus.allCases.map(Optional.some) + [nil]).compactMap { status -> String? in
            let count = statuses.filter { $0 == status }.count
            return count == 0 ? nil : "\(count) \(base.text(status.map { "indicator_\($0.rawValue)" } ?? "indicator_geen"))"
        }
        return ["items": items(scores), "summary": counted.joined(separator: ", ")]
    }

    /// Every indicator of the set with its status in `scores`, its note, and the tip when it is not in order.
    private func items(_ scores: [String: IndicatorScore]) -> [[String: Any]] {
        indicators.indicators.map { indicator -> [String: Any] in
            let score = scores[indicator.id]
            let needsTip = score?.status != .opOrde
            return [
                "name": indicator.name, "status": status(score),
                "note": score?.note ?? "", "hasNote": score?.note != nil,
                "tip": indicator.tip, "hasTip": needsTip,
            ]
        }
    }
}
