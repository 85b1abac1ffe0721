#!/usr/bin/env bash
# Benchmark Regio against Hugo and the plain `cmark` command on generated content.
#
# Usage: Benchmarks/run.sh [N ...]          (default: 500 2000 10000)
#
# Environment:
#   REGIO=path/to/regio   the binary to measure (default: .build/release/regio in the repository;
#                         build it with `swift build -c release`)
#   RUNS=3                timed runs per tool; the best (lowest) wall time is reported
#   WARMUP=1              untimed runs per tool before the timed ones
#   BENCH_CACHE=/tmp/regio-bench     generated content, Hugo sites and bodies, cached per N
#   BENCH_OUT=/dev/shm/regio-bench   where the tools write their output (tmpfs); deleted at the end
#
# Needs: python3, /usr/bin/time (Debian `time`), `hugo` and `cmark` (Debian packages of those names).
#
# For every N, in one invocation and interleaved (one round = every tool once):
#   regio build  --content C --out O --datum 2026-11-25    (output folder deleted before each run)
#   regio check  --content C --datum 2026-11-25
#   hugo --quiet --source S -d O   a Hugo site with the same .md files and a minimal layout
#                                  (output, resources and cache folders deleted before each run)
#   hugo --quiet --source P -d O   the same, made to write the pages of Regio's site that Hugo can
#                                  make (reported beside the first, which stays the reference):
#                                  every national factsheet copied into each region's landelijk/,
#                                  a list page per municipality, and the theme (taxonomy) pages
#   cmark ALL.md                   every body (front matter stripped) concatenated, one process
#   xargs -n 1 -P 2 cmark          the same bodies, one cmark process per file, 2 at a time
# Wall time, user + sys CPU and peak RSS come from `/usr/bin/time -f '%e %U %S %M'`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATUM=2026-11-25
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
CACHE=${BENCH_CACHE:-/tmp/regio-bench}
OUTBASE=${BENCH_OUT:-/dev/shm/regio-bench}
THEME=$ROOT/themes/default

# Targets (issue): at 10,000 documents.
TARGET_N=10000
T_HUGO=0.3      # regio build <= 0.3 x hugo
T_CMARK=2       # regio build <= 2 x cmark (single process)
T_CHECK=0.25    # regio check <= 0.25 x hugo
T_RSS=300       # regio build peak RSS <= 300 MB

if [[ $# -gt 0 ]]; then SIZES=("$@"); else SIZES=(500 2000 10000); fi
for n in "${SIZES[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: not a number of documents: $n" >&2; exit 2; }
done

if [[ -n ${REGIO:-} ]]; then
  [[ $REGIO == /* ]] || REGIO=$PWD/$REGIO
else
  REGIO=$ROOT/.build/release/regio
fi
if [[ ! -x $REGIO ]]; then
  echo "run.sh: no regio binary at $REGIO" >&2
  echo "        build it with \`swift build -c release\` in $ROOT, or set REGIO=path/to/regio" >&2
  exit 1
fi
missing=()
for tool in python3 hugo cmark; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[[ -x /usr/bin/time ]] || missing+=("/usr/bin/time (Debian package time)")
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "run.sh: missing: ${missing[*]} (apt-get install -y hugo cmark time)" >&2
  exit 1
fi

mkdir -p "$CACHE"
WORK=$OUTBASE/$$
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"; rmdir "$OUTBASE" 2>/dev/null || true' EXIT

log() { echo "run.sh: $*" >&2; }

# A fingerprint of what the generated content depends on: the generator and the example content.
fingerprint() {
  (cd "$ROOT" && { sha256sum Benchmarks/generate.py; find content -type f -print0 | sort -z | xargs -0 sha256sum; }) |
    sha256sum | cut -c1-16
}
FP=$(fingerprint)

# prepare N: content (generate.py), the two Hugo sites and stripped bodies in $CACHE, rebuilt when stale.
prepare() {
  local n=$1 content=$CACHE/content-$n site=$CACHE/hugo-$n pagesite=$CACHE/hugo-pages-$n bodies=$CACHE/bodies-$n
  local stamp=$CACHE/stamp-$n
  if [[ -f $stamp && $(cat "$stamp") == "$FP" && -d $content && -d $site && -d $pagesite && -d $bodies ]]; then
    return
  fi
  log "generating $n documents in $content"
  rm -f "$stamp"
  python3 "$ROOT/Benchmarks/generate.py" "$n" "$content" --force >&2
  rm -rf "$site" "$pagesite" "$bodies"
  python3 - "$content" "$site" "$bodies" <<'PY'
import os, sys
from pathlib import Path

content, site, bodies = map(Path, sys.argv[1:])
(site / "content").mkdir(parents=True)
bodies.mkdir(parents=True)
(site / "config.toml").write_text(
    'baseURL = "https://example.org/"\n'
    'languageCode = "nl"\n'
    'title = "Regio benchmark"\n'
    'disableKinds = ["taxonomy", "term"]\n')
layouts = site / "layouts" / "_default"
layouts.mkdir(parents=True)
head = ('<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8">'
        '<title>{{ with .Params.titel }}{{ . }}{{ else }}{{ .Title }}{{ end }}</title></head>\n<body>\n')
(layouts / "single.html").write_text(
    head + '<main>\n<h1>{{ .Params.titel }}</h1>\n{{ .Content }}\n</main>\n</body>\n</html>\n')
listing = (head + '<main>\n<h1>{{ with .Params.titel }}{{ . }}{{ else }}{{ .Title }}{{ end }}</h1>\n<ul>\n'
           '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
           '{{ with .Params.titel }}{{ . }}{{ else }}{{ .Title }}{{ end }}</a></li>\n{{ end }}'
           '</ul>\n</main>\n</body>\n</html>\n')
(layouts / "list.html").write_text(listing)
(site / "layouts" / "index.html").write_text(listing)

with open(bodies / "all.md", "w", encoding="utf-8") as everything:
    for path in sorted(content.rglob("*.md")):
        rel = path.relative_to(content)
        text = path.read_text(encoding="utf-8")
        target = site / "content" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        body = text
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            body = text[end + 5:] if end >= 0 else text
        flat = bodies / "files" / str(rel).replace(os.sep, "__")
        flat.parent.mkdir(exist_ok=True)
        flat.write_text(body, encoding="utf-8")
        everything.write(body.rstrip("\n") + "\n\n")
PY
  # The same site, made to write the pages of Regio's site that Hugo makes without code of its own.
  cp -r "$site" "$pagesite"
  python3 - "$content" "$pagesite" <<'PY'
import sys
from pathlib import Path

content, site = map(Path, sys.argv[1:])
config = site / "config.toml"
config.write_text(config.read_text().replace('disableKinds = ["taxonomy", "term"]\n', '[taxonomies]\n  thema = "themas"\n'))
national = sorted((content / "factsheets").glob("*.md"))
for region in sorted(p.parent for p in content.glob("*/regio.yaml")):
    copies = site / "content" / region.name / "landelijk"
    copies.mkdir(parents=True, exist_ok=True)
    for sheet in national:
        (copies / sheet.name).write_text(sheet.read_text(encoding="utf-8"), encoding="utf-8")
    for municipality in sorted(p for p in region.iterdir() if p.is_dir() and p.name != "factsheets"):
        (site / "content" / region.name / municipality.name / "_index.md").write_text(
            f"---\ntitel: {municipality.name}\n---\n", encoding="utf-8")
PY
  find "$bodies/files" -name '*.md' -print0 | sort -z >"$bodies/list"
  echo "$FP" >"$stamp"
}

# measure NAME CMD...: run once under /usr/bin/time, append "wall user sys maxrss_kb" to NAME.times.
measure() {
  local name=$1; shift
  local tf=$WORK/$name.time
  if ! /usr/bin/time -o "$tf" -f '%e %U %S %M' "$@" >"$WORK/$name.stdout" 2>"$WORK/$name.stderr"; then
    log "$name failed: $*"
    tail -n 20 "$WORK/$name.stderr" >&2
    exit 1
  fi
  tail -n 1 "$tf" >>"$WORK/$name.times"
}

# Clean-up before each run (not timed).
clean_outputs() {
  rm -rf "$WORK/regio-out" "$WORK/hugo-out" "$WORK/hugo-pages-out" "$WORK/hugo-cache" "$WORK/hugo-pages-cache" "$1/resources" "$1/.hugo_build.lock" \
    "$2/resources" "$2/.hugo_build.lock"
  mkdir -p "$WORK/regio-out"
}

# One round: every tool once. $1 = "warm" (results discarded) or "timed".
round() {
  local n=$1 kind=$2 content=$CACHE/content-$1 site=$CACHE/hugo-$1 pagesite=$CACHE/hugo-pages-$1 bodies=$CACHE/bodies-$1
  clean_outputs "$site" "$pagesite"
  measure regio_build "$REGIO" build --content "$content" --out "$WORK/regio-out/site" \
    --datum "$DATUM" --theme "$THEME"
  measure regio_check "$REGIO" check --content "$content" --datum "$DATUM" --theme "$THEME"
  measure hugo hugo --quiet --source "$site" -d "$WORK/hugo-out" --cacheDir "$WORK/hugo-cache"
  measure hugo_pages hugo --quiet --source "$pagesite" -d "$WORK/hugo-pages-out" --cacheDir "$WORK/hugo-pages-cache"
  measure cmark cmark "$bodies/all.md"
  measure cmark_files xargs -0 -a "$bodies/list" -n 1 -P 2 cmark
  if [[ $kind == warm ]]; then rm -f "$WORK"/*.times; fi
}

# best NAME: "wall user+sys" of the run with the lowest wall time; peak NAME: max RSS in MB.
best() { sort -n -k1,1 "$WORK/$1.times" | head -n 1 | awk '{printf "%.2f %.2f", $1, $2 + $3}'; }
peak() { awk '$4 > m { m = $4 } END { printf "%.0f", m / 1024 }' "$WORK/$1.times"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met" : "NOT met") }'; }

MAIN="| N | regio pages | regio build s | regio check s | hugo s | cmark s | build/hugo | check/hugo | build/cmark | RSS build MB | RSS check MB | pages/s |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
DETAIL="| N | regio build cpu s | regio check cpu s | hugo cpu s | hugo pages | hugo RSS MB | cmark cpu s | cmark per file (xargs -P 2) s | content MB |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
SAME="| N | regio pages | hugo pages | regio build s | hugo s | build/hugo | hugo pages/s | regio pages/s |
|---:|---:|---:|---:|---:|---:|---:|---:|"
TARGETS=""

log "regio: $REGIO"
for n in "${SIZES[@]}"; do
  prepare "$n"
  rm -f "$WORK"/*.times
  for ((i = 0; i < WARMUP; i++)); do log "N=$n warm-up"; round "$n" warm; done
  for ((i = 1; i <= RUNS; i++)); do log "N=$n run $i/$RUNS"; round "$n" timed; done

  read -r rb rb_cpu <<<"$(best regio_build)"
  read -r rc rc_cpu <<<"$(best regio_check)"
  read -r hu hu_cpu <<<"$(best hugo)"
  read -r hp _ <<<"$(best hugo_pages)"
  read -r cm cm_cpu <<<"$(best cmark)"
  read -r cf _ <<<"$(best cmark_files)"
  pages=$(find "$WORK/regio-out/site" -name '*.html' | wc -l)
  hpages=$(find "$WORK/hugo-out" -name '*.html' | wc -l)
  hppages=$(find "$WORK/hugo-pages-out" -name '*.html' | wc -l)
  mb=$(du -sm "$CACHE/content-$n" | cut -f1)
  r_hugo=$(ratio "$rb" "$hu"); r_check=$(ratio "$rc" "$hu"); r_cmark=$(ratio "$rb" "$cm")
  rss_b=$(peak regio_build); rss_c=$(peak regio_check)
  pps=$(awk -v p="$pages" -v t="$rb" 'BEGIN { printf "%.0f", p / t }')
  MAIN+=$'\n'"| $n | $pages | $rb | $rc | $hu | $cm | $r_hugo | $r_check | $r_cmark | $rss_b | $rss_c | $pps |"
  SAME+=$'\n'"| $n | $pages | $hppages | $rb | $hp | $(ratio "$rb" "$hp") | $(awk -v p="$hppages" -v t="$hp" 'BEGIN { printf "%.0f", p / t }') | $pps |"
  DETAIL+=$'\n'"| $n | $rb_cpu | $rc_cpu | $hu_cpu | $hpages | $(peak hugo) | $cm_cpu | $cf | $mb |"
  note=""; [[ $n == "$TARGET_N" ]] || note=" (targets are set for N = $TARGET_N; shown for information)"
  TARGETS+=$'\n'"N = $n$note:"
  TARGETS+=$'\n'"- build ≤ $T_HUGO × Hugo: $r_hugo → $(verdict "$r_hugo" "$T_HUGO")"
  TARGETS+=$'\n'"- build ≤ $T_CMARK × cmark: $r_cmark → $(verdict "$r_cmark" "$T_CMARK")"
  TARGETS+=$'\n'"- check ≤ $T_CHECK × Hugo: $r_check → $(verdict "$r_check" "$T_CHECK")"
  TARGETS+=$'\n'"- build peak RSS ≤ $T_RSS MB: $rss_b MB → $(verdict "$rss_b" "$T_RSS")"
  log "N=$n done: build $rb s, check $rc s, hugo $hu s, cmark $cm s"
done

cat <<EOF

Best of $RUNS runs (after $WARMUP warm-up), wall seconds; output on $OUTBASE.
"cmark s" is one \`cmark\` process over all bodies concatenated; RSS is the peak over the runs.

$MAIN

$DETAIL

Hugo made to write the pages of Regio's site that it can (national factsheets in every region, a page
per municipality, theme pages); the targets are judged against the first Hugo run above:

$SAME

Targets:$TARGETS
EOF
