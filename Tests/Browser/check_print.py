#!/usr/bin/env python3
"""Checks that a document page prints cleanly, in headless Chromium with print media emulated.

Usage: check_print.py SITE_DIR PAGE [--pdf OUT.pdf] [--fits WIDTH] [--table-sources]

Asserts that navigation (site header with search, breadcrumbs, table of contents, footer) is not
printed, that links to other sites show their address after them (outside tables), that links within
the site do not (a relative path means nothing on paper), and that the text is black on white.
With --fits WIDTH (CSS pixels: 680 for the printable width of A4 upright, 1009 across), every table
of the page must fit in that width when printed: paper does not scroll. With --pdf and --repeats-header,
every page of the PDF (read with pdftotext, Debian poppler-utils) that shows a row of the matrix also
shows its column names: on paper a column of signs means nothing without them.
With --table-sources, every link to another site inside a table keeps its address on paper: the
printed text of the page holds the address, and the link's cell a number ("[1]") that leads to it;
on screen neither shows (the link works there).
Saves the page as PDF with --pdf, to look at. Exits 0 when all holds, 1 otherwise, 2 if tools miss.
"""

import argparse
import base64
import sys
from pathlib import Path

HIDDEN = [".site-header", ".breadcrumbs", ".toc", ".site-footer", ".skip-link"]

STATE_JS = """
const hidden = arguments[0].map(s => {
  const e = document.querySelector(s);
  return [s, e === null || getComputedStyle(e).display === 'none'];
});
const outside = [...document.querySelectorAll('main a[href^="http"]')].find(a => !a.closest('table'));
const inside = [...document.querySelectorAll('main a[href]')].find(a => !/^(#|https?:)/.test(a.getAttribute('href')));
const after = outside ? getComputedStyle(outside, '::after').content : '';
const insideAfter = inside ? getComputedStyle(inside, '::after').content : '';
return {hidden, href: outside ? outside.getAttribute('href') : null, after,
        insideHref: inside ? inside.getAttribute('href') : null, insideAfter,
        color: getComputedStyle(document.body).color, background: getComputedStyle(document.body).backgroundColor};
"""


def header_failures(pdf, column, rows):
    """Pages of the PDF with a matrix row but without the (shortest) column name."""
    import re
    import subprocess
    def words(text):
        return re.sub(r"\s+", " ", text).strip()
    pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    failures, seen = [], 0
    for number, page in enumerate(pages, 1):
        text = words(page)
        if not any(words(row) in text for row in rows):
            continue
        seen += 1
        if words(column) not in text and not all(part in text for part in words(column).split(" ")):
            failures.append(f"page {number} shows rows of the matrix without its column names")
    if seen < 2:
        failures.append(f"the matrix is on {seen} page(s); --repeats-header needs one that runs over pages")
    return failures


TABLE_SOURCES_JS = """
const links = [...document.querySelectorAll('main table a[href^="http"]')];
const after = table => [...document.querySelectorAll('main ol')]
  .find(ol => table.compareDocumentPosition(ol) & Node.DOCUMENT_POSITION_FOLLOWING);
return {text: document.querySelector('main').innerText,
        links: links.map(a => {
          const list = after(a.closest('table'));
          return {href: a.getAttribute('href'), cell: a.closest('td, th').innerText,
                  items: list ? [...list.children].map(li => li.innerText) : []};
        })};
"""


def table_source_failures(driver):
    """Links to other sites inside tables whose address is not on paper, or shows on screen: the
    cell must show a number n, and the n-th item of the first numbered list after the table the address."""
    import re
    failures = []
    printed = driver.execute_script(TABLE_SOURCES_JS)
    if not printed["links"]:
        return ["no link to another site in a table to check with --table-sources"]
    for link in printed["links"]:
        number = re.search(r"\[(\d+)\]", link["cell"])
        if not number:
            failures.append(f"the cell of {link['href']!r} has no number on paper (got {link['cell']!r})")
            continue
        index = int(number.group(1)) - 1
        if index >= len(link["items"]) or link["href"] not in link["items"][index]:
            failures.append(f"source [{index + 1}] {link['href']!r} is not item {index + 1} of a list printed after the table")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    screen = driver.execute_script(TABLE_SOURCES_JS)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    for link in screen["links"]:
        if re.search(r"\[\d+\]", link["cell"]) or link["href"] in screen["text"]:
            failures.append(f"{link['href']!r} or its number shows on screen, where the link works")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("page")
    parser.add_argument("--pdf")
    parser.add_argument("--fits", type=int)
    parser.add_argument("--repeats-header", action="store_true")
    parser.add_argument("--table-sources", action="store_true")
    args = parser.parse_args()
    if args.repeats_header and not args.pdf:
        parser.error("--repeats-header needs --pdf")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("check_print: selenium is missing; run scripts/ensure-browser-tools.sh", file=sys.stderr)
        return 2
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures = []
    try:
        driver.get(Path(args.site, args.page).resolve().as_uri())
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        state = driver.execute_script(STATE_JS, HIDDEN)
        for selector, hidden in state["hidden"]:
            if not hidden:
                failures.append(f"{selector} is printed")
        if not state["href"]:
            failures.append("no link to another site in the text to check")
        elif state["href"] not in state["after"]:
            failures.append(f"link target {state['href']!r} not printed after the link (got {state['after']!r})")
        if not state["insideHref"]:
            failures.append("no link within the site to check")
        elif state["insideHref"] in state["insideAfter"]:
            failures.append(f"relative link target {state['insideHref']!r} printed after the link")
        if state["color"] != "rgb(0, 0, 0)" or state["background"] not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"):
            failures.append(f"text is {state['color']} on {state['background']}, not black on white")
        if args.table_sources:
            failures += table_source_failures(driver)
        if args.fits:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": args.fits, "height": 800, "deviceScaleFactor": 1, "mobile": False})
            widest = driver.execute_script("""
                const tables = [...document.querySelectorAll('main table')];
                return tables.map(t => [t.className || 'table', Math.ceil(t.getBoundingClientRect().right)]);
            """)
            if not widest:
                failures.append("no table to check with --fits")
            for name, right in widest:
                if right > args.fits:
                    failures.append(f"table .{name} is {right}px wide on paper {args.fits}px wide")
        if args.pdf:
            pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})
            Path(args.pdf).write_bytes(base64.b64decode(pdf["data"]))
        if args.repeats_header:
            names = driver.execute_script("""
                const t = document.querySelector('main table.matrix');
                if (!t) return null;
                const column = [...t.querySelectorAll('thead th')].slice(1).map(th => th.textContent.trim())
                    .sort((a, b) => a.length - b.length)[0];
                const rows = [...t.querySelectorAll('tbody th')].map(th => th.firstChild.textContent.trim());
                return {column, rows};
            """)
            if not names:
                failures.append("no matrix to check with --repeats-header")
            else:
                failures += header_failures(args.pdf, names["column"], names["rows"])
    finally:
        driver.quit()
    for failure in failures:
        print(f"FAIL {args.page}: {failure}")
    if not failures:
        print(f"ok   {args.page}: prints without navigation, link targets shown")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
