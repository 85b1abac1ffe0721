#!/usr/bin/env python3
"""Checks the live reload of `regio serve` in headless Chromium: a save reloads the open page.

    Tests/Browser/check_reload.py PAGE_URL FILE TEXT

Opens PAGE_URL (a page served by `regio serve`), marks the window, appends a paragraph TEXT to the
Markdown FILE and waits for the page to load again (the mark is gone) with TEXT on it. The browser
console must have no SEVERE messages: a Content-Security-Policy that refuses the server's events
shows there, and nowhere else.

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium or
chromedriver is missing or will not start.
"""
import sys
import time

from chromium import Checks, start

TIMEOUT = 15  # seconds from the save to the reloaded page; a rebuild of the fixture takes milliseconds


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    url, path, text = sys.argv[1:]
    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    from selenium.common.exceptions import WebDriverException
    checks = Checks()
    report = checks.report
    try:
        driver.get(url)
        # The script connects once the page has loaded; give it a moment to hear the current build.
        time.sleep(1.0)
        driver.execute_script("window.regioMark = true;")
        report(text not in driver.page_source, "the text is not on the page before the save")
        with open(path, "a", encoding="utf-8") as f:
            f.write("\n\n" + text + "\n")
        started = time.monotonic()
        reloaded = False
        while time.monotonic() - started < TIMEOUT:
            time.sleep(0.1)
            try:
                if driver.execute_script("return window.regioMark !== true && document.body.innerText.includes(arguments[0]);", text):
                    reloaded = True
                    break
            except WebDriverException:
                pass  # the page is between two loads
        report(reloaded, "the page reloaded by itself after the save, with the new text",
               "%.2f s" % (time.monotonic() - started) if reloaded else "not within %d s" % TIMEOUT)
        severe = [m["message"] for m in driver.get_log("browser") if m["level"] == "SEVERE"]
        report(not severe, "no errors in the browser console", "; ".join(severe))
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
