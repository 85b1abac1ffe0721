#!/usr/bin/env python3
"""Checks what a screen reader gets from each chart on a page, in Chromium's accessibility tree.

    Tests/Browser/check_chart_names.py SITE_DIR PAGE

For each `figure.chart-figure`: the chart (role image) has a name that starts with the caption's
title and no separate description (Chromium exposed a `<desc>` as one, so it was read twice), and the
caption's title is not exposed as text of its own (it is shown, not read: the chart's name says it).

One line per check. Exit 0 when all pass, 1 when one fails, 2 when Selenium, Chromium or
chromedriver is missing or will not start.
"""
import argparse
import sys
from pathlib import Path

from chromium import Checks, start

CAPTIONS_JS = """
return Array.from(document.querySelectorAll('figure.chart-figure figcaption'))
  .map(c => c.firstChild ? c.firstChild.textContent.trim() : '');
"""


def caption_nodes(driver):
    """For each chart caption, the backend ids of its DOM node and everything in it."""
    cdp = driver.execute_cdp_cmd
    root = cdp("DOM.getDocument", {"depth": -1, "pierce": False})["root"]["nodeId"]
    found = []
    for node_id in cdp("DOM.querySelectorAll", {"nodeId": root, "selector": "figure.chart-figure figcaption"})["nodeIds"]:
        ids, stack = set(), [cdp("DOM.describeNode", {"nodeId": node_id, "depth": -1})["node"]]
        while stack:
            node = stack.pop()
            ids.add(node["backendNodeId"])
            stack.extend(node.get("children", []))
        found.append(ids)
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("page")
    args = parser.parse_args()
    driver = start()
    if isinstance(driver, str):
        print(driver)
        return 2
    checks = Checks()
    try:
        driver.get((Path(args.site).resolve() / args.page).as_uri())
        titles = driver.execute_script(CAPTIONS_JS)
        checks.report(len(titles) > 0, "the page has charts", args.page)
        nodes = [n for n in driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"] if not n.get("ignored")]
        captions = caption_nodes(driver)
        for title, caption in zip(titles, captions):
            images = [n for n in nodes if n.get("role", {}).get("value") == "image" and title in n.get("name", {}).get("value", "")]
            # The table under the chart may name the same figure: only what the caption exposes is a repeat.
            repeats = [n for n in nodes if n.get("backendDOMNodeId") in caption and title in n.get("name", {}).get("value", "")]
            checks.report(len(images) == 1 and images[0]["name"]["value"].startswith(title),
                          "chart '%s' is an image named by its title" % title)
            checks.report(len(images) == 1 and not images[0].get("description", {}).get("value"),
                          "chart '%s' has no second, separate description" % title,
                          images[0].get("description", {}).get("value", "") if images else "")
            checks.report(not repeats, "chart '%s': the caption does not say the title again" % title,
                          "; ".join("%s: %s" % (n.get("role", {}).get("value"), n.get("name", {}).get("value", "")) for n in repeats))
    finally:
        driver.quit()
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
