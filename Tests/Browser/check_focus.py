#!/usr/bin/env python3
"""Checks the keyboard focus indicators of a built site in headless Chromium (WCAG 1.4.11, 1.4.3).

    Tests/Browser/check_focus.py SITE_DIR

Reached with the Tab key, as a keyboard user reaches them (so that :focus-visible applies):
  - the search field and button on zoeken.html: the focus indicator has a part with at least 3:1
    against the white page (the yellow ring alone is 1.6:1);
  - a scrollable table on haaglanden/toetsing.html: an outline and a ring, but no fill, so the
    status words in its cells keep their contrast (a yellow fill took them below 4.5:1).

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium or
chromedriver is missing or will not start.
"""
import argparse
import re
import sys
from pathlib import Path

from chromium import Checks, start

checks = Checks()
report = checks.report

STYLE_JS = """
const el = document.activeElement, style = getComputedStyle(el);
return {matches: el.matches(arguments[0]), focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
        shadow: style.boxShadow, background: style.backgroundColor, image: style.backgroundImage,
        page: getComputedStyle(document.body).backgroundColor};
"""


def rgb(text):
    """The colours in a computed style, as (r, g, b) tuples."""
    return [tuple(int(v) for v in m) for m in re.findall(r"rgba?\((\d+), (\d+), (\d+)", text)]


def luminance(colour):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tab_to(driver, selector, limit=80):
    """Presses Tab until the focused element matches `selector`; its computed style, or None."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        state = driver.execute_script(STYLE_JS, selector)
        if state["matches"]:
            return state
    return None


def best_ring(state):
    """The highest contrast against the page among the colours of the outline and the shadow."""
    page = (rgb(state["page"]) or [(255, 255, 255)])[0]
    colours = rgb(state["outline"]) + rgb(state["shadow"])
    return max((contrast(c, page) for c in colours), default=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    args = parser.parse_args()
    driver = start()
    if isinstance(driver, str):
        print(driver, file=sys.stderr)
        return 2
    try:
        driver.get((args.site.resolve() / "zoeken.html").as_uri())
        for selector in ["#zoekterm", "#zoekformulier button"]:
            state = tab_to(driver, selector)
            report(state is not None, selector + " is reached with Tab")
            if state:
                report(state["focusVisible"], selector + " matches :focus-visible")
                ring = best_ring(state)
                report(ring >= 3, selector + " has a focus ring of at least 3:1 on the page", "%.2f:1 (%s; %s)" % (ring, state["outline"], state["shadow"]))
        driver.get((args.site.resolve() / "haaglanden/toetsing.html").as_uri())
        state = tab_to(driver, ".table-scroll")
        report(state is not None, ".table-scroll is reached with Tab")
        if state:
            report(state["focusVisible"], ".table-scroll matches :focus-visible")
            report("solid" in state["outline"], ".table-scroll has an outline", state["outline"])
            report(best_ring(state) >= 3, ".table-scroll has a focus ring of at least 3:1 on the page", "%s; %s" % (state["outline"], state["shadow"]))
            fill = rgb(state["background"])
            transparent = state["background"] in ("rgba(0, 0, 0, 0)", "transparent")
            report(transparent, ".table-scroll gets no fill when focused", state["background"] if fill else "")
            report(state["image"] != "none", ".table-scroll keeps its scroll shadows when focused", state["image"])
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
