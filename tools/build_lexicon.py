#!/usr/bin/env python3
"""Build diplograph's verb trigger lexicon and CAMEO table from the shared reference data.

Usage: python tools/build_lexicon.py [SHARED_DATA_DIR]   (default: ../shared/data)

Reads phoenix/CAMEO.2.0.txt (PETRARCH verb dictionary, MIT), cameo/CAMEO2PLOVER-2021.txt
(PLOVER, CC BY-SA 4.0), cameo/cameo_codes_goldstein.tsv and plover/plover_scores.tsv, and
writes
src/diplograph/data/lexicon/verbs.tsv, cameo.tsv and scores.tsv. The output is deterministic.

verbs.tsv: lemma <TAB> pattern <TAB> cameo. A pattern is ';'-separated items:
  w:a|b      a word among the verb's complements (object, particle, their modifiers)
  p:to       a preposition attached to the verb (or its object)
  p:to>a|b   that preposition with one of these words in its object
  s:a|b      a word in the subject
  x:with     a particle or preposition that belongs to a multi-word verb ("meet with")
An empty pattern is the verb's own default code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "diplograph" / "data" / "lexicon"
MARKERS = {"$", "+", "^", "%", "*"}
# CAMEO 02 (appeal) mirrors CAMEO 10 (demand): PLOVER folds both into REQUEST.
APPEAL_AS = "10"
# Where the PLOVER manual's text overrides CAMEO2PLOVER-2021: the manual (SANCTION modes) codes
# international sanctions as SANCTION "discontinue"; the 2021 map sends CAMEO 163 to COERCE.
# Lifting a curfew or a state of emergency is CONCEDE ("removing curfews"); the map says RETREAT.
MANUAL_CORRECTIONS = {
    "163": ("SANCTION", "discontinue", "economic"),
    "0813": ("CONCEDE", "", "legal"),
    "0814": ("CONCEDE", "", "legal"),
}


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current:
            words = line[1:].strip("_").lower().split("_")
            sets[current].append(words[-1])  # a phrase is matched by its head word
        elif line.startswith("---"):
            current = None
    return sets


def words(item: str, synsets: dict[str, list[str]]) -> str:
    if item.startswith("&"):
        return "|".join(sorted(set(synsets.get(item.rstrip("_"), []))))
    return item.lower().strip("_")


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> str | None:
    """A PETRARCH pattern line (after '-') as our item string; None when it cannot be used,
    as when it names a synonym set the dictionary does not define: "(IN &DEMONSTRATION)"
    read as a bare "in" made every verb of its block (injure, wound, damage) a riot "in"
    any place."""
    if any(not synsets.get(ref.rstrip("_")) for ref in re.findall(r"&[A-Z_]+", body)):
        return None
    tokens = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", body)
    items: list[str] = []
    seen_verb = False
    for tok in tokens:
        if tok == "*":
            seen_verb = True
            continue
        if tok in MARKERS:
            continue
        if tok.startswith("("):
            inner = [t for t in tok[1:-1].replace("{", " ").replace("}", " ").split()]
            inner = [t for t in inner if t not in MARKERS]
            if not inner:
                continue
            prep = "|".join(p.lower() for p in inner[0].split("/"))
            rest = [words(t, synsets) for t in inner[1:]]
            rest = [r for r in rest if r]
            items.append(f"p:{prep}>{rest[-1]}" if rest else f"p:{prep}")
            items.extend(f"w:{r}" for r in rest[:-1])
            continue
        parts = tok.strip("{}").split()
        for part in parts:
            w = words(part, synsets)
            if not w or w in MARKERS:
                continue
            items.append(("w:" if seen_verb else "s:") + w)
    if not seen_verb:
        return None
    return ";".join(dict.fromkeys(items))


def parse_verb(entry: str) -> tuple[str, list[str]] | None:
    """'+MEET_WITH {...} [040]' -> ('meet', ['x:with'])."""
    head = entry.split("{", 1)[0].split("[", 1)[0].split("#", 1)[0].strip()
    if not head:
        return None
    parts = head.split("_")
    verb = next((p for p in parts if p.startswith("+")), parts[0]).lstrip("+")
    extra = [f"x:{p.lower()}" for p in parts if p.lstrip("+") != verb and p]
    if not verb.isalpha():
        return None
    return verb.lower(), extra


def first_code(text: str) -> str | None:
    """'[042:043]' -> '042'; '[:020]' (subject is the target) and '[---]' -> None."""
    m = re.search(r"\[([^\]]*)\]", text)
    if not m:
        return None
    code = m.group(1).split(":")[0].strip()
    return code if code and code != "---" and code.isdigit() else None


def build_verbs(path: Path) -> list[tuple[str, str, str]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    rows: list[tuple[str, str, str]] = []
    block_code: str | None = None
    block_verbs: list[tuple[str, list[str]]] = []
    in_verbs = False
    for raw in lines:
        line = raw.strip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line or line.startswith("#") or line.startswith("~"):
            continue
        if line.startswith("---"):
            block_code = first_code(line)
            block_verbs = []
            continue
        if line.startswith("-"):
            body, _, rest = line[1:].partition("[")
            code = first_code("[" + rest)
            pattern = parse_pattern(body, synsets)
            if code and pattern:
                for verb, extra in block_verbs:
                    rows.append((verb, ";".join([*extra, pattern] if extra else [pattern]), code))
            continue
        parsed = parse_verb(line)
        if parsed:
            block_verbs.append(parsed)
            code = first_code(line.split("#", 1)[0]) or block_code
            if code:
                rows.append((parsed[0], ";".join(parsed[1]), code))
    return sorted(set(rows))


def build_cameo(plover_path: Path, goldstein_path: Path) -> list[tuple[str, ...]]:
    plover: dict[str, tuple[str, str, str]] = {}
    for raw in plover_path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0]
        m = re.match(r"^(\d+):\s*(.*)$", line.strip())
        if not m or "," not in m.group(2):
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        fields += [""] * (3 - len(fields))
        event, mode = fields[0], fields[1]
        context = ";".join(c.strip() for c in fields[2].split(";") if c.strip())
        plover.setdefault(m.group(1), (event, mode, context))
    rows = []
    roots: dict[str, str] = {}
    for raw in goldstein_path.read_text(encoding="utf-8").splitlines()[1:]:
        code, name, gold, _icews, quad, root = raw.split("\t")
        name = re.sub(r"\d+:\[.*$", "", name).strip()  # one source row runs into the next
        roots.setdefault(root, gold)
        gold = gold or roots.get(root, "") or "0.0"  # one code lacks a value: use its root's
        mapped = plover.get(code)
        if code.startswith("02"):
            mapped = plover.get(APPEAL_AS + code[2:]) or plover.get("100")
        mapped = MANUAL_CORRECTIONS.get(code, mapped)
        if not mapped:
            continue
        rows.append((code, *mapped, quad, gold, name))
    return rows


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data"
    OUT.mkdir(parents=True, exist_ok=True)
    verbs = build_verbs(data / "phoenix" / "CAMEO.2.0.txt")
    with (OUT / "verbs.tsv").open("w", encoding="utf-8") as f:
        f.write("# Built by tools/build_lexicon.py from phoenix/CAMEO.2.0.txt (MIT).\n")
        f.write("lemma\tpattern\tcameo\n")
        f.writelines("\t".join(r) + "\n" for r in verbs)
    cameo = build_cameo(
        data / "cameo" / "CAMEO2PLOVER-2021.txt", data / "cameo" / "cameo_codes_goldstein.tsv"
    )
    with (OUT / "cameo.tsv").open("w", encoding="utf-8") as f:
        f.write("# Built by tools/build_lexicon.py from CAMEO2PLOVER-2021 and the CAMEO table.\n")
        f.write("cameo\tevent\tmode\tcontext\tquad\tgoldstein\tname\n")
        f.writelines("\t".join(r) + "\n" for r in cameo)
    scores = (data / "plover" / "plover_scores.tsv").read_text(encoding="utf-8").splitlines()
    with (OUT / "scores.tsv").open("w", encoding="utf-8") as f:
        f.write("# PLOVER conflict-cooperation scores (PLOVER manual, CC BY-SA 4.0).\n")
        f.writelines(line + "\n" for line in scores if line.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
