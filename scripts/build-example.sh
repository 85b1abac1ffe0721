#!/usr/bin/env bash
# Builds Regio and renders the bundled example content/ into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-cmark.sh
swift build -c release --product regio
.build/release/regio build --content content --theme themes/default --out site "$@"
echo "Open site/index.html in een browser."
