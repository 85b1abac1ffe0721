#!/usr/bin/env python3
"""Checks the client-side search (themes/default/assets/zoeken.js) in a built site, in headless Chromium.

    Tests/Browser/check_search.py SITE_DIR --query Q --expect TITLE [--query Q2 --expect T2 ...]
                                  [--page RELPATH]   (default zoeken.html)
                                  [--first "Q => TITLE" ...] [--status "Q => TITLE => STATUS" ...]
                                  [--kind "Q => TITLE => KIND" ...] [--partial "Q => TITLE => TEXT" ...]
                                  [--suggest "Q => SUGGESTION" ...] [--nothing Q ...]

The page is opened from disk (file://), as a reader who downloaded the site would: that is where
fetch() is refused and the index must come in through <script> tags. For every query:
  - open RELPATH?q=Q (what the header form on other pages does) and, in a fresh load, type Q;
  - a result link with exactly TITLE as its text appears, and its href is a file in SITE_DIR;
  - #zoek-status mentions a count; ArrowDown in the box focuses the first result;
  - the browser console has no SEVERE messages.
--first: the first result for Q is TITLE (the ranking). --status: the result TITLE for Q shows STATUS
in its .status mark (concept and superseded documents say so); STATUS "-" means it shows none.
--kind: the result TITLE for Q names KIND first in its line (Gemeente, Regio, Thema, Regiovisie …).
--partial: no result has every word of Q; TITLE is among those with the most, and #zoek-status says
TEXT (how many of the words matched, which were not found) beside a count that agrees with the list.
--suggest: Q finds nothing for at least one word, and #zoek-status offers SUGGESTION as a link to
zoeken.html?q=SUGGESTION; Enter on that link searches for it in place: the box holds it and has the
focus, the address says it, and results come.
--nothing: Q finds nothing, the status says so, and no suggestion is offered (none is near).
Then, with JavaScript switched off, the <noscript> text shows and the form is still there.

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium or
chromedriver is missing or will not start.
"""
import argparse
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

from chromium import Checks, start

MAX_RESULTS = 50  # zoeken.js shows at most this many
TIMEOUT = 10  # seconds to wait for results; the index is local, so this only matters on slow machines
checks = Checks()
report = checks.report


def page_url(site, page, query=None):
    url = site.as_uri() + "/" + urllib.parse.quote(page)
    # urlencode writes spaces as '+', as a browser does when it submits a GET form.
    return url + ("?" + urllib.parse.urlencode({"q": query}) if query is not None else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="the built site (or a search root) on disk")
    parser.add_argument("--query", action="append", default=[], help="a search query")
    parser.add_argument("--expect", action="append", default=[], help="a title the query must find")
    parser.add_argument("--page", default="zoeken.html", help="the search page, relative to SITE_DIR")
    parser.add_argument("--first", action="append", default=[], help='"QUERY => TITLE": the first result')
    parser.add_argument("--status", action="append", default=[], help='"QUERY => TITLE => STATUS": its status mark')
    parser.add_argument("--kind", action="append", default=[], help='"QUERY => TITLE => KIND": the kind its line names')
    parser.add_argument("--partial", action="append", default=[], help='"QUERY => TITLE => TEXT": found with some of the words')
    parser.add_argument("--suggest", action="append", default=[], help='"QUERY => SUGGESTION": the query offered instead')
    parser.add_argument("--nothing", action="append", default=[], help="a query that finds nothing and gets no suggestion")
    args = parser.parse_args()
    if not args.query or len(args.query) != len(args.expect):
        parser.error("give --query and --expect in pairs, at least one pair")
    def split(values, parts, form):
        found = [tuple(part.strip() for part in value.split("=>")) for value in values]
        if any(len(f) != parts for f in found):
            parser.error("write " + form)
        return found
    firsts = split(args.first, 2, '--first "QUERY => TITLE"')
    statuses = split(args.status, 3, '--status "QUERY => TITLE => STATUS"')
    kinds = split(args.kind, 3, '--kind "QUERY => TITLE => KIND"')
    partials = split(args.partial, 3, '--partial "QUERY => TITLE => TEXT"')
    suggestions = split(args.suggest, 2, '--suggest "QUERY => SUGGESTION"')
    site = args.site.resolve()
    if not (site / args.page).is_file():
        parser.error("no such page: %s" % (site / args.page))

    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    def severe_messages():
        return [m["message"] for m in driver.get_log("browser") if m["level"] == "SEVERE"]

    def wait_for_title(title):
        """The result link whose text is exactly title, or None after TIMEOUT."""
        def found(d):
            for a in d.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li > a"):
                if a.get_property("textContent") == title:
                    return a
            return False
        try:
            return WebDriverWait(driver, TIMEOUT).until(found)
        except TimeoutException:
            return None

    def status_text():
        return driver.find_element(By.ID, "zoek-status").text

    def shown_titles(limit=10):
        links = driver.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li > a")
        titles = [a.get_property("textContent") for a in links[:limit]]
        return titles + (["… %d more" % (len(links) - limit)] if len(links) > limit else [])

    def check_href(name, link):
        href = link.get_attribute("href")  # the resolved, absolute URL
        parts = urllib.parse.urlsplit(href)
        path = Path(urllib.request.url2pathname(parts.path)).resolve() if parts.scheme == "file" else None
        ok = path is not None and path.is_file() and (path == site or site in path.parents)
        report(ok, name + ": link leads to a file in the site", href)

    def status_count(query):
        """The number in #zoek-status (the query itself left out, it may hold digits), or None."""
        text = status_text().replace(query.strip(), "")
        numbers = [int(re.sub(r"\D", "", n)) for n in re.findall(r"\d[\d.,\u00a0]*", text)]
        return numbers[0] if numbers else None

    def check_status(name, query):
        # The count must agree with the list (at most 50 are shown). Wait: while typing, the status
        # changes only after a short pause, so screen readers do not announce every keystroke.
        def agrees(d):
            shown, n = len(d.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li")), status_count(query)
            return n is not None and (n == shown or (shown == MAX_RESULTS and n >= shown))
        try:
            WebDriverWait(driver, TIMEOUT).until(agrees)
            report(True, name + ": status gives the count", status_text())
        except TimeoutException:
            report(False, name + ": status gives the count", "%r for %d results" % (
                status_text(), len(driver.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li"))))

    def check_keyboard(name):
        box = driver.find_element(By.ID, "zoekterm")
        links = driver.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li > a")
        box.send_keys(Keys.ARROW_DOWN)
        report(driver.switch_to.active_element == links[0], name + ": ArrowDown in the box focuses the first result")
        steps = []
        if len(links) > 1:
            driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
            steps.append(driver.switch_to.active_element == links[1])
            driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
            steps.append(driver.switch_to.active_element == links[0])
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        steps.append(driver.switch_to.active_element == box)
        report(all(steps), name + ": arrows move between results, Escape returns to the box")

    def check_console(name):
        messages = severe_messages()
        report(not messages, name + ": no console errors", "; ".join(messages))

    def check_case(name, query, title):
        link = wait_for_title(title)
        report(link is not None, name + ": finds %r" % title,
               "" if link else "shown %r, status %r" % (shown_titles(), status_text()))
        if link:
            check_href(name, link)
            check_status(name, query)
            check_keyboard(name)
        check_console(name)

    try:
        for query, title in zip(args.query, args.expect):
            # 1. Arriving from another page's header form: zoeken.html?q=…
            driver.get(page_url(site, args.page, query))
            report(driver.find_element(By.ID, "zoekterm").get_property("value") == query,
                   "address %r: box filled from the address" % query)
            check_case("address %r" % query, query, title)
            # 2. Typing into the box of a fresh page.
            driver.get(page_url(site, args.page))
            driver.find_element(By.ID, "zoekterm").send_keys(query)
            check_case("typed %r" % query, query, title)
        for query, title in firsts:
            driver.get(page_url(site, args.page, query))
            link = wait_for_title(title)
            first = driver.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li > a")[:1]
            report(link is not None and first and first[0].get_property("textContent") == title,
                   "order %r: %r comes first" % (query, title), "shown %r" % shown_titles(5))
        for query, title, expected in statuses:
            driver.get(page_url(site, args.page, query))
            link = wait_for_title(title)
            marks = link.find_elements(By.XPATH, "following-sibling::span[@class='doc-meta']/span[contains(@class,'status')]") if link else []
            shown = marks[0].text if marks else "-"
            report(link is not None and shown == expected, "status %r: %r shows %r" % (query, title, expected),
                   "shows %r" % shown)
        for query, title, kind in kinds:
            driver.get(page_url(site, args.page, query))
            link = wait_for_title(title)
            metas = link.find_elements(By.XPATH, "following-sibling::span[@class='doc-meta']") if link else []
            shown = metas[0].get_property("textContent") if metas else ""
            report(link is not None and shown.split(" · ")[0] == kind, "kind %r: %r is a %r" % (query, title, kind),
                   "line says %r; shown %r" % (shown, shown_titles(5)))
        for query, title, expected in partials:
            driver.get(page_url(site, args.page, query))
            link = wait_for_title(title)
            report(link is not None, "partial %r: finds %r" % (query, title),
                   "" if link else "shown %r, status %r" % (shown_titles(), status_text()))
            if link:
                check_status("partial %r" % query, query)
                report(expected in status_text(), "partial %r: status says %r" % (query, expected), status_text())
            check_console("partial %r" % query)
        for query, suggestion in suggestions:
            driver.get(page_url(site, args.page, query))
            def offered(d):
                links = d.find_elements(By.CSS_SELECTOR, "#zoek-status a")
                return links[0] if links else False
            try:
                link = WebDriverWait(driver, TIMEOUT).until(offered)
            except TimeoutException:
                link = None
            shown = link.get_property("textContent") if link else None
            report(shown == suggestion, "suggest %r: offers %r" % (query, suggestion),
                   "status %r" % status_text())
            if shown != suggestion:
                continue
            target = urllib.parse.urlsplit(link.get_attribute("href"))
            report(urllib.parse.parse_qs(target.query).get("q") == [suggestion] and target.path.endswith("/" + args.page),
                   "suggest %r: the link leads to the search for %r" % (query, suggestion), link.get_attribute("href"))
            link.send_keys(Keys.ENTER)
            try:
                # The new status has the suggestion as its query, and no link: every word of it is found.
                WebDriverWait(driver, TIMEOUT).until(
                    lambda d: d.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li") and suggestion in status_text()
                    and not d.find_elements(By.CSS_SELECTOR, "#zoek-status a"))
                searched = True
            except TimeoutException:
                searched = False
            box = driver.find_element(By.ID, "zoekterm")
            address = urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query).get("q")
            report(searched and box.get_property("value") == suggestion and driver.switch_to.active_element == box
                   and address == [suggestion],
                   "suggest %r: Enter on the link searches for %r in place, focus in the box" % (query, suggestion),
                   "box %r, address %r, status %r, shown %r" % (box.get_property("value"), address, status_text(), shown_titles(3)))
            if searched:
                check_status("suggest %r" % query, suggestion)
            check_console("suggest %r" % query)
        for query in args.nothing:
            driver.get(page_url(site, args.page, query))
            # Every outcome names the query; "nothing" says so in words, without a number.
            try:
                WebDriverWait(driver, TIMEOUT).until(lambda d: query in status_text())
                counted = status_count(query) in (None, 0)
            except TimeoutException:
                counted = False
            results = driver.find_elements(By.CSS_SELECTOR, "#zoek-resultaten li")
            offered = driver.find_elements(By.CSS_SELECTOR, "#zoek-status a")
            report(counted and not results and not offered, "nothing %r: no results and no suggestion" % query,
                   "status %r, %d results" % (status_text(), len(results)))
    finally:
        driver.quit()

    # 3. Without JavaScript the page says so, and the form (a plain GET form) is still there.
    plain = start(javascript=False)
    if isinstance(plain, str):
        print(plain)
        return 2
    try:
        plain.get(page_url(site, args.page))
        notes = [p for p in plain.find_elements(By.CSS_SELECTOR, "noscript p") if p.is_displayed() and p.text.strip()]
        report(bool(notes), "no JavaScript: the noscript text shows", notes[0].text if notes else "")
        forms = plain.find_elements(By.CSS_SELECTOR, "#zoekformulier input[name=q]")
        report(bool(forms) and forms[0].is_displayed(), "no JavaScript: the search form is still there")
    finally:
        plain.quit()

    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
