/// How one requirement fares in one document.
public struct RequirementResult: Sendable {
    public enum Status: Sendable {
        case met(Proof)
        case waived(reason: String)
        case missing(Shortfall)
    }

    /// What showed the requirement is met, so that a reader can go and look.
    public enum Proof: Sendable {
        case section(DocumentHeading)
        case reference(frameworkID: String)
        case field(String)
    }

    /// Why a requirement counts as missing, beyond "nothing found": the place a finding points at.
    public enum Shortfall: Sendable {
        case nothing
        /// The heading is there, but has no text under it.
        case emptySection(DocumentHeading)
        /// A heading that looks like an accepted name (a typo, another wording).
        case similarHeading(DocumentHeading, name: String)
    }

    public let requirement: Requirement
    public let status: Status

    public var isMet: Bool {
        if case .met = status { return true }
        return false
    }
}

/// A document's checklist: every requirement that applied on the day it is judged, in checklist order.
public struct DocumentCoverage: Sendable {
    public let judgedOn: DayDate
    public let results: [RequirementResult]

    public func result(for requirementID: String) -> RequirementResult? {
        results.first { $0.requirement.id == requirementID }
    }
}

/// Stage 7 (checklist coverage): judges a document against the law as it stood on its judgement date.
public enum CoverageEvaluator {
    public static func evaluate(_ document: Document, headings: [DocumentHeading], checklist: Checklist, today: DayDate) -> DocumentCoverage {
        let date = document.judgementDate(today: today)
        let waivers = Dictionary(document.metadata.waivers.map { ($0.requirement.value, $0.reason) }, uniquingKeysWith: { first, _ in first })
        let named = Set(document.frameworks.map(\.value))
        let headings = HeadingMatcher.fold(headings)
        // An adopted document is judged by the law on the day it was adopted; a concept by today's,
        // without the duties that end before its period begins.
        let periodStart = document.metadata.status == .concept ? document.period?.from : nil
        let results = checklist.applicable(to: document.metadata.type, on: date, periodStart: periodStart).map { requirement in
            if let proof = proof(of: requirement, headings: headings, frameworks: named, fields: document.presentKeys) {
                return RequirementResult(requirement: requirement, status: .met(proof))
            }
            if let reason = waivers[requirement.id] {
                return RequirementResult(requirement: requirement, status: .waived(reason: reason))
            }
            return RequirementResult(requirement: requirement, status: .missing(shortfall(of: requirement, headings: headings)))
        }
        return DocumentCoverage(judgedOn: date, results: results)
    }

    private static func proof(of requirement: Requirement, headings: [HeadingMatcher.FoldedHeading], frameworks: Set<String>, fields: Set<String>) -> RequirementResult.Proof? {
        for (evidence, foldedNames) in zip(requirement.evidence, requirement.foldedSectionNames) {
            switch evidence {
            case .section:
                if let heading = HeadingMatcher.firstMatch(in: headings, foldedNames: foldedNames, where: \.hasContent) {
                    return .section(heading)
                }
            case let .reference(id):
                if frameworks.contains(id) { return .reference(frameworkID: id) }
            case let .field(name):
                if fields.contains(name) { return .field(name) }
            }
        }
        return nil
    }

    private static func shortfall(of requirement: Requirement, headings: [HeadingMatcher.FoldedHeading]) -> RequirementResult.Shortfall {
        let names = requirement.sectionNames
        if let empty = HeadingMatcher.firstMatch(in: headings, foldedNames: requirement.foldedSectionNames.flatMap { $0 }) {
            return .emptySection(empty)
        }
        if let near = HeadingMatcher.nearMiss(among: headings, names: names) {
            return .similarHeading(near.heading, name: near.name)
        }
        return .nothing
    }
}
