#!/usr/bin/env python3
"""Checks the findings panel that `regio serve` puts on a page, in headless Chromium with axe.

    Tests/Browser/check_panel.py PAGE_URL [--other URL] [--screenshots DIR]

Opens PAGE_URL (a page served by `regio serve` while the content has findings) and checks:
  - the panel is there, named by its heading, and the heading counts errors and warnings;
  - axe-core (WCAG 2.0/2.1 A and AA, as check_site.py runs it) finds no violation on the page with
    the panel, open and folded, in light and in dark mode: its colours, its list and its code spans;
  - on a desktop (1280x900) and a phone (390x844) window, open and folded, the page scrolled to its
    end shows its last element (the footer, with the helpline) whole above the panel;
  - the panel's button folds it to its heading and opens it again (aria-expanded, "Inklappen" and
    "Uitklappen"); folded it stays after a reload and on another page (--other);
  - the second Tab (after the theme's link to the content) reaches a link "Naar de meldingen van het voorbeeld (N)", hidden until then, whose
    Enter puts the focus on the panel's button; the button shows a ring of at least 2 px with at
    least 3:1 against the panel; the findings are a Tab stop only when they scroll;
  - on the phone, where they scroll, Tab from the button reaches the findings, with such a ring,
    and Escape there folds the panel and leaves the focus on the button.
With --screenshots DIR it saves the window at both sizes, open and folded, scrolled to the end,
and with the link focused.

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium, chromedriver
or axe.min.js is missing or will not start.
"""
import argparse
import os
import re
import sys
import time

from check_site import AXE_RUN_JS, find_tools
from chromium import Checks, start

PANEL_JS = """
const panel = document.getElementById('regio-meldingen');
if (!panel) return null;
const heading = document.getElementById(panel.getAttribute('aria-labelledby') || '');
return {heading: heading ? heading.textContent.trim() : '', items: panel.querySelectorAll('li').length,
        codes: panel.querySelectorAll('li code').length, count: Number(panel.dataset.count)};
"""

# The page scrolled to its end: where its last element and the panel are, and whether the helpline
# link is the element at its own centre (nothing lies over it).
END_JS = """
window.scrollTo(0, document.documentElement.scrollHeight);
const ours = ['regio-meldingen', 'regio-naar-meldingen'];
const last = Array.from(document.body.children).filter(e => e.tagName !== 'SCRIPT' && !ours.includes(e.id)).pop();
const panel = document.getElementById('regio-meldingen').getBoundingClientRect();
const link = last.querySelector('a[href^="tel:"]') || last;
const box = link.getBoundingClientRect();
const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
return {tag: last.tagName.toLowerCase(), bottom: last.getBoundingClientRect().bottom, panelTop: panel.top,
        panelHeight: panel.height, reachable: !!hit && (hit === link || link.contains(hit)), link: link.textContent.trim(),
        padding: parseFloat(getComputedStyle(document.body).paddingBottom)};
"""

STATE_JS = """
const button = document.getElementById('regio-meldingen-knop');
const content = document.getElementById('regio-meldingen-inhoud');
const active = document.activeElement;
return {visible: !!button && !button.hidden && button.offsetParent !== null, text: button ? button.textContent.trim() : '',
        expanded: button ? button.getAttribute('aria-expanded') : null, contentShown: !!content && !content.hidden && content.offsetParent !== null,
        height: document.getElementById('regio-meldingen').getBoundingClientRect().height, active: active ? active.id : ''};
"""

# The ring the focused element shows, and the panel's background it must stand out against.
RING_JS = """
const element = document.activeElement, style = getComputedStyle(element);
return {id: element.id, width: parseFloat(style.outlineWidth) || 0, style: style.outlineStyle, colour: style.outlineColor,
        background: getComputedStyle(document.getElementById('regio-meldingen')).backgroundColor,
        rect: element.getBoundingClientRect().toJSON(), text: element.textContent.trim(), viewport: [innerWidth, innerHeight]};
"""

SIZES = [("1280", 1280, 900), ("390", 390, 844)]


def luminance(css):
    parts = [float(x) for x in re.findall(r"[\d.]+", css)[:3]]
    channels = [c / 255 for c in parts]
    channels = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(a, b):
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def set_size(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--other", help="another page of the same preview, where a folded panel stays folded")
    parser.add_argument("--screenshots", help="a folder for PNGs of the panel open and folded, desktop and phone")
    args = parser.parse_args()
    url = args.url
    _, _, axe_source = find_tools()
    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    checks = Checks()
    report = checks.report

    def axe(name):
        driver.execute_script(axe_source)
        result = driver.execute_async_script(AXE_RUN_JS)
        violations = result.get("violations", [])
        report(not result.get("error") and not violations, name,
               result.get("error") or "; ".join("%s %s" % (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations))

    def state():
        return driver.execute_script(STATE_JS)

    def shoot(name):
        if args.screenshots:
            driver.save_screenshot(os.path.join(args.screenshots, name + ".png"))

    def press(*keys):
        ActionChains(driver).send_keys(*keys).perform()

    def toggle():
        """Clicks the panel's button; says so once when there is none."""
        found = driver.find_elements(By.ID, "regio-meldingen-knop")
        if found:
            found[0].click()
        elif not missing:
            missing.append(True)
            report(False, "the panel has a button")

    missing = []

    try:
        driver.set_script_timeout(120)
        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            driver.get(url)
            panel = driver.execute_script(PANEL_JS)
            report(panel is not None, "%s: the page has the findings panel" % scheme)
            if panel is None:
                continue
            report(" fout" in panel["heading"] and "waarschuwing" in panel["heading"],
                   "%s: the panel's heading counts errors and warnings" % scheme, panel["heading"])
            report(panel["items"] > 0 and panel["codes"] >= panel["items"],
                   "%s: each finding is listed with its place as code" % scheme, "%d items, %d code" % (panel["items"], panel["codes"]))
            axe("%s: axe finds no violation on the page with the panel" % scheme)
            toggle()
            axe("%s: axe finds no violation on the page with the panel folded" % scheme)
            toggle()
        try:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
            driver.get(url)
            count = driver.execute_script(PANEL_JS)["count"]

            # The end of the page above the panel, open and folded, wide and narrow.
            for label, width, height in SIZES:
                set_size(driver, width, height)
                for folded in (False, True):
                    if state()["expanded"] != ("false" if folded else "true"):
                        toggle()
                    time.sleep(0.2)  # the ResizeObserver runs after the next layout
                    end = driver.execute_script(END_JS)
                    name = "%s px, %s" % (label, "folded" if folded else "open")
                    report(end["bottom"] <= end["panelTop"] + 0.5,
                           "%s: the page's last element (%s) ends above the panel" % (name, end["tag"]),
                           "its bottom %.1f, the panel's top %.1f" % (end["bottom"], end["panelTop"]))
                    report(end["reachable"], "%s: the helpline (%s) is not under the panel" % (name, end["link"]))
                    report(abs(end["padding"] - end["panelHeight"]) < 1, "%s: the page keeps room the height of the panel" % name,
                           "padding %.1f, panel %.1f" % (end["padding"], end["panelHeight"]))
                    if folded:
                        report(end["panelHeight"] <= 90, "%s: folded, the panel is its heading only" % name, "%.0f px" % end["panelHeight"])
                    shoot("paneel-%s-%s" % ("ingeklapt" if folded else "open", label))
                toggle()
            set_size(driver, 1280, 900)

            # The button, and its state across a reload and another page.
            driver.get(url)
            opened = state()
            report(opened["visible"] and opened["text"] == "Inklappen" and opened["expanded"] == "true" and opened["contentShown"],
                   "the panel has a button 'Inklappen', aria-expanded=true", str(opened))
            toggle()
            folded = state()
            report(folded["text"] == "Uitklappen" and folded["expanded"] == "false" and not folded["contentShown"]
                   and folded["height"] < opened["height"], "the button folds the panel: 'Uitklappen', aria-expanded=false, the findings hidden",
                   "%s, open %.0f px" % (folded, opened["height"]))
            driver.refresh()
            report(state()["expanded"] == "false" and not state()["contentShown"], "folded, the panel stays folded after a reload")
            if args.other:
                driver.get(args.other)
                report(state()["expanded"] == "false", "folded, the panel stays folded on another page")
                driver.get(url)
            toggle()
            report(state()["expanded"] == "true" and state()["contentShown"], "the button opens the panel again")
            driver.refresh()
            report(state()["expanded"] == "true", "open, the panel stays open after a reload")

            # The first Tab: the theme's link to the content, as on the built site; the second the link
            # to the panel, hidden until then; Enter: the panel's button.
            driver.get(url)
            hidden = driver.execute_script("return document.getElementById('regio-naar-meldingen').getBoundingClientRect().toJSON()")
            report(hidden["width"] <= 1 and hidden["height"] <= 1, "the link to the panel is out of sight until it has focus", str(hidden))
            press(Keys.TAB)
            first = driver.execute_script("return document.activeElement.getAttribute('href')")
            report(first == "#inhoud", "the first Tab reaches the theme's link to the content", str(first))
            press(Keys.TAB)
            ring = driver.execute_script(RING_JS)
            rect = ring["rect"]
            report(ring["id"] == "regio-naar-meldingen", "the second Tab reaches the link to the panel", ring["id"])
            report(ring["text"] == "Naar de meldingen van het voorbeeld (%d)" % count, "the link says how many findings", ring["text"])
            report(rect["width"] > 100 and rect["height"] > 20 and rect["top"] >= 0 and rect["bottom"] <= ring["viewport"][1],
                   "with focus the link shows at the top of the window", str(rect))
            report(ring["width"] >= 2 and ring["style"] == "solid", "the focused link has a ring of at least 2 px", "%s %s" % (ring["width"], ring["style"]))
            shoot("paneel-link-1280")
            press(Keys.ENTER)
            ring = driver.execute_script(RING_JS)
            report(ring["id"] == "regio-meldingen-knop", "Enter on the link puts the focus on the panel's button", ring["id"])
            ratio = contrast(ring["colour"], ring["background"])
            report(ring["width"] >= 2 and ring["style"] == "solid" and ratio >= 3,
                   "the panel's button shows a ring of at least 2 px, at least 3:1 on the panel",
                   "%s px %s %s on %s: %.1f:1" % (ring["width"], ring["style"], ring["colour"], ring["background"], ratio))
            shoot("paneel-knop-focus-1280")
            scrolls = driver.execute_script("const c = document.getElementById('regio-meldingen-inhoud'); return c.scrollHeight > c.clientHeight;")
            report(scrolls or not driver.execute_script("return document.getElementById('regio-meldingen-inhoud').hasAttribute('tabindex')"),
                   "findings that do not scroll are no Tab stop")

            # On a phone the findings scroll: Tab reaches them, with a ring; Escape there folds the panel.
            set_size(driver, 390, 844)
            driver.get(url)
            press(Keys.TAB, Keys.TAB, Keys.ENTER, Keys.TAB)
            ring = driver.execute_script(RING_JS)
            report(ring["id"] == "regio-meldingen-inhoud", "390 px: Tab from the button reaches the findings, which scroll", ring["id"])
            ratio = contrast(ring["colour"], ring["background"])
            report(ring["width"] >= 2 and ring["style"] == "solid" and ratio >= 3,
                   "390 px: the findings show a ring of at least 2 px, at least 3:1 on the panel",
                   "%s px %s %s on %s: %.1f:1" % (ring["width"], ring["style"], ring["colour"], ring["background"], ratio))
            shoot("paneel-meldingen-focus-390")
            press(Keys.ESCAPE)
            escaped = state()
            report(escaped["expanded"] == "false" and escaped["active"] == "regio-meldingen-knop",
                   "Escape in the panel folds it and leaves the focus on the button", str(escaped))
            press(Keys.ENTER)
            report(state()["expanded"] == "true", "Enter on the button opens it again")
            set_size(driver, 1280, 900)
        except WebDriverException as e:
            report(False, "the panel's behaviour could be checked to the end", str(e).splitlines()[0])
        severe = [m["message"] for m in driver.get_log("browser") if m["level"] == "SEVERE"]
        report(not severe, "no errors in the browser console", "; ".join(severe))
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
