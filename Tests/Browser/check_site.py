#!/usr/bin/env python3
"""Checks every page of a generated site in headless Chromium.

Usage: check_site.py SITE_DIR --report OUT.json [--screenshots DIR] [--shot RELPATH ...] [--dark]

For every *.html file under SITE_DIR (sorted, loaded over file://) it
  - runs axe-core (WCAG 2.0/2.1 A and AA rules) and records the violations,
  - records every request that leaves the site (any URL that is not file:, data:, about: or blob:),
    taken from Chromium's performance log, plus elements that reference such a URL but were not
    fetched (for example lazy images below the fold),
  - records the browser console errors (level SEVERE).
For each --shot page it saves full-height PNG screenshots 390 px and 1280 px wide.
With --dark, Chromium emulates `prefers-color-scheme: dark`, so axe checks the contrast of the dark
colours (and the screenshots show them).

One Chromium instance is reused for all pages. Writes a JSON report, prints one line per problem
and exits 0 when there are no violations, external requests or console errors, 1 otherwise, and 2
when a tool (chromium, chromedriver, selenium, axe.min.js) is missing.
Install the tools with scripts/ensure-browser-tools.sh.
"""

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
SHOT_WIDTHS = (390, 1280)
MAX_SHOT_HEIGHT = 8000
DEFAULT_HEIGHT = 900

# Runs axe and returns only what the report needs (the full result is large).
AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
  .then(r => done({violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({target: n.target, html: n.html}))}))}))
  .catch(e => done({error: String(e && e.stack || e)}));
""" % json.dumps(AXE_TAGS)

# URLs the page's elements point at that a browser would fetch as subresources.
RESOURCE_URLS_JS = """
const urls = new Set();
const add = u => { if (u) urls.add(u); };
const addSrcset = s => { if (s) s.split(',').forEach(c => add(c.trim().split(/\\s+/)[0])); };
document.querySelectorAll('img, source, video, audio, track, iframe, embed, script, input[type=image]')
  .forEach(e => { if (e.src) add(e.src); addSrcset(e.getAttribute('srcset')); });
document.querySelectorAll('video[poster]').forEach(e => add(e.poster));
document.querySelectorAll('object[data]').forEach(e => add(e.data));
document.querySelectorAll('link[href]').forEach(e => {
  const rel = (e.rel || '').toLowerCase();
  if (/(stylesheet|icon|preload|prefetch|modulepreload|manifest|preconnect|dns-prefetch)/.test(rel)) add(e.href);
});
return Array.from(urls);
"""


def fail_setup(message):
    print("check_site: " + message, file=sys.stderr)
    print("check_site: run scripts/ensure-browser-tools.sh to install the browser tools.", file=sys.stderr)
    sys.exit(2)


def find_tools():
    try:
        import selenium  # noqa: F401
        from selenium import webdriver  # noqa: F401
    except ImportError as e:
        fail_setup("selenium is not importable (%s)" % e)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        fail_setup("chromium is not installed (Debian package chromium)")
    driver = "/usr/bin/chromedriver" if os.access("/usr/bin/chromedriver", os.X_OK) else shutil.which("chromedriver")
    if not driver:
        fail_setup("chromedriver is not installed (Debian package chromium-driver)")
    try:
        import axe_playwright_python
    except ImportError:
        fail_setup("axe-playwright-python (which ships axe.min.js) is not importable")
    axe_js = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    if not axe_js.is_file():
        fail_setup("axe.min.js not found at %s" % axe_js)
    return chromium, driver, axe_js.read_text(encoding="utf-8")


def start_browser(chromium, chromedriver):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--disable-dev-shm-usage", "--disable-extensions", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-default-apps", "--disable-sync", "--mute-audio",
                # axe fetches the stylesheets with XHR; without this flag file:// blocks that as
                # cross-origin and every page gets two console errors that are not the site's.
                "--allow-file-access-from-files",
                "--window-size=1280,%d" % DEFAULT_HEIGHT):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    options.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
    # Point Selenium at the system chromedriver so Selenium Manager never goes online.
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def drain_logs(driver):
    """Returns (external request URLs, SEVERE console messages) logged since the last call."""
    external = []
    for entry in driver.get_log("performance"):
        try:
            message = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        method = message.get("method")
        params = message.get("params", {})
        if method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
        elif method == "Network.webSocketCreated":
            url = params.get("url", "")
        else:
            continue
        if url and not url.startswith(LOCAL_SCHEMES) and url not in external:
            external.append(url)
    errors = [e.get("message", "") for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    return external, errors


def set_viewport(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def take_screenshots(driver, page_rel, shots_dir):
    saved = []
    stem = page_rel[:-5] if page_rel.endswith(".html") else page_rel
    stem = stem.replace("/", "-").replace(os.sep, "-")
    for width in SHOT_WIDTHS:
        set_viewport(driver, width, DEFAULT_HEIGHT)
        height = driver.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);")
        height = max(1, min(int(height), MAX_SHOT_HEIGHT))
        set_viewport(driver, width, height)
        # Let layout settle and lazy images in the now larger viewport load.
        driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const imgs = Array.from(document.images).filter(i => !i.complete);
            Promise.race([
              Promise.all(imgs.map(i => new Promise(r => { i.onload = i.onerror = r; }))),
              new Promise(r => setTimeout(r, 2000))
            ]).then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));
        """)
        out = shots_dir / ("%s-%d.png" % (stem, width))
        driver.save_screenshot(str(out))
        saved.append({"page": page_rel, "width": width, "height": height, "file": str(out)})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return saved


def main():
    parser = argparse.ArgumentParser(description="Run axe, external-request and console checks on every page of a site.")
    parser.add_argument("site_dir")
    parser.add_argument("--report", required=True, help="where to write the JSON report")
    parser.add_argument("--screenshots", help="directory for the --shot screenshots")
    parser.add_argument("--shot", action="append", default=[], metavar="RELPATH",
                        help="page (relative to SITE_DIR) to screenshot at 390 and 1280 px; repeatable")
    parser.add_argument("--dark", action="store_true", help="emulate prefers-color-scheme: dark")
    args = parser.parse_args()

    site = Path(args.site_dir).resolve()
    if not site.is_dir():
        print("check_site: %s is not a directory" % site, file=sys.stderr)
        return 2
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.is_file())
    if not pages:
        print("check_site: no *.html files under %s" % site, file=sys.stderr)
        return 2
    shots = []
    for rel in args.shot:
        rel = Path(rel).as_posix().lstrip("/")
        if rel not in pages:
            print("check_site: --shot %s is not a page under %s" % (rel, site), file=sys.stderr)
            return 2
        shots.append(rel)
    shots_dir = None
    if shots:
        shots_dir = Path(args.screenshots or Path(args.report).resolve().parent / "screenshots")
        shots_dir.mkdir(parents=True, exist_ok=True)

    chromium, chromedriver, axe_source = find_tools()
    started = time.monotonic()
    violations, external, console_errors, screenshots = [], [], [], []
    driver = start_browser(chromium, chromedriver)
    try:
        # Chromium evaluates axe in every document it loads, which is faster than sending the
        # 550 kB script over WebDriver for each page; it is still injected if a page lacks it.
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_source})
        if args.dark:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        drain_logs(driver)  # discard anything logged at startup
        for rel in pages:
            driver.get((site / rel).as_uri())
            if not driver.execute_script("return !!(window.axe && window.axe.run);"):
                driver.execute_script(axe_source)
            result = driver.execute_async_script(AXE_RUN_JS)
            if result.get("error"):
                console_errors.append({"page": rel, "message": "axe.run failed: " + result["error"]})
            for v in result.get("violations", []):
                violations.append({"page": rel, "id": v["id"], "impact": v["impact"], "help": v["help"],
                                   "helpUrl": v["helpUrl"], "nodes": v["nodes"]})
            referenced = driver.execute_script(RESOURCE_URLS_JS)
            if rel in shots:
                screenshots.extend(take_screenshots(driver, rel, shots_dir))
            requested, errors = drain_logs(driver)
            for url in requested:
                external.append({"page": rel, "url": url, "via": "network"})
            for url in referenced:
                if not url.startswith(LOCAL_SCHEMES) and url not in requested:
                    external.append({"page": rel, "url": url, "via": "element"})
            for message in errors:
                console_errors.append({"page": rel, "message": message})
    finally:
        driver.quit()
    elapsed = time.monotonic() - started

    report = {"site": str(site), "pages": pages, "dark": args.dark, "seconds": round(elapsed, 2), "axeTags": AXE_TAGS,
              "violations": violations, "externalRequests": external,
              "consoleErrors": console_errors, "screenshots": screenshots}
    Path(args.report).parent.mkdir(parents=True, exist_ok=True)
    Path(args.report).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    for v in violations:
        targets = ", ".join(" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"])
                            for n in v["nodes"][:3])
        more = " (+%d more)" % (len(v["nodes"]) - 3) if len(v["nodes"]) > 3 else ""
        print("%s: axe %s [%s] %s: %s%s" % (v["page"], v["id"], v["impact"], v["help"], targets, more))
    for r in external:
        print("%s: external request (%s) %s" % (r["page"], r["via"], r["url"]))
    for c in console_errors:
        print("%s: console error: %s" % (c["page"], c["message"]))
    for s in screenshots:
        print("screenshot %s" % s["file"])
    print("check_site: %d pages in %.1f s: %d axe violations (%d nodes), %d external requests, %d console errors; report %s"
          % (len(pages), elapsed, len(violations), sum(len(v["nodes"]) for v in violations),
             len(external), len(console_errors), args.report))
    return 1 if violations or external or console_errors else 0


if __name__ == "__main__":
    sys.exit(main())
