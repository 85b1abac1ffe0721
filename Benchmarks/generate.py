#!/usr/bin/env python3
"""Generate a synthetic Regio content folder for benchmarks.

Usage:
    Benchmarks/generate.py N OUT_DIR [--seed S] [--source CONTENT] [--force]

Writes OUT_DIR as a complete content folder with exactly N documents (.md files) that passes
`regio check --content OUT_DIR --datum 2026-11-25` without errors or warnings:

- site.yaml and kaders.yaml copied from the example content (default: content/ next to Benchmarks/);
- as many regions as N needs (about 37 documents each): the names of real regions first, then
  `regio-01` "Regio 01" and so on (`regio-001` once there are 100 or more); 10-25 municipalities
  each, with synthetic names and unique synthetic CBS codes (never one used in the example content);
- per region a chain of one to three regiovisies (~20 KB; the older ones `vervallen`, linked with
  `vorige`) of which exactly one is in force on 2026-11-25; per municipality a beleidsplan (~8 KB)
  referring to the current regiovisie, and for some an uitvoeringsplan or an older, expired plan;
  regional and municipal factsheets (~3 KB) with `cijfers`; a few national factsheets (the two of
  the example plus synthetic ones);
- bodies recombined from the paragraphs of the example documents, with names and years replaced,
  the checklist sections of kaders.yaml covered, and Markdown links between the documents (plan to
  the sections of its regiovisie, regiovisie to factsheets and plans, factsheet to regiovisie).

All figures, names and codes are synthetic: the content says so. The output is deterministic: the
same N, seed and example content give identical bytes. Only the Python standard library is used.
OUT_DIR must not exist or be empty; --force replaces an earlier generated folder (one that holds
site.yaml and kaders.yaml).
"""

import argparse
import functools
import os
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

PEILDATUM = (2026, 11, 25)
PEILJAAR = PEILDATUM[0]

TARGET_BYTES = {"regiovisie": 20000, "beleidsplan": 8000, "uitvoeringsplan": 6500, "factsheet": 3000}

# Region names used before the synthetic `Regio NN`: regions around the 35 centrumgemeenten
# vrouwenopvang en huiselijk geweld. Only the names are real; members, codes and texts are not.
REAL_REGIONS = [
    "Groningen", "Fryslân", "Drenthe", "IJsselland", "Twente", "Noord- en Oost-Gelderland",
    "Gelderland-Midden", "Gelderland-Zuid", "West-Veluwe Vallei", "Utrecht", "Eemland", "Flevoland",
    "Gooi en Vechtstreek", "Noord-Holland Noord", "Kop van Noord-Holland", "Zaanstreek-Waterland",
    "Kennemerland", "Amsterdam-Amstelland", "Holland Rijnland", "Midden-Holland", "Haaglanden",
    "Rotterdam-Rijnmond", "Nieuwe Waterweg Noord", "Zuid-Hollandse Eilanden", "Zuid-Holland Zuid",
    "Zeeland", "West-Brabant", "Hart van Brabant", "Noordoost-Brabant", "Zuidoost-Brabant",
    "Helmond-Peelland", "Limburg-Noord", "Maastricht-Heuvelland", "Parkstad Limburg", "Delfland",
]

NAME_ROOTS = [
    "Aal", "Bra", "Ee", "Hel", "Lin", "Mar", "Oster", "Ros", "Scher", "Vel", "Wes", "Zwa", "Ber",
    "Dor", "Ger", "Hil", "Kor", "Lee", "Mol", "Nun", "Ren", "Sta", "Ter", "Uit", "Vor", "Wal", "Ek",
    "Gaas", "Hem", "Lut", "Ams", "Bor", "Dal", "Elst", "Gra", "Har", "Ijs", "Lich", "Ommer", "Putt",
]
NAME_STEMS = [
    "veen", "dam", "dijk", "wolde", "horst", "broek", "hoven", "berg", "brug", "haven", "sloot",
    "meer", "woude", "hout", "beek", "kerk", "zand", "rade", "lo", "burg", "stein", "gein", "hem",
    "loo", "wijk", "drecht", "mond", "kamp", "heide", "dorp", "voort", "geest", "hoek", "schoten",
]
NAME_PREFIXES = ["Noord-", "Zuid-", "Oost-", "West-", "Nieuw-", "Oud-", "Groot-", "Klein-", "Hoog-", "Neder-", "Boven-", "Midden-"]
NAME_SUFFIXES = [" aan Zee", " aan de Vecht", " aan de Maas", " aan de IJssel", " en Veld", " en Veen"]

NUMBER_WORDS = {
    1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen",
    10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien",
    17: "zeventien", 18: "achttien", 19: "negentien", 20: "twintig", 21: "eenentwintig",
    22: "tweeëntwintig", 23: "drieëntwintig", 24: "vierentwintig", 25: "vijfentwintig",
}

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

# Chapters of a regiovisie and of a local plan, as the example documents have them. `need` lists
# subsections that must be there (the checklist's section names), matched against the example's headings.
VISION_CHAPTERS = [
    ("inleiding", "Inleiding", [["Begrippen", "Definities", "Begripsbepalingen"]]),
    ("analyse", "Analyse: aard en omvang", []),
    ("visie", "Visie", []),
    ("doelen", "Doelen en resultaten", []),
    ("samenwerking", "Samenwerking in de keten", [["Tijdelijk huisverbod", "Huisverbod"]]),
    ("veilig-thuis", "Veilig Thuis", []),
    ("preventie", "Preventie en vroegsignalering", [["Meldcode en afwegingskader", "Afwegingskader"],
                                                    ["Seksueel geweld", "Seksueel grensoverschrijdend gedrag"]]),
    ("uitvoering", "Uitvoering en financiering", [["Financiering"], ["Opvang", "Vrouwenopvang"]]),
    ("monitoring", "Monitoring en evaluatie", []),
]
PLAN_CHAPTERS = [
    ("inleiding", "Inleiding", []),
    ("aansluiting", "Aansluiting op de regiovisie", []),
    ("lokale-opgave", "Lokale opgave", []),
    ("doelen", "Doelen en acties", []),
    ("uitvoering", "Uitvoering", [["Samenwerking met Veilig Thuis", "Veilig Thuis"]]),
    ("monitoring", "Monitoring en verantwoording", []),
]

VT_WAIVER = "jeugdwet-samenhang-veilig-thuis"

FACTSHEET_KINDS = {
    # kind: (title, subject, [(label, unit, rate per inhabitant)])
    "veilig-thuis": ("Factsheet Veilig Thuis {scope} {year}", "adviezen en meldingen bij Veilig Thuis",
                     [("Meldingen bij Veilig Thuis", "meldingen", 0.0068), ("Gestarte adviezen bij Veilig Thuis", "gestarte adviezen", 0.0085),
                      ("Meldingen door beroepsmatige melders", "meldingen", 0.0061)]),
    "huisverboden": ("Tijdelijke huisverboden in {scope}, {year}", "opgelegde en verlengde tijdelijke huisverboden",
                     [("Opgelegde tijdelijke huisverboden", "huisverboden", 0.00019), ("Verlengde tijdelijke huisverboden", "huisverboden", 0.00008)]),
    "opvang": ("Vrouwenopvang en crisisopvang {scope} {year}", "de instroom in de vrouwenopvang en de crisisopvang",
               [("Instroom in de vrouwenopvang", "personen", 0.00042), ("Kinderen die met een ouder in de opvang verbleven", "kinderen", 0.00031),
                ("Plaatsingen in de crisisopvang", "plaatsingen", 0.00017)]),
    "ouderenmishandeling": ("Ouderenmishandeling in {scope}, {year}", "adviezen en meldingen over ouderenmishandeling",
                            [("Meldingen over ouderenmishandeling", "meldingen", 0.00052), ("Adviezen over ouderenmishandeling", "adviezen", 0.00071)]),
    "kindermishandeling": ("Kindermishandeling in {scope}, {year}", "adviezen en meldingen over kindermishandeling",
                           [("Meldingen over kindermishandeling", "meldingen", 0.0031), ("Adviezen over kindermishandeling", "adviezen", 0.0037),
                            ("Onderzoeken door Veilig Thuis naar kindermishandeling", "onderzoeken", 0.0009)]),
}
NATIONAL_POPULATION = 17_900_000

SYNTHETIC_NOTE = "Synthetisch cijfer voor de benchmark van Regio; geen echte registratie."


# --------------------------------------------------------------------------------------------
# Text helpers


def fold_chars(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=None)
def heading_slug(text):
    """The id Regio gives a heading (RegioMarkdown/HeadingID.swift)."""
    result, pending = [], False
    for ch in fold_chars(text).lower():
        if ch.isascii() and ch.isalnum():
            if pending and result:
                result.append("-")
            pending = False
            result.append(ch)
        else:
            pending = True
    return "".join(result) or "sectie"


class HeadingIDs:
    """Regio's numbering of repeated heading ids (`kop`, `kop-2`, ...)."""

    def __init__(self):
        self.used = {}

    def make(self, text):
        base = heading_slug(text)
        if base not in self.used:
            self.used[base] = 1
            return base
        n = self.used[base] + 1
        while f"{base}-{n}" in self.used:
            n += 1
        self.used[base] = n
        self.used[f"{base}-{n}"] = 1
        return f"{base}-{n}"


@functools.lru_cache(maxsize=None)
def heading_fold(text):
    """Like Checklist/HeadingMatcher.fold: the slug without leading numbering."""
    words = heading_slug(text).split("-")
    while words and words[0].isdigit():
        words.pop(0)
    return "-".join(words)


@functools.lru_cache(maxsize=None)
def heading_matches(heading, name):
    h, n = heading_fold(heading), heading_fold(name)
    return bool(n) and (h == n or h.startswith(n + "-"))


def slugify(name):
    return heading_slug(name.replace("'", ""))


def yaml_str(value):
    """A YAML scalar: plain where that is safe, double-quoted otherwise."""
    if re.fullmatch(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 .()'/-]*", value) and not value.endswith(" ") and value.lower() not in ("ja", "nee", "yes", "no", "true", "false", "null", "on", "off"):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_quoted(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_list(items):
    return "[" + ", ".join(yaml_str(i) for i in items) + "]"


def join_names(names):
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def date_str(d):
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def long_date(d):
    return f"{d[2]} {MONTHS[d[1] - 1]} {d[0]}"


def clamp_date(d, low=None, high=PEILDATUM):
    if low is not None and d < low:
        d = low
    if high is not None and d > high:
        d = high
    return d


def add_days(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


def random_date(rng, year, first_month=1, last_month=12):
    month = rng.randint(first_month, last_month)
    return (year, month, rng.randint(1, 28))


def rng_for(seed, *parts):
    return random.Random("|".join([str(seed)] + [str(p) for p in parts]))


# --------------------------------------------------------------------------------------------
# kaders.yaml: the little that the generator needs, read line by line (no YAML library)


def parse_kaders(text):
    frameworks, themes, requirements = {}, [], []
    section, item = None, None
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        top = re.match(r"^(\w+):\s*$", line)
        if top:
            section, item = top.group(1), None
            continue
        if section == "themas":
            m = re.search(r"id:\s*([\w-]+)", line)
            if m:
                themes.append(m.group(1))
            continue
        m = re.match(r"^  - id:\s*([\w-]+)", line)
        if m:
            if section == "kaders":
                item = {"id": m.group(1), "in_werking": None, "vervallen_op": None}
                frameworks[item["id"]] = item
            elif section == "eisen":
                item = {"id": m.group(1), "documenten": [], "vanaf": None, "tot": None, "sectie": [], "verwijzing": None, "veld": None}
                requirements.append(item)
            continue
        if item is None:
            continue
        m = re.match(r"^\s+([\w]+):\s*(.*)$", line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if section == "kaders" and key in ("in_werking", "vervallen_op"):
            item[key] = parse_date(value)
        elif section == "eisen":
            if key == "documenten":
                item["documenten"] = parse_flow(value)
            elif key == "geldig_vanaf":
                item["vanaf"] = parse_date(value)
            elif key == "geldig_tot":
                item["tot"] = parse_date(value)
            elif key == "sectie":
                item["sectie"] = parse_flow(value)
            elif key == "verwijzing":
                item["verwijzing"] = value
            elif key == "veld":
                item["veld"] = value
    return frameworks, themes, requirements


def parse_flow(value):
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return [v.strip().strip('"') for v in value[1:-1].split(",") if v.strip()]
    return [value.strip('"')] if value else []


def parse_date(value):
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def frameworks_in_force(frameworks, date):
    result = []
    for fid, f in frameworks.items():
        if f["in_werking"] and f["in_werking"] > date:
            continue
        if f["vervallen_op"] and f["vervallen_op"] <= date:
            continue
        result.append(fid)
    return result


def applicable_requirements(requirements, doctype, date):
    return [r for r in requirements if doctype in r["documenten"] and (r["vanaf"] is None or r["vanaf"] <= date)
            and (r["tot"] is None or date <= r["tot"])]


# --------------------------------------------------------------------------------------------
# The example content: paragraphs to recombine


RELATIVE_LINK = re.compile(r"\]\((?!https?://|mailto:)[^)]*\)")


class SourceDoc:
    def __init__(self, path, rel, text, regions):
        self.rel = rel
        parts = rel.split("/")
        self.region = parts[0] if len(parts) >= 2 and parts[0] != "factsheets" else None
        self.municipality = parts[1] if len(parts) == 3 and parts[1] != "factsheets" else None
        front, body = split_front_matter(text)
        self.type = re.search(r"^type:\s*(\w+)", front, re.M).group(1)
        soort = re.search(r"^soort:\s*(\w+)", front, re.M)
        self.soort = soort.group(1) if soort else None
        period = re.search(r"periode:\s*\{van:\s*(\d+),\s*tot:\s*(\d+)\}", front)
        self.period = (int(period.group(1)), int(period.group(2))) if period else None
        peil = re.search(r"^peiljaar:\s*(\d+)", front, re.M)
        if not self.period and peil:
            self.period = (int(peil.group(1)), int(peil.group(1)))
        self.region_info = regions.get(self.region)
        self.central = False
        self.muni_name = None
        if self.region_info and self.municipality:
            for m in self.region_info["members"]:
                if m["slug"] == self.municipality:
                    self.muni_name = m["display"]
                    self.central = m["code"] in self.region_info["central"]
        self.sections = parse_sections(body)


def split_front_matter(text):
    lines = text.split("\n")
    assert lines[0].strip() == "---"
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1:])


def parse_sections(body):
    sections, h2, sub, block = [], None, None, []

    def flush():
        if block and h2 is not None:
            text = "\n".join(block).rstrip()
            (sub["blocks"] if sub is not None else h2["intro"]).append(text)
        block.clear()

    for line in body.split("\n"):
        m = re.match(r"^(#{1,6})\s+(.*?)\s*$", line)
        if m:
            flush()
            level = len(m.group(1))
            if level == 1:
                continue
            if level == 2:
                h2 = {"heading": m.group(2), "intro": [], "subs": []}
                sections.append(h2)
                sub = None
            elif h2 is not None:
                sub = {"heading": m.group(2), "blocks": []}
                h2["subs"].append(sub)
        elif not line.strip():
            flush()
        else:
            block.append(line)
    flush()
    return sections


def read_region_files(source):
    regions = {}
    for folder in sorted(p for p in source.iterdir() if p.is_dir() and (p / "regio.yaml").exists()):
        text = (folder / "regio.yaml").read_text(encoding="utf-8")
        name = re.search(r"^naam:\s*(.+)$", text, re.M).group(1).strip().strip('"')
        central = re.findall(r"GM\d{4}", re.search(r"^centrumgemeenten:.*$", text, re.M).group(0))
        members = []
        for m in re.finditer(r"- code:\s*(GM\d{4})\n\s+naam:\s*(.+)\n(?:\s+slug:\s*(\S+))?", text):
            naam = m.group(2).strip().strip('"')
            slug = m.group(3) or slugify(naam)
            display = {"'s-Gravenhage": "Den Haag", "Rijswijk (ZH.)": "Rijswijk"}.get(naam, naam)
            members.append({"code": m.group(1), "naam": naam, "display": display, "slug": slug})
        members.sort(key=lambda x: (x["code"] not in central, central.index(x["code"]) if x["code"] in central else 0))
        regions[folder.name] = {"name": name, "central": central, "members": members}
    return regions


def vision_category(heading):
    f = heading_fold(heading)
    for key in ("inleiding", "analyse", "visie", "doelen", "samenwerking", "veilig-thuis", "preventie", "uitvoering", "monitoring"):
        if f.startswith(key):
            return key
    return None


def plan_category(heading):
    f = heading_fold(heading)
    for key in ("inleiding", "aansluiting", "lokale-opgave", "doelen", "uitvoering", "monitoring"):
        if f.startswith(key):
            return key
    return None


class Corpus:
    """Paragraph pools from the example documents, per document type and chapter."""

    def __init__(self, source):
        self.regions = read_region_files(source)
        self.docs = []
        for path in sorted(source.rglob("*.md")):
            rel = path.relative_to(source).as_posix()
            self.docs.append(SourceDoc(path, rel, path.read_text(encoding="utf-8"), self.regions))
        self.source_names = sorted({m["naam"] for r in self.regions.values() for m in r["members"]}
                                   | {m["display"] for r in self.regions.values() for m in r["members"]}, key=lambda s: (-len(s), s))
        self.vision_intro, self.vision_subs = {}, {}
        self.plan_intro, self.plan_subs = {}, {}
        self.factsheet_blocks = {"toelichting": [], "lezen": []}
        self.shares = {}
        sizes = {}
        for doc in self.docs:
            if doc.type == "regiovisie":
                for sec in doc.sections:
                    cat = vision_category(sec["heading"])
                    if not cat:
                        continue
                    intro = self.clean(doc, sec["intro"])
                    if intro:
                        self.vision_intro.setdefault(cat, []).append((doc, intro))
                    for sub in sec["subs"]:
                        blocks = self.clean(doc, sub["blocks"])
                        if blocks and not self.mentions_predecessor(sub["heading"]):
                            self.vision_subs.setdefault(cat, []).append((doc, sub["heading"], blocks))
                    sizes.setdefault(cat, []).append(sum(len(b) for b in sec["intro"]) + sum(len(b) for s in sec["subs"] for b in s["blocks"]))
            elif doc.type == "beleidsplan":
                for sec in doc.sections:
                    cat = plan_category(sec["heading"])
                    if not cat:
                        continue
                    intro = self.clean(doc, sec["intro"])
                    if intro:
                        self.plan_intro.setdefault(cat, []).append((doc, intro))
                    for sub in sec["subs"]:
                        blocks = self.clean(doc, sub["blocks"])
                        if blocks:
                            self.plan_subs.setdefault(cat, []).append((doc, sub["heading"], blocks))
            elif doc.type == "factsheet":
                for sec in doc.sections:
                    f = heading_fold(sec["heading"])
                    kind = "lezen" if ("lees" in f or "gebruik" in f) else "toelichting"
                    if f.startswith("bronnen") or f.startswith("cijfers") or f.startswith("ter-vergelijking"):
                        continue
                    for b in self.clean(doc, sec["intro"] + [x for s in sec["subs"] for x in s["blocks"]]):
                        if not re.search(r"\d\.\d{3}|\d{3}|Bron:", b):
                            self.factsheet_blocks[kind].append((doc, b))
        total = sum(sum(v) / len(v) for v in sizes.values())
        self.shares = {k: (sum(v) / len(v)) / total for k, v in sizes.items()}

    def mentions_predecessor(self, heading):
        return "veranderd" in heading_fold(heading)

    def clean(self, doc, blocks):
        """Blocks that read well anywhere: no quotes, no links into the example, no member lists."""
        result = []
        for b in blocks:
            if b.startswith(">") or RELATIVE_LINK.search(b):
                continue
            named = {n for n in self.source_names if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", b)}
            if len(named) >= 4:
                continue
            result.append(b)
        return result


# --------------------------------------------------------------------------------------------
# Rewriting example text for a target region, municipality and period


class Rewriter:
    def __init__(self, corpus):
        self.corpus = corpus
        names = corpus.source_names + sorted({r["name"] for r in corpus.regions.values()}, key=lambda s: (-len(s), s))
        names = sorted(set(names) | {"provincie Drenthe"}, key=lambda s: (-len(s), s))
        self.name_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        region_adj = ["Haaglandse", "Drentse", "West-Brabantse"]
        muni_adj = ["Haagse", "Zoetermeerse", "Roosendaalse", "Bredase", "Delftse", "Assense", "Emmense"]
        self.region_adj_re = re.compile(r"(?<![\w-])(" + "|".join(region_adj) + r") (\w)")
        self.muni_adj_re = re.compile(r"(?<![\w-])(" + "|".join(muni_adj) + r")(?![\w-])")
        self.number_re = re.compile(
            r"(?<![\w-])(" + "|".join(sorted(NUMBER_WORDS.values(), key=len, reverse=True)) + r")"
            r"(?=\s+(?:andere\s+)?(?:[A-Z][\w-]*se\s+)?(gemeenten|regiogemeenten|burgemeesters|portefeuillehouders|wethouders|colleges)\b)",
            re.I)
        # A year range, a year after a word that places a plan's action in time, or any other year; never
        # a year inside a URL (after `/`, `-` or `.`, or before `/`).
        self.year_re = re.compile(
            r"(?<![\w/.-])(20\d\d)-(20\d\d)(?![\w/])"
            r"|\b((?:[Ii]n|[Vv]anaf|[Ee]ind|[Uu]iterlijk|tot en met|[Vv]óór|[Vv]oor|[Nn]a|[Bb]egin|[Mm]edio|[Hh]alverwege|[Pp]eriode|kwartaal van|najaar van|voorjaar van)\s+)(20\d\d)(?![\w/-])"
            r"|(?<![\w/.-])(20\d\d)(?![\w/-])")
        self.protect_year_re = re.compile(r"(?:" + "|".join(MONTHS) + r"|[Ss]inds|afwegingskader|Thuis|Wmo|Impactmonitor|Prevalentiemonitor|WODC|CBS|Stb\.|nr\.)\s+$")
        self.word_numbers = {w: n for n, w in NUMBER_WORDS.items()}

    def mapping(self, doc, target):
        """Source name -> target name, for one source document and one target context."""
        mapping = {}
        region_name = target["region_name"]
        for slug, info in self.corpus.regions.items():
            mapping[info["name"]] = region_name
            members = target["members"]
            for i, m in enumerate(info["members"]):
                t = members[i % len(members)]["name"]
                mapping[m["naam"]] = t
                mapping[m["display"]] = t
            for i, code in enumerate(info["central"]):
                src = next(m for m in info["members"] if m["code"] == code)
                t = target["central_names"][i % len(target["central_names"])]
                mapping[src["naam"]] = t
                mapping[src["display"]] = t
        mapping["provincie Drenthe"] = "regio " + region_name
        if doc.muni_name and target.get("muni_name"):
            mapping[doc.muni_name] = target["muni_name"]
        return mapping

    def rewrite(self, text, doc, target, mapping):
        info = doc.region_info
        if info:
            m_src, m_tgt = len(info["members"]), len(target["members"])
            nc_src, nc_tgt = len(info["central"]), len(target["central_names"])
            counts = {m_src: m_tgt, m_src - 1: m_tgt - 1}

            def number(mo):
                word = mo.group(1)
                n = self.word_numbers.get(word.lower())
                if n is None:
                    return word
                if mo.group(2) == "regiogemeenten" and n == m_src - nc_src:
                    new = m_tgt - nc_tgt
                elif n in counts:
                    new = counts[n]
                else:
                    return word
                out = NUMBER_WORDS.get(new, str(new))
                return out[0].upper() + out[1:] if word[0].isupper() else out
            text = self.number_re.sub(number, text)

        def at_sentence_start(mo):
            before = mo.string[:mo.start()]
            return not before.strip() or re.search(r"([.!?]|\*\*|^[-*]|^\d+\.)\s*$", before, re.M) is not None

        def remove_adj(mo):
            nxt = mo.group(2)
            return nxt.upper() if at_sentence_start(mo) else nxt

        def local_adj(mo):
            return "Lokale" if at_sentence_start(mo) else "lokale"
        text = self.region_adj_re.sub(remove_adj, text)
        text = self.muni_adj_re.sub(local_adj, text)
        text = self.name_re.sub(lambda mo: mapping.get(mo.group(1), mo.group(1)), text)
        # Years: shift the ones that belong to the source's own period.
        if doc.period and target.get("period"):
            delta = target["period"][0] - doc.period[0]
            if delta:
                lo, hi = doc.period[0] - 1, doc.period[1] + 1
                prev = (doc.period[0] - 4, doc.period[0] - 1)

                def shift(mo):
                    if mo.group(1):
                        a, b = int(mo.group(1)), int(mo.group(2))
                        if (a, b) in (doc.period, prev) or (lo <= a <= hi and lo <= b <= hi):
                            return f"{a + delta}-{b + delta}"
                        return mo.group(0)
                    if mo.group(3):
                        y = int(mo.group(4))
                        return mo.group(3) + str(y + delta) if lo <= y <= hi else mo.group(0)
                    y = int(mo.group(5))
                    if doc.period[0] <= y <= doc.period[1] and not self.protect_year_re.search(mo.string[max(0, mo.start() - 20):mo.start()]):
                        return str(y + delta)
                    return mo.group(0)
                text = self.year_re.sub(shift, text)
        return text


# --------------------------------------------------------------------------------------------
# Planning: which regions, municipalities and documents there are


class Namer:
    def __init__(self, rng, taken):
        self.rng = rng
        self.used = set(taken)

    def name(self):
        for attempt in range(1000):
            base = self.rng.choice(NAME_ROOTS) + self.rng.choice(NAME_STEMS)
            if attempt > 20 or self.rng.random() < 0.2:
                base = self.rng.choice(NAME_PREFIXES) + base
            if attempt > 100 or self.rng.random() < 0.07:
                base += self.rng.choice(NAME_SUFFIXES)
            slug = slugify(base)
            if slug not in self.used and slug not in ("assets", "landelijk", "factsheets", "zoeken", "themas", "toetsing", "index"):
                self.used.add(slug)
                return base
        raise SystemExit("generate.py: geen nieuwe gemeentenaam meer te maken")


def plan_inventory(n_docs, seed, used_codes):
    rng = rng_for(seed, "inventory")
    n_national = 1 if n_docs < 2 else max(2, min(25, n_docs // 400))
    remaining = n_docs - n_national
    pool = [f"GM{i:04d}" for i in range(1, 10000) if f"GM{i:04d}" not in used_codes]
    rng.shuffle(pool)
    namer = Namer(rng_for(seed, "names"), [])
    regions = []
    while remaining > 0:
        can_make = len(pool) >= 25
        if regions and (remaining < 12 or not can_make):
            break
        if not can_make:
            raise SystemExit("generate.py: te weinig CBS-codes over")
        region = make_region(rng, len(regions), pool, namer)
        docs = region_documents(region)
        if len(docs) > remaining:
            trim_region(region, remaining)
            docs = region_documents(region)
        regions.append(region)
        remaining -= len(docs)
    if remaining > 0:
        add_extras(rng, regions, remaining)
    return n_national, regions


def make_region(rng, index, pool, namer):
    m = rng.randint(10, 25)
    n_central = 2 if rng.random() < 0.15 else 1
    members = []
    for i in range(m):
        name = namer.name()
        members.append({"code": pool.pop(), "name": name, "slug": slugify(name),
                        "population": rng.randint(60_000, 340_000) if i < n_central else rng.randint(9_000, 95_000)})
    region = {"index": index, "members": members, "central": members[:n_central], "visions": [], "plans": [], "factsheets": []}
    n_visions = rng.choices([1, 2, 3], weights=[25, 45, 30])[0]
    start = rng.choice([2023, 2024, 2025, 2026])
    for k in range(n_visions):
        van = start - 4 * (n_visions - 1 - k)
        current = k == n_visions - 1
        region["visions"].append({"van": van, "tot": van + 3, "status": "vastgesteld" if current else "vervallen",
                                  "date": random_date(rng, van, 1, 3), "file": f"regiovisie-{van}-{van + 3}.md",
                                  "version": rng.choice(["1.0", "1.0", "1.0", "1.1", "2.0"])})
    cur = len(region["visions"]) - 1
    vision = region["visions"][cur]
    for mem in members:
        first = rng.choice([y for y in (vision["van"], vision["van"] + 1) if y <= PEILJAAR])
        region["plans"].append(make_plan(rng, mem, cur, vision, first, vision["tot"], "beleidsplan", rank=5))
    if cur > 0:
        old = region["visions"][cur - 1]
        for mem in members:
            if rng.random() < 0.4:
                first = rng.choice([old["van"], old["van"] + 1])
                region["plans"].append(make_plan(rng, mem, cur - 1, old, first, old["tot"], "beleidsplan", rank=2, expired=True))
    for mem in members:
        if rng.random() < 0.35:
            year = rng.randint(vision["van"], min(vision["tot"], PEILJAAR))
            region["plans"].append(make_plan(rng, mem, cur, vision, year, year, "uitvoeringsplan", rank=1))
    n_regional = 1 + rng.choice([0, 1, 1, 2])
    kinds = list(FACTSHEET_KINDS)
    rng.shuffle(kinds)
    for i in range(n_regional):
        year = rng.randint(max(2016, vision["van"] - 3), min(vision["van"], PEILJAAR - 1))
        region["factsheets"].append(make_factsheet(rng, kinds[i % len(kinds)], year, None, rank=4 if i == 0 else 1))
    for mem in members:
        if rng.random() < 0.15:
            year = rng.randint(max(2016, vision["van"] - 3), PEILJAAR - 1)
            region["factsheets"].append(make_factsheet(rng, "veilig-thuis", year, mem, rank=0))
    return region


def make_plan(rng, mem, vision_index, vision, van, tot, soort, rank, expired=False):
    low = add_days(vision["date"], 14)
    if soort == "uitvoeringsplan":
        date = clamp_date(random_date(rng, van - 1, 11, 12) if rng.random() < 0.4 else random_date(rng, van, 1, 3), low)
        file = f"uitvoeringsplan-{van}.md"
    else:
        date = clamp_date(random_date(rng, van, 1, 10), low)
        file = f"beleidsplan-{van}-{tot}.md"
    status = "vervallen" if expired else ("concept" if rng.random() < 0.04 else "vastgesteld")
    return {"muni": mem, "vision": vision_index, "van": van, "tot": tot, "soort": soort, "status": status,
            "date": date, "file": file, "rank": rank,
            "waiver": soort == "uitvoeringsplan" and rng.random() < 0.5,
            "version": rng.choice(["1.0", "1.0", "1.1", "2.0"])}


def make_factsheet(rng, kind, year, mem, rank):
    date = clamp_date(random_date(rng, year + 1, 2, 9))
    name = f"{kind}-{mem['slug']}-{year}.md" if mem else f"{kind}-{year}.md"
    return {"kind": kind, "year": year, "muni": mem, "date": date, "file": name, "rank": rank}


def region_documents(region):
    return ([("regiovisie", v) for v in region["visions"]] + [("beleidsplan", p) for p in region["plans"]]
            + [("factsheet", f) for f in region["factsheets"]])


def trim_region(region, budget):
    """Drops the least essential documents until the region holds `budget` documents."""
    def count():
        return len(region_documents(region))
    for rank in (0, 1, 2):
        while count() > budget:
            victims = [d for d in region["factsheets"] + region["plans"] if d["rank"] == rank]
            if not victims:
                break
            victim = victims[-1]
            (region["factsheets"] if victim in region["factsheets"] else region["plans"]).remove(victim)
    while count() > budget and len(region["visions"]) > 1 and not any(p["vision"] == 0 for p in region["plans"]):
        region["visions"].pop(0)
        for p in region["plans"]:
            p["vision"] -= 1
    while count() > budget and len(region["factsheets"]) > 0:
        region["factsheets"].pop()
    while count() > budget and region["plans"]:
        region["plans"].pop()


def add_extras(rng, regions, extra):
    """Spreads the last few documents over the regions as uitvoeringsplannen and municipal factsheets."""
    i = 0
    guard = 0
    while extra > 0:
        guard += 1
        if guard > 1_000_000:
            raise SystemExit("generate.py: N is te groot voor het aantal beschikbare CBS-codes")
        region = regions[i % len(regions)]
        i += 1
        cur = len(region["visions"]) - 1
        vision = region["visions"][cur]
        mem = rng.choice(region["members"])
        folder_files = {p["file"] for p in region["plans"] if p["muni"] is mem}
        years = [y for y in range(vision["van"], min(vision["tot"], PEILJAAR) + 1) if f"uitvoeringsplan-{y}.md" not in folder_files]
        if years:
            y = rng.choice(years)
            region["plans"].append(make_plan(rng, mem, cur, vision, y, y, "uitvoeringsplan", rank=1))
            extra -= 1
            continue
        files = {f["file"] for f in region["factsheets"]}
        years = [y for y in range(2015, PEILJAAR) if f"veilig-thuis-{mem['slug']}-{y}.md" not in files]
        if years:
            region["factsheets"].append(make_factsheet(rng, "veilig-thuis", rng.choice(years), mem, rank=0))
            extra -= 1


# --------------------------------------------------------------------------------------------
# Writing documents


class Body:
    """A Markdown body under construction, with the headings Regio will see."""

    def __init__(self):
        self.parts = []
        self.headings = []  # (level, text)
        self.size = 0

    def heading(self, level, text):
        self.add("#" * level + " " + text)
        self.headings.append((level, text))

    def add(self, block):
        block = block.strip("\n")
        if block:
            self.parts.append(block)
            self.size += len(block.encode("utf-8")) + 2

    def has_heading(self, text):
        f = heading_slug(text)
        return any(heading_slug(t) == f for _, t in self.headings)

    def text(self):
        return "\n\n".join(self.parts) + "\n"

    def heading_ids(self):
        maker = HeadingIDs()
        return [(level, text, maker.make(text)) for level, text in self.headings]


def front_matter(fields):
    return "---\n" + "\n".join(fields) + "\n---\n\n"


class Generator:
    def __init__(self, corpus, kaders_text, seed, out):
        self.corpus = corpus
        self.rewriter = Rewriter(corpus)
        self.frameworks, self.themes, self.requirements = parse_kaders(kaders_text)
        self.seed = seed
        self.out = out
        self.files = 0
        self.bytes = 0

    def write(self, rel, text):
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as fh:
            fh.write(data)
        self.files += 1
        self.bytes += len(data)

    # ---- shared pieces

    def pooled(self, body, rng, doc, target, mapping_cache, blocks):
        for b in blocks:
            key = doc.rel
            if key not in mapping_cache:
                mapping_cache[key] = self.rewriter.mapping(doc, target)
            body.add(self.rewriter.rewrite(b, doc, target, mapping_cache[key]))

    def rewrite_heading(self, heading, doc, target, mapping_cache):
        if doc.rel not in mapping_cache:
            mapping_cache[doc.rel] = self.rewriter.mapping(doc, target)
        return self.rewriter.rewrite(heading, doc, target, mapping_cache[doc.rel])

    def fill_chapters(self, body, rng, chapters, intros, subs, target, total, shares, extras, exclude_names, choose):
        """Writes the chapters with pooled text until each reaches its share of `total` bytes."""
        cache = {}
        budget = 0
        for key, title, needs in chapters:
            budget += shares.get(key, 1 / len(chapters)) * total
            body.heading(2, title)
            start = len(body.parts)
            for block in extras.get("^" + key, []):
                body.add(block)
            candidates = choose(intros.get(key, []))
            if candidates:
                doc, blocks = rng.choice(candidates)
                self.pooled(body, rng, doc, target, cache, blocks)
            for block in extras.get(key, []):
                body.add(block)
            pool = choose(subs.get(key, []))
            for names in needs:
                if any(heading_matches(h, n) for _, h in body.headings for n in names):
                    continue
                matching = [s for s in choose([s for k in subs for s in subs[k]])
                            if any(heading_matches(s[1], n) for n in names)]
                if not matching:
                    continue
                doc, heading, blocks = rng.choice(matching)
                text = self.rewrite_heading(heading, doc, target, cache)
                if body.has_heading(text):
                    continue
                body.heading(3, text)
                self.pooled(body, rng, doc, target, cache, blocks)
            optional = [s for s in pool if not any(heading_matches(s[1], n) for n in exclude_names)]
            rng.shuffle(optional)
            for doc, heading, blocks in optional:
                if body.size >= budget - 150:
                    break
                if body.size + sum(len(b) + 2 for b in blocks) > budget + 250:
                    continue
                text = self.rewrite_heading(heading, doc, target, cache)
                if body.has_heading(text):
                    continue
                body.heading(3, text)
                self.pooled(body, rng, doc, target, cache, blocks)
            if len(body.parts) == start:
                doc, blocks = rng.choice([x for k in intros for x in intros[k]])
                self.pooled(body, rng, doc, target, cache, blocks[:1])

    def ensure_coverage(self, body, rng, doctype, date, kaders, waivers, target, fill_pool):
        """Checks the body against kaders.yaml as Regio will, and adds what is missing."""
        ids = body.heading_ids()
        for req in applicable_requirements(self.requirements, doctype, date):
            if req["veld"] == "periode":
                continue
            if req["verwijzing"] and req["verwijzing"] in kaders:
                continue
            if req["sectie"] and any(heading_matches(t, n) for _, t, _ in ids for n in req["sectie"]):
                if req["id"] in waivers:
                    del waivers[req["id"]]
                continue
            if req["id"] in waivers:
                continue
            if req["sectie"]:
                body.heading(2, req["sectie"][0])
                doc, blocks = rng.choice(fill_pool)
                self.pooled(body, rng, doc, target, {}, blocks[:2])
                ids = body.heading_ids()
            elif req["verwijzing"]:
                kaders.append(req["verwijzing"])

    def themes_for(self, rng, k_low, k_high, must=()):
        """`must` and a random choice of the other themes, in the order of kaders.yaml."""
        others = [t for t in self.themes if t not in must]
        k = rng.randint(max(0, k_low - len(must)), max(0, k_high - len(must)))
        picked = set(must) | set(rng.sample(others, min(k, len(others))))
        return [t for t in self.themes if t in picked]

    # ---- regions

    def region_name(self, region, width):
        i = region["index"]
        if i < len(REAL_REGIONS):
            return REAL_REGIONS[i]
        return f"Regio {i - len(REAL_REGIONS) + 1:0{width}d}"

    def write_region(self, region, name, slug, nationals):
        rng = rng_for(self.seed, "region", region["index"])
        members = region["members"]
        region["name"], region["slug"] = name, slug
        central = region["central"]
        lines = [
            f"naam: {yaml_str(name)}",
            "omschrijving: " + yaml_quoted(
                f"De {NUMBER_WORDS.get(len(members), len(members))} gemeenten van {name} werken samen aan de aanpak van huiselijk geweld en "
                f"kindermishandeling, met {join_names(c['name'] for c in central)} als centrumgemeente. "
                "Synthetische benchmarkinhoud: gemeenten, CBS-codes, cijfers en teksten zijn gegenereerd."),
            "centrumgemeenten: " + flow_list(c["code"] for c in central),
            f"veilig_thuis_regio: {yaml_str(name)}",
            "bron: " + yaml_quoted("Gegenereerd door Benchmarks/generate.py van Regio; alleen de naam van de regio is ontleend aan een echte regio."
                                   if region["index"] < len(REAL_REGIONS) else "Gegenereerd door Benchmarks/generate.py van Regio; een verzonnen regio."),
            "gemeenten:",
        ]
        for m in members:
            lines += [f"  - code: {m['code']}", f"    naam: {yaml_str(m['name'])}", f"    slug: {m['slug']}"]
        self.write(f"{slug}/regio.yaml", "\n".join(lines) + "\n")
        base_target = {"region_name": name, "members": members, "central_names": [c["name"] for c in central]}
        region["population"] = sum(m["population"] for m in members)
        heading_index = {}
        for i, vision in enumerate(region["visions"]):
            heading_index[i] = self.write_vision(region, i, base_target, nationals)
        region["heading_index"] = heading_index
        for plan in region["plans"]:
            self.write_plan(region, plan, base_target, heading_index, nationals)
        for sheet in region["factsheets"]:
            self.write_factsheet(region, sheet, base_target, nationals)

    def vision_title(self, region, v):
        return f"Regiovisie huiselijk geweld en kindermishandeling {region['name']} {v['van']}-{v['tot']}"

    def write_vision(self, region, index, base_target, nationals):
        v = region["visions"][index]
        rng = rng_for(self.seed, "vision", region["index"], index)
        name, members, central = region["name"], region["members"], region["central"]
        target = dict(base_target, period=(v["van"], v["tot"]))
        kaders = frameworks_in_force(self.frameworks, v["date"])
        themes = self.themes_for(rng, 6, 14, must=["partnergeweld", "kindermishandeling", "veiligheid"])
        current = index == len(region["visions"]) - 1
        body = Body()
        if not current:
            nxt = region["visions"][index + 1]
            body.add(f"> Deze regiovisie is vervallen. Zij is opgevolgd door de [{self.vision_title(region, nxt)}]({nxt['file']}). "
                     "De tekst hieronder is ongewijzigd bewaard als naslag.")
        n_words = NUMBER_WORDS.get(len(members), str(len(members)))
        others = [m["name"] for m in members if m not in central]
        extras = {"inleiding": [], "analyse": [], "monitoring": []}
        intro = (f"De regio {name} bestaat uit {'de centrumgemeenten' if len(central) > 1 else 'centrumgemeente'} "
                 f"{join_names(c['name'] for c in central)} en de {NUMBER_WORDS.get(len(others), len(others))} regiogemeenten "
                 f"{join_names(others)}. Veilig Thuis {name} werkt voor alle {n_words} gemeenten. Deze regiovisie geldt voor de jaren "
                 f"{v['van']} tot en met {v['tot']}.")
        own_plans = [p for p in region["plans"] if p["vision"] == index and p["soort"] == "beleidsplan"]
        if own_plans:
            shown = own_plans[:rng.randint(2, 5)]
            intro += " Elke gemeente werkt de visie uit in haar eigen beleidsplan, zoals " + join_names(
                f"[{p['muni']['name']}]({p['muni']['slug']}/{p['file']})" for p in shown) + "."
        extras["inleiding"].append(intro)
        if index > 0:
            prev = region["visions"][index - 1]
            extras["inleiding"].append(f"Deze visie volgt de [regiovisie {prev['van']}-{prev['tot']}]({prev['file']}) op. De gemeenten hebben "
                                       f"die visie in {prev['tot']} geëvalueerd met de ketenpartners en ervaringsdeskundigen; de lessen daaruit "
                                       "zijn in deze visie verwerkt.")
        sheets = [f for f in region["factsheets"] if f["muni"] is None] + [f for f in region["factsheets"] if f["muni"] is not None][:3]
        links = [f"[{self.factsheet_title(region, f)}](factsheets/{f['file']})" for f in sheets[:4]]
        national_links = [f"[{t}](../factsheets/{f})" for f, t in nationals[:3]]
        analyse = "Alle cijfers in dit hoofdstuk staan met hun bron vermeld."
        if links:
            analyse += " De regionale cijfers staan ook in " + ("de factsheet " if len(links) == 1 else "de factsheets ") + join_names(links) + "."
        analyse += " Landelijke cijfers staan in " + join_names(national_links) + "."
        extras["analyse"].append(analyse)
        if sheets:
            f = sheets[0]
            extras["monitoring"].append(
                f"De regio werkt de [cijfers over {f['year']}](factsheets/{f['file']}#cijfers-over-{f['year']}) elk jaar bij en "
                "vergelijkt ze met het landelijke beeld.")
        exclude = []
        self.fill_chapters(body, rng, VISION_CHAPTERS, self.corpus.vision_intro, self.corpus.vision_subs, target,
                           TARGET_BYTES["regiovisie"] * rng.uniform(0.85, 1.15) - 1300, self.corpus.shares, extras, exclude,
                           choose=lambda xs: xs)
        waivers = {}
        self.ensure_coverage(body, rng, "regiovisie", v["date"], kaders, waivers, target,
                             [(d, b) for k in self.corpus.vision_intro for d, b in self.corpus.vision_intro[k]])
        fm = [
            "type: regiovisie",
            "titel: " + yaml_quoted(self.vision_title(region, v)),
            "samenvatting: " + yaml_quoted(
                f"De {n_words} gemeenten van {name} leggen vast hoe zij van {v['van']} tot en met {v['tot']} samen met Veilig Thuis {name} "
                f"en de ketenpartners huiselijk geweld en kindermishandeling eerder in beeld brengen, duurzaam stoppen en herstel mogelijk maken."),
            f"status: {v['status']}",
            f"vastgesteld_op: {date_str(v['date'])}",
            f"versie: \"{v['version']}\"",
            f"regio: {region['slug']}",
            f"periode: {{van: {v['van']}, tot: {v['tot']}}}",
            "kaders: " + flow_list(kaders),
        ]
        if index > 0:
            fm.append(f"vorige: {region['slug']}/{region['visions'][index - 1]['file'][:-3]}")
        fm += ["themas: " + flow_list(themes),
               "trefwoorden: " + flow_list([f"Veilig Thuis {name}", f"centrumgemeente {central[0]['name']}", "meldcode", "afwegingskader",
                                             "tijdelijk huisverbod", rng.choice(["vrouwenopvang", "duurzame veiligheid", "plegeraanpak", "herstel"])])]
        self.write(f"{region['slug']}/{v['file']}", front_matter(fm) + body.text())
        return body.heading_ids()

    def write_plan(self, region, plan, base_target, heading_index, nationals):
        rng = rng_for(self.seed, "plan", region["index"], plan["muni"]["slug"], plan["file"])
        mem, name = plan["muni"], region["name"]
        vision = region["visions"][plan["vision"]]
        is_central = mem in region["central"]
        target = dict(base_target, period=(plan["van"], plan["tot"]), muni_name=mem["name"])
        judged = plan["date"] if plan["status"] != "concept" else PEILDATUM
        kaders = [k for k in ["wmo-2015", "jeugdwet", "meldcode-2013", "wet-tijdelijk-huisverbod", "wpg", "istanbul-verdrag", "regiovisie-afspraak",
                              "nap-sggsg", "toekomstscenario-kind-gezinsbescherming"] if k in frameworks_in_force(self.frameworks, judged)]
        kaders = kaders[:5] + [k for k in kaders[5:] if rng.random() < 0.5]
        waivers = {}
        if plan["waiver"]:
            waivers[VT_WAIVER] = (f"Dit uitvoeringsplan bevat alleen de lokale acties van {mem['name']} voor {plan['van']}. Hoe de lokale aanpak "
                                  f"samenhangt met Veilig Thuis {name}, staat in het hoofdstuk Veilig Thuis van de {self.vision_title(region, vision)} "
                                  "en in het beleidsplan van de gemeente; dit plan herhaalt dat niet.")
        body = Body()
        folder_plans = [p for p in region["plans"] if p["muni"] is mem]
        if plan["status"] == "vervallen":
            newer = [p for p in folder_plans if p["soort"] == "beleidsplan" and p["van"] > plan["van"]]
            if newer:
                body.add(f"> Dit beleidsplan is vervallen. Het is opgevolgd door het [beleidsplan {newer[0]['van']}-{newer[0]['tot']}]({newer[0]['file']}).")
            else:
                body.add("> Dit beleidsplan is vervallen. De tekst is bewaard als naslag.")
        ids = heading_index[plan["vision"]]
        vfile = f"../{vision['file']}"
        h2 = [(t, i) for lvl, t, i in ids if lvl == 2]
        h3 = [(t, i) for lvl, t, i in ids if lvl == 3]
        wanted = [x for x in h2 if x[1] in ("veilig-thuis", "doelen-en-resultaten", "samenwerking-in-de-keten", "preventie-en-vroegsignalering")]
        rng.shuffle(wanted)
        anchors = wanted[:2] + (rng.sample(h3, 1) if h3 else [])
        aansluiting = (f"Dit plan is de lokale uitwerking van de [{self.vision_title(region, vision)}]({vfile}), die de gemeenten van {name} "
                       f"op {long_date(vision['date'])} hebben vastgesteld. ")
        aansluiting += "Voor de regionale afspraken verwijzen wij naar " + join_names(
            f"[{t}]({vfile}#{i})" for t, i in anchors) + " in de regiovisie."
        if is_central:
            aansluiting += (f" {mem['name']} is daarnaast centrumgemeente: de regionale taken die daarbij horen, staan in de regiovisie en in het "
                            "regionale uitvoeringsprogramma.")
        extras = {"^aansluiting": [aansluiting], "lokale-opgave": [], "inleiding": []}
        if plan["soort"] == "uitvoeringsplan":
            parent = [p for p in folder_plans if p["soort"] == "beleidsplan" and p["vision"] == plan["vision"]]
            if parent:
                extras["inleiding"].append(f"Dit uitvoeringsplan werkt het [beleidsplan {parent[0]['van']}-{parent[0]['tot']}]({parent[0]['file']}) "
                                           f"van {mem['name']} uit voor het jaar {plan['van']}, met concrete acties, een eigenaar en een planning.")
        sheets = [f for f in region["factsheets"] if f["muni"] is mem] + [f for f in region["factsheets"] if f["muni"] is None]
        figures = "Wij baseren de lokale opgave op de cijfers die voor de regio beschikbaar zijn"
        if sheets:
            figures += ", zoals " + join_names(f"[{self.factsheet_title(region, f)}](../factsheets/{f['file']})" for f in sheets[:2])
        f, t = rng.choice(nationals)
        figures += f", en op de landelijke cijfers in [{t}](../../factsheets/{f})."
        extras["lokale-opgave"].append(figures)
        exclude = [n for req in self.requirements if req["id"] in waivers for n in req["sectie"]]
        want_central = is_central

        def choose(items):
            if not items:
                return items
            sources = [x for x in items if x[0].central == want_central]
            return sources or items
        chapters = PLAN_CHAPTERS
        if plan["waiver"]:
            chapters = [(k, t, [] if k == "uitvoering" else needs) for k, t, needs in PLAN_CHAPTERS]
        total = TARGET_BYTES["uitvoeringsplan" if plan["soort"] == "uitvoeringsplan" else "beleidsplan"] * rng.uniform(0.85, 1.15) - 1500
        shares = {"inleiding": 0.12, "aansluiting": 0.14, "lokale-opgave": 0.18, "doelen": 0.22, "uitvoering": 0.22, "monitoring": 0.12}
        self.fill_chapters(body, rng, chapters, self.corpus.plan_intro, self.corpus.plan_subs, target, total, shares, extras,
                           exclude + ["Veilig Thuis"] if plan["waiver"] else exclude, choose)
        self.ensure_coverage(body, rng, "beleidsplan", judged, kaders, waivers, target,
                             [(d, b) for k in self.corpus.plan_intro for d, b in self.corpus.plan_intro[k]])
        kind = "Uitvoeringsplan" if plan["soort"] == "uitvoeringsplan" else "Beleidsplan"
        period = f"{plan['van']}" if plan["van"] == plan["tot"] else f"{plan['van']}-{plan['tot']}"
        fm = [
            "type: beleidsplan",
            "titel: " + yaml_quoted(f"{kind} aanpak huiselijk geweld en kindermishandeling {mem['name']} {period}"),
            "samenvatting: " + yaml_quoted(
                f"Dit {kind.lower()} vertaalt de regiovisie van {name} naar de aanpak in {mem['name']}, met acties voor vroegsignalering, "
                "snelle en duurzame hulp na een melding en een jaarlijkse verantwoording aan de gemeenteraad."),
            f"status: {plan['status']}",
        ]
        if plan["status"] != "concept":
            fm.append(f"vastgesteld_op: {date_str(plan['date'])}")
        fm += [
            f"versie: \"{plan['version']}\"",
            f"soort: {plan['soort']}",
            f"gemeente: {mem['code']}",
            f"regiovisie: {region['slug']}/{vision['file'][:-3]}",
            f"periode: {{van: {plan['van']}, tot: {plan['tot']}}}",
            "kaders: " + flow_list(kaders),
            "themas: " + flow_list(self.themes_for(rng, 4, 9, must=["partnergeweld", "kindermishandeling"])),
            "trefwoorden: " + flow_list([mem["name"], f"Veilig Thuis {name}", rng.choice(["wijkteams", "lokale teams", "sociaal team"]),
                                         rng.choice(["meldcode", "tijdelijk huisverbod", "mantelzorg", "complexe scheidingen"])]),
        ]
        if waivers:
            fm.append("uitzonderingen:")
            for k, reason in waivers.items():
                fm.append(f"  {k}: {yaml_quoted(reason)}")
        self.write(f"{region['slug']}/{mem['slug']}/{plan['file']}", front_matter(fm) + body.text())

    # ---- factsheets

    def factsheet_title(self, region, sheet):
        scope = f"gemeente {sheet['muni']['name']}" if sheet["muni"] else (region["name"] if region else "Nederland")
        return FACTSHEET_KINDS[sheet["kind"]][0].format(scope=scope, year=sheet["year"])

    def figures(self, rng, sheet, population, munis, year):
        title, subject, rows = FACTSHEET_KINDS[sheet["kind"]]
        result = []
        for label, unit, rate in rows:
            value = max(5, int(round(population * rate * rng.uniform(0.8, 1.25) / 5.0)) * 5)
            result.append({"label": label, "waarde": value, "eenheid": unit, "jaar": year, "gemeente": None})
        for m in munis:
            label, unit, rate = rows[0]
            value = max(5, int(round(m["population"] * rate * rng.uniform(0.7, 1.3) / 5.0)) * 5)
            result.append({"label": f"{label}, {m['name']}", "waarde": value, "eenheid": unit, "jaar": year, "gemeente": m["code"]})
        return result

    def factsheet_text(self, rng, sheet, title, scope_text, figures, links, target, fm_head):
        body = Body()
        kind_subject = FACTSHEET_KINDS[sheet["kind"]][1]
        body.heading(2, "Wat deze factsheet laat zien")
        body.add(f"Deze factsheet geeft cijfers over {kind_subject} in {scope_text} over {sheet['year']}. "
                 "De cijfers zijn synthetisch: de benchmark van Regio heeft ze gegenereerd, en ze zeggen niets over de werkelijke situatie.")
        body.heading(2, f"Cijfers over {sheet['year']}")
        body.add("\n".join(f"- **{f['label']}:** {f['waarde']:,} {f['eenheid']} in {f['jaar']}".replace(f"{f['waarde']:,}", f"{f['waarde']:,}".replace(",", "."))
                           for f in figures))
        body.add("Het gaat om afgeronde aantallen, zoals het CBS die op vijftallen afrondt.")
        if links:
            body.heading(2, "Samenhang met het beleid")
            body.add(" ".join(links))
        body.heading(2, "Hoe lees je deze cijfers?")
        cache = {}
        lezen = list(self.corpus.factsheet_blocks["lezen"])
        rng.shuffle(lezen)
        toelichting = list(self.corpus.factsheet_blocks["toelichting"])
        rng.shuffle(toelichting)
        target_size = TARGET_BYTES["factsheet"] * rng.uniform(0.85, 1.15) - len(fm_head)
        for doc, b in lezen[:1]:
            self.pooled(body, rng, doc, target, cache, [b])
        for doc, b in toelichting + lezen[2:]:
            if body.size >= target_size:
                break
            self.pooled(body, rng, doc, target, cache, [b])
        return body

    def factsheet_front(self, sheet, title, summary, scale, figures, themes, keywords, muni_code=None):
        fm = [
            "type: factsheet",
            "titel: " + yaml_quoted(title),
            "samenvatting: " + yaml_quoted(summary),
            "status: vastgesteld",
            f"vastgesteld_op: {date_str(sheet['date'])}",
            'versie: "1.0"',
            f"schaal: {scale}",
        ]
        if muni_code:
            fm.append(f"gemeente: {muni_code}")
        fm += [
            f"peiljaar: {sheet['year']}",
            "themas: " + flow_list(themes),
            "trefwoorden: " + flow_list(keywords),
            "bron:",
            '  naam: "Regio-benchmark: synthetische cijfers, gegenereerd door Benchmarks/generate.py"',
            "cijfers:",
        ]
        for f in figures:
            fm += [f"  - label: {yaml_quoted(f['label'])}", f"    waarde: {f['waarde']}", f"    eenheid: {f['eenheid']}", f"    jaar: {f['jaar']}"]
            if f["gemeente"]:
                fm.append(f"    gemeente: {f['gemeente']}")
            fm.append(f"    toelichting: {yaml_quoted(SYNTHETIC_NOTE)}")
        return fm

    def write_factsheet(self, region, sheet, base_target, nationals):
        rng = rng_for(self.seed, "factsheet", region["index"], sheet["file"])
        title = self.factsheet_title(region, sheet)
        mem = sheet["muni"]
        current = region["visions"][-1]
        if mem:
            figures = self.figures(rng, sheet, mem["population"], [], sheet["year"])
            for f in figures:
                f["gemeente"] = mem["code"]
            scope_text = f"de gemeente {mem['name']}"
            links = []
            regional = [f for f in region["factsheets"] if f["muni"] is None]
            if regional:
                links.append(f"Voor de hele regio, zie de [{self.factsheet_title(region, regional[0])}]({regional[0]['file']}).")
            plans = [p for p in region["plans"] if p["muni"] is mem and p["soort"] == "beleidsplan"]
            if plans:
                links.append(f"{mem['name']} gebruikt deze cijfers in het [beleidsplan {plans[0]['van']}-{plans[0]['tot']}](../{mem['slug']}/{plans[0]['file']}).")
            target = dict(base_target, period=(sheet["year"], sheet["year"]), muni_name=mem["name"])
            scale = "gemeente"
        else:
            shown = rng.sample(region["members"], min(len(region["members"]), rng.randint(2, 5)))
            shown.sort(key=lambda m: region["members"].index(m))
            figures = self.figures(rng, sheet, region["population"], shown, sheet["year"])
            scope_text = f"de regio {region['name']}"
            ids = region["heading_index"][len(region["visions"]) - 1]
            anchor = next((i for lvl, t, i in ids if lvl == 2 and heading_matches(t, "Analyse")), ids[0][2])
            links = [f"De cijfers onderbouwen de [analyse van aard en omvang](../{current['file']}#{anchor}) in de "
                     f"{self.vision_title(region, current)}."]
            target = dict(base_target, period=(sheet["year"], sheet["year"]))
            scale = "regio"
        f, t = rng.choice(nationals)
        links.append(f"Ter vergelijking: [{t}](../../factsheets/{f}).")
        summary = f"{title}: {FACTSHEET_KINDS[sheet['kind']][1]} in {scope_text}, met synthetische cijfers voor de benchmark van Regio."
        extra = {"opvang": "opvang", "kindermishandeling": "kindermishandeling", "ouderenmishandeling": "ouderenmishandeling",
                 "huisverboden": "partnergeweld"}.get(sheet["kind"])
        themes = [t for t in self.themes if t in ("veiligheid", "vroegsignalering", extra)]
        keywords = [f"Veilig Thuis {region['name']}", mem["name"] if mem else region["name"]] + sorted({r[1] for r in FACTSHEET_KINDS[sheet["kind"]][2]})
        fm = self.factsheet_front(sheet, title, summary, scale, figures, themes, keywords, mem["code"] if mem else None)
        head = front_matter(fm)
        body = self.factsheet_text(rng, sheet, title, scope_text, figures, links, target, head)
        self.write(f"{region['slug']}/factsheets/{sheet['file']}", head + body.text())

    def write_nationals(self, n_national, source):
        """The example's national factsheets, then synthetic ones; returns (file, title) pairs."""
        result = []
        real = sorted((source / "factsheets").glob("*.md")) if (source / "factsheets").is_dir() else []
        for path in (real if len(real) <= n_national else []):
            text = path.read_text(encoding="utf-8")
            title = re.search(r'^titel:\s*"?(.*?)"?\s*$', text, re.M).group(1)
            self.write(f"factsheets/{path.name}", text)
            # A factsheet may read its figures from a CSV file beside it; copy it along, byte for byte.
            for data in sorted(path.parent.glob(path.stem + "*.csv")):
                target = self.out / "factsheets" / data.name
                target.write_bytes(data.read_bytes())
            result.append((path.name, title))
        rng = rng_for(self.seed, "national")
        combos = [(k, y) for y in range(2025, 2014, -1) for k in FACTSHEET_KINDS]
        i = 0
        while len(result) < n_national:
            kind, year = combos[i % len(combos)]
            i += 1
            sheet = {"kind": kind, "year": year, "muni": None, "date": clamp_date(random_date(rng, year + 1, 2, 9)),
                     "file": f"landelijk-{kind}-{year}.md"}
            title = self.factsheet_title(None, sheet)
            figures = self.figures(rng, sheet, NATIONAL_POPULATION, [], year)
            summary = f"{title}: landelijke, synthetische cijfers over {FACTSHEET_KINDS[kind][1]} voor de benchmark van Regio."
            fm = self.factsheet_front(sheet, title, summary, "landelijk", figures, ["veiligheid", "vroegsignalering"],
                                      ["landelijk", "Veilig Thuis", "CBS StatLine"])
            head = front_matter(fm)
            links = [f"Zie ook [{t}]({f})." for f, t in result[:2]]
            target = {"region_name": "Nederland", "members": [{"name": "Nederland"}], "central_names": ["Nederland"], "period": (year, year)}
            body = self.factsheet_text(rng, sheet, title, "Nederland", figures, links, target, head)
            self.write(f"factsheets/{sheet['file']}", head + body.text())
            result.append((sheet["file"], title))
        return result


def main():
    parser = argparse.ArgumentParser(description="Genereert een synthetische inhoudsmap voor benchmarks van Regio.")
    parser.add_argument("n", type=int, help="aantal documenten (.md)")
    parser.add_argument("out", type=Path, help="uitvoermap (nieuw of leeg)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parent.parent / "content",
                        help="de voorbeeldinhoud (standaard content/ naast Benchmarks/)")
    parser.add_argument("--force", action="store_true", help="vervang een eerder gegenereerde uitvoermap")
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N moet minstens 1 zijn")
    source = args.source
    if not (source / "site.yaml").is_file() or not (source / "kaders.yaml").is_file():
        parser.error(f"{source} is geen inhoudsmap met site.yaml en kaders.yaml")
    out = args.out
    if out.exists() and any(out.iterdir()):
        if not args.force:
            parser.error(f"{out} bestaat al en is niet leeg (gebruik --force om een gegenereerde map te vervangen)")
        if not ((out / "site.yaml").is_file() and (out / "kaders.yaml").is_file()):
            parser.error(f"{out} lijkt geen gegenereerde inhoudsmap; ik verwijder hem niet")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)

    corpus = Corpus(source)
    used_codes = set()
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix in (".yaml", ".md"):
            used_codes.update(re.findall(r"GM\d{4}", path.read_text(encoding="utf-8")))
    kaders_text = (source / "kaders.yaml").read_text(encoding="utf-8")
    gen = Generator(corpus, kaders_text, args.seed, out)
    shutil.copyfile(source / "site.yaml", out / "site.yaml")
    shutil.copyfile(source / "kaders.yaml", out / "kaders.yaml")

    n_national, regions = plan_inventory(args.n, args.seed, used_codes)
    nationals = gen.write_nationals(n_national, source)
    synthetic = max(0, len(regions) - len(REAL_REGIONS))
    width = max(2, len(str(synthetic)))
    for region in regions:
        name = gen.region_name(region, width)
        gen.write_region(region, name, slugify(name), nationals)
    docs = gen.files - len(regions)
    assert docs == args.n, f"{docs} documenten geschreven in plaats van {args.n}"
    counts = {"regiovisie": sum(len(r["visions"]) for r in regions),
              "beleidsplan": sum(1 for r in regions for p in r["plans"] if p["soort"] == "beleidsplan"),
              "uitvoeringsplan": sum(1 for r in regions for p in r["plans"] if p["soort"] == "uitvoeringsplan"),
              "factsheet": sum(len(r["factsheets"]) for r in regions) + n_national}
    print(f"{docs} documenten ({', '.join(f'{v} {k}' for k, v in counts.items())}), {len(regions)} {'regio' if len(regions) == 1 else 'regio' + chr(39) + 's'}, "
          f"{sum(len(r['members']) for r in regions)} gemeenten, {gen.bytes / 1e6:.1f} MB in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
