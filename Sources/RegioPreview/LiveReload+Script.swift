extension LiveReload {
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
        // Its own colours throughout, whatever the theme gives headings and code in dark mode.
        panel.style.colorScheme = "light";
        panel.querySelectorAll("h2, p, li, code, small").forEach(function (element) {
          element.style.color = "inherit";
          element.style.background = "transparent";
        });
        panel.querySelector("h2").style.cssText += ";margin:0 0 0.5rem;font-size:1rem";
        var version = panel.querySelector("p");
        if (version) { version.style.cssText = "margin:0 0 0.5rem"; }
        var list = panel.querySelector("ul");
        if (list) { list.style.cssText = "margin:0;padding-left:1.25rem"; }
      }
      var source = new EventSource("\(PreviewPath.eventsPath)");
      var seen = null;
      source.onmessage = function (event) {
        if (seen !== null && event.data !== seen) { window.location.reload(); }
        seen = event.data;
      };
    })();

    """
}
