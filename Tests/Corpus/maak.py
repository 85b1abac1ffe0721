#!/usr/bin/env python3
"""Writes the hostile corpus: one file per case in gevallen/, and gevallen.yaml with where each
file goes in the test site and the diagnostic it must give. Run it after changing a case; the files
are committed, so a review shows every byte that changed.

Cases that cannot be a file in git (symbolic links, unreadable files, 50 MB) are made by the test
itself; they are listed in gevallen.yaml with `maak:` instead of `bestand:`.
"""
import os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gevallen")
PLAN = "haaglanden/delft/vijandig.md"

HEAD = """---
type: beleidsplan
titel: Plan Delft vijandig
status: concept
gemeente: GM0503
regiovisie: haaglanden/regiovisie-2023-2026
periode: {van: 2024, tot: 2025}
"""
BODY = "---\n## Doelen\n\nTekst.\n"

def plan(extra="", body=BODY, head=HEAD):
    return (head + extra + body).encode()

cases = []   # (file name, bytes or None, entry dict)

extra_files = {}

def case(name, data, code, line, column, plek=PLAN, tekst=None, maak=None, ext=".md", extra=()):
    entry = {"naam": name, "plek": plek, "code": code, "regel": line, "kolom": column}
    if extra:
        entry["extra"] = [{"bestand": "extra/" + f, "plek": p} for f, _, p in extra]
        for f, d, _ in extra: extra_files["extra/" + f] = d
    if tekst: entry["tekst"] = tekst
    if maak:
        entry["maak"] = maak
    else:
        entry["bestand"] = name + ext
    cases.append((name + ext if data is not None else None, data, entry))

# --- YAML that does not parse, or parses into the wrong shape
case("yaml-dubbele-punt", plan("samenvatting: doel: veilig\n"), "yaml-syntaxfout", 8, 19)
case("yaml-tab-inspringing", plan("kaders:\n\t- wmo-2015\n"), "yaml-syntaxfout", 9, 1)
case("yaml-tab-na-sleutel", plan("samenvatting:\tkort\n"), None, 0, 0)
case("yaml-dubbele-sleutel", plan("titel: Nog een titel\n"), "dubbele-sleutel", 8, 1)
case("yaml-aanhalingsteken-open", plan('samenvatting: "niet gesloten\n'), "yaml-syntaxfout", 8, 15)
case("yaml-accolade-open", plan("", head=HEAD.replace("periode: {van: 2024, tot: 2025}", "periode: {van: 2024, tot: 2025")), "yaml-syntaxfout", 7, 31)
case("yaml-blokhaak-open", plan("kaders: [wmo-2015, jeugdwet\n"), "yaml-syntaxfout", 8, 28)
case("yaml-lijst-als-front-matter", b"---\n- type\n- beleidsplan\n---\nTekst.\n", "verkeerd-type", 2, 1)
case("yaml-tekst-als-front-matter", b"---\nalleen tekst\n---\nTekst.\n", "verkeerd-type", 2, 1)
case("yaml-leeg-front-matter", b"---\n---\nTekst.\n", "verplicht-veld-ontbreekt", 1, 1)
case("yaml-inspringing-verspringt", plan("periode2:\n  van: 2024\n   tot: 2025\n"), "yaml-syntaxfout", 10, 1)
case("yaml-spatie-voor-sleutel", plan(" samenvatting: kort\n"), "yaml-syntaxfout", 8, 1)
case("yaml-onbekende-tag", plan("samenvatting: !!binary kort\n"), None, 0, 0)
case("yaml-python-tag", plan("samenvatting: !!python/object:os.system ls\n"), None, 0, 0)
case("yaml-twee-documenten", plan("...\n---\ntype: regiovisie\n"), None, 0, 0)
case("yaml-diep-genest", plan("samenvatting: " + "[" * 10000 + "]" * 10000 + "\n"), "yaml-syntaxfout", 8, 16, tekst="te diep")
case("yaml-anker-en-alias", plan("samenvatting: &kort Kort\nkaders: [*kort]\n"), "yaml-anker", 8, 15)
lol = "".join(f"l{i}: &l{i} [" + ",".join([f"*l{i-1}"] * 9) + "]\n" for i in range(1, 10))
case("yaml-billion-laughs", plan("lol0: &l0 lol\n" + lol + "kaders: *l9\n"), "yaml-anker", 8, 7)
case("yaml-billion-laughs-sleutel", plan("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol]\n" + lol.replace("l1: &l1", "l1x: &l1") + "? *l9\n: x\n"), "yaml-anker", 8, 5)
case("yaml-samenvoegsleutel", plan("basis: &basis {titel: X}\n<<: *basis\n"), "yaml-anker", 8, 8)

# --- front matter fences
case("front-matter-niet-gesloten", HEAD.encode() + b"## Doelen\n\nTekst.\n", "front-matter-niet-gesloten", 1, 1)
case("alleen-front-matter", HEAD.encode() + b"---\n", None, 0, 0)
case("alleen-front-matter-zonder-slotregel", HEAD.encode() + b"---", None, 0, 0)
case("leeg-bestand", b"", "front-matter-ontbreekt", 1, 1)
case("alleen-witruimte", b"  \n\n\t\n", "front-matter-ontbreekt", 1, 1)
case("geen-front-matter", b"# Plan Delft\n\nTekst.\n", "front-matter-ontbreekt", 1, 1)
case("front-matter-met-spaties-na-streepjes", plan(head=HEAD.replace("---\n", "---   \n", 1)), None, 0, 0)
case("drie-streepjes-in-tekst", plan(body=BODY + "\n---\n\nNog een deel.\n"), None, 0, 0)

# --- encodings and line ends
case("utf8-bom", b"\xef\xbb\xbf" + plan(), None, 0, 0)
case("crlf-regeleinden", plan().replace(b"\n", b"\r\n"), None, 0, 0)
case("cr-regeleinden", plan().replace(b"\n", b"\r"), None, 0, 0)
case("gemengde-regeleinden", plan().replace(b"titel: Plan Delft vijandig\n", b"titel: Plan Delft vijandig\r\n").replace(b"status: concept\n", b"status: concept\r"), None, 0, 0)
case("latin1", plan().replace(b"Tekst.", "Tekst met één café.".encode("latin-1")), "geen-utf8", 11, 11)
case("windows-1252-aanhalingstekens", plan().replace(b"Tekst.", b"\x93Veilig thuis\x94."), "geen-utf8", 11, 1)
case("utf16-le", plan().decode().encode("utf-16"), "geen-utf8", 1, 1, tekst="UTF-16")
case("utf16-be-zonder-bom", plan().decode().encode("utf-16-be"), "geen-utf8", 1, 1, tekst="UTF-16")
case("utf8-afgekapt", plan() + b"\xe2\x82", "geen-utf8", 12, 1)
case("overlong-utf8", plan().replace(b"Tekst.", b"Tekst \xc0\xaf."), "geen-utf8", 11, 7)
case("nul-in-tekst", plan().replace(b"Tekst.", b"Tek\x00st."), "stuurteken", 11, 4)
case("nul-in-front-matter", plan().replace(b"titel: Plan", b"titel: Pl\x00an"), "stuurteken", 3, 10)
case("escape-teken", plan().replace(b"Tekst.", b"Tekst \x1b[31mrood\x1b[0m."), "stuurteken", 11, 7)
case("alleen-nul-bytes", b"\x00" * 4096, "stuurteken", 1, 1)
case("windows-1252-twee-keer-omgezet", plan().replace(b"Tekst.", "\u0093Veilig thuis\u0094.".encode()), "stuurteken", 11, 1, tekst="U+0093")
case("harde-spatie-mag", plan().replace(b"Tekst.", "Veilig\u00a0Thuis en 5\u00a0°C.".encode()), None, 0, 0)

# --- git
conflict = b"<<<<<<< HEAD\nstatus: concept\n=======\nstatus: vastgesteld\n>>>>>>> visie-2025\n"
case("conflict-in-front-matter", plan().replace(b"status: concept\n", conflict), "conflictmarkering", 4, 1)
case("conflict-in-tekst", plan(body="---\n## Doelen\n\n<<<<<<< HEAD\nTekst.\n=======\nAndere tekst.\n>>>>>>> main\n"), "conflictmarkering", 11, 1)
case("conflict-in-regio-yaml", b"naam: Haaglanden\n<<<<<<< HEAD\ncentrumgemeenten: [GM0518]\n=======\ncentrumgemeenten: [GM0503]\n>>>>>>> andere-tak\ngemeenten:\n  - {code: GM0518, naam: \"'s-Gravenhage\", slug: den-haag}\n  - {code: GM0503, naam: Delft}\n",
     "conflictmarkering", 2, 1, plek="haaglanden/regio.yaml", ext=".yaml")

# --- values
case("datum-30-februari", plan("vastgesteld_op: 2023-02-30\n"), "ongeldige-datum", 8, 17)
case("datum-maand-13", plan("vastgesteld_op: 2023-13-01\n"), "ongeldige-datum", 8, 17)
case("datum-als-tekst", plan("vastgesteld_op: 16 maart 2023\n"), "ongeldige-datum", 8, 17)
case("periode-achterstevoren", plan(head=HEAD.replace("{van: 2024, tot: 2025}", "{van: 2025, tot: 2024}")), "ongeldige-periode", 7, 10)
case("periode-negatief-jaar", plan(head=HEAD.replace("{van: 2024, tot: 2025}", "{van: -2024, tot: 2025}")), "ongeldige-periode", 7, 10)
case("periode-enorm-jaar", plan(head=HEAD.replace("{van: 2024, tot: 2025}", "{van: 2024, tot: 99999999999999999999}")), "verkeerd-type", 7, 27)
case("titel-als-lijst", plan(head=HEAD.replace("titel: Plan Delft vijandig", "titel: [Plan, Delft]")), "verkeerd-type", 3, 8)
case("onbekend-type", plan(head=HEAD.replace("type: beleidsplan", "type: nota")), "ongeldige-waarde", 2, 7)
case("onbekende-sleutel", plan("title: Plan\n"), "onbekende-sleutel", 8, 1)
case("sleutel-met-hoofdletters", plan("Samenvatting: kort\n"), "onbekende-sleutel", 8, 1)
case("titel-van-een-megabyte", plan(head=HEAD.replace("titel: Plan Delft vijandig", "titel: " + "Lang " * 200000)), None, 0, 0)
factsheet = "---\ntype: factsheet\ntitel: Cijfers Delft\nstatus: concept\nschaal: regio\nbron: {naam: CBS}\ncijfers:\n  - {label: Meldingen, waarde: %s, jaar: 2023}\n---\nTekst.\n"
case("getal-oneindig", (factsheet % "1e999").encode(), "verkeerd-type", 8, 32, plek="haaglanden/factsheets/vijandig.md")
case("getal-nan", (factsheet % ".nan").encode(), "verkeerd-type", 8, 32, plek="haaglanden/factsheets/vijandig.md")

# --- names and slugs
case("naam-met-spatie", plan(), "ongeldig-pad", 1, 1, plek="haaglanden/delft/plan 2025.md")
case("naam-met-hoofdletters", plan(), "ongeldig-pad", 1, 1, plek="haaglanden/delft/Plan-2025.md")
case("naam-met-cyrillische-a", plan(), "ongeldig-pad", 1, 1, plek="haaglanden/delft/pl\u0430n-2025.md")
case("naam-met-nulbreedte-spatie", plan(), "ongeldig-pad", 1, 1, plek="haaglanden/delft/plan\u200b-2025.md")
case("naam-met-puntjes", plan(), "ongeldig-pad", 1, 1, plek="haaglanden/delft/plan..2025.md")
# Names Windows hides the end of: Notepad's .md.txt, an extension in capitals, .markdown.
case("naam-kladblok-md-txt", plan(), "geen-md-bestand", 1, 1, plek="haaglanden/delft/plan-2025.md.txt", tekst="lijkt een document", ext=".md.txt")
case("naam-extensie-in-hoofdletters", plan(), "geen-md-bestand", 1, 1, plek="haaglanden/delft/plan-2025.MD", ext=".MD")
case("naam-extensie-markdown", plan(), "geen-md-bestand", 1, 1, plek="haaglanden/delft/plan-2025.markdown", ext=".markdown")
case("verwijzing-met-puntjes", plan(head=HEAD.replace("haaglanden/regiovisie-2023-2026", "../../etc/passwd")), "ongeldig-pad", 6, 13)
case("verwijzing-absoluut", plan(head=HEAD.replace("haaglanden/regiovisie-2023-2026", "/etc/passwd")), "ongeldig-pad", 6, 13)
case("verwijzing-met-spatie", plan(head=HEAD.replace("haaglanden/regiovisie-2023-2026", "haaglanden/regiovisie 2023")), "ongeldig-pad", 6, 13)
case("link-buiten-inhoud", plan(body="---\n## Doelen\n\n[geheim](../../../../etc/passwd)\n"), "link-naar-onbekend-bestand", 11, 1)
case("gemeente-slug-met-puntjes", b"naam: Haaglanden\ncentrumgemeenten: [GM0518]\ngemeenten:\n  - {code: GM0518, naam: \"'s-Gravenhage\", slug: den-haag}\n  - {code: GM0503, naam: Delft, slug: ../delft}\n",
     "ongeldig-pad", 5, 39, plek="haaglanden/regio.yaml", ext=".yaml")
case("gemeente-slug-met-lookalike", b"naam: Haaglanden\ncentrumgemeenten: [GM0518]\ngemeenten:\n  - {code: GM0518, naam: \"'s-Gravenhage\", slug: den-haag}\n  - {code: GM0503, naam: Delft, slug: d\xd0\xb5lft}\n",
     "ongeldig-pad", 5, 39, plek="haaglanden/regio.yaml", ext=".yaml")
linking = plan(body="---\n## Doelen\n\nZie [bijlage](bijlage.pdf), [Bijlage](Bijlage.pdf) en [de kopie](plan-2024.html).\n")
case("bijlage-verschilt-alleen-in-hoofdletters", b"%PDF-1.4\n% kleine letters\n", "dubbel-uitvoerpad", 1, 1, plek="haaglanden/delft/bijlage.pdf", ext=".pdf",
     extra=[("Bijlage.pdf", b"%PDF-1.4\n% hoofdletter\n", "haaglanden/delft/Bijlage.pdf"), ("met-bijlagen.md", linking, PLAN)])
case("bijlage-op-de-plek-van-een-pagina", b"<p>Een oude export.</p>\n", "dubbel-uitvoerpad", 1, 1, plek="haaglanden/delft/plan-2024.html", ext=".html",
     extra=[("met-bijlagen.md", linking, PLAN)])

# --- Markdown at its limits
case("lijst-10000-niveaus", plan(body="---\n## Doelen\n\n" + "- " * 10000 + "diep\n"), None, 0, 0)
case("citaat-10000-niveaus", plan(body="---\n## Doelen\n\n" + ">" * 10000 + " diep\n"), None, 0, 0)
case("nadruk-10000-niveaus", plan(body="---\n## Doelen\n\n" + "*" * 10000 + "x" + "*" * 10000 + "\n"), None, 0, 0)
# Found by the fuzzer: placing the address's notice searched the line Character by Character (seconds).
LONG_LINE = "[" * 20000 + "](../regiovisie-2023-2026.md)" * 2000 + " zie "
case("adres-na-20000-blokhaken", plan(body="---\n## Doelen\n\n" + LONG_LINE + "www.veiligthuis.nl\n"), "adres-zonder-link", 11, len(LONG_LINE) + 1)
case("links-10000-haken", plan(body="---\n## Doelen\n\n" + "[" * 10000 + "x" + "](../regiovisie-2023-2026.md)" * 10000 + "\n"), None, 0, 0)
case("kop-van-een-megabyte", plan(body="---\n## " + "kop " * 250000 + "\n\nTekst.\n"), None, 0, 0)

# --- made by the test
for name, maak, code, plek in [
    ("groot-bestand-50-mb", "groot", "bestand-te-groot", PLAN),
    ("regel-van-een-megabyte", "lange-regel", None, PLAN),
    ("lijst-200000-niveaus", "diepe-lijst", None, PLAN),
    ("citaat-en-lijst-100000-niveaus", "diep-citaat-en-lijst", None, PLAN),
    ("symlink-naar-buiten", "symlink-buiten", "symbolische-link", "haaglanden/delft/passwd.md"),
    ("symlink-lus", "symlink-lus", "symbolische-link", "haaglanden/delft/lus.md"),
    ("symlink-map-lus", "symlink-map-lus", "symbolische-link", "haaglanden/delft/terug"),
    ("onleesbaar-bestand", "onleesbaar-bestand", "bestand-onleesbaar", PLAN),
    ("onleesbare-map", "onleesbare-map", "bestand-onleesbaar", "haaglanden/delft/geheim"),
]:
    case(name, None, code, 1, 1, plek=plek, maak=maak)

def yaml_entry(e):
    lines = []
    for i, key in enumerate(["naam", "bestand", "maak", "plek", "code", "regel", "kolom", "tekst", "extra"]):
        if key not in e: continue
        value = e[key]
        if key == "extra":
            lines.append("  extra:")
            lines += [f'    - {{bestand: "{x["bestand"]}", plek: "{x["plek"]}"}}' for x in value]
            continue
        if value is None: value = "geen"
        if isinstance(value, str): value = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines.append(("- " if not lines else "  ") + f"{key}: {value}")
    return "\n".join(lines)

if __name__ == "__main__":
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    for name, data, entry in cases:
        if entry.get("code") is None:
            entry.pop("regel"); entry.pop("kolom")
        if name: open(os.path.join(OUT, name), "wb").write(data)
    os.makedirs(os.path.join(OUT, "extra"))
    for name, data in extra_files.items(): open(os.path.join(OUT, name), "wb").write(data)
    with open(os.path.join(HERE, "gevallen.yaml"), "w") as f:
        f.write("# Written by maak.py: where each hostile file goes in the test site, and the diagnostic it must give.\n")
        f.write("# code: geen means the file must be taken without any error (and without a crash or hang).\n")
        f.write("\n".join(yaml_entry(e) for _, _, e in cases) + "\n")
    print(len(cases), "cases,", sum(1 for n, _, _ in cases if n), "files")
