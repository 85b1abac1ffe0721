import RegioCore

/// The closing line: "42 documenten, 3 regio's, 0 fouten, 1 waarschuwing in 1,18 s"; under a second
/// in milliseconds ("in 12 ms"), as a preview's rebuild after a save takes.
struct Summary {
    let result: BuildResult
    /// The whole run up to this line, findings printed and site written included: for `check` and
    /// `build` from the start of the command, for a preview from the start of the rebuild. Timing only
    /// the pipeline once said "in 84 ms" after a minute of printing.
    let duration: Duration

    var line: String {
        let errors = result.diagnostics.errorCount
        let warnings = result.diagnostics.warningCount
        return [
            count(result.documentCount, "document", "documenten"),
            count(result.regionCount, "regio", "regio's"),
            count(errors, "fout", "fouten"),
            count(warnings, "waarschuwing", "waarschuwingen"),
        ].joined(separator: ", ") + " in " + time
    }

    private func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    /// Seconds with two decimals and a Dutch decimal comma, or whole milliseconds under a second.
    private var time: String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let milliseconds = Int(seconds * 1000 + 0.5)
        guard milliseconds >= 1000 else { return "\(max(1, milliseconds)) ms" }
        let hundredths = Int(seconds * 100 + 0.5)
        let fraction = hundredths % 100
        return "\(hundredths / 100),\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
