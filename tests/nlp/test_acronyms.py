"""Acronyms the model reads as verbs are parsed again; everything else keeps its parse."""

import pytest

from tacitus.nlp.acronyms import misread, repaired

pytestmark = pytest.mark.slow


def test_an_acronym_read_as_a_gerund_gets_its_subject_back(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("ECOWAS imposed sanctions on Niger after the coup.")
    assert misread(doc) == [0]  # ECOWAS/VBG at the root, "imposed" its modifier
    fixed = repaired(nlp, doc)
    assert fixed[0].dep_ == "nsubj" and fixed[0].head.text == "imposed"
    assert fixed[1].dep_ == "ROOT"
    assert fixed[0].lemma_ == "ECOWAS"
    assert [(e.start, e.end, e.label_) for e in fixed.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]  # the first parse's entities


def test_a_misread_acronym_at_the_root_with_its_verb_as_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("UNMISS imposed a curfew in Juba.")
    if misread(doc):  # the model's reading: UNMISS/JJ at the root
        fixed = repaired(nlp, doc)
        assert fixed[1].dep_ == "ROOT" and fixed[0].head.i == 1


@pytest.mark.parametrize(
    "text",
    [
        "NATO condemned the Russian strike on Kharkiv.",
        "The IAEA said Iran had enriched uranium to 60 percent.",
        "BREAKING: ISRAEL STRIKES IRAN",  # a headline in capitals: its verbs are verbs
        "The US and the EU imposed sanctions.",  # two letters: read well
    ],
)
def test_well_read_sentences_keep_their_parse(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert misread(doc) == []
    assert repaired(nlp, doc) is doc


def test_the_parse_is_kept_when_the_new_one_misreads_too(nlp) -> None:  # type: ignore[no-untyped-def]
    """The one-capital spelling does not help every word: the first parse then stays."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["XYZW", "called", "for", "talks"], spaces=[True, True, True, False])
    for tok, (tag, dep, head) in zip(
        doc,
        [("VB", "aux", 1), ("VBN", "ROOT", 1), ("IN", "prep", 1), ("NNS", "pobj", 2)],
        strict=True,
    ):
        tok.tag_, tok.dep_, tok.head = tag, dep, doc[head]
    assert misread(doc) == [0]
    again = repaired(nlp, doc)
    assert again is doc or not misread(again)


def test_the_coder_finds_the_organisations_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tacitus.pipeline import code_texts

    (events,) = code_texts(pipeline, [("ECOWAS imposed sanctions on Niger.", date(2024, 5, 1))])
    assert [(e.source and e.source.code, e.target and e.target.code, e.cameo) for e in events] == [
        ("IGO", "NER", "163")
    ]
