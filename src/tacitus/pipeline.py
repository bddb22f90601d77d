"""The one place that chains the stages:

    Article -> sentences -> pre-filter -> spaCy parse -> actor mentions -> candidates
            -> dates -> Event

`Pipeline` loads the model and dictionaries once and codes batches of articles; a failure in
one article becomes a `Rejected` record and the batch goes on.
"""

from __future__ import annotations

import gc
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, partial
from typing import TYPE_CHECKING

from tacitus import __version__
from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary
from tacitus.actors.learned import LearnedActor, LearnedActors
from tacitus.actors.mentions import ArticleActors, person_actor
from tacitus.coding.dictionary import (
    Discards,
    TriggerDictionary,
    load_discards,
    load_triggers,
)
from tacitus.coding.domestic import domestic_sides
from tacitus.coding.extract import Candidate, Skipped, code_sentence
from tacitus.coding.guess import GUESSED_HOME, guess_targets, guessed_confidence, home_target
from tacitus.coding.headlines import verbs_read_as_nouns
from tacitus.coding.nonpolitical import article_beat, screen
from tacitus.coding.prefilter import WORD, TriggerWords
from tacitus.coding.roles import VIOLENCE_ROOTS
from tacitus.config import Settings
from tacitus.errors import TacitusError
from tacitus.models import (
    Actor,
    ActorMention,
    Article,
    Event,
    Evidence,
    Rejected,
    RunReport,
)
from tacitus.nlp.dateline import dated_by_dateline, lead_dateline
from tacitus.nlp.language import guess
from tacitus.nlp.lemmas import irregular_forms
from tacitus.nlp.mirror import Names, mirror
from tacitus.nlp.parse import ParsedSentence, load_model, parse_sentences, text_of
from tacitus.nlp.sentences import split_sentences
from tacitus.resolve.anchors import anchored, is_anchored
from tacitus.resolve.gazetteer import Gazetteer, load_gazetteer
from tacitus.resolve.when import EventDate, event_date
from tacitus.resolve.where import ArticlePlaces, names_place

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)
CODER = f"tacitus {__version__}"
# Words that may stand for an actor without being a dictionary name.
PRONOUN_WORDS = frozenset(
    """he she they it its their countries sides nations states leaders ministers presidents
    governments armies""".split()
)
# An undated event takes the date of an event dated in the text this many sentences before.
INHERIT_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class SentenceTrace:
    """What the coder saw in one parsed sentence (for `tacitus explain`)."""

    sentence: ParsedSentence
    mentions: dict[int, list[ActorMention]]
    candidates: list[Candidate]
    skipped: list[Skipped]


@dataclass(slots=True)
class ArticleResult:
    article: Article
    events: list[Event] = field(default_factory=list)
    traces: list[SentenceTrace] = field(default_factory=list)
    sentences: int = 0
    discarded: list[tuple[str, str]] = field(default_factory=list)  # (sentence, reason)
    dateline: str | None = None  # the place of the article's dateline
    learned: list[LearnedActor] = field(default_factory=list)  # people first learned here


def event_id(article_id: str, sentence: int, cand: Candidate) -> str:
    parts = [
        article_id,
        str(sentence),
        str(cand.trigger),
        cand.source.actor.code if cand.source else "",
        cand.target.actor.code if cand.target else "",
        cand.cameo,
    ]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:20]


def _names_place(sent: ParsedSentence, mention: ActorMention) -> bool:
    """A mention of this sentence that is a place phrase ("in Santiago"); mentions carried
    over from other sentences (coreference) are not."""
    head = mention.head
    return (
        0 <= head < len(sent.doc)
        and mention.start <= sent.char(head) < mention.end
        and names_place(sent.doc[head])
    )


class Pipeline:
    """Tacitus' coder. Create once per process; `code` is safe to call repeatedly."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        nlp: Language | None = None,
        actors: ActorDictionary | None = None,
        triggers: TriggerDictionary | None = None,
        learned: LearnedActors | None = None,
    ) -> None:
        """`learned` holds the people learned from text (role + nationality phrases) that
        later articles may name bare; by default the pipeline starts an empty registry."""
        self.settings = settings or Settings()
        self.learned = learned if learned is not None else LearnedActors()
        self._nlp = nlp
        self._actors = actors
        self._triggers = triggers
        self._gazetteer: Gazetteer | None = None

    def fresh(self) -> Pipeline:
        """A pipeline for a new run: the same models and dictionaries (loaded once), and an
        empty registry of learned people, so what one run learned does not change another's
        events (an evaluation set is scored the same whatever was coded before it)."""
        other = Pipeline(self.settings, nlp=self.nlp, actors=self.actors, triggers=self.triggers)
        other._gazetteer = self._gazetteer
        return other

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.settings.nlp)
        return self._nlp

    @property
    def actors(self) -> ActorDictionary:
        if self._actors is None:
            self._actors = load_actor_dictionary(self.settings.actors.extra)
        return self._actors

    @property
    def triggers(self) -> TriggerDictionary:
        if self._triggers is None:
            self._triggers = load_triggers(self.settings.coding.extra)
        return self._triggers

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            cfg = self.settings.resolve
            self._gazetteer = load_gazetteer(cfg.cache_dir, cfg.extra_places)
        return self._gazetteer

    def _is_place(self, name: str) -> bool:
        """A known town or region that is not a listed person (used against NER's PERSON)."""
        if not self.settings.resolve.locations or self.actors.lookup(name):
            return False
        return any(p.kind in {"city", "region"} for p in self.gazetteer.lookup(name))

    @cached_property
    def discards(self) -> Discards:
        return load_discards(self.settings.coding.extra_discards)

    @cached_property
    def trigger_words(self) -> TriggerWords:
        return TriggerWords.build(self.triggers, irregular_forms(self.nlp))

    # -- the pre-filter -------------------------------------------------------------------

    def _candidate(self, text: str, has_actor: bool) -> bool:
        words = WORD.findall(text)
        if not self.trigger_words.may_match(self.trigger_words.words(words)):
            return False
        if has_actor or any(self.learned.knows(w) for w in words if w[0].isupper()):
            return True
        # People and pronouns are not in the dictionaries: a capitalised word after the first,
        # or a pronoun, may be an actor.
        return any(w[0].isupper() for w in words[1:]) or any(
            w.lower() in PRONOUN_WORDS for w in words
        )

    def select(
        self, article: Article, context: ArticleActors, discarded: list[tuple[str, str]]
    ) -> tuple[list[tuple[int, int, int]], int, str | None]:
        """(index, start, end) of the sentences worth parsing, the sentence count, and the
        place of the article's dateline (cut off its sentence before parsing)."""
        limit = self.settings.nlp.max_sentence_chars
        spans = list(split_sentences(article.text))
        lead = lead_dateline(article.text, spans)
        if lead is not None:
            n, dateline = lead
            spans[n] = (spans[n][0] + dateline.end, spans[n][1])  # "VILNIUS, Feb 22 - ..."
        starts = sorted(m.start for m in context.matches)
        chosen = []
        for index, (start, end) in enumerate(spans):
            if end - start > limit:
                continue  # tables, lists, scraping debris
            reason = self.discards.match(article.text[start:end])
            if reason is not None:  # sport, entertainment, figures of speech
                discarded.append((article.text[start:end], reason))
                continue
            has_actor = any(start <= s < end for s in starts)
            if not self.settings.nlp.prefilter or self._candidate(
                article.text[start:end], has_actor
            ):
                chosen.append((index, start, end))
        return chosen, len(spans), lead[1].place if lead is not None else None

    # -- coding ---------------------------------------------------------------------------

    def load(self) -> None:
        """Load now what coding needs (the model, the dictionaries and, when events are
        located, the gazetteer) instead of on first use. With `[nlp] freeze_models`, the
        first pipeline of a process then collects garbage once and freezes every live object
        (`gc.freeze`): the models live as long as the process, and a full collection that
        walks their quarter of a million objects costs 0.3 s, several times a thousand
        articles."""
        _ = self.nlp, self.actors, self.triggers, self.trigger_words, self.discards
        if self.settings.resolve.locations:
            _ = self.gazetteer
        if self.settings.nlp.freeze_models and gc.get_freeze_count() == 0:
            gc.collect()
            gc.freeze()

    def code(
        self, articles: Iterable[Article], report: RunReport | None = None, trace: bool = False
    ) -> Iterator[ArticleResult | Rejected]:
        """Code articles in batches; yields one result (or Rejected) per article, in order."""
        report = report if report is not None else RunReport()
        self.load()
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.settings.nlp.batch_size:
                yield from self._code_batch(batch, report, trace)
                batch = []
        if batch:
            yield from self._code_batch(batch, report, trace)

    def _code_batch(
        self, batch: list[Article], report: RunReport, trace: bool
    ) -> Iterator[ArticleResult | Rejected]:
        contexts: dict[int, ArticleActors] = {}
        results: dict[int, ArticleResult | Rejected] = {}
        items: list[tuple[str, tuple[int, int, int, int]]] = []
        for n, article in enumerate(batch):
            language = guess(article.text) if self.settings.nlp.english_only else None
            if language is not None and not language.english_like:
                results[n] = Rejected(
                    article.origin or article.id,
                    "nlp",
                    f"{language.reason()}; translate it first, or set [nlp] english_only = false",
                )
                continue
            try:
                if article.published is None:  # "TBILISI, March 7, 2024 (Reuters) -"
                    article = batch[n] = dated_by_dateline(article)
                ctx = ArticleActors.for_text(
                    self.actors,
                    article.text,
                    article.published,
                    self._is_place,
                    learned=self.learned,
                    article_id=article.id,
                )
                discarded: list[tuple[str, str]] = []
                chosen, count, dateline = self.select(article, ctx, discarded)
            except Exception as exc:  # one bad article must not stop the batch
                log.exception("article %s failed in the pre-filter", article.id)
                results[n] = Rejected(article.id, "nlp", f"{type(exc).__name__}: {exc}")
                continue
            contexts[n] = ctx
            results[n] = ArticleResult(
                article,
                sentences=count,
                discarded=discarded,
                dateline=dateline,
                learned=ctx.learned_here,  # filled while the article is coded
            )
            items.extend((article.text[s:e], (n, index, s, e)) for index, s, e in chosen)
        parsed: dict[int, list[ParsedSentence]] = {}
        names = Names(self.nlp.vocab.strings)
        for doc, (n, index, start, end) in parse_sentences(
            self.nlp, items, batch_size=self.settings.nlp.batch_size
        ):
            # the coder reads a plain copy (spaCy keeps the text as it was given)
            copy = mirror(doc, batch[n].text[start:end], names)
            parsed.setdefault(n, []).append(ParsedSentence(index, start, copy))
        for n, article in enumerate(batch):
            result = results[n]
            if isinstance(result, ArticleResult):
                try:
                    self._code_article(result, contexts[n], parsed.get(n, []), trace)
                except TacitusError as exc:
                    result = Rejected(article.id, "coding", str(exc))
                except Exception as exc:
                    log.exception("article %s failed in coding", article.id)
                    result = Rejected(article.id, "coding", f"{type(exc).__name__}: {exc}")
                if not trace:  # traces keep the parses for `explain`
                    for sent in parsed.get(n, []):
                        sent.doc.release()
            report.articles += 1
            if isinstance(result, Rejected):
                report.rejected.append(result)
            else:
                report.sentences += result.sentences
                report.parsed_sentences += len(parsed.get(n, []))
                report.events += len(result.events)
            yield result

    def _code_article(
        self,
        result: ArticleResult,
        ctx: ArticleActors,
        sentences: list[ParsedSentence],
        trace: bool,
    ) -> None:
        article = result.article
        min_conf = self.settings.coding.min_confidence
        where = (
            ArticlePlaces(
                self.gazetteer,
                result.dateline,
                {  # a capital may be the very place to resolve ("Santiago")
                    m.entry.country
                    for m in ctx.matches
                    if m.entry.country and m.entry.role not in {"agent", "capital"}
                },
            )
            if self.settings.resolve.locations
            else None
        )
        seen: set[str] = set()
        # sport, business ...: officials only; worked out when a candidate first needs it
        beat = cache(partial(article_beat, article.text, result.sentences))
        story: tuple[int, EventDate] | None = None  # the last day-precise date in the text
        lead: EventDate | None = None  # the first one: what "a day earlier" counts from
        for sent in sentences:
            verbs_read_as_nouns(sent.doc, self.triggers)  # "EU pledges aid": before actors
            mentions = ctx.mentions(sent)
            candidates, skipped = code_sentence(sent, mentions, self.triggers)
            candidates = screen(sent.doc, candidates, skipped, beat)  # sport, markets, storms
            candidates = [
                _with_deed_author(c, ctx, sent)
                if c.topic and c.target is None and c.source is not None
                else c
                for c in candidates
            ]
            if self.settings.coding.guess_targets:
                candidates = guess_targets(sent.doc, candidates, mentions, skipped)
            if trace:
                result.traces.append(SentenceTrace(sent, mentions, candidates, skipped))
            inherit = story[1] if story and sent.index - story[0] <= INHERIT_SENTENCES else None
            made: list[tuple[Candidate, Event]] = []
            for cand in candidates:
                event = self._event(article, sent, cand, inherit, where, lead)
                if event is not None:
                    made.append((cand, event))
            for event in _one_per_deed(_main_line(made)):
                if event.confidence < min_conf or event.id in seen:
                    continue
                seen.add(event.id)
                result.events.append(event)
                if (
                    event.date_source == "text"
                    and event.date_precision == "day"
                    and event.modality == "asserted"
                    and event.evidence.date_span is not None
                ):
                    story = (sent.index, EventDate(event.date, "day", "text", None))
                    lead = lead or story[1]

    def _dated(self, mention: ActorMention | None, when: date | None) -> Actor | None:
        """The actor as of the event date: a listed person's office at that date."""
        if mention is None:
            return None
        actor = mention.actor
        if actor.person and when is not None:
            listed = self.actors.person_at(actor.person, when)
            if listed is not None:
                return person_actor(actor.text, listed)
        return actor

    def _event(
        self,
        article: Article,
        sent: ParsedSentence,
        cand: Candidate,
        inherit: EventDate | None = None,
        where: ArticlePlaces | None = None,
        lead: EventDate | None = None,
    ) -> Event | None:
        code = self.triggers.cameo[cand.cameo]
        event_type, mode, contexts = cand.pattern.plover_type(code)
        if event_type is None and not self.settings.coding.keep_statements:
            return None
        tense = "future" if cand.modality == "intended" else "past"
        when = event_date(sent, cand.trigger, cand.anchor, article.published, tense)
        relative = anchored(text_of(sent.doc), lead.date) if lead and lead.date else None
        own = article.text[when.span[0] : when.span[1] + 8] if when.span else ""
        if relative is not None and (when.source == "publication" or is_anchored(own)):
            # "A day earlier, ...", "two days after the vote": counted from the story's lead
            # event, not from the publication date
            when = EventDate(relative[0], relative[1], "text", when.span)
        elif when.source == "publication" and inherit is not None and cand.modality == "asserted":
            when = inherit  # the story's date: "The ministers also agreed ..."
        modality = cand.modality
        if when.future and modality == "asserted":
            modality = "intended"
        if (
            modality == "asserted"
            and when.date is not None
            and article.published is not None
            and (article.published - when.date).days >= self.settings.coding.historical_days
        ):
            modality = "historical"
        trig = (sent.char(cand.trigger), sent.char_end(cand.trigger))
        location = (
            where.locate(
                sent,
                cand.trigger,
                cand.anchor,
                {
                    m.actor.country
                    for m in (cand.source, cand.target)
                    if m and m.actor.country and not _names_place(sent, m)
                },
                cand.source.head if cand.source else None,
            )
            if where is not None
            else None
        )
        source = self._dated(cand.source, when.date)
        target = self._dated(cand.target, when.date)
        rule = cand.rule
        if location is not None and location.country and source and source.country is None:
            # "Hundreds of people rallied in Aktobe": unplaced people act where the event is
            source = replace(source, country=location.country)
            rule += " (source: country of the place)"
            if target is None and code.root == "14":
                target = Actor("", location.country, location.country, ("GOV",), "group")
                rule += " (target: own government)"
        sides = domestic_sides(
            source,
            target,
            code.root,
            location.country if location is not None else None,
            cand.target_home,
            code.code,
        )
        source, target = sides.source, sides.target
        rule += "".join(f" ({n})" for n in sides.notes)
        confidence = cand.confidence
        if target is None and cand.lone_state and (home := home_target(source)) is not None:
            # "Colombia's president promised an investigation": nobody else is named, and
            # the place named no other state: the event is domestic
            target, confidence = home, guessed_confidence(confidence)
            rule += f" ({GUESSED_HOME})"
        return Event(
            id=event_id(article.id, sent.index, cand),
            article_id=article.id,
            date=when.date,
            date_precision=when.precision,
            date_source=when.source,
            event_type=event_type,
            mode=mode,
            contexts=contexts,
            cameo=code.code,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            source=source,
            target=target,
            reciprocal=cand.reciprocal,
            negated=cand.negated,
            modality=modality,
            location=location,
            confidence=confidence,
            evidence=Evidence(
                sentence_index=sent.index,
                sentence=text_of(sent.doc),
                trigger=trig,
                source_span=(cand.source.start, cand.source.end) if cand.source else None,
                target_span=(cand.target.start, cand.target.end) if cand.target else None,
                date_span=when.span,
                rule=rule,
                sentence_start=sent.start,
            ),
            coder=CODER,
        )


def _main_line(made: list[tuple[Candidate, Event]]) -> list[Event]:
    """Events of relative or adverbial clauses are background to the sentence's main event
    ("... demanded the return of property seized by government forces"): they are kept only
    when the sentence has no main event, or when they carry a date of their own that differs
    from it ("... during the 2020 war")."""
    main = [e for c, e in made if c.main]
    if not main:
        return [e for _, e in made]
    dates = {e.date for e in main}
    return [
        e for c, e in made if c.main or (e.evidence.date_span is not None and e.date not in dates)
    ]


def _one_per_deed(events: list[Event]) -> list[Event]:
    """ "US forces fired cruise missiles and dropped bombs on Baghdad": two triggers of one
    sentence with the same parties, the same act (the same CAMEO code; for force, the same
    root) and modality tell one event, unless the text gives each its own date; the first
    (the main clause's) is kept."""
    kept: dict[tuple[object, ...], Event] = {}
    out = []
    for e in events:
        if e.source is None or e.target is None:
            out.append(e)
            continue
        # one attack told by several verbs; other acts only when they are the very same code
        # ("travelled to Harare for consultations": a visit and a meeting, both kept)
        kind = e.cameo[:2] if e.cameo[:2] in VIOLENCE_ROOTS else e.cameo
        pair = (e.source.code, e.target.code)
        key = (*(sorted(pair) if e.reciprocal else pair), kind, e.modality)
        first = kept.get(key)
        if first is not None and not (
            # "attacked on Monday and again on Wednesday": two dates the text gives
            first.date != e.date and first.date_source == e.date_source == "text"
        ):
            continue
        kept[key] = e
        out.append(e)
    return out


def _with_deed_author(cand: Candidate, ctx: ArticleActors, sent: ParsedSentence) -> Candidate:
    """ "Moscow condemned the decision": the target is the most recent other country's actor
    mentioned before the trigger."""
    assert cand.source is not None
    own = cand.source.actor.country
    before = sent.char(cand.trigger)
    for m in reversed(ctx.history):
        if m.start < before and m.actor.country and m.actor.country != own:
            return replace(
                cand,
                target=m,
                rule=cand.rule + " (target: author of the deed)",
                confidence=round(max(0.05, cand.confidence - 0.1), 2),
            )
    return cand


def code_texts(pipeline: Pipeline, texts: Iterable[tuple[str, date | None]]) -> list[list[Event]]:
    """Convenience for tests and notebooks: code bare texts with publication dates."""
    from tacitus.ingest.readers import article_id

    articles = [Article(article_id(t), t, d) for t, d in texts]
    out: list[list[Event]] = []
    for result in pipeline.code(articles):
        out.append(result.events if isinstance(result, ArticleResult) else [])
    return out
