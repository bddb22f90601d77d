"""Inflected forms of trigger lemmas, for the pre-filter that runs before parsing.

The pre-filter only has to be generous: a sentence whose words include no form of any trigger
lemma cannot hold an event, so it is never parsed. Extra forms cost nothing but a parse.
"""

from __future__ import annotations

# Irregular English verbs that appear in news triggers: lemma -> past, participle forms.
IRREGULAR = {
    "arise": "arose arisen",
    "bear": "bore borne born",
    "beat": "beat beaten",
    "become": "became become",
    "begin": "began begun",
    "bid": "bid",
    "bind": "bound",
    "break": "broke broken",
    "bring": "brought",
    "build": "built",
    "burn": "burnt burned",
    "buy": "bought",
    "cast": "cast",
    "catch": "caught",
    "choose": "chose chosen",
    "come": "came come",
    "cut": "cut",
    "deal": "dealt",
    "draw": "drew drawn",
    "drive": "drove driven",
    "fall": "fell fallen",
    "feed": "fed",
    "fight": "fought",
    "find": "found",
    "flee": "fled",
    "fly": "flew flown",
    "forbid": "forbade forbidden",
    "forgive": "forgave forgiven",
    "freeze": "froze frozen",
    "get": "got gotten",
    "give": "gave given",
    "go": "went gone",
    "grant": "granted",
    "hang": "hung hanged",
    "have": "had has",
    "hear": "heard",
    "hide": "hid hidden",
    "hit": "hit",
    "hold": "held",
    "hurt": "hurt",
    "keep": "kept",
    "know": "knew known",
    "lay": "laid",
    "lead": "led",
    "leave": "left",
    "lend": "lent",
    "let": "let",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "overrun": "overran overrun",
    "overthrow": "overthrew overthrown",
    "pay": "paid",
    "put": "put",
    "quit": "quit",
    "rebuild": "rebuilt",
    "rise": "rose risen",
    "run": "ran run",
    "say": "said",
    "see": "saw seen",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shake": "shook shaken",
    "shoot": "shot",
    "shut": "shut",
    "sing": "sang sung",
    "sit": "sat",
    "slay": "slew slain",
    "speak": "spoke spoken",
    "spend": "spent",
    "split": "split",
    "spread": "spread",
    "stand": "stood",
    "steal": "stole stolen",
    "stick": "stuck",
    "strike": "struck stricken",
    "swear": "swore sworn",
    "take": "took taken",
    "teach": "taught",
    "tear": "tore torn",
    "tell": "told",
    "think": "thought",
    "throw": "threw thrown",
    "undertake": "undertook undertaken",
    "uphold": "upheld",
    "wage": "waged",
    "wake": "woke woken",
    "wear": "wore worn",
    "win": "won",
    "withdraw": "withdrew withdrawn",
    "withhold": "withheld",
    "write": "wrote written",
    "foresee": "foresaw foreseen",
    "overtake": "overtook overtaken",
    "shed": "shed",
    "sink": "sank sunk",
    "slit": "slit",
    "sting": "stung",
    "upset": "upset",
}
VOWELS = "aeiou"


def _regular(lemma: str) -> list[str]:
    forms = [lemma]
    if lemma.endswith("e"):
        forms += [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        forms += [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms += [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        if (
            len(lemma) >= 3
            and lemma[-1] not in VOWELS + "wxy"
            and lemma[-2] in VOWELS
            and lemma[-3] not in VOWELS
        ):
            forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


def inflections(lemma: str) -> list[str]:
    """Every surface form a verb or noun lemma may take in text (generously)."""
    forms = _regular(lemma)
    forms += IRREGULAR.get(lemma, "").split()
    if lemma.endswith("is"):  # crisis -> crises
        forms.append(lemma[:-2] + "es")
    return list(dict.fromkeys(forms))
