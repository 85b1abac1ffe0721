"""What the browser checks share: finding Chromium and chromedriver, starting a headless browser,
and printing one line per check.

The scripts import it from their own folder (`python3 Tests/Browser/check_x.py` puts that folder
first on the path). Exit status 2 means a tool is missing, as each script's docstring says.
"""
import os
import shutil

DRIVERS = ["/usr/bin/chromedriver", "chromedriver"]
BROWSERS = ["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]


class Checks:
    """Counts failed checks and prints each check as `ok   name` or `FAIL name: detail`."""

    def __init__(self):
        self.failures = 0

    def report(self, ok, name, detail=""):
        if not ok:
            self.failures += 1
        print(("ok   " if ok else "FAIL ") + name + (": " + detail if detail else ""), flush=True)


def find_tool(env, candidates):
    """The first of $env and the candidates that can be run, or None."""
    for c in [os.environ.get(env)] + candidates:
        if c and (shutil.which(c) or (os.path.isfile(c) and os.access(c, os.X_OK))):
            return shutil.which(c) or c
    return None


def start(javascript=True):
    """A headless Chromium with its console log kept, or a string that says what is missing."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return "MISSING selenium (pip install selenium)"
    driver_path = find_tool("CHROMEDRIVER", DRIVERS)
    browser_path = find_tool("CHROME_BIN", BROWSERS)
    if not driver_path or not browser_path:
        return "MISSING " + ("chromedriver" if not driver_path else "chromium")
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900"]:
        options.add_argument(arg)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except WebDriverException as e:
        return "MISSING a working chromium/chromedriver: " + str(e).splitlines()[0]
