import Foundation
import RegioCore

/// What the preview adds to a page, and only in the preview: a script that reloads the page when the
/// content changes, and the findings of the last build over the page.
enum LiveReload {
    /// Listens to the server's events and reloads the page when a new build is ready.
    /// The findings panel is styled from here: the theme's Content-Security-Policy refuses style
    /// attributes in the page, but not styles set by an allowed script.
    static let script = """
    (function () {
      var panel = document.getElementById("regio-meldingen");
      if (panel) {
        Object.assign(panel.style, {position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "40vh",
          overflow: "auto", zIndex: "1000", background: "#fff8e1", color: "#1a1a1a",
          borderTop: "3px solid #b3261e", padding: "0.75rem 1rem", font: "15px/1.4 system-ui,sans-serif"});
        panel.querySelector("h2").style.cssText = "margin:0 0 0.5rem;font-size:1rem";
        panel.querySelector("ul").style.cssText = "margin:0;padding-left:1.25rem";
      }
      var source = new EventSource("\(PreviewPath.eventsPath)");
      var seen = null;
      source.onmessage = function (event) {
        if (seen !== null && event.data !== seen) { window.location.reload(); }
        seen = event.data;
      };
    })();

    """

    /// `html` with the script, and with the findings when there are any, before `</body>`.
    static func inject(into html: String, findings: Findings) -> String {
        var added = "<script src=\"\(PreviewPath.scriptPath)\"></script>\n"
        if !findings.diagnostics.isEmpty { added = panel(findings) + added }
        let page = allowingEvents(html)
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + added }
        return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: added)
    }

    /// The page's own Content-Security-Policy with `connect-src 'self'` added, so that the script may
    /// listen to the server. The default theme's `default-src 'none'` refuses every connection, and a
    /// browser enforces every policy a page has: a second, looser one could not undo it. Only the
    /// preview changes the policy; the built site keeps the theme's.
    static func allowingEvents(_ html: String) -> String {
        guard let meta = html.range(of: "http-equiv=\"Content-Security-Policy\"", options: .caseInsensitive),
              let content = html[meta.upperBound...].range(of: "content=\""),
              let close = html[content.upperBound...].firstIndex(of: "\"") else { return html }
        let policy = html[content.upperBound..<close]
        guard !policy.contains("connect-src") else { return html }
        let separator = policy.trimmingCharacters(in: .whitespaces).hasSuffix(";") || policy.isEmpty ? " " : "; "
        return html.replacingCharacters(in: close..<close, with: separator + "connect-src 'self'")
    }

    /// The last build's findings, with file, line and message, fixed at the bottom of the window.
    static func panel(_ findings: Findings) -> String {
        let diagnostics = findings.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        var heading = errors > 0
            ? "Regio: \(errors) \(errors == 1 ? "fout" : "fouten") in de laatste build"
            : "Regio: \(diagnostics.count) \(diagnostics.count == 1 ? "waarschuwing" : "waarschuwingen")"
        if findings.showsPreviousBuild { heading += "; u ziet de laatste versie zonder fouten" }
        var html = """
        <section id="regio-meldingen" role="alert" aria-labelledby="regio-meldingen-kop">
        <h2 id="regio-meldingen-kop">\(HTMLEscaping.escape(heading))</h2>
        <ul>

        """
        for diagnostic in diagnostics.prefix(50) {
            let location = diagnostic.location
            let place = "\(findings.place(location)):\(location.line):\(location.column)"
            let kind = diagnostic.severity == .error ? "fout" : "waarschuwing"
            html += "<li><code>\(HTMLEscaping.escape(place))</code>: \(kind): \(HTMLEscaping.escape(diagnostic.message))"
            if let fixIt = diagnostic.fixIt { html += "<br>→ \(HTMLEscaping.escape(fixIt))" }
            html += " <small>[\(HTMLEscaping.escape(diagnostic.id))]</small></li>\n"
        }
        if diagnostics.count > 50 { html += "<li>en nog \(diagnostics.count - 50) meldingen; zie de terminal</li>\n" }
        return html + "</ul>\n</section>\n"
    }
}

/// The last build's diagnostics as the preview shows them.
struct Findings: Sendable {
    var diagnostics: [Diagnostic] = []
    /// True when the last build had errors and the pages shown are from the build before it.
    var showsPreviousBuild = false
    /// The file as the user can open it, like the terminal output names it.
    var place: @Sendable (SourceLocation) -> String = { $0.file }
}
