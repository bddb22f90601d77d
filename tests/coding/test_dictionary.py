from pathlib import Path

import pytest

from tacitus.coding.dictionary import QUAD, load_cameo, load_triggers
from tacitus.errors import DictionaryError


def test_cameo_table_has_all_codes_and_plover_types() -> None:
    cameo = load_cameo()
    assert len(cameo) >= 300
    assert cameo["057"].plover == "SUPPORT"
    assert cameo["040"].goldstein == 1.0 and cameo["040"].quad_class == 1
    assert cameo["190"].quad_class == 4 and cameo["190"].plover == "ASSAULT"
    assert cameo["010"].plover is None  # statements have no PLOVER type
    assert {c.root for c in cameo.values()} == set(QUAD)


def test_patterns_parse_and_most_specific_first(mini_files: dict[str, Path]) -> None:
    t = load_triggers([str(mini_files["triggers"])], shipped=False)
    sign = t.for_token("verb", "sign")
    assert [p.cameo for p in sign] == ["057", "057"]
    assert sign[0].objects and not sign[1].objects
    fire = t.for_token("verb", "fire")[0]
    assert fire.particles == ("on",)
    refuse = t.for_token("verb", "refuse")[0]
    assert refuse.complements == (frozenset({"meet"}),)
    assert "swap" in t.for_token("verb", "receive")[0].flags
    assert "hold" in t.light


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("verb\tmeet\t999\n", "not a CAMEO code"),
        ("verb\tmeet\t40\n", "not a CAMEO code"),
        ("adverb\tmeet\t040\n", "unknown kind"),
        ("verb\tmeet\t040\tloud\n", "unknown flag"),
        ("verb\tmeet +{a|b\t040\n", "neither a word"),
        ("verb\tmeet Banana\t040\n", "neither a word"),
        ("verb\tMeet\t040\n", "lower-case lemma"),
        ("light\thold\t040\n", "light verb"),
        ("verb meet 040\n", "TAB"),
    ],
)
def test_bad_lines_report_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "t.txt"
    path.write_text("# header\n" + line, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_triggers([str(path)], shipped=False)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:2:")


def test_shipped_triggers_cover_all_plover_types() -> None:
    t = load_triggers()
    types = {t.cameo[p.cameo].plover for ps in t.patterns.values() for p in ps}
    assert types - {None} == {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    assert len(t) >= 500


@pytest.mark.parametrize(
    ("sentence", "discarded"),
    [
        ("In football, Aktobe beat Astana 2-0 on Saturday.", True),
        ("Brazil beat Argentina 2-1 in the final.", True),
        ("Fans traded insults in a war of words after the match.", True),
        ("Russia beat back an attack on Kharkiv.", False),
        ("The Kazakh player beat her Russian opponent in straight sets.", True),
        # a grand prix shares sentences with political events; judged event by event
        ("Amnesty urged Bahrain to free activists before it hosts the Grand Prix.", False),
        ("Georgia will meet Spain in a World Cup qualifier.", True),
        ("The Georgian government declared war on drugs.", True),
        ("Russia declared war on Ukraine.", False),
        ("Turkey and Iran held talks in Ankara.", False),
        ("Turkey and Iran held talks on 1-2 March.", False),
        ("Russian missiles hit the grid days before the Champions League final in Kyiv.", False),
    ],
)
def test_discards(sentence: str, discarded: bool) -> None:
    from tacitus.coding.dictionary import load_discards

    assert (load_discards().match(sentence) is not None) is discarded


def test_bad_discard_line(tmp_path: Path) -> None:
    from tacitus.coding.dictionary import load_discards

    path = tmp_path / "d.txt"
    path.write_text("regex\t(unclosed\tsport\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="regular expression"):
        load_discards([str(path)], shipped=False)


@pytest.mark.slow
def test_equally_specific_patterns_prefer_content_and_modifiers(nlp) -> None:  # type: ignore[no-untyped-def]
    triggers = load_triggers()
    doc = nlp("Nigeria withdrew its peacekeeping force from Chad.")
    assert triggers.best("verb", doc[1]).cameo == "1661"  # type: ignore[union-attr]
    doc = nlp("Nigeria withdrew from Chad.")
    assert triggers.best("verb", doc[1]).cameo == "0874"  # type: ignore[union-attr]


def test_adj_kind_is_read(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("adj\toptimistic\t013\n", encoding="utf-8")
    t = load_triggers([str(f)], shipped=False)
    assert t.for_token("adj", "optimistic")[0].cameo == "013"


@pytest.mark.slow
def test_verb_forms_beside_a_wrong_lemma(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.coding.dictionary import verb_lemmas

    doc = nlp("Students staged protests and carried banners.")
    assert "stage" in verb_lemmas(doc[1])
    assert "carry" in verb_lemmas(doc[4])


def test_wildcard_object_and_clause(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("verb\tdecline +*\t120\nverb\tdecline >*\t120\n", encoding="utf-8")
    t = load_triggers([str(f)], shipped=False)
    needs = {p.needs for p in t.for_token("verb", "decline")}
    assert needs == {frozenset({"object"}), frozenset({"clause"})}
    assert all(not p.objects and not p.complements for p in t.for_token("verb", "decline"))


def test_excluded_object_words(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("verb\tfight -{fire|poverty}\t190\n", encoding="utf-8")
    (pattern,) = load_triggers([str(f)], shipped=False).for_token("verb", "fight")
    assert pattern.excluded == frozenset({"fire", "poverty"}) and pattern.specificity == 0


@pytest.mark.slow
def test_a_prepositions_object_is_seen_with_its_adjectives(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.coding.dictionary import object_forms

    doc = nlp("Chad and Sudan agreed to an immediate truce.")
    assert {"truce", "immediate"} <= object_forms(doc[3], ("to",))
    triggers = load_triggers()
    assert triggers.best("verb", doc[3]).cameo == "0871"  # type: ignore[union-attr]
    doc = nlp("Chad and Sudan agreed to a truce.")
    assert triggers.best("verb", doc[3]).cameo == "0356"  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_complement_verb_sees_the_subject_it_shares(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "t.txt"
    f.write_text("verb\tflow to gas\t061\n", encoding="utf-8")
    triggers = load_triggers([str(f)], shipped=False)
    doc = nlp("Algerian gas began flowing to Spain again.")
    assert triggers.best("verb", doc[3]).cameo == "061"  # type: ignore[union-attr]
    doc = nlp("Algerian refugees began flowing to Spain again.")
    assert triggers.best("verb", doc[3]) is None


@pytest.mark.slow
def test_a_that_clause_on_the_addressee_is_the_verbs_complement(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tacitus.coding.dictionary import TokenView

    doc = nlp("The president assured his counterpart that Ghana would support the bid.")
    assert "support" in TokenView(doc[2]).complements
    doc = nlp("The president praised the deal that Ghana had signed.")
    assert "sign" not in TokenView(doc[2]).complements
