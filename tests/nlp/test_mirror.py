"""The plain copy of a parse agrees with spaCy's Doc on everything the coder reads."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.actors.mentions import ArticleActors
from tacitus.coding.extract import code_sentence
from tacitus.nlp.mirror import Names, mirror
from tacitus.nlp.parse import ParsedSentence

pytestmark = pytest.mark.slow

SENTENCES = [
    "The Turkish defence minister met his Azerbaijani counterpart in Ankara on Monday to "
    "discuss military education, the ministry said.",
    "Rebels attacked a convoy near Goma. Three soldiers were killed, officials said.",
    '"We will not give up," said Ms. O\'Neill, whose party won 27 seats in Belfast.',
    "Russia and Ukraine exchanged 95 prisoners of war each on Friday after mediation by the "
    "United Arab Emirates, which said talks would go on.",
]

WORD_ATTRS = (
    "i text lower_ lemma_ pos_ tag_ dep_ ent_type_ idx like_num is_title is_sent_start "
    "whitespace_".split()
)


def _ids(tokens: Any) -> list[int]:
    return [t.i for t in tokens]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_and_tree_agree_with_spacy(nlp: Any, text: str) -> None:
    parsed = nlp(text)
    copy = mirror(parsed, text)
    assert len(copy) == len(parsed)
    assert copy.text == parsed.text
    for mine, theirs in zip(copy, parsed, strict=True):
        for attr in WORD_ATTRS:
            assert getattr(mine, attr) == getattr(theirs, attr), (mine.text, attr)
        assert mine.head.i == theirs.head.i
        assert _ids(mine.children) == _ids(theirs.children)
        assert _ids(mine.lefts) == _ids(theirs.lefts)
        assert _ids(mine.rights) == _ids(theirs.rights)
        assert _ids(mine.subtree) == _ids(theirs.subtree)
        assert (mine.left_edge.i, mine.right_edge.i) == (theirs.left_edge.i, theirs.right_edge.i)
        assert (mine.sent.start, mine.sent.end) == (theirs.sent.start, theirs.sent.end)
        assert mine.sent.root.i == theirs.sent.root.i
        assert str(mine.morph) == str(theirs.morph)
        for field in ("Number", "Tense", "VerbForm", "PronType"):
            assert mine.morph.get(field) == theirs.morph.get(field), (mine.text, field)
        assert mine.doc is copy and copy[mine.i] is mine


@pytest.mark.parametrize("text", SENTENCES)
def test_spans_and_entities_agree_with_spacy(nlp: Any, text: str) -> None:
    parsed = nlp(text)
    copy = mirror(parsed, text)
    assert [(e.start, e.end, e.label_, e.text) for e in copy.ents] == [
        (e.start, e.end, e.label_, e.text) for e in parsed.ents
    ]
    n = len(parsed)
    for start, end in [(0, n), (1, 4), (n - 3, n), (2, 2), (-3, n), (0, n + 5)]:
        mine, theirs = copy[start:end], parsed[start:end]
        assert (mine.start, mine.end, len(mine)) == (theirs.start, theirs.end, len(theirs))
        assert mine.text == theirs.text
        assert _ids(mine) == _ids(theirs)
        if len(theirs):
            assert mine.root.i == theirs.root.i


def test_tokens_compare_by_position(nlp: Any) -> None:
    copy = mirror(nlp(SENTENCES[0]), SENTENCES[0])
    assert copy[1] < copy[2] and copy[3] >= copy[3] and copy[4] > copy[0]
    assert sorted([copy[5], copy[2], copy[3]]) == [copy[2], copy[3], copy[5]]
    assert str(copy[1]) == "Turkish" and len(copy[1]) == len("Turkish")


@pytest.mark.parametrize("text", [SENTENCES[0], SENTENCES[1], SENTENCES[3]])
def test_the_coder_reads_the_copy_as_it_reads_spacy(nlp: Any, pipeline: Any, text: str) -> None:
    """Same candidates and skipped triggers from the copy as from spaCy's own Doc."""
    parsed = nlp(text)
    coded = []
    for doc in (parsed, mirror(parsed, text)):
        sent = ParsedSentence(0, 0, doc)  # type: ignore[arg-type]
        mentions = ArticleActors.for_text(pipeline.actors, text).mentions(sent)
        candidates, skipped = code_sentence(sent, mentions, pipeline.triggers)
        coded.append(
            (
                [(c.trigger, c.cameo, c.source and c.source.actor.code) for c in candidates],
                [(s.trigger, s.reason) for s in skipped],
            )
        )
    assert coded[0] == coded[1]
    assert coded[0][0]  # the sentence gives events


def test_an_empty_sentence_and_a_shared_string_cache(nlp: Any) -> None:
    names = Names(nlp.vocab.strings)
    assert len(mirror(nlp(""), "", names)) == 0
    first = mirror(nlp("Troops withdrew."), "Troops withdrew.", names)
    again = mirror(nlp("Troops withdrew again."), "Troops withdrew again.", names)
    assert [t.lemma_ for t in first] == ["troop", "withdraw", "."]
    assert again[1].lemma_ is first[1].lemma_  # looked up once


def test_a_released_copy_is_freed_without_the_garbage_collector(nlp: Any) -> None:
    import gc

    text = SENTENCES[1]
    parsed = nlp(text)
    gc.collect()
    kept = mirror(parsed, text)
    del kept
    assert gc.collect() > 0  # tokens, heads and children form cycles
    copy = mirror(parsed, text)
    copy.release()
    assert len(copy) == 0 and copy.ents == ()
    del copy
    assert gc.collect() == 0


def test_edges_follow_the_copys_own_tree(nlp: Any) -> None:
    text = "Rebels attacked a convoy near Goma."
    copy = mirror(nlp(text), text)
    verb, convoy, near = copy[1], copy[3], copy[4]
    assert (convoy.left_edge.i, convoy.right_edge.i, verb.left_edge.i) == (2, 3, 0)
    # a rule mends the tree ("near Goma" hung on the convoy, as coding.headlines does)
    verb.children = tuple(c for c in verb.children if c is not near)
    near.head, convoy.children = convoy, (*convoy.children, near)
    assert convoy.right_edge is copy[5]  # "Goma"
    assert near.left_edge is near and convoy.left_edge is copy[2]
