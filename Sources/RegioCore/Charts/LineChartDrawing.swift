/// A line over the years with a marked, labelled point per year. Years stand at their distance in
/// time (2009, 2011, 2012 are not evenly spaced) and the axis starts at zero, so neither the gaps
/// nor the slope are exaggerated.
struct LineChartDrawing {
    let chart: Chart
    static let width = 480, height = 240, left = 36, right = 36, top = 30, bottom = 40

    func svg() -> String {
        let maximum = max(chart.points.map(\.value.value).max() ?? 0, 0)
        let plotWidth = Double(Self.width - Self.left - Self.right), plotHeight = Double(Self.height - Self.top - Self.bottom)
        let years = chart.points.compactMap(\.year)
        let first = years.min() ?? 0, span = max((years.max() ?? 0) - first, 1)
        let positions = chart.points.map { point -> (x: Int, y: Int) in
            let share = maximum > 0 ? max(point.value.value, 0) / maximum : 0
            let along = Double((point.year ?? first) - first) / Double(span)
            return (Self.left + Int((plotWidth * along).rounded()), Self.top + Int((plotHeight * (1 - share)).rounded()))
        }
        let baseline = Self.height - Self.bottom
        var svg = chart.header(width: Self.width, height: Self.height)
        svg += "<line class=\"chart-axis\" x1=\"\(Self.left)\" y1=\"\(baseline)\" x2=\"\(Self.width - Self.right)\" y2=\"\(baseline)\"/>\n"
        // A year without a figure breaks the line: a dashed stretch says nothing is known there,
        // where a solid one would draw a trend through a year that was never counted.
        var run: [(x: Int, y: Int)] = []
        for index in positions.indices {
            if index > 0, (chart.points[index].year ?? 0) - (chart.points[index - 1].year ?? 0) > 1 {
                svg += polyline(run)
                let (from, to) = (positions[index - 1], positions[index])
                svg += "<line class=\"chart-gap\" x1=\"\(from.x)\" y1=\"\(from.y)\" x2=\"\(to.x)\" y2=\"\(to.y)\"/>\n"
                run = []
            }
            run.append(positions[index])
        }
        svg += polyline(run)
        for (point, position) in zip(chart.points, positions) {
            svg += """
            <circle class="chart-point" cx="\(position.x)" cy="\(position.y)" r="5"/>
            <text class="chart-value" x="\(position.x)" y="\(position.y - 10)" text-anchor="middle">\(XMLText.escape(chart.text(point.value, unit: nil)))</text>
            <text class="chart-label" x="\(position.x)" y="\(baseline + 24)" text-anchor="middle">\(XMLText.escape(point.label))</text>

            """
        }
        return svg + "</svg>"
    }

    /// A solid line through `points`; nothing for a single point, which its circle marks.
    private func polyline(_ points: [(x: Int, y: Int)]) -> String {
        guard points.count >= 2 else { return "" }
        return "<polyline class=\"chart-line\" points=\"\(points.map { "\($0.x),\($0.y)" }.joined(separator: " "))\"/>\n"
    }
}
