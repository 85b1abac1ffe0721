extension LiveReload {
    /// Served at `PreviewPath.scriptPath` and added to every page of the preview: it lays out the
    /// findings panel, and reloads the page when a new build is ready, where the reader was.
    ///
    /// Everything is styled from here: the theme's Content-Security-Policy refuses `<style>` and style
    /// attributes in the page, but not styles that an allowed script sets through `element.style`.
    /// So a focus ring is set on `focus` and taken off on `blur`, as no rule with `:focus-visible`
    /// can be written. The panel has its own colours throughout (`INK` on `PAPER`), whatever the
    /// theme gives headings, buttons and code in dark mode.
    ///
    /// Kept in `sessionStorage`, so per tab, across pages and reloads:
    /// - `regio-meldingen`: whether the author folded the panel, and how many findings there were on
    ///   the last page the panel was drawn on. Folded stays folded, until a save brings more findings
    ///   than that: then it opens by itself, so that a new error is not missed. Fewer findings or as
    ///   many (one fixed, another made) keep it folded; the heading still counts them. A page without
    ///   findings counts as none, so the first finding after it opens the panel.
    /// - `regio-herladen`: written only just before the script reloads the page, and read and removed
    ///   by the page that loads next, if it has the same address (or the reload was redirected to
    ///   it: the file was renamed) and comes within a minute: the
    ///   focused element, what was typed into text fields and not sent, and the reading place.
    ///   The reading place is an element with an id near the top of the window and its distance from
    ///   the top (the first heading or block whose top is in view, else the last one above the
    ///   window), so that a paragraph added above it does not push the text being read down. The
    ///   element the address's `#fragment` leads to is that element while it is in view. Without one,
    ///   `scrollY`. Passwords are never kept.
    static let script = #"""
    (function () {
      "use strict";
      var INK = "#1a1a1a", PAPER = "#fff8e1", RED = "#b3261e";
      var PANEL_KEY = "regio-meldingen", RELOAD_KEY = "regio-herladen", RELOAD_LIFETIME = 60000;
      // Only while the script first runs does the browser say which tag loaded it.
      var script = document.currentScript;

      function read(key) {
        try { return JSON.parse(window.sessionStorage.getItem(key)); } catch (e) { return null; }
      }
      function write(key, value) {
        try { window.sessionStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off: nothing is kept */ }
      }
      function forget(key) {
        try { window.sessionStorage.removeItem(key); } catch (e) { /* as above */ }
      }

      // Ink on paper, with a ring of paper around it, so that it shows on the panel and on any page.
      function ringWhenFocused(element, offset) {
        element.addEventListener("focus", function () {
          var keyboard = true;
          try { keyboard = element.matches(":focus-visible"); } catch (e) { /* an older browser: always */ }
          if (keyboard) {
            Object.assign(element.style, {outline: "3px solid " + INK, outlineOffset: offset, boxShadow: "0 0 0 9px " + PAPER});
          }
        });
        element.addEventListener("blur", function () {
          Object.assign(element.style, {outline: "", outlineOffset: "", boxShadow: ""});
        });
      }

      var panel = document.getElementById("regio-meldingen");
      var button = document.getElementById("regio-meldingen-knop");
      var content = document.getElementById("regio-meldingen-inhoud");
      var skip = document.getElementById("regio-naar-meldingen");

      function layOutPanel() {
        Object.assign(panel.style, {position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "40vh",
          display: "flex", flexDirection: "column", boxSizing: "border-box", zIndex: "1000", background: PAPER, color: INK,
          borderTop: "3px solid " + RED, padding: "0.5rem 1rem", font: "15px/1.4 system-ui,sans-serif", colorScheme: "light"});
        panel.querySelectorAll("h2, p, li, code, small").forEach(function (element) {
          element.style.color = "inherit";
          element.style.background = "transparent";
        });
        Object.assign(document.getElementById("regio-meldingen-balk").style, {display: "flex", flexWrap: "wrap",
          alignItems: "center", justifyContent: "space-between", gap: "0.25rem 1rem"});
        Object.assign(document.getElementById("regio-meldingen-kop").style, {margin: "0", fontSize: "1rem", flex: "1 1 12rem"});
        Object.assign(button.style, {font: "inherit", fontWeight: "600", color: INK, background: "#ffffff",
          border: "2px solid " + INK, borderRadius: "4px", padding: "0.2rem 0.8rem", margin: "0", cursor: "pointer"});
        // Its own scrolling, under the heading that stays; padded so that nothing in it touches its
        // focus ring, and as far out again, so that its text lines up with the heading.
        Object.assign(content.style, {overflow: "auto", minHeight: "0", margin: "0.5rem -0.25rem 0", padding: "0 0.25rem"});
        var version = content.querySelector("p");
        if (version) { version.style.margin = "0 0 0.5rem"; }
        var list = content.querySelector("ul");
        if (list) { Object.assign(list.style, {margin: "0", paddingLeft: "1.25rem"}); }
        // The source line under a finding, in columns as the terminal shows it; a long one scrolls.
        content.querySelectorAll("pre").forEach(function (pre) {
          Object.assign(pre.style, {margin: "0.25rem 0", whiteSpace: "pre-wrap", overflowWrap: "anywhere", color: "inherit",
            background: "transparent", font: "13px/1.35 ui-monospace,SFMono-Regular,Menlo,monospace"});
        });
        content.querySelectorAll("pre mark").forEach(function (mark) {
          Object.assign(mark.style, {color: INK, background: "#ffd54f", outline: "1px solid " + RED});
        });
        // Links to the pages of other documents: the panel's ink, underlined, whatever the theme's colours.
        content.querySelectorAll("a").forEach(function (link) {
          Object.assign(link.style, {color: INK, textDecoration: "underline"});
          ringWhenFocused(link, "2px");
        });
        ringWhenFocused(button, "3px");
        ringWhenFocused(content, "2px");
      }

      // The page ends above the panel, and Tab scrolls what it reaches above it, whatever its height.
      // The findings are a Tab stop only when they scroll, so that a keyboard can scroll them.
      function makeRoom() {
        var own = parseFloat(window.getComputedStyle(document.body).paddingBottom) || 0;
        function update() {
          var height = panel.getBoundingClientRect().height;
          document.body.style.paddingBottom = (own + height) + "px";
          document.documentElement.style.scrollPaddingBottom = height + "px";
          if (content.scrollHeight > content.clientHeight) {
            content.tabIndex = 0;
          } else if (content !== document.activeElement) {
            content.removeAttribute("tabindex");
          }
        }
        update();
        if (window.ResizeObserver) { new ResizeObserver(update).observe(panel); }
        window.addEventListener("resize", update);
      }

      var count = Number(panel && panel.getAttribute("data-count")) || 0, collapsed = false;
      function setCollapsed(value) {
        collapsed = value;
        content.hidden = value;
        button.textContent = value ? "Uitklappen" : "Inklappen";
        button.setAttribute("aria-expanded", value ? "false" : "true");
        write(PANEL_KEY, {collapsed: value, count: count});
      }

      function foldable() {
        var saved = read(PANEL_KEY);
        setCollapsed(!!(saved && saved.collapsed && count <= saved.count));
        button.hidden = false;
        button.addEventListener("click", function () { setCollapsed(!collapsed); });
        panel.addEventListener("keydown", function (event) {
          if (event.key !== "Escape" || collapsed) { return; }
          setCollapsed(true);
          button.focus();
          event.preventDefault();
        });
      }

      // Out of sight until Tab reaches it; then at the top left of the window, wherever the page is.
      function skipLink() {
        var hidden = {position: "absolute", top: "auto", left: "auto", width: "1px", height: "1px", overflow: "hidden",
          clip: "rect(0 0 0 0)", clipPath: "inset(50%)", whiteSpace: "nowrap", margin: "-1px", padding: "0", border: "0"};
        Object.assign(skip.style, hidden);
        skip.addEventListener("focus", function () {
          Object.assign(skip.style, {position: "fixed", top: "0.5rem", left: "0.5rem", width: "auto", height: "auto",
            overflow: "visible", clip: "auto", clipPath: "none", whiteSpace: "normal", margin: "0", padding: "0.5rem 1rem",
            border: "3px solid " + RED, zIndex: "1001", background: PAPER, color: INK, font: "600 15px/1.4 system-ui,sans-serif",
            textDecoration: "underline", outline: "3px solid " + INK, outlineOffset: "0", boxShadow: "0 0 0 6px " + PAPER});
        });
        skip.addEventListener("blur", function () {
          Object.assign(skip.style, hidden, {zIndex: "", background: "", color: "", font: "", textDecoration: "",
            outline: "", outlineOffset: "", boxShadow: ""});
        });
        // To the button, not to the address's #fragment, which the reload keeps.
        skip.addEventListener("click", function (event) {
          event.preventDefault();
          button.focus();
        });
      }

      if (panel && button && content) {
        layOutPanel();
        makeRoom();
        foldable();
        if (skip) { skipLink(); }
      } else {
        // No findings on this page: a finding that comes after it is new, and opens a folded panel.
        var saved = read(PANEL_KEY);
        if (saved && saved.count > 0) { write(PANEL_KEY, {collapsed: saved.collapsed, count: 0}); }
      }

      // A selector that finds `element` again in the same page after a reload: its id, or the way
      // down to it from the nearest element with an id.
      function selectorOf(element) {
        var steps = [];
        while (element && element.nodeType === 1) {
          if (element.id) { steps.unshift("#" + CSS.escape(element.id)); return steps.join(" > "); }
          if (element === document.body) { steps.unshift("body"); return steps.join(" > "); }
          var index = 1, sibling = element;
          while ((sibling = sibling.previousElementSibling)) {
            if (sibling.tagName === element.tagName) { index += 1; }
          }
          steps.unshift(element.tagName.toLowerCase() + ":nth-of-type(" + index + ")");
          element = element.parentElement;
        }
        return null;
      }
      function find(selector) {
        try { return selector ? document.querySelector(selector) : null; } catch (e) { return null; }
      }

      var TEXT_TYPES = ["text", "search", "email", "url", "tel", "number"];
      function isTextField(element) {
        return element.tagName === "TEXTAREA" || (element.tagName === "INPUT" && TEXT_TYPES.indexOf(element.type) >= 0);
      }

      function isOurs(element) {
        return (panel && panel.contains(element)) || element === skip;
      }

      // The element whose distance from the top of the window the reload keeps.
      function readingPlace() {
        var target = null;
        try { target = document.getElementById(decodeURIComponent(window.location.hash.slice(1))); } catch (e) { /* a malformed address */ }
        if (target) {
          var top = target.getBoundingClientRect().top;
          if (top >= -1 && top < window.innerHeight) { return {id: target.id, top: top}; }
        }
        var bottom = window.innerHeight - (panel ? panel.getBoundingClientRect().height : 0);
        var above = null, elements = document.body.querySelectorAll("[id]");
        for (var i = 0; i < elements.length; i++) {
          var element = elements[i];
          if (isOurs(element) || element.offsetParent === null) { continue; }
          var rect = element.getBoundingClientRect();
          if (rect.top >= bottom) { continue; }
          var style = window.getComputedStyle(element);
          if (style.display === "inline" || style.position === "sticky" || style.position === "fixed") { continue; }
          if (rect.top >= 0) { return {id: element.id, top: rect.top}; }
          above = {id: element.id, top: rect.top};
        }
        return above;
      }

      function remember() {
        var state = {url: window.location.href, time: Date.now(), scrollY: window.scrollY, place: readingPlace(), fields: []};
        var active = document.activeElement;
        if (active && active !== document.body && active !== document.documentElement) {
          state.focus = selectorOf(active);
          try {
            if (typeof active.selectionStart === "number") { state.selection = [active.selectionStart, active.selectionEnd]; }
          } catch (e) { /* a field without a caret */ }
        }
        document.querySelectorAll("input, textarea").forEach(function (field) {
          if (isTextField(field) && field.value !== field.defaultValue && !isOurs(field)) {
            var selector = selectorOf(field);
            if (selector) { state.fields.push([selector, field.value]); }
          }
        });
        write(RELOAD_KEY, state);
      }

      function scrollToPlace(state) {
        var element = state.place && document.getElementById(state.place.id);
        if (element) {
          window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - state.place.top);
        } else {
          window.scrollTo(0, state.scrollY);
        }
        return window.scrollY;
      }

      // The page the reload asked for was sent on to this one: its file was renamed (the server
      // redirects the old address), and it is the same document under another name.
      function redirected() {
        try {
          var navigation = window.performance.getEntriesByType("navigation")[0];
          return !!navigation && navigation.type === "reload" && navigation.redirectCount > 0;
        } catch (e) { return false; }
      }

      function restore() {
        var state = read(RELOAD_KEY);
        if (!state) { return; }
        forget(RELOAD_KEY);
        if (!(state.url === window.location.href || redirected()) || !(Date.now() - state.time < RELOAD_LIFETIME)) { return; }
        (state.fields || []).forEach(function (pair) {
          var field = find(pair[0]);
          // What the browser or the page put in the field since is newer.
          if (field && isTextField(field) && field.value === field.defaultValue) {
            field.value = pair[1];
            field.dispatchEvent(new Event("input", {bubbles: true}));
          }
        });
        var focused = find(state.focus);
        if (focused && typeof focused.focus === "function") {
          focused.focus({preventScroll: true});
          try {
            if (state.selection) { focused.setSelectionRange(state.selection[0], state.selection[1]); }
          } catch (e) { /* a field without a caret */ }
        }
        var placed = scrollToPlace(state);
        // Images and fonts that load later move the page once more; the reader has not scrolled yet.
        window.addEventListener("load", function () {
          if (Math.abs(window.scrollY - placed) < 1) { scrollToPlace(state); }
        });
      }

      var reloading = false;
      restore();
      // Manual only for the reload the script makes, which places the page itself: a reload by
      // the reader, and going back to this page, are the browser's to restore.
      window.addEventListener("pagehide", function () {
        if (!reloading) { try { window.history.scrollRestoration = "auto"; } catch (e) { /* as it was */ } }
      });

      // The build this page was made from: the first version heard is compared with it. Without it
      // a build finished between loading the page and connecting went unseen.
      var seen = script ? script.getAttribute("data-versie") : null;
      function heard(version) {
        if (reloading || typeof version !== "string") { return; }
        if (seen !== null && version !== seen) {
          remember();
          reloading = true;
          try { window.history.scrollRestoration = "manual"; } catch (e) { /* the browser places it */ }
          window.location.reload();
        }
        seen = version;
      }
      function listen(each) {
        new EventSource("\#(PreviewPath.eventsPath)").onmessage = function (event) { each(event.data); };
      }
      // A browser keeps 6 connections to one address: a stream per tab left the seventh tab waiting
      // for ever. So one tab listens and tells the others; when it closes or reloads, the next one
      // that asks for the lock takes over. A tab that comes asks for the last version it missed.
      if (window.BroadcastChannel && navigator.locks && navigator.locks.request) {
        var channel = new BroadcastChannel("regio-versies"), last = null;
        channel.onmessage = function (event) {
          var message = event.data || {};
          if (message.ask) {
            if (last !== null) { channel.postMessage({version: last}); }
          } else {
            heard(message.version);
          }
        };
        channel.postMessage({ask: true});
        navigator.locks.request("regio-versies", function () {
          return new Promise(function () {
            listen(function (version) {
              last = version;
              channel.postMessage({version: version});
              heard(version);
            });
          });
        });
      } else {
        listen(heard);
      }
    })();

    """#
}
