"""Compile src/tacitus/data/coding/cameo.tsv from the codebook tables in ../shared/reference/.

A maintenance script, not part of the product: the package ships the compiled table (codebook
facts: code, name, Goldstein value, PLOVER type, mode and contexts) and never reads ../shared.

    python tools/build_cameo_table.py [../shared/reference]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

# A few rows of the 2021 conversion table use older words for contexts; normalise them to the
# 37 PLOVER context names.
CONTEXT_NAMES = {"humanitarian": "human_security", "resource": "natural_resource"}
# Rows where Tacitus follows the PLOVER ontology (ontology.md) rather than the 2021 table:
# code -> (type, mode; None keeps the table's mode).
# - Easing a curfew or a state of emergency is CONCEDE like the rest of 081 (easing
#   restrictions); the 2021 table moved these two rows to RETREAT when it dropped the "ease" mode.
# - Imposing an embargo, boycott or sanctions (163) is SANCTION, whose definition names
#   embargoes; the table's COERCE/restrict row is the only sanction outside SANCTION, and
#   "restrict" is a COERCE mode, so the row has no mode here.
TYPE_OVERRIDES: dict[str, tuple[str, str | None]] = {
    "0813": ("CONCEDE", None),
    "0814": ("CONCEDE", None),
    "163": ("SANCTION", ""),
}


def main(reference: Path, out: Path) -> None:
    names: dict[str, tuple[str, str]] = {}
    with (reference / "cameo_codes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["code"]] = (row["name"].strip(), row["goldstein"].strip())
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (reference / "cameo_to_plover_2021.txt").read_text("utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", body)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        ptype = parts[0].upper() if parts[0] else ""
        mode = parts[1].lower()
        ctx = [c.strip().lower() for c in re.split(r"[;,]", ",".join(parts[2:])) if c.strip()]
        plover[m.group(1)] = (ptype, mode, ";".join(CONTEXT_NAMES.get(c, c) for c in ctx))
    rows = []
    for code, (name, goldstein) in names.items():
        ptype, mode, ctx = plover.get(code, ("", "", ""))
        if not ptype and code[:2] in plover:  # inherit the root's type
            ptype = plover[code[:2]][0]
        if code in TYPE_OVERRIDES:
            ptype, new_mode = TYPE_OVERRIDES[code]
            mode = mode if new_mode is None else new_mode
        if code[:2] in {"01", "02"}:
            ptype, mode, ctx = "", "", ""
        rows.append([code, name, goldstein, ptype or "-", mode or "-", ctx or "-"])
    with out.open("w", encoding="utf-8") as f:
        f.write(
            "# CAMEO codes with their PLOVER type, mode and contexts.\n"
            "# Facts compiled from the CAMEO 1.1b3 codebook (names, Goldstein values) and the\n"
            "# PLOVER editors' 2021 CAMEO-to-PLOVER table. Built by tools/build_cameo_table.py.\n"
            "# Deliberate differences (ontology.md): easing a curfew or a state of\n"
            "# emergency (0813, 0814) is CONCEDE like the rest of 081 (easing\n"
            "# restrictions), where the 2021 table moved them to RETREAT when it\n"
            "# dropped the 'ease' mode; imposing an embargo, boycott or sanctions\n"
            "# (163) is SANCTION, whose definition names embargoes, not COERCE.\n"
            "# CODE\tNAME\tGOLDSTEIN\tPLOVER\tMODE\tCONTEXTS\n"
        )
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    ref = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    main(ref, Path("src/tacitus/data/coding/cameo.tsv"))
