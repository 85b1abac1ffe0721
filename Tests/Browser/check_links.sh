#!/usr/bin/env bash
# Checks the links of a generated site with linkchecker, twice:
#   1. over file:// from SITE_DIR/index.html;
#   2. over HTTP with the site served from a subfolder (http://127.0.0.1:PORT/sub/folder/), which
#      catches links that only work at the root of a host.
# linkchecker only follows links from index.html, so pages nothing links to are not checked.
#
# External links are never fetched (there is no network in CI). --check-extern is combined with an
# --ignore-url that matches everything except the site itself: without it linkchecker "filters"
# links that leave the start folder without checking them, so a root-relative link (/x.html, which
# points outside sub/folder/ or to file:///x.html) would pass; with it such a link is checked and
# fails, while https:, mailto: and other links are only syntax-checked.
#
# Exits 1 when either run reports a broken link, 2 on a usage or setup problem.
# Install linkchecker with scripts/ensure-browser-tools.sh.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 SITE_DIR" >&2
  exit 2
fi
site="$1"
if [ ! -f "$site/index.html" ]; then
  echo "check_links: $site/index.html not found" >&2
  exit 2
fi
for tool in linkchecker python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check_links: $tool is not installed (run scripts/ensure-browser-tools.sh)" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    # KILL, not TERM: a parent such as the Swift test runner may start us with SIGTERM blocked,
    # which the server inherits, and `wait` would then hang forever.
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$work/files" "$work/http/sub/folder"
cp -R "$site/." "$work/files/"
cp -R "$site/." "$work/http/sub/folder/"
# linkchecker allows more than 10 requests a second to a host only when the server sends a
# "LinkChecker" header (the server below does); at the default rate the HTTP run is ~10x slower.
printf '[checking]\nmaxrequestspersecond=1000\n' >"$work/linkcheckerrc"
# As root, linkchecker drops privileges to user nobody, so everything it reads must be world-readable.
chmod -R a+rX "$work"

failed=0

# run_linkchecker LABEL START_URL CHECKED_PREFIX_REGEX: prints the broken links and a one-line
# count; sets failed=1 when linkchecker reports an error or does not finish.
run_linkchecker() {
  local label="$1" url="$2" checked="$3" out rc summary links errors
  out="$work/linkchecker-$label.txt"
  rc=0
  (cd "$work" && linkchecker --no-warnings --no-status --config "$work/linkcheckerrc" \
      --check-extern --ignore-url "^(?!$checked)" "$url") >"$out" 2>&1 || rc=$?
  summary="$(grep -E "^That's it\. " "$out" | tail -n 1 || true)"
  if [ -z "$summary" ]; then
    cat "$out" >&2
    echo "check_links [$label]: linkchecker did not finish (exit $rc)" >&2
    failed=1
    return
  fi
  links="$(sed -E 's/^That.s it\. ([0-9]+) links? in .*/\1/' <<<"$summary")"
  errors="$(sed -E 's/.* ([0-9]+) errors? found\..*/\1/' <<<"$summary")"
  if [ "$rc" -ne 0 ] || [ "$errors" != "0" ]; then
    # The per-link reports: from the first "URL" line up to the statistics.
    awk '/^Statistics:/ { exit } /^URL / { on = 1 } on' "$out" >&2
    echo "check_links [$label]: $links links checked, $errors errors (linkchecker exit $rc): FAIL" >&2
    failed=1
  else
    echo "check_links [$label]: $links links checked, 0 errors"
  fi
}

run_linkchecker file "file://$work/files/index.html" "file:"

# A static server on a free port (the OS picks it; the server writes it to a file).
python3 - "$work/http" "$work/port" >"$work/http-server.log" 2>&1 <<'PY' &
import functools, http.server, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allow")  # lets linkchecker exceed 10 requests a second
        super().end_headers()

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=sys.argv[1]))
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.replace(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
PY
server_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/port" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    cat "$work/http-server.log" >&2
    echo "check_links: the HTTP server did not start" >&2
    exit 2
  fi
  sleep 0.1
done
if [ ! -s "$work/port" ]; then
  echo "check_links: the HTTP server did not start in 10 s" >&2
  exit 2
fi
port="$(cat "$work/port")"
run_linkchecker http "http://127.0.0.1:$port/sub/folder/index.html" "http://127\\.0\\.0\\.1:$port/"

exit "$failed"
