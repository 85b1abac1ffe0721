/// `indicatoren.yaml`: the indicators a municipality assesses its approach against, with an
/// explanation and a tip for each. Data, like the checklist: a region changes it without Swift.
public struct IndicatorSet: Sendable {
    public static let fileName = "indicatoren.yaml"

    public let indicators: [Indicator]
    /// Where the set comes from, shown under the matrix.
    public let source: Source?
    public let file: String

    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }
}

public struct Indicator: Sendable {
    public let id: String
    public let name: String
    /// A column heading for the matrix, short enough for a phone.
    public let shortName: String
    public let explanation: String
    /// What a municipality can do when the indicator is not yet in order.
    public let tip: String
}

/// How a plan reports an indicator; the three answers the monitor asks for.
public enum IndicatorStatus: String, Sendable, CaseIterable {
    case opOrde = "op-orde"
    case inOntwikkeling = "in-ontwikkeling"
    case ontbreekt
}

/// One indicator as a plan reports it (`indicatoren: {id: {status: …, toelichting: …}}`).
public struct IndicatorScore: Sendable {
    public let indicator: Located<String>
    public let status: IndicatorStatus
    public let note: String?
}
