#!/usr/bin/env python3
"""Measures `regio serve`: the time from saving a file to the reloaded page.

Usage: Benchmarks/preview.py CONTENT [--runs 10] [--regio PATH] [--theme DIR] [--datum 2026-11-25]
                             [--wijziging zin|kop|voorwerk|periode|volgorde|nieuw|visie|landelijk]

Starts `regio serve --port 0`, listens to its event stream as the page's script does, then saves a
document and times:
  detect+rebuild  save -> the server's event for the new build (what makes the page reload)
  page            save -> the reloaded page fully received
What a save changes (--wijziging):
  zin       a sentence added at the end (only the body: the short way, BodyEdit)
  kop       a heading with a sentence added at the end (the checklist and the rules that read bodies run again)
  voorwerk  the summary in the front matter changed (the short way for a plan or a regiovisie)
  periode   the summary changed and the period ended a year or two sooner (for a regiovisie: the short way while
            the region's versions keep their order, as they do when only the last year moves)
  landelijk a new national factsheet beside the first one, then deleted: each timed to the reloaded page
            of the first region, which lists the national factsheets (every region has a copy)
  volgorde  a draft regiovisie (as `visie` writes it, put there before the server starts) saved with a new
            summary, its period every other save before every other version of its region and then back
            after them: the region's versions change order at every save, and with them its comparison pages
  nieuw     a new plan beside the document (default: the first plan), then that plan deleted: each
            timed to the reloaded page of the municipality, which lists the plan and then no longer
  visie     a new regiovisie beside the document (default: the newest of the first region), a draft
            for the years after it, then deleted: each timed to the reloaded page of the region
On Linux the watcher hears of a save from the kernel (inotify) and waits until 5 ms pass without
another event, as an editor's save is often several. The document is restored afterwards. Prints the median, lowest and highest of the runs.
"""
import argparse
import http.client
import os
import pathlib
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import queue

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("content")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--regio", default=str(ROOT / ".build/release/regio"))
    parser.add_argument("--theme", default=str(ROOT / "themes/default"))
    parser.add_argument("--datum", default="2026-11-25")
    parser.add_argument("--document", help="the document to edit, relative to CONTENT (default: the first regiovisie)")
    parser.add_argument("--wijziging", choices=["zin", "kop", "voorwerk", "periode", "volgorde", "nieuw", "visie", "landelijk"], default="zin", help="what each save changes")
    args = parser.parse_args()

    content = pathlib.Path(args.content).resolve()
    adds = args.wijziging in ("nieuw", "visie", "landelijk")
    if args.wijziging == "landelijk":
        default = sorted(content.glob("factsheets/*.md"))[0]
    elif args.wijziging in ("visie", "volgorde"):
        first = sorted(content.glob("*/regiovisie*.md"))[0].parent
        default = max(first.glob("regiovisie*.md"), key=lambda path: re.search(r"van: (\d+)", path.read_text()).group(1))
    else:
        default = sorted(content.glob("*/*/beleidsplan*.md" if adds else "*/regiovisie*.md"))[0]
    document = content / args.document if args.document else default
    page = "/" + str(document.relative_to(content).with_suffix(".html"))
    if adds:
        page = "/" + str(document.parent.relative_to(content)) + "/index.html"
    if args.wijziging == "landelijk":
        page = "/" + sorted(content.glob("*/regio.yaml"))[0].parent.name + "/index.html"
    draft = None
    if args.wijziging == "volgorde":
        draft = document.parent / "regiovisie-volgorde.md"
        draft.write_bytes(new_vision(document.read_bytes(), "concept"))
        document = draft
        page = "/" + str(document.relative_to(content).with_suffix(".html"))
    original = document.read_bytes()

    server = subprocess.Popen([args.regio, "serve", "--port", "0", "--content", str(content), "--theme", args.theme,
                               "--datum", args.datum], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()
    port = None
    started = time.monotonic()
    first_build = None
    while port is None:
        line = lines.get(timeout=600)
        if first_build is None and " in " in line and "documenten" in line:
            first_build = line.strip()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if found:
            port = int(found.group(1))
    print(f"first build: {first_build} (server ready after {time.monotonic() - started:.2f} s)")

    events = queue.Queue()

    def listen():
        # A plain socket: http.client buffers a chunked response, which would delay the events.
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(b"GET /_regio/gebeurtenissen HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        for match in iter(lambda: connection.recv(65536), b""):
            for version in re.findall(rb"data: (\d+)", match):
                events.put((time.monotonic(), int(version)))

    threading.Thread(target=listen, daemon=True).start()
    _, version = events.get(timeout=30)

    detect, reload, rebuild, removal = [], [], [], []

    def wait_for_build():
        nonlocal version
        while True:
            at, new = events.get(timeout=600)
            if new > version:
                version = new
                return at

    def fetch():
        connection = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", page)
        return connection.getresponse().read()

    def server_rebuild():
        build = None
        while not lines.empty():
            line = lines.get()
            found = re.search(r" in (\d+),(\d+) s", line)
            if found:
                build = int(found.group(1)) * 1000 + int(found.group(2)) * 10
            found = re.search(r" in (\d+) ms", line)
            if found:
                build = int(found.group(1))
        if build is not None:
            rebuild.append(build)

    added = None
    try:
        for run in range(args.runs):
            time.sleep(0.3)
            saved = time.monotonic()
            if adds:
                if args.wijziging == "visie":
                    added = document.parent / f"regiovisie-nieuw-{run}.md"
                    added.write_bytes(new_vision(original, run))
                elif args.wijziging == "landelijk":
                    added = document.parent / f"nieuw-landelijk-{run}.md"
                    added.write_bytes(new_plan(original, run))
                else:
                    added = document.parent / f"nieuw-plan-{run}.md"
                    added.write_bytes(new_plan(original, run))
            else:
                document.write_bytes(changed(original, args.wijziging, run))
            at = wait_for_build()
            body = fetch()
            done = time.monotonic()
            assert f"versie {run}".encode() in body, "the page does not show the change"
            detect.append((at - saved) * 1000)
            server_rebuild()
            reload.append((done - saved) * 1000)
            if adds:
                time.sleep(0.3)
                saved = time.monotonic()
                added.unlink()
                added = None
                wait_for_build()
                body = fetch()
                removal.append((time.monotonic() - saved) * 1000)
                assert f"versie {run}".encode() not in body, "the page still lists the deleted plan"
                server_rebuild()
        memory = resident_memory(server.pid)
    finally:
        if added is not None:
            added.unlink()
        document.write_bytes(original)
        if draft is not None:
            draft.unlink()
        server.terminate()
        server.wait()

    def row(name, values):
        return f"{name:16} median {statistics.median(values):8.1f} ms   lowest {min(values):8.1f}   highest {max(values):8.1f}"

    print(f"{args.runs} saves of {document.relative_to(content)} ({args.wijziging}):")
    print(row("detect+rebuild", detect))
    print(row("page", reload))
    if removal:
        print(row("page (deleted)", removal))
    if rebuild:
        print(row("rebuild (server)", rebuild) + "   (as the server reports it)")
    if memory:
        print(f"server memory    {memory}")


def resident_memory(pid):
    """The server's resident memory now and at its peak (Linux), after the last save."""
    try:
        status = pathlib.Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = {line.split(":")[0]: int(line.split()[1]) // 1024 for line in status.splitlines() if line.startswith(("VmRSS", "VmHWM"))}
    return f"{values.get('VmRSS')} MB now, {values.get('VmHWM')} MB at its peak"


def new_plan(original, run):
    """A copy of a plan with a title of its own: a new document for the same municipality."""
    title = f'titel: "Nieuw plan, versie {run}"'
    return re.sub(r"^titel:.*$", title, original.decode(), count=1, flags=re.M).encode()


def new_vision(original, run):
    """A draft of the next version of a vision: its own title, a period after the one copied."""
    text = re.sub(r"^titel:.*$", f'titel: "Nieuwe regiovisie, versie {run}"', original.decode(), count=1, flags=re.M)
    text = re.sub(r"^status:.*$", "status: concept", text, count=1, flags=re.M)
    text = re.sub(r"^vorige:.*\n", "", text, flags=re.M)
    return re.sub(r"^periode: \{van: (\d+), tot: (\d+)\}",
                  lambda m: f"periode: {{van: {int(m.group(2)) + 1}, tot: {int(m.group(2)) + 4}}}", text, count=1, flags=re.M).encode()


def changed(original, kind, run):
    """The document after save `run`; each save differs, and the page shows `versie {run}`."""
    if kind == "zin":
        return original + f"\nEen zin erbij, versie {run}.\n".encode()
    if kind == "kop":
        return original + f"\n## Nieuwe kop {run}\n\nEen zin erbij, versie {run}.\n".encode()
    text = original.decode()
    if kind == "volgorde" and run % 2 == 0:
        text = re.sub(r"^periode: \{van: \d+, tot: \d+\}", "periode: {van: 1990, tot: 1993}", text, count=1, flags=re.M)
    if kind == "periode":
        text = re.sub(r"^(periode: \{van: \d+, tot: )(\d+)\}", lambda m: f"{m.group(1)}{int(m.group(2)) - 1 - run % 2}}}",
                      text, count=1, flags=re.M)
    summary = f"samenvatting: Samenvatting, versie {run}."
    if re.search(r"^samenvatting:", text, re.M):
        return re.sub(r"^samenvatting:.*$", summary, text, count=1, flags=re.M).encode()
    fence = text.index("\n---", 3)
    return (text[:fence] + "\n" + summary + text[fence:]).encode()


if __name__ == "__main__":
    sys.exit(main())
