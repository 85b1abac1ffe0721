#!/usr/bin/env python3
"""Loads every page of a site in headless Chromium and fails if any script of the content runs.

Usage: check_xss.py SITE_DIR

Before any page script, a hook replaces alert, confirm, prompt and print, and records every call;
a real dialog that still opens is caught as well. After each load the page is searched for what
could run later: elements with on…= attributes, <script> elements other than the theme's own
(a src under the site), <iframe>/<object>/<embed>/<base>/<meta http-equiv=refresh>, and links or
forms whose address is javascript:, vbscript: or data:. Every element then gets mouseover, focus
and toggle events, so that handlers which need a user would fire too.

Prints one line per finding; exits 0 when there are none, 1 otherwise, 2 when a tool is missing.
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site import find_tools, start_browser  # noqa: E402

HOOK = """
window.__regioCalls = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = function (...args) { window.__regioCalls.push(name + '(' + args.join(',') + ')'); };
}
"""

AUDIT = """
const found = [];
const site = arguments[0];
for (const el of document.querySelectorAll('*')) {
  for (const attr of el.attributes) {
    if (attr.name.toLowerCase().startsWith('on')) found.push('attribuut ' + attr.name + ' op <' + el.tagName.toLowerCase() + '>');
  }
  el.dispatchEvent(new Event('mouseover', {bubbles: true}));
  el.dispatchEvent(new Event('focus'));
  el.dispatchEvent(new Event('toggle'));
}
for (const s of document.querySelectorAll('script')) {
  if (!s.src || !s.src.startsWith(site)) found.push('script ' + (s.src || s.textContent.slice(0, 60)));
}
for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i]')) {
  found.push('element <' + el.tagName.toLowerCase() + '>');
}
for (const el of document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\\\:href]')) {
  for (const name of ['href', 'src', 'action', 'formaction']) {
    const value = (el.getAttribute(name) || '').replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
    if (/^(javascript|vbscript|data):/.test(value)) found.push(name + '=' + value.slice(0, 60) + ' op <' + el.tagName.toLowerCase() + '>');
  }
}
return found.concat(window.__regioCalls || []);
"""


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    site = Path(sys.argv[1]).resolve()
    chromium, chromedriver, _ = find_tools()
    driver = start_browser(chromium, chromedriver)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    problems = 0
    pages = sorted(site.rglob("*.html"))
    try:
        for page in pages:
            relative = page.relative_to(site)
            try:
                driver.get(page.as_uri())
                found = driver.execute_script(AUDIT, site.as_uri())
            except Exception as error:  # an open dialog makes every command fail
                found = ["de pagina liet zich niet onderzoeken: %s" % type(error).__name__]
                try:
                    alert = driver.switch_to.alert
                    found.append("dialoog: " + alert.text)
                    alert.dismiss()
                except Exception:
                    pass
            for item in found:
                print("%s: %s" % (relative, item))
                problems += 1
    finally:
        driver.quit()
    print("check_xss: %d pagina's, %d vondsten" % (len(pages), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
