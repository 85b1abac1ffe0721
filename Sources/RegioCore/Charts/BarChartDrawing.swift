/// Horizontal bars, one row per municipality: the name on the left and the value as text on the
/// right of a line of its own, the bar below across the whole width. Names and values never share
/// room with the bar, so a long name ("Alphen aan den Rijn") is not cut off and the text can be set
/// larger on a phone (`regio.css`) without running into the bars.
struct BarChartDrawing {
    let chart: Chart
    static let width = 480, rowHeight = 46, textHeight = 20, barHeight = 16

    func svg() -> String {
        let height = chart.points.count * Self.rowHeight
        let maximum = max(chart.points.map(\.value.value).max() ?? 0, 0)
        var svg = chart.header(width: Self.width, height: height)
        for (index, point) in chart.points.enumerated() {
            let y = index * Self.rowHeight
            let length = maximum > 0 ? Int((max(point.value.value, 0) / maximum * Double(Self.width)).rounded()) : 0
            svg += """
            <text class="chart-label" x="0" y="\(y + Self.textHeight - 4)">\(XMLText.escape(point.label))</text>
            <text class="chart-value" x="\(Self.width)" y="\(y + Self.textHeight - 4)" text-anchor="end">\(XMLText.escape(chart.text(point.value, unit: chart.unit)))</text>
            <rect class="chart-bar" x="0" y="\(y + Self.textHeight)" width="\(length)" height="\(Self.barHeight)"/>

            """
        }
        return svg + "</svg>"
    }
}
