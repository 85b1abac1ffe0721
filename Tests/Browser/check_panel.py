#!/usr/bin/env python3
"""Checks the findings panel that `regio serve` puts on a page, in headless Chromium with axe.

    Tests/Browser/check_panel.py PAGE_URL

Opens PAGE_URL (a page served by `regio serve` while the content has findings) and checks:
  - the panel is there, named by its heading, and the heading counts errors and warnings;
  - axe-core (WCAG 2.0/2.1 A and AA, as check_site.py runs it) finds no violation on the page with
    the panel, in light and in dark mode: its colours, its list and its code spans.

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium, chromedriver
or axe.min.js is missing or will not start.
"""
import sys

from check_site import AXE_RUN_JS, find_tools
from chromium import Checks, start

PANEL_JS = """
const panel = document.getElementById('regio-meldingen');
if (!panel) return null;
const heading = document.getElementById(panel.getAttribute('aria-labelledby') || '');
return {heading: heading ? heading.textContent.trim() : '', items: panel.querySelectorAll('li').length,
        codes: panel.querySelectorAll('li code').length};
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    url = sys.argv[1]
    _, _, axe_source = find_tools()
    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    checks = Checks()
    try:
        driver.set_script_timeout(120)
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            driver.get(url)
            panel = driver.execute_script(PANEL_JS)
            checks.report(panel is not None, "%s: the page has the findings panel" % scheme)
            if panel is None:
                continue
            checks.report(" fout" in panel["heading"] and "waarschuwing" in panel["heading"],
                          "%s: the panel's heading counts errors and warnings" % scheme, panel["heading"])
            checks.report(panel["items"] > 0 and panel["codes"] >= panel["items"],
                          "%s: each finding is listed with its place as code" % scheme, "%d items, %d code" % (panel["items"], panel["codes"]))
            driver.execute_script(axe_source)
            result = driver.execute_async_script(AXE_RUN_JS)
            violations = result.get("violations", [])
            checks.report(not result.get("error") and not violations, "%s: axe finds no violation on the page with the panel" % scheme,
                          result.get("error") or "; ".join("%s %s" % (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations))
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
