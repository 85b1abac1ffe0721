#!/usr/bin/env bash
# Installs the browser tools the site checks in Tests/Browser use when they are missing: Debian's
# chromium, chromium-driver, linkchecker and poppler-utils (pdftotext, to read printed pages), and
# from PyPI selenium and axe-playwright-python (only for the axe.min.js its wheel ships, so it is
# installed with --no-deps: playwright is not needed).
# Idempotent and quiet when everything is present. Expects `apt-get update` to have run (CI does it).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

apt_install() {
  echo "ensure-browser-tools: installing Debian packages: $*" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing_debs=()
command -v chromium >/dev/null 2>&1 || missing_debs+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing_debs+=(chromium-driver)
command -v linkchecker >/dev/null 2>&1 || missing_debs+=(linkchecker)
command -v pdftotext >/dev/null 2>&1 || missing_debs+=(poppler-utils)
if [ "${#missing_debs[@]}" -gt 0 ]; then
  apt_install "${missing_debs[@]}"
fi

pip_install() {
  if ! python3 -m pip --version >/dev/null 2>&1; then
    apt_install python3-pip
  fi
  local extra=()
  # Debian's own python3 refuses pip installs (PEP 668) unless told otherwise.
  if python3 -c 'import os, sys, sysconfig; sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
    extra+=(--break-system-packages)
  fi
  echo "ensure-browser-tools: installing from PyPI: $*" >&2
  $SUDO python3 -m pip install -q --disable-pip-version-check "${extra[@]}" "$@"
}

# selenium needs its own dependencies (urllib3, trio, websocket-client, ...), so they are installed.
if ! python3 -c "import selenium.webdriver" >/dev/null 2>&1; then
  pip_install selenium
fi
# Only axe.min.js is used from this package; its playwright dependency is skipped on purpose.
if ! python3 -c "import axe_playwright_python, os, sys; sys.exit(0 if os.path.isfile(os.path.join(os.path.dirname(axe_playwright_python.__file__), 'axe.min.js')) else 1)" >/dev/null 2>&1; then
  pip_install --no-deps axe-playwright-python
fi
