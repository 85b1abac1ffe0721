#!/usr/bin/env python3
"""Checks the layout of pages on a phone, 390 px wide, in headless Chromium.

    Tests/Browser/check_phone.py SITE_DIR PAGE [PAGE ...]

For each page:
  - nothing is wider than the screen (the page does not scroll sideways; tables scroll in their own box);
  - in the facts box (`dl.facts`) each label and a short value (up to 25 characters) start on the same
    line, so that ten facts do not fill the first screen before the text begins;
  - each fact starts on a line of its own: a value never runs on into the next label.

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium or
chromedriver is missing or will not start.
"""
import argparse
import sys
from pathlib import Path

from chromium import Checks, start

PHONE_WIDTH = 390

# For each dt: its text, the top and left of its first line box, the same of the dd after it, and where that dd ends.
FACTS_JS = """
return Array.from(document.querySelectorAll('dl.facts > dt')).map(dt => {
  const dd = dt.nextElementSibling;
  const first = e => { const r = e.getClientRects()[0]; return r ? {top: r.top, left: r.left, bottom: r.bottom} : null; };
  return {label: dt.textContent.trim(), value: dd ? dd.textContent.trim() : '', dt: first(dt), dd: dd ? first(dd) : null,
          end: dd ? dd.getBoundingClientRect().bottom : 0};
});
"""

WIDTH_JS = "return [document.documentElement.scrollWidth, window.innerWidth];"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    checks = Checks()
    try:
        # The window's outer size includes no chrome in headless mode: the viewport is this wide.
        driver.set_window_size(PHONE_WIDTH, 900)
        for page in args.pages:
            driver.get((Path(args.site).resolve() / page).as_uri())
            scroll, inner = driver.execute_script(WIDTH_JS)
            checks.report(scroll <= inner, "%s: no sideways scrolling at %d px" % (page, inner), "%d px wide" % scroll)
            facts = driver.execute_script(FACTS_JS)
            checks.report(len(facts) > 0, "%s: has a facts box" % page)
            previous_bottom = None
            for fact in facts:
                dt, dd = fact["dt"], fact["dd"]
                if not dt or not dd:
                    checks.report(False, "%s: fact '%s' has a label and a value" % (page, fact["label"]))
                    continue
                if len(fact["value"]) <= 25:
                    checks.report(abs(dt["top"] - dd["top"]) < 2 and dd["left"] > dt["left"],
                                  "%s: '%s' and '%s' on one line" % (page, fact["label"], fact["value"]),
                                  "label at %.0f, value at %.0f" % (dt["top"], dd["top"]))
                if previous_bottom is not None:
                    checks.report(dt["top"] >= previous_bottom - 1, "%s: '%s' starts on a line of its own" % (page, fact["label"]),
                                  "starts at %.0f, the value before ends at %.0f" % (dt["top"], previous_bottom))
                previous_bottom = fact["end"]
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
