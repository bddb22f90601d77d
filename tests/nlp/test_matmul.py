"""The model multiplies with numpy's BLAS after `speed_up`, and parses as it did with BLIS."""

import numpy
import pytest

from tacitus.config import NlpSettings
from tacitus.nlp.matmul import limit_threads, speed_up, uses_blis


def parse(doc):  # type: ignore[no-untyped-def]
    return [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.slow
def test_same_parses_as_with_blis(nlp) -> None:  # type: ignore[no-untyped-def]
    """Every sentence of the bundled corpus, parsed by the shipped model as loaded by spaCy
    (BLIS) and by Tacitus' (numpy's BLAS): every token the same."""
    import spacy

    from tacitus.config import Settings
    from tacitus.ingest import read_inputs
    from tacitus.models import Article
    from tacitus.nlp import split_sentences
    from tacitus.run import sample_corpus

    texts = [a.text for a in read_inputs([str(sample_corpus())]) if isinstance(a, Article)]
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t)]
    original = spacy.load(Settings().nlp.model)
    assert uses_blis(original)
    assert not uses_blis(nlp)  # load_model switched every layer
    for a, b in zip(original.pipe(sentences), nlp.pipe(sentences), strict=True):
        assert parse(a) == parse(b), a.text


@pytest.mark.slow
def test_switches_every_blis_layer_once() -> None:
    import spacy

    from tacitus.config import Settings

    nlp = spacy.load(Settings().nlp.model)
    changed = speed_up(nlp)
    assert changed > 50  # the encoders' layers of tok2vec, tagger, parser and ner
    assert not uses_blis(nlp)
    assert speed_up(nlp) == 0


@pytest.mark.slow
def test_the_setting_keeps_blis() -> None:
    from tacitus.nlp import load_model

    assert uses_blis(load_model(NlpSettings(fast_matmul=False)))


def test_a_pipeline_without_thinc_models_is_left_alone() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert speed_up(nlp) == 0
    assert not uses_blis(nlp)


def test_numpy_ops_multiply_like_blis() -> None:
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(7)
    x = rng.random((40, 30), dtype="float32")
    w = rng.random((20, 30), dtype="float32")
    blis, plain = NumpyOps(), NumpyOps(use_blis=False)
    assert numpy.allclose(blis.gemm(x, w, trans2=True), plain.gemm(x, w, trans2=True), rtol=1e-5)


def test_thread_limit() -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    with threadpool_limits(limits=None):  # restore whatever the test changes
        limit_threads(1)
        blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
        assert blas and all(p["num_threads"] == 1 for p in blas)
        before = [p["num_threads"] for p in threadpool_info()]
        limit_threads(0)  # leaves them as they are
        assert [p["num_threads"] for p in threadpool_info()] == before
