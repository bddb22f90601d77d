"""Import PETRARCH/TABARI `.actors` and `.agents` dictionaries into Tacitus' TSV formats.

Actors: `NAME [CODE]` with `+SYNONYM` lines, and date-restricted codes on the following lines
(`[CODE 950601-990815]`, `[CODE <911226]`, `[CODE >990816]`, 6- or 8-digit dates). Entries
with date restrictions become people.tsv terms; the others named.tsv rows. Agents: `PHRASE
{PLURALS} [~CODE]` with `!MACRO! = A, B` substitutions, into agents.tsv. Codes are read in
three-letter chunks: the first is the country, the rest are kept when they are sector codes
Tacitus knows (the report lists what was dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tacitus.actors.dictionary import SECTORS
from tacitus.errors import DictionaryError

CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
PERSON_WORDS = frozenset(
    """minister president ambassador envoy secretary general leader chief spokesman
    spokeswoman official king queen prime premier governor mayor judge commander officer
    diplomat senator""".split()
)


@dataclass
class ImportReport:
    named: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _name(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in words)


def _date(raw: str) -> date:
    digits = raw.strip()
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _code(code: str, report: ImportReport, where: str) -> tuple[str, tuple[str, ...]] | None:
    code = code.strip().upper()
    if not code or code.startswith("---"):
        return None
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country, rest = chunks[0], chunks[1:]
    if not re.fullmatch(r"[A-Z]{3}", country):
        report.skipped.append(f"{where}: '{code}' does not start with a three-letter country")
        return None
    sectors = tuple(c for c in rest if c in SECTORS)
    dropped = [c for c in rest if c not in SECTORS]
    if dropped:
        report.skipped.append(f"{where}: kept {country}{''.join(sectors)}, dropped {dropped}")
    return country, sectors


def _restriction(text: str) -> tuple[str, date | None, date | None]:
    """'HOBGOV 19950601 - 19990815' -> (code, start, end)."""
    text = text.strip()
    if m := re.fullmatch(r"(\S*)\s*<\s*(\d{6,8})", text):
        return m.group(1), None, _date(m.group(2)) - timedelta(days=1)
    if m := re.fullmatch(r"(\S*)\s*>\s*(\d{6,8})", text):
        return m.group(1), _date(m.group(2)), None
    if m := re.fullmatch(r"(\S*)\s*(\d{6,8})\s*-\s*(\d{6,8})?", text):
        end = _date(m.group(3)) if m.group(3) else None
        return m.group(1), _date(m.group(2)), end
    return text, None, None


def _strip(line: str) -> str:
    return re.sub(r"<!--.*?-->|<!.*?>", "", line.split("#", 1)[0]).rstrip()


Restriction = tuple[str, date | None, date | None]


@dataclass
class _Entry:
    names: list[str]
    codes: list[tuple[Restriction, str]]
    where: str


def _entries(path: Path) -> list[_Entry]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    entries: list[_Entry] = []
    in_comment = False
    for number, raw in enumerate(lines, start=1):
        if "<!--" in raw and "-->" not in raw:
            in_comment = True
            continue
        if in_comment:
            in_comment = "-->" not in raw
            continue
        line = _strip(raw)
        if not line.strip():
            continue
        where = f"{path}:{number}"
        if line.startswith("+") and entries:
            entries[-1].names.append(_name(line[1:]))
            continue
        if line[0].isspace() and entries:
            entries[-1].codes += [(_restriction(b), where) for b in CODE_BLOCK.findall(line)]
            continue
        head = CODE_BLOCK.split(line, 1)[0]
        if not head.strip():
            raise DictionaryError(path, number, "a code block without an actor name before it")
        codes = [(_restriction(b), where) for b in CODE_BLOCK.findall(line)]
        entries.append(_Entry([_name(head)], codes, where))
    return entries


def import_actors(path: Path, report: ImportReport) -> None:
    for entry in _entries(path):
        names = entry.names
        dated = any(start or end for (_, start, end), _ in entry.codes)
        for (code, start, end), at in entry.codes:
            parsed = _code(code, report, at)
            if parsed is None:
                continue
            country, sectors = parsed
            if dated:
                report.people.append(
                    "\t".join(
                        [
                            "; ".join(names),
                            country,
                            " ".join(sectors) or "-",
                            "petrarch",
                            start.isoformat() if start else "",
                            end.isoformat() if end else "",
                        ]
                    )
                )
            else:
                ident = re.sub(r"[^A-Z0-9]", "", names[0].upper())[:16] or "ACTOR"
                report.named.append(
                    "\t".join([ident, country, " ".join(sectors) or "-", "group", "; ".join(names)])
                )
        if not entry.codes:
            report.skipped.append(f"{entry.where}: {names[0]} has no code")


def import_agents(path: Path, report: ImportReport) -> None:
    macros: dict[str, list[str]] = {}
    for number, raw in enumerate(
        path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
    ):
        line = _strip(raw)
        if not line.strip():
            continue
        if m := re.fullmatch(r"\s*(![A-Z]+!)\s*=\s*(.+)", line):
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        blocks = CODE_BLOCK.findall(line)
        if not blocks:
            report.skipped.append(f"{path}:{number}: no [~CODE] block")
            continue
        phrase = re.sub(r"\{[^}]*\}", "", CODE_BLOCK.split(line, 1)[0]).strip()
        code = blocks[0].strip().lstrip("~")
        sectors = tuple(
            c for c in (code[i : i + 3] for i in range(0, len(code), 3)) if c in SECTORS
        )
        if not sectors:
            report.skipped.append(f"{path}:{number}: {phrase}: no Tacitus sector in {code}")
            continue
        forms = [phrase]
        for macro, words in macros.items():
            forms = [f.replace(macro, w) for f in forms for w in (words if macro in f else [""])]
        for form in dict.fromkeys(f.replace("_", " ").strip().lower() for f in forms):
            if not form or "!" in form:
                continue
            kind = "person" if form.split()[-1] in PERSON_WORDS else "group"
            report.agents.append("\t".join([form, " ".join(sectors), kind]))


def import_petrarch(files: list[Path], out: Path) -> ImportReport:
    """Convert PETRARCH dictionaries; write named.tsv, people.tsv and agents.tsv into `out`."""
    report = ImportReport()
    for path in files:
        if not path.is_file():
            raise DictionaryError(path, 0, "file not found")
        name = path.name.lower()
        if "agent" in name:
            import_agents(path, report)
        elif "actor" in name:
            import_actors(path, report)
        else:
            raise DictionaryError(
                path, 0, "name the file *actors* or *agents* so its kind is clear"
            )
    out.mkdir(parents=True, exist_ok=True)
    header = "# Imported from PETRARCH dictionaries by `tacitus dict import-petrarch`.\n"
    for filename, rows in (
        ("named.tsv", report.named),
        ("people.tsv", report.people),
        ("agents.tsv", report.agents),
    ):
        (out / filename).write_text(header + "\n".join(dict.fromkeys(rows)) + "\n", "utf-8")
    return report
