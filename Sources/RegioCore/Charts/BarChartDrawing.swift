/// Horizontal bars, one row per municipality: long names stay readable on a phone, and each bar
/// ends in its value as text.
struct BarChartDrawing {
    let chart: Chart
    static let width = 480, rowHeight = 30, labelWidth = 150, valueWidth = 165

    func svg(id: String) -> String {
        let height = chart.points.count * Self.rowHeight + 8
        let maximum = max(chart.points.map(\.value.value).max() ?? 0, 0)
        let room = Double(Self.width - Self.labelWidth - Self.valueWidth)
        var svg = chart.header(id: id, width: Self.width, height: height)
        for (index, point) in chart.points.enumerated() {
            let y = index * Self.rowHeight + 4
            let length = maximum > 0 ? Int((max(point.value.value, 0) / maximum * room).rounded()) : 0
            svg += """
            <text class="chart-label" x="\(Self.labelWidth - 8)" y="\(y + 18)" text-anchor="end">\(XMLText.escape(point.label))</text>
            <rect class="chart-bar" x="\(Self.labelWidth)" y="\(y + 4)" width="\(length)" height="\(Self.rowHeight - 8)"/>
            <text class="chart-value" x="\(Self.labelWidth + length + 6)" y="\(y + 18)">\(XMLText.escape(Chart.text(point.value, unit: chart.unit)))</text>

            """
        }
        return svg + "</svg>"
    }
}
