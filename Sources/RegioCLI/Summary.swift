import RegioCore

/// The closing line: "42 documenten, 3 regio's, 0 fouten, 1 waarschuwing in 0,18 s".
struct Summary {
    let result: BuildResult
    let duration: Duration

    var line: String {
        let errors = result.diagnostics.errorCount
        let warnings = result.diagnostics.warningCount
        return [
            count(result.documentCount, "document", "documenten"),
            count(result.regionCount, "regio", "regio's"),
            count(errors, "fout", "fouten"),
            count(warnings, "waarschuwing", "waarschuwingen"),
        ].joined(separator: ", ") + " in " + seconds + " s"
    }

    private func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    /// Two decimals with a Dutch decimal comma.
    private var seconds: String {
        let hundredths = Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 100 + 0.5)
        let fraction = hundredths % 100
        return "\(hundredths / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
