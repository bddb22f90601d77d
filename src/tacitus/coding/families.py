"""CAMEO's attitude families: intent (03), appeal (02), demand (10), rejection (12) and
threat (13) are coded by the action they are about.

"agreed to lift the embargo" is 0354 (intent to ease economic sanctions), "demanded the release
of" is 1053, "threatened to cut ties" is 1313. Rather than list every attitude verb with every
action verb, the coder finds the embedded action with its own trigger and maps its code here.
"""

from __future__ import annotations

# The embedded action's code -> a category shared by the families.
_CATEGORY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("045", "mediate"),
    ("04", "meet"),
    ("057", "settle"),
    ("05", "diplomatic"),
    ("061", "coop_econ"),
    ("062", "coop_mil"),
    ("063", "coop_jud"),
    ("064", "coop_intel"),
    ("06", "coop"),
    ("071", "aid_econ"),
    ("072", "aid_mil"),
    ("073", "aid_hum"),
    ("074", "aid_protect"),
    ("07", "aid"),
    ("081", "yield_admin"),
    ("082", "yield_dissent"),
    ("0831", "reform_leader"),
    ("0832", "reform_policy"),
    ("0833", "reform_rights"),
    ("0834", "reform_institutions"),
    ("083", "reform"),
    ("084", "yield_release"),
    ("085", "yield_econ"),
    ("086", "yield_involvement"),
    ("087", "yield_deescalate"),
    ("08", "yield"),
    ("14", "protest"),
    ("15", "force"),
    ("162", "cut_aid"),
    ("163", "embargo"),
    ("161", "cut_ties"),
    ("164", "cut_ties"),
    ("165", "halt_mediation"),
    ("166", "halt_involvement"),
    ("16", "reduce"),
    ("1721", "restrict_freedoms"),
    ("1722", "ban_parties"),
    ("1723", "curfew"),
    ("1724", "martial_law"),
    ("172", "restrict"),
    ("17", "repress"),
    ("191", "blockade"),
    ("192", "occupy"),
    ("18", "violence"),
    ("19", "force_attack"),
    ("20", "wmd"),
)

_FAMILY: dict[str, dict[str, str]] = {
    "03": {
        "meet": "036",
        "mediate": "039",
        "settle": "037",
        "diplomatic": "032",
        "coop": "031",
        "coop_econ": "0311",
        "coop_mil": "0312",
        "coop_jud": "0313",
        "coop_intel": "0314",
        "aid": "033",
        "aid_econ": "0331",
        "aid_mil": "0332",
        "aid_hum": "0333",
        "aid_protect": "0334",
        "force": "0334",  # "agreed to send troops": military protection
        "reform": "034",
        "reform_leader": "0341",
        "reform_policy": "0342",
        "reform_rights": "0343",
        "reform_institutions": "0344",
        "yield": "035",
        "yield_admin": "0351",
        "yield_dissent": "0352",
        "yield_release": "0353",
        "yield_econ": "0354",
        "yield_involvement": "0355",
        "yield_deescalate": "0356",
    },
    "02": {
        "meet": "026",
        "mediate": "028",
        "settle": "027",
        "diplomatic": "022",
        "coop": "021",
        "coop_econ": "0211",
        "coop_mil": "0212",
        "coop_jud": "0213",
        "coop_intel": "0214",
        "aid": "023",
        "aid_econ": "0231",
        "aid_mil": "0232",
        "aid_hum": "0233",
        "aid_protect": "0234",
        "force": "0234",  # "agreed to send troops": military protection
        "reform": "024",
        "reform_leader": "0241",
        "reform_policy": "0242",
        "reform_rights": "0243",
        "reform_institutions": "0244",
        "yield": "025",
        "yield_admin": "0251",
        "yield_dissent": "0252",
        "yield_release": "0253",
        "yield_econ": "0254",
        "yield_involvement": "0255",
        "yield_deescalate": "0256",
    },
    "10": {
        "meet": "106",
        "mediate": "108",
        "settle": "107",
        "diplomatic": "102",
        "coop": "101",
        "coop_econ": "1011",
        "coop_mil": "1012",
        "coop_jud": "1013",
        "coop_intel": "1014",
        "aid": "103",
        "aid_econ": "1031",
        "aid_mil": "1032",
        "aid_hum": "1033",
        "aid_protect": "1034",
        "force": "1034",  # "agreed to send troops": military protection
        "reform": "104",
        "reform_leader": "1041",
        "reform_policy": "1042",
        "reform_rights": "1043",
        "reform_institutions": "1044",
        "yield": "105",
        "yield_admin": "1051",
        "yield_dissent": "1052",
        "yield_release": "1053",
        "yield_econ": "1054",
        "yield_involvement": "1055",
        "yield_deescalate": "1056",
    },
    "12": {
        "meet": "125",
        "mediate": "126",
        "settle": "127",
        "coop": "121",
        "coop_econ": "1211",
        "coop_mil": "1212",
        "coop_jud": "1213",
        "aid": "122",
        "aid_econ": "1221",
        "aid_mil": "1222",
        "aid_hum": "1223",
        "aid_protect": "1224",
        "force": "1224",  # "agreed to send troops": military protection
        "reform": "123",
        "reform_leader": "1231",
        "reform_policy": "1232",
        "reform_rights": "1233",
        "reform_institutions": "1234",
        "yield": "124",
        "yield_admin": "1241",
        "yield_dissent": "1242",
        "yield_release": "1243",
        "yield_econ": "1244",
        "yield_involvement": "1245",
        "yield_deescalate": "1246",
    },
    "13": {
        "protest": "133",
        "force": "138",
        "reduce": "131",
        "cut_aid": "1311",
        "embargo": "1312",
        "cut_ties": "1313",
        "halt_mediation": "135",
        "halt_involvement": "136",
        "restrict": "132",
        "restrict_freedoms": "1321",
        "ban_parties": "1322",
        "curfew": "1323",
        "martial_law": "1324",
        "repress": "137",
        "violence": "1383",
        "force_attack": "138",
        "blockade": "1381",
        "occupy": "1382",
        "wmd": "1385",
    },
}
ATTITUDE_ROOTS = frozenset(_FAMILY)
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


def category(code: str) -> str | None:
    """The action category of a CAMEO code, or None for codes that are not actions."""
    for prefix, name in _CATEGORY_PREFIXES:
        if code.startswith(prefix):
            return name
    return None


def family_code(root: str, action: str) -> str | None:
    """The code of an attitude family (root 02, 03, 10, 12, 13) about an action code."""
    cat = category(action)
    if cat is None:
        return None
    return _FAMILY.get(root, {}).get(cat)


def intended_code(action: str) -> str | None:
    """A future or intended action as CAMEO codes it: cooperation -> 03x, conflict -> 13x."""
    root = action[:2]
    if root in COOPERATIVE_ROOTS:
        return family_code("03", action)
    if root in CONFLICT_ROOTS:
        return family_code("13", action)
    return None
