/// The same figure (label, unit, year) for the municipalities of a region, to set one municipality's
/// value beside: from every factsheet of the region, each municipality once.
struct RegionComparison {
    /// What one figure is set beside.
    struct Peers {
        /// One value per municipality that has the figure, the municipality's own among them.
        let values: [Double]
        /// Whether any of them comes from a factsheet that is still a concept: the page says so
        /// beside the average, as it would beside the figure itself.
        let includesConcept: Bool
    }

    private struct Value {
        let number: Double
        let isConcept: Bool
    }

    /// Per figure, the municipalities in the order first met and each one's value.
    private var values: [String: [(GemeenteCode, Value)]] = [:]

    init(sheets: [Document]) {
        for sheet in sheets {
            guard case let .factsheet(details) = sheet.details else { continue }
            for figure in details.figures {
                guard let municipality = details.municipality(of: figure) else { continue }
                let key = Self.key(figure)
                // A municipality counts once, however many sheets give its figure: the count beside
                // the average is of municipalities.
                guard !(values[key] ?? []).contains(where: { $0.0 == municipality }) else { continue }
                values[key, default: []].append((municipality, Value(number: figure.value.value, isConcept: sheet.metadata.status == .concept)))
            }
        }
    }

    func peers(of figure: Figure) -> Peers {
        let found = values[Self.key(figure)] ?? []
        return Peers(values: found.map(\.1.number), includesConcept: found.contains { $0.1.isConcept })
    }

    private static func key(_ figure: Figure) -> String {
        [figure.label, figure.unit ?? "", String(figure.year)].joined(separator: "\u{1F}")
    }
}
