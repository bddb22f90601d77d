"""The fast attribute ruler and the cached lemmatizer give every token the attributes spaCy's
own components give it."""

import pytest

from tacitus.nlp.attributes import speed_up

pytestmark = pytest.mark.slow

SENTENCES = [
    "Azerbaijani Defence Minister Zakir Hasanov met his Turkish counterpart in Baku on Monday.",
    "The two countries signed a memorandum of alliance on June 15, the ministry reported.",
    "I ain't gonna sign it, he said, but they're wanna talk and we don't know why.",
    "He gets what he got: sanctions, threats and a ceasefire that didn't hold.",
    "Protesters threw stones at police in Tbilisi's Rustaveli Avenue late on Sunday.",
    "  Leading   spaces and\ttabs, 3.5% growth, U.S.-led talks, e-mails & co.",
    "Y'all can't stop 'em; she'll be there, won't she?",
]


def attributes(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.ent_type_) for t in doc]


def test_same_attributes_as_the_models_ruler(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    from tacitus.config import Settings

    original = spacy.load(Settings().nlp.model)
    assert "attribute_ruler" in original.pipe_names
    assert "tacitus_attributes" in nlp.pipe_names  # load_model swapped them
    assert "tacitus_lemmatizer" in nlp.pipe_names
    for a, b in zip(original.pipe(SENTENCES), nlp.pipe(SENTENCES), strict=True):
        assert attributes(a) == attributes(b)


def test_same_attributes_on_the_sample_corpus(nlp) -> None:  # type: ignore[no-untyped-def]
    """Every sentence of the bundled corpus (about 270 of real news text)."""
    import spacy

    from tacitus.config import Settings
    from tacitus.ingest import read_inputs
    from tacitus.models import Article
    from tacitus.nlp import split_sentences
    from tacitus.run import sample_corpus

    texts = [a.text for a in read_inputs([str(sample_corpus())]) if isinstance(a, Article)]
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t)]
    assert len(sentences) > 250
    original = spacy.load(Settings().nlp.model)
    for a, b in zip(original.pipe(sentences), nlp.pipe(sentences), strict=True):
        assert attributes(a) == attributes(b), a.text


def test_a_model_without_a_ruler_is_left_alone() -> None:
    import spacy

    from tacitus.nlp import lemmas

    blank = spacy.blank("en")
    assert speed_up(blank) is False
    assert lemmas.speed_up(blank) is False


def test_a_ruler_setting_other_attributes_keeps_the_models_own() -> None:
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ukr"}]], {"NORM": "ukraine"})
    assert speed_up(blank) is False
    assert "attribute_ruler" in blank.pipe_names
    assert blank("UKR")[0].norm_ == "ukraine"
