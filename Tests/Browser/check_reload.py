#!/usr/bin/env python3
"""Checks the live reload of `regio serve` in headless Chromium: a save reloads the open page.

    Tests/Browser/check_reload.py PAGE_URL FILE TEXT [--keeps-place]

Opens PAGE_URL (a page served by `regio serve`), marks the window, appends a paragraph TEXT to the
Markdown FILE and waits for the page to load again (the mark is gone) with TEXT on it. The browser
console must have no SEVERE messages: a Content-Security-Policy that refuses the server's events
shows there, and nowhere else.

With --build-before-connect the page's connection to the server's events is held back (Chromium's
DevTools pauses the request) while FILE is saved and rebuilt, as when a second save follows the
first within 50 ms; once the connection goes through, the page must still reload to the new text.

With --tabs N the page is opened in N tabs first (more than the 6 connections a browser keeps to
one address: each tab listening on its own would leave the seventh waiting for ever); every tab must
load, and every tab must reload after the save.

With --keeps-place (a page with headings that have ids, and a search box `#kop-zoekterm`) it then
saves paragraphs at the top of FILE's text, above what the reader sees, and checks that the
reload keeps
  - the reading place: a heading the reader scrolled to stays the same distance (±2 px) from the
    top of the window, though the text above it grew;
  - the focus and what was typed, not sent, in the search box, with the caret;
  - a heading the address's #fragment leads to, when the reader did not scroll away from it;
  - on a page with the findings panel: the panel folded, until a save brings a new finding.

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium or
chromedriver is missing or will not start.
"""
import argparse
import os
import sys
import time

from chromium import Checks, start

TIMEOUT = 15  # seconds from the save to the reloaded page; a rebuild of the fixture takes milliseconds
TOLERANCE = 2  # pixels

# Where a heading is: its distance from the top of the window and from the top of the page.
WHERE_JS = """
const element = document.getElementById(arguments[0]);
const top = element.getBoundingClientRect().top;
return {top: top, page: top + window.scrollY};
"""

FOCUS_JS = """
const active = document.activeElement, box = document.getElementById('kop-zoekterm');
return {id: active ? active.id : '', value: box ? box.value : null, caret: box ? [box.selectionStart, box.selectionEnd] : null};
"""

PANEL_JS = """
const button = document.getElementById('regio-meldingen-knop');
return button ? {expanded: button.getAttribute('aria-expanded'), count: Number(document.getElementById('regio-meldingen').dataset.count)} : null;
"""


def insert_above(path, text):
    """Puts the paragraph `text` at the top of the document's text, right after its front matter."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    end = source.index("\n---\n", source.index("---") + 3) + len("\n---\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source[:end] + text + "\n\n" + source[end:])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("file")
    parser.add_argument("text")
    parser.add_argument("--keeps-place", action="store_true")
    parser.add_argument("--build-before-connect", action="store_true")
    parser.add_argument("--tabs", type=int, default=0)
    args = parser.parse_args()
    url, path, text = args.url, args.file, args.text
    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    checks = Checks()
    report = checks.report

    def open_page(address):
        driver.get(address)
        # The script connects once the page has loaded; give it a moment to hear the current build.
        time.sleep(1.0)
        driver.execute_script("window.regioMark = true;")

    def wait_for_reload(expected):
        """Seconds until the page loaded again with `expected` on it and its load event passed, or None."""
        started = time.monotonic()
        while time.monotonic() - started < TIMEOUT:
            time.sleep(0.1)
            try:
                if driver.execute_script("return window.regioMark !== true && document.readyState === 'complete' "
                                         "&& document.body.innerText.includes(arguments[0]);", expected):
                    time.sleep(0.3)  # what the script does after the load event
                    return time.monotonic() - started
            except WebDriverException:
                pass  # the page is between two loads
        return None

    def served_text(address):
        import urllib.request
        with urllib.request.urlopen(address, timeout=5) as response:
            return response.read().decode("utf-8")

    def tabs(count):
        from selenium.common.exceptions import TimeoutException
        driver.set_page_load_timeout(10)
        handles, loaded = [], 0
        for index in range(count):
            if index:
                driver.switch_to.new_window("tab")
            try:
                open_page(url)
                loaded += 1
                handles.append(driver.current_window_handle)
            except TimeoutException:
                break
        report(loaded == count, "all %d tabs of the page load" % count, "%d loaded" % loaded)
        with open(path, "a", encoding="utf-8") as f:
            f.write("\n\n" + text + "\n")
        reloaded = 0
        for handle in handles:
            driver.switch_to.window(handle)
            if wait_for_reload(text) is not None:
                reloaded += 1
        report(handles and reloaded == len(handles), "every open tab reloaded after the save", "%d of %d" % (reloaded, len(handles)))
        return 1 if checks.failures else 0

    try:
        if args.build_before_connect:
            # The request for the events is paused, not refused: a refused one the page would try again
            # only seconds later.
            driver.execute_cdp_cmd("Fetch.enable", {"patterns": [{"urlPattern": "*/_regio/gebeurtenissen*"}]})
            open_page(url)
            report(text not in driver.page_source, "the text is not on the page before the save")
            with open(path, "a", encoding="utf-8") as f:
                f.write("\n\n" + text + "\n")
            started = time.monotonic()
            while text not in served_text(url) and time.monotonic() - started < TIMEOUT:
                time.sleep(0.05)
            report(text in served_text(url), "the server built the save while the page was not connected")
            driver.execute_cdp_cmd("Fetch.disable", {})
            took = wait_for_reload(text)
            report(took is not None, "the page reloaded to the build it had not heard of, once connected",
                   "%.2f s" % took if took is not None else "not within %d s" % TIMEOUT)
            # The held-back connection leaves errors in the console, so they are not looked at here.
            return 1 if checks.failures else 0
        if args.tabs:
            return tabs(args.tabs)
        open_page(url)
        report(text not in driver.page_source, "the text is not on the page before the save")
        with open(path, "a", encoding="utf-8") as f:
            f.write("\n\n" + text + "\n")
        took = wait_for_reload(text)
        report(took is not None, "the page reloaded by itself after the save, with the new text",
               "%.2f s" % took if took is not None else "not within %d s" % TIMEOUT)

        if args.keeps_place:
            open_page(url)
            panel = driver.execute_script(PANEL_JS)
            if panel:
                driver.find_element(By.ID, "regio-meldingen-knop").click()
            # Typed, not sent; the caret two letters back. Then the reader scrolls down to a heading.
            box = driver.find_element(By.ID, "kop-zoekterm")
            box.send_keys("huisverbod", Keys.ARROW_LEFT, Keys.ARROW_LEFT)
            headings = driver.execute_script("return Array.from(document.querySelectorAll('main h2[id]')).map(h => h.id);")
            anchor, fragment = headings[len(headings) // 2], headings[len(headings) // 2 + 1]
            driver.execute_script("const h = document.getElementById(arguments[0]);"
                                  "window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - 200);", anchor)
            before = driver.execute_script(WHERE_JS, anchor)
            added = "Een nieuwe alinea bovenaan, boven wat de lezer ziet. " * 6
            insert_above(path, added.strip())
            took = wait_for_reload("Een nieuwe alinea bovenaan")
            report(took is not None, "the page reloaded after a save above the window")
            after = driver.execute_script(WHERE_JS, anchor)
            report(after["page"] - before["page"] > 20, "the save made the text above the heading '%s' longer" % anchor,
                   "%.0f px" % (after["page"] - before["page"]))
            report(abs(after["top"] - before["top"]) <= TOLERANCE, "the heading '%s' stays where the reader had it" % anchor,
                   "%.1f px from the top before, %.1f after" % (before["top"], after["top"]))
            focus = driver.execute_script(FOCUS_JS)
            report(focus["id"] == "kop-zoekterm", "the search box keeps the focus", focus["id"])
            report(focus["value"] == "huisverbod" and focus["caret"] == [8, 8], "the search box keeps what was typed, and the caret", str(focus))
            report(driver.execute_script("return sessionStorage.getItem('regio-herladen')") is None, "what the reload kept is used once")
            if panel:
                report(driver.execute_script(PANEL_JS)["expanded"] == "false", "a folded panel stays folded after a save")

            # A link to a heading: after a save above it, the heading is still where the link put it.
            open_page(url + "#" + fragment)
            before = driver.execute_script(WHERE_JS, fragment)
            insert_above(path, "Nog een alinea bovenaan, met meer woorden dan de vorige keer. " * 6)
            took = wait_for_reload("Nog een alinea bovenaan")
            after = driver.execute_script(WHERE_JS, fragment)
            report(took is not None and after["page"] - before["page"] > 20 and abs(after["top"] - before["top"]) <= TOLERANCE,
                   "the heading the address's #%s leads to stays at the top" % fragment,
                   "%.1f px from the top before, %.1f after; %.0f px further down the page" % (before["top"], after["top"], after["page"] - before["page"]))
            report(driver.current_url.endswith("#" + fragment), "the address keeps its #fragment", driver.current_url)

            if panel:
                # One finding more (a link to nothing): the panel opens by itself.
                driver.execute_script("window.regioMark = true;")
                with open(path, "a", encoding="utf-8") as f:
                    f.write("\n\nZie ook [het jaarverslag](jaarverslag-bestaat-niet.md).\n")
                took = wait_for_reload("Zie ook het jaarverslag")
                grown = driver.execute_script(PANEL_JS) if took is not None else None
                report(grown is not None and grown["count"] > panel["count"] and grown["expanded"] == "true",
                       "a save with a new finding opens the folded panel", str(grown))

                # Folded again, every finding fixed (the page has no panel), then one new finding:
                # the panel opens, however many findings it had when it was folded.
                driver.find_element(By.ID, "regio-meldingen-knop").click()
                with open(path, encoding="utf-8") as f:
                    source = f.read()
                fixed = source.replace("Zie [het verslag](verslag.md). Meer op www.veiligthuis.nl.", "Alles is in orde.")
                fixed = fixed.replace("Zie ook [het jaarverslag](jaarverslag-bestaat-niet.md).", "")
                if fixed != source:
                    driver.execute_script("window.regioMark = true;")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(fixed)
                    took = wait_for_reload("Alles is in orde.")
                    report(took is not None and driver.execute_script(PANEL_JS) is None, "with every finding fixed the page has no panel")
                    driver.execute_script("window.regioMark = true;")
                    with open(path, "a", encoding="utf-8") as f:
                        f.write("\n\nZie de [bijlage](bijlage-bestaat-niet.md).\n")
                    took = wait_for_reload("Zie de bijlage")
                    again = driver.execute_script(PANEL_JS) if took is not None else None
                    report(again is not None and again["expanded"] == "true",
                           "after a page without findings, one new finding opens the panel folded before", str(again))

            # The file renamed in the file manager, without git: the tab goes to the new address, and
            # the heading the reader had stays where it was.
            open_page(url)
            driver.execute_script("const h = document.getElementById(arguments[0]);"
                                  "window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - 200);", anchor)
            before = driver.execute_script(WHERE_JS, anchor)
            renamed = path[:-3] + "-hernoemd.md"
            os.rename(path, renamed)
            moved = False
            started = time.monotonic()
            while not moved and time.monotonic() - started < TIMEOUT:
                time.sleep(0.1)
                try:
                    moved = driver.current_url.endswith("-hernoemd.html") and driver.execute_script(
                        "return window.regioMark !== true && document.readyState === 'complete';")
                except WebDriverException:
                    pass  # between two loads
            time.sleep(0.3)
            after = driver.execute_script(WHERE_JS, anchor) if moved else None
            report(moved, "a file renamed without git sends the open tab to its new address", driver.current_url)
            report(after is not None and abs(after["top"] - before["top"]) <= TOLERANCE,
                   "after the rename the heading '%s' stays where the reader had it" % anchor,
                   "%.1f px from the top before, %s after" % (before["top"], "%.1f" % after["top"] if after else "-"))

        severe = [m["message"] for m in driver.get_log("browser") if m["level"] == "SEVERE"]
        report(not severe, "no errors in the browser console", "; ".join(severe))
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
