/// The years a vision or plan covers, both ends included.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public let from: Int
    public let to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    public func overlaps(_ other: Period) -> Bool {
        from <= other.to && other.from <= to
    }

    public func contains(year: Int) -> Bool {
        from <= year && year <= to
    }

    public var description: String { from == to ? "\(from)" : "\(from)–\(to)" }
}
