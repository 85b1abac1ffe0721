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

    /// Per figure, each municipality's value: the first met.
    private var values: [String: [GemeenteCode: Value]] = [:]

    init(sheets: [Document]) {
        for sheet in sheets {
            guard case let .factsheet(details) = sheet.details else { continue }
            for figure in details.figures {
                guard let municipality = details.municipality(of: figure) else { continue }
                let key = Self.key(figure)
                // A municipality counts once, however many sheets give its figure: the count beside
                // the average is of municipalities.
                guard values[key]?[municipality] == nil else { continue }
                values[key, default: [:]][municipality] = Value(number: figure.value.value, isConcept: sheet.metadata.status == .concept)
            }
        }
    }

    func peers(of figure: Figure) -> Peers {
        // Sorted, so that the average's sum is the same bytes every run whatever the table's order.
        let found = (values[Self.key(figure)] ?? [:]).sorted { $0.key.value < $1.key.value }.map(\.value)
        return Peers(values: found.map(\.number), includesConcept: found.contains { $0.isConcept })
    }

    private static func key(_ figure: Figure) -> String {
        [figure.label, figure.unit ?? "", String(figure.year)].joined(separator: "\u{1F}")
    }
}
