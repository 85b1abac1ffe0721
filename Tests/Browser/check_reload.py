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
import os
import shutil
import sys
import time

TIMEOUT = 15  # seconds from the save to the reloaded page; a rebuild of the fixture takes milliseconds
DRIVERS = ["/usr/bin/chromedriver", "chromedriver"]
BROWSERS = ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]

failures = 0


def report(ok, name, detail=""):
    global failures
    if not ok:
        failures += 1
    print(("ok   " if ok else "FAIL ") + name + (": " + detail if detail else ""), flush=True)


def find_tool(env, candidates):
    for c in [os.environ.get(env)] + candidates:
        if c and (shutil.which(c) or (os.path.isfile(c) and os.access(c, os.X_OK))):
            return shutil.which(c) or c
    return None


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    url, path, text = sys.argv[1:]
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("MISSING selenium (pip install selenium)")
        return 2
    driver_path = find_tool("CHROMEDRIVER", DRIVERS)
    browser_path = find_tool("CHROME_BIN", BROWSERS)
    if not driver_path or not browser_path:
        print("MISSING " + ("chromedriver" if not driver_path else "chromium"))
        return 2
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except WebDriverException as e:
        print("MISSING a working chromium/chromedriver: " + str(e).splitlines()[0])
        return 2
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
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
