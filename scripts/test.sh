#!/usr/bin/env bash
# Runs the whole test suite: Swift Testing, including the CommonMark spec and the end-to-end build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-cmark.sh
swift test "$@"
