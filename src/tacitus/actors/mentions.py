"""Actor mentions in a parsed sentence: dictionary names grouped by noun phrase, people named
next to their role, and in-article coreference ("Hasanov", "the minister", "the two countries").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from tacitus.actors.dictionary import ActorDictionary, Entry, Match
from tacitus.actors.learned import LearnedActor, LearnedActors
from tacitus.models import Actor, ActorMention
from tacitus.nlp.parse import text_of

if TYPE_CHECKING:
    from tacitus.nlp.mirror import Doc, Token
    from tacitus.nlp.parse import ParsedSentence

# Dependencies through which a modifier belongs to the noun phrase of its head.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "npadvmod", "nummod"})
NOMINAL = frozenset({"NOUN", "PROPN"})
PAIR_HEADS = {
    "country": (),
    "nation": (),
    "state": (),
    "side": (),
    "neighbour": (),
    "neighbor": (),
    "capital": ("GOV",),
    "government": ("GOV",),
    "leader": ("GOV",),
    "president": ("GOV",),
    "minister": ("GOV",),
    "army": ("MIL",),
    "military": ("MIL",),
    "force": ("MIL",),
    "navy": ("MIL",),
    "delegation": ("GOV",),
}
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_OTHER = frozenset({"it", "they", "we"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
# Where a town the tagger calls PERSON is taken for a place (not "Jackson said ...").
PLACE_SLOTS = frozenset({"pobj", "dobj", "npadvmod", "appos"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
LED = frozenset({"led", "-led", "commanded", "run", "dominated", "controlled"})
ROLE_PREPS = frozenset({"of", "from", "in", "throughout", "across"})
# Heads that take the identity of their "of" object: "a member of the Syrian parliament".
PARTITIVE = frozenset(
    """member leader head chief representative supporter delegation team wing unit branch
    faction group part contingent envoy spokesman spokeswoman spokesperson""".split()
)
# Heads that speak or act for the object of their "for" phrase: "a spokesman for the Kremlin".
SPEAKERS = frozenset(
    """spokesman spokeswoman spokesperson representative envoy negotiator""".split()
)
FORMER = frozenset({"former", "ex", "ex-"})
# Titles written before a name that are not part of it ("Mr Hasanov", "Gen. Akar").
HONORIFICS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sir madam gen. gen general col. colonel lt. adm. prof.
    sheikh ayatollah""".split()
)


@dataclass(slots=True)
class _Phrase:
    head: int
    countries: list[tuple[int, Entry]] = field(default_factory=list)
    named: Entry | None = None
    named_at: int = -1  # first token of the named organisation
    known: str | None = None  # canonical name of a listed person
    agent: Entry | None = None
    agent_len: int = 0
    agent_at_head: bool = False  # the role word is the phrase's head ("the police")
    person: str | None = None
    alias: Actor | None = None  # an acronym defined earlier in the article ("the IPOA")
    first: int = 10**9
    last: int = -1

    def cover(self, i: int, j: int | None = None) -> None:
        self.first = min(self.first, i)
        self.last = max(self.last, i if j is None else j)


@dataclass(slots=True)
class ArticleActors:
    """What the actor stage remembers while it reads one article, for coreference."""

    dictionary: ActorDictionary
    text: str
    matches: list[Match]
    when: date | None = None  # listed people are coded as of this date (publication)
    history: list[ActorMention] = field(default_factory=list)
    match_starts: list[int] = field(default_factory=list)
    is_place: Callable[[str], bool] = field(default=lambda _: False)
    learned: LearnedActors | None = None  # people learned from earlier articles
    article_id: str = ""
    learned_here: list[LearnedActor] = field(default_factory=list)  # new in this article
    subjects: list[tuple[int, Actor]] = field(default_factory=list)  # (sentence, person)
    acronyms: dict[str, Actor] = field(default_factory=dict)  # "(IPOA)" after a body's name

    def __post_init__(self) -> None:
        self.match_starts = [m.start for m in self.matches]

    @classmethod
    def for_text(
        cls,
        dictionary: ActorDictionary,
        text: str,
        when: date | None = None,
        is_place: Callable[[str], bool] | None = None,
        learned: LearnedActors | None = None,
        article_id: str = "",
    ) -> ArticleActors:
        """`is_place` tells a town from a person when the tagger calls a town PERSON;
        `learned` resolves people known from earlier articles and records new ones."""
        ctx = cls(dictionary, text, dictionary.find(text), when)
        if is_place is not None:
            ctx.is_place = is_place
        ctx.learned = learned
        ctx.article_id = article_id
        return ctx

    def countries_before(self, offset: int, bodies: bool = False) -> list[str]:
        """Distinct countries named before `offset`, most recent first (with IGO and NGO for
        the international bodies named, if `bodies`)."""
        seen: list[str] = []
        for m in reversed(self.matches):
            if m.start >= offset:
                continue
            c = m.entry.country
            if m.entry.role in {"agent", "capital", "region"}:
                continue  # a capital in a text is mostly a place ("met in Bratislava")
            if c and c not in seen and (bodies or c not in {"IGO", "NGO"}):
                seen.append(c)
        return seen

    def surnames(self) -> set[str]:
        """Last names of the people mentioned so far (spaCy does not always tag a bare
        surname as PERSON, so later mentions are found by this list too)."""
        return {
            m.actor.name.split()[-1]
            for m in self.history
            if m.actor.kind == "person" and m.actor.name
        }

    def mentions(self, sent: ParsedSentence) -> dict[int, list[ActorMention]]:
        """Actor mentions of one sentence, keyed by the token index of their phrase head."""
        return _mentions(self, sent)

    def learn(self, actor: Actor, role: str | None, sentence: str) -> None:
        """Remember a person coded from a role phrase ("Kazakh Energy Minister X")."""
        if self.learned is None or not actor.name or self.dictionary.lookup(actor.name):
            return  # the curated dictionaries know the name: they win
        entry = LearnedActor(
            actor.name,
            actor.country,
            actor.sectors,
            role,
            self.when,
            self.article_id,
            sentence,
        )
        if self.learned.add(entry):
            self.learned_here.append(entry)

    def recall(self, text: str, name: str) -> Actor | None:
        """A person learned from an earlier article, unless the dictionaries know the name."""
        if self.learned is None or self.dictionary.lookup(name):
            return None
        found = self.learned.lookup(name)
        if found is None:
            return None
        return Actor(text, found.name, found.country, found.sectors, "person", role=found.role)


def _token_offsets(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """Token index by the character offset of each token's start, and of its end."""
    return {t.idx: t.i for t in doc}, {t.idx + len(t.text): t.i for t in doc}


def _token_span(
    starts: dict[int, int], ends: dict[int, int], start: int, end: int
) -> tuple[int, int] | None:
    """Token span [first, last+1) of a character span, if it falls on token boundaries."""
    first, last = starts.get(start), ends.get(end)
    if first is None or last is None or last < first:
        return None
    return first, last + 1


def _root(doc: Doc, first: int, end: int) -> Token:
    for i in range(first, end):
        tok = doc[i]
        if not first <= tok.head.i < end or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def split_modifier(tok: Token) -> bool:
    """ "Police and gang members exchanged fire", parsed with "Police" a modifier of "members"
    that holds the "and": a noun modifier with a conjunction and no conjunct of its own is a
    coordinated party, not a word of the head's name."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in {"nmod", "compound"}
        and tok.head.pos_ == "NOUN"
        and tok.i < tok.head.i
        and any(c.dep_ == "cc" for c in tok.children)
        and not any(c.dep_ == "conj" for c in tok.children)
    )


def phrase_head(tok: Token) -> Token:
    """Climb from a modifier to the head noun of its phrase."""
    while tok.head.i != tok.i:
        if split_modifier(tok):
            break  # "Police and gang members": a party of its own, misparsed as a modifier
        if tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in NOMINAL:
            tok = tok.head
        elif tok.head.lower_ in LED and tok.head.dep_ in MODIFIER_DEPS | {"acl"}:
            tok = tok.head  # "Vietnamese-led forces", "a Saudi-led coalition"
        elif tok.dep_ == "conj" and _conj_root(tok).dep_ in MODIFIER_DEPS:
            # "Turkish and Azerbaijani troops", "American, British and French warplanes":
            # climb to the first adjective of the list first
            tok = _conj_root(tok)
        else:
            break
    return tok


def _conj_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _name_tokens(doc: Doc, head: int, taken: set[int]) -> tuple[int, int] | None:
    """The span [first, last+1) of a capitalised name ending at `head` ("Javad Owji" in
    "Oil Minister Javad Owji"), outside dictionary matches."""
    tok = doc[head]
    if head in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    first = head
    while (
        first > 0
        and doc[first - 1].pos_ == "PROPN"
        and first - 1 not in taken
        and doc[first - 1].text[:1].isupper()
        and doc[first - 1].lower_ not in HONORIFICS
    ):
        first -= 1
    return first, head + 1


def _not_the_region(doc: Doc, span: tuple[int, int]) -> bool:
    """A region's name inside a person's name ("Victoria Nuland") or joined by a hyphen to
    another word ("Shan-e-Mustafa", "Kashmir-born")."""
    first, end = span
    return (
        doc[first].ent_type_ == "PERSON"
        or (end < len(doc) and doc[end].text == "-")
        or (first > 0 and doc[first - 1].text == "-")
    )


def _other_person(ctx: ArticleActors, doc: Doc, first: int, end: int, e: Entry) -> bool:
    """A listed person's bare surname that names someone else: "Ilya Grachev" (the listed
    Grachev is Pavel), or a surname the article gave to an unlisted person before."""
    if end - first != 1:
        return False
    prev = doc[first - 1] if first > 0 else None
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and prev.lower_ not in HONORIFICS
        and not ctx.dictionary.lookup(prev.text)
        and prev.lower_ not in ctx.dictionary.person_words.get(e.canonical, ())
    ):
        return True
    surname = doc[first].text
    return any(
        m.actor.kind == "person" and m.actor.person is None and m.actor.name.split()[-1] == surname
        for m in ctx.history
    )


def _mentions(ctx: ArticleActors, sent: ParsedSentence) -> dict[int, list[ActorMention]]:
    doc = sent.doc
    lo, hi = sent.start, sent.start + len(text_of(doc))
    phrases: dict[int, _Phrase] = {}

    def phrase(tok: Token) -> _Phrase:
        head = phrase_head(tok)
        if head.i not in phrases:
            phrases[head.i] = _Phrase(head.i)
            phrases[head.i].cover(head.i)
        return phrases[head.i]

    taken: set[int] = set()
    first = bisect_left(ctx.match_starts, lo)
    matched = first < len(ctx.match_starts) and ctx.match_starts[first] < hi
    starts, ends = _token_offsets(doc) if matched else ({}, {})
    for m in ctx.matches[first:]:
        if m.start >= hi:
            break
        if m.end > hi:
            continue
        span = _token_span(starts, ends, m.start - lo, m.end - lo)
        if span is None:
            continue
        e = m.entry
        if e.role == "person" and _other_person(ctx, doc, span[0], span[1], e):
            continue
        if e.role == "region" and _not_the_region(doc, span):
            continue  # "Victoria Nuland", "Shan-e-Mustafa": not the region
        root = _root(doc, *span)
        if e.role == "adjective" and _former_region(doc, span[0], phrase_head(root)):
            continue  # "former Soviet republics", "post-Soviet states": not the country
        if e.role in COUNTRY_ROLES and _stance(doc, span[0]):
            continue  # "an anti-Syria journalist", "pro-Russian separatists": not the country
        if e.role in COUNTRY_ROLES and _continental(doc, span[0]):
            continue  # "her Latin American tour", "South American leaders": not the US
        if e.role == "agent" and _hyphenated(doc, span, phrase_head(root)):
            continue  # "multi-party elections", "one-party state": a modifier, not a party
        if e.role in COUNTRY_ROLES and _related(doc, span, phrase_head(root)):
            continue  # "Israel's militia ally", "US allies": another party than the country
        ph = phrase(root)
        ph.cover(span[0], span[1] - 1)
        taken.update(range(*span))
        if e.role == "agent":
            at_head = span[0] <= ph.head < span[1]
            longer = span[1] - span[0] > ph.agent_len
            # of two role words of one length, the head's names the actor: "the Islamist
            # party" is a party, "Islamist" only describes it
            tie = span[1] - span[0] == ph.agent_len and at_head and not ph.agent_at_head
            # a role word that is the head names the actor over a longer one that only
            # qualifies it ("special forces soldiers", "air force personnel")
            headed = at_head and ph.agent is not None and not ph.agent_at_head
            if (longer and (at_head or not ph.agent_at_head)) or tie or headed:
                ph.agent, ph.agent_len = e, span[1] - span[0]
                ph.agent_at_head = at_head
        elif e.role == "named":
            if ph.named is None:
                ph.named, ph.named_at = e, span[0]
        elif e.role == "person":
            ph.known = e.canonical
        elif _ethnic(doc, span[0]):
            # "ethnic Albanians in Serbia": an ethnic group, not the state; the place of the
            # event may give the country.
            ph.cover(span[0] - 1)
            if ph.agent is None:
                ph.agent, ph.agent_len, ph.agent_at_head = ETHNIC, 0, True
        elif all(c.country != e.country for _, c in ph.countries):
            ph.countries.append((root.i, e))
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if len(ent) == 1 and ent.root.dep_ in PLACE_SLOTS and ctx.is_place(ent.text):
            continue  # spaCy tags some towns as PERSON ("retook Lalibela"): the gazetteer wins
        ph = phrase(ent.root)
        ph.person = ent.text
        ph.cover(ent.start, ent.end - 1)
        full = _name_tokens(doc, ent.end - 1, taken)
        if full is not None and full[0] < ent.start:  # the tagger cut "Ilya" off "Grachev"
            ph.person = doc[full[0] : full[1]].text
            ph.cover(full[0])
    known = ctx.surnames()
    learned = ctx.learned
    for head, ph in list(phrases.items()):
        # "Iranian Oil Minister Javad Owji": a name the tagger missed, after a role word
        if (
            ph.person is None
            and ph.agent is not None
            and ph.agent.kind == "person"
            and (ph.countries or ph.named)
        ):
            span = _name_tokens(doc, head, taken)
            if span is not None:
                ph.person = doc[span[0] : span[1]].text
                ph.cover(span[0], span[1] - 1)
    for tok in doc:
        if (
            tok.i not in taken
            and tok.pos_ in NOMINAL  # the tagger takes some surnames for nouns ("Owji said")
            and tok.text[:1].isupper()
            and (tok.text in known or (learned is not None and learned.knows(tok.text)))
        ):
            ph = phrase(tok)
            if ph.person is None:
                full = _name_tokens(doc, tok.i, taken) or (tok.i, tok.i + 1)
                ph.person = doc[full[0] : full[1]].text
                ph.cover(full[0], full[1] - 1)
        if tok.i not in taken and tok.text in ctx.acronyms and phrase_head(tok).i == tok.i:
            phrase(tok).alias = ctx.acronyms[tok.text]  # "The IPOA said": defined before
        if tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in PAIR_HEADS:
            phrase(tok)  # "the two countries": resolved by coreference below
        if tok.i not in taken and _body_anaphor(tok):
            phrase(tok)  # "the bloc": resolved by coreference below
        if tok.i not in taken and _place_anaphor(tok):
            phrase(tok)  # "the island", "the island's coast guard": resolved below
        if tok.lower_ in PRONOUNS_PERSON and tok.dep_ in {"nsubj", "nsubjpass"}:
            phrases.setdefault(tok.i, _Phrase(tok.i, person=tok.text, first=tok.i, last=tok.i))
        if tok.lower_ in PRONOUNS_OTHER and tok.dep_ in {"nsubj", "nsubjpass"}:
            phrases.setdefault(tok.i, _Phrase(tok.i, first=tok.i, last=tok.i))
        if tok.lower_ in OBJECT_PRONOUNS and tok.dep_ in {"dobj", "obj", "dative", "iobj"}:
            phrases.setdefault(tok.i, _Phrase(tok.i, first=tok.i, last=tok.i))
    for tok in doc:
        if (
            tok.lemma_.lower() in PARTITIVE
            and tok.i not in phrases
            and any(
                p.dep_ == "prep"
                and p.lower_ in ROLE_PREPS
                and any(o.i in phrases for o in p.children)
                for p in tok.children
            )
        ):
            phrases[tok.i] = _Phrase(tok.i, first=tok.i, last=tok.i)
    _attach_role_preps(doc, phrases)
    _loyal_to(doc, phrases)
    _fled_from(doc, phrases)
    _appositive_names(doc, phrases, taken)
    _merge_appositions(doc, phrases)
    result: dict[int, list[ActorMention]] = {}
    for head, ph in _speakers_first(doc, phrases):
        if doc[head].lower_ in OBJECT_PRONOUNS and doc[head].dep_ != "nsubj":
            actors = _object_antecedent(doc[head], result)
        elif doc[head].lower_ in PRONOUNS_OTHER:
            spoken = _speaker(doc[head], result)
            actors = spoken if spoken is not None else _earlier_party(ctx, doc[head])
        else:
            actors = _resolve(ctx, sent, ph)
        if not actors:
            continue
        start, end = sent.char(ph.first), sent.char_end(ph.last)
        result[head] = [
            ActorMention(start, end, head, actor, (ph.first, ph.last + 1)) for actor in actors
        ]
        # Later phrases of this sentence ("... announced that he will ...") may refer back.
        ctx.history.extend(result[head])
        short = _acronym(doc[head])
        if short is not None and len(actors) == 1 and actors[0].kind != "person":
            ctx.acronyms.setdefault(short, actors[0])
        if doc[head].dep_ in {"nsubj", "nsubjpass"} and actors[0].kind == "person":
            ctx.subjects.append((sent.index, actors[0]))
    return result


def _speakers_first(doc: Doc, phrases: dict[int, _Phrase]) -> list[tuple[int, _Phrase]]:
    """The phrases in text order, except that a pronoun subject of a quote put before its
    attribution (" 'We appeal to ...,' Yunus said") comes after the speaker it stands for."""
    order = sorted(phrases.items())
    late: dict[int, list[tuple[int, _Phrase]]] = {}  # speaker -> its pronouns, in order
    for item in order:
        speaker = _later_speaker(doc[item[0]]) if doc[item[0]].lower_ in PRONOUNS_OTHER else None
        if speaker is not None and speaker in phrases:
            late.setdefault(speaker, []).append(item)
    if not late:
        return order
    moved = {h for items in late.values() for h, _ in items}
    out: list[tuple[int, _Phrase]] = []
    for head, ph in order:
        if head in moved:
            continue
        out.append((head, ph))
        out.extend(late.get(head, ()))
    return out


def _later_speaker(pronoun: Token) -> int | None:
    """The subject of the reporting verb after a quoted clause whose subject is the pronoun."""
    verb = pronoun.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.i < verb.i:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj.i if subj is not None and subj.i > pronoun.i else None


def _object_antecedent(pronoun: Token, found: dict[int, list[ActorMention]]) -> list[Actor]:
    """ "arrested the opposition leader and accused him of ...", "surrounded the rebels and
    ordered them to surrender": an object pronoun stands for the latest earlier party of its
    sentence that fits it (a person for "him/her", several for "them") and is not the subject
    of its own clause."""
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subjects = {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
    plural = pronoun.lower_ == "them"
    doc = pronoun.doc
    earlier = [
        m
        for head in sorted((h for h in found if h < pronoun.i), reverse=True)
        if head not in subjects and head >= pronoun.sent.start
        for m in found[head]
    ]
    # "him"/"her" is a person named earlier before any body ("... dissolving the legislature,
    # and police detained him": the president, not the legislature)
    people = [] if plural else [m for m in earlier if m.actor.kind == "person"]
    for m in people or earlier:
        tag = doc[m.head].tag_ if 0 <= m.head < len(doc) else ""
        fits = (
            tag in {"NNS", "NNPS"}
            if plural
            else m.actor.kind == "person" or (tag == "NN" and m.actor.kind != "country")
        )
        if fits:
            return [replace(m.actor, text=pronoun.text)]
    return []


def _speaker(pronoun: Token, found: dict[int, list[ActorMention]]) -> list[Actor] | None:
    """ "Japan said it had halted aid": a pronoun subject of a reported clause is the speaker.
    None when the clause has no speaker; an empty list when the speaker is no known actor
    ("the Department said it had ...")."""
    verb = pronoun.head
    if verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or verb.head.i == verb.i:
        return None
    for c in verb.head.children:
        if c.dep_ == "nsubj":
            # "Russia and China said that they shared ...": a plural pronoun is every conjunct
            heads = _conjoined(c) if pronoun.lower_ in PLURAL_PRONOUNS else [c]
            if c.i in found:
                return [
                    replace(m.actor, text=pronoun.text) for h in heads for m in found.get(h.i, ())
                ]
            return [] if c.pos_ in {"NOUN", "PROPN"} else None
    return None


def _conjoined(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Russia and China")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
            out.extend(_conjoined(c))
    return out


def _earlier_party(ctx: ArticleActors, pronoun: Token) -> list[Actor]:
    """ "It"/"they" without a speaker: the latest country, organisation or group named."""
    for m in reversed(ctx.history):
        if m.actor.country and m.actor.kind != "person":
            return [replace(m.actor, text=pronoun.text)]
    return []


def _foreign(head: Token) -> bool:
    """ "foreign aid agencies", "international aid groups" (the adjective may hang on the
    compound)."""
    words = [*head.lefts, *(c for g in head.lefts if g.dep_ == "compound" for c in g.children)]
    return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in words)


# Aid bodies that "foreign"/"international" make international NGOs.
AID_SECTORS = frozenset({"NGO", "DEV", "HLH"})
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas"})

ETHNIC = Entry("ethnic group", "agent", None, ("CVL",), "group", "ethnic group", None, False, "")


# Heads of "former Soviet republics", "post-Soviet states", "ex-Yugoslav countries": the
# states that came out of a country, not the country.
SUCCESSORS = frozenset("republic state country nation space bloc region".split())


def _former_region(doc: Doc, first: int, root: Token) -> bool:
    before = {t.lower_ for t in doc[max(0, first - 2) : first]}
    return bool(before & {"former", "ex", "post", "ex-", "post-"}) and (
        root.lemma_.lower() in SUCCESSORS and root.i > first
    )


# Dictionary roles that name a country ("Syria", "Syrian", "Syrians", "Damascus").
COUNTRY_ROLES = frozenset({"name", "adjective", "people", "capital", "region"})
STANCE_PREFIXES = frozenset({"anti", "pro"})


def _stance(doc: Doc, first: int) -> bool:
    """ "anti-Syria", "pro-Western": a prefix that gives a stance toward the country."""
    if first > 0 and doc[first - 1].lower_.rstrip("-") in STANCE_PREFIXES:
        return True  # "pro-" kept as one token
    return (
        first > 1
        and doc[first - 1].text == "-"
        and doc[first - 2].lower_ in STANCE_PREFIXES
        and doc[first - 2].idx + len(doc[first - 2]) == doc[first - 1].idx
    )


CONTINENT_PARTS = frozenset({"latin", "south", "north", "central", "pan", "pan-", "meso"})
AMERICA_WORDS = frozenset({"america", "american", "americans"})


def _continental(doc: Doc, first: int) -> bool:
    """ "Latin American", "South America", "pan-American": a part of the continent, not the
    United States (a longer dictionary name, as "Central African Republic", wins before)."""
    if doc[first].lower_ not in AMERICA_WORDS or first == 0:
        return False
    before = doc[first - 1]
    if before.text == "-" and first > 1:
        before = doc[first - 2]
    return before.lower_ in CONTINENT_PARTS


# Heads that name another party by its relation to the modifier's country.
RELATION_NOUNS = frozenset(
    "ally partner rival enemy foe adversary opponent neighbor neighbour".split()
)


def _hyphenated(doc: Doc, span: tuple[int, int], head: Token) -> bool:
    """Is a role word the second half of a hyphenated modifier ("multi-party elections")?"""
    first = span[0]
    return (
        first > 1
        and doc[first - 1].text == "-"
        and doc[first - 2].idx + len(doc[first - 2]) == doc[first - 1].idx
        and doc[first - 1].idx + 1 == doc[first].idx
        and not span[0] <= head.i < span[1]
    )


def _related(doc: Doc, span: tuple[int, int], head: Token) -> bool:
    """Is a country word the possessor of a relation noun ("Israel's militia ally", "Russia's
    neighbours")? An adjective names the party itself ("its Philippine ally")."""
    return (
        head.lemma_.lower() in RELATION_NOUNS
        and not span[0] <= head.i < span[1]
        and any(doc[i].dep_ == "poss" for i in range(*span))
    )


def _ethnic(doc: Doc, first: int) -> bool:
    return first > 0 and doc[first - 1].lower_ == "ethnic"


def _attach_role_preps(doc: Doc, phrases: dict[int, _Phrase]) -> None:
    """ "the foreign minister of Armenia", "the authorities in Astana": a role phrase without a
    country takes the country of its of/from/in object, which stops being an actor of its own."""
    absorbed: list[int] = []
    for head, ph in phrases.items():
        _people_of(doc, head, ph, phrases, absorbed)
        partitive = doc[head].lemma_.lower() in PARTITIVE
        if ph.countries or ph.named or (ph.agent is None and not partitive):
            continue
        if any(
            c.dep_ == "poss" and (c.lower_ in POSSESSIVES or _place_anaphor(c))
            for c in doc[head].children
        ):
            # "its forces in Lebanon", "the island's envoy in Asuncion": whose forces is said
            # by the possessive, not by "in"
            continue
        # "leaders of the opposition bloc", "members of Hamas": a generic partitive role
        # takes the role of the group it is part of
        generic = partitive and (ph.agent is None or ph.agent.canonical.lower() in PARTITIVE)
        speaker = doc[head].lemma_.lower() in SPEAKERS
        for prep in _phrase_preps(doc, head, ph):
            if prep.dep_ == "prep" and (
                prep.lower_ in ROLE_PREPS or (speaker and prep.lower_ == "for")
            ):
                for obj in prep.children:
                    other = phrases.get(obj.i)
                    if obj.i > prep.i + 1 and any(
                        o.dep_ == "pobj" and o.i < obj.i and o.i in absorbed for o in prep.children
                    ):
                        # "the foreign ministers of the Democratic Republic of Congo and
                        # Rwanda", parsed with "Rwanda" a second object of "of": the later
                        # object is the list's next member, an actor of its own
                        continue
                    grouped = (
                        generic
                        and prep.lower_ in {"of", "for"}
                        and other is not None
                        and (other.agent is not None or other.named is not None)
                    )
                    if obj.dep_ == "pobj" and other and (other.countries or other.named or grouped):
                        ph.countries = ph.countries or other.countries
                        ph.named = ph.named or other.named
                        if grouped or ph.agent is None:
                            ph.agent, ph.agent_len = other.agent, other.agent_len
                            ph.agent_at_head = other.agent is not None
                        ph.cover(obj.i)
                        absorbed.append(obj.i)
    for i in absorbed:
        phrases.pop(i, None)


def _phrase_preps(doc: Doc, head: int, ph: _Phrase) -> list[Token]:
    """The prepositions after a role phrase: those of its head, and those hanging from the
    last word of a role name the head starts ("the Ministry of Foreign Affairs of Estonia":
    "of Estonia" is parsed under "Affairs")."""
    preps = list(doc[head].children)
    last = ph.last
    tok = doc[head]
    if tok.dep_ == "conj" and tok.head.i < head:
        # "government negotiators and leaders of the Free Aceh Movement", parsed with "of"
        # under the first conjunct: the phrase right after the second one is the second's
        preps.extend(
            p
            for p in tok.head.children
            if p.dep_ == "prep" and p.lower_ == "of" and p.i == last + 1
        )
    if ph.agent is not None and ph.agent_at_head and last > head:
        inner = doc[last]
        if inner.dep_ == "pobj" and inner.head.head.i in range(head, last + 1):
            preps.extend(p for p in inner.children if p.i > last)
    return preps


def _people_of(
    doc: Doc, head: int, ph: _Phrase, phrases: dict[int, _Phrase], absorbed: list[int]
) -> None:
    """ "the Albanians of southern Serbia", "the Kurds of Iraq": a people named as living in
    another country are of that country (an ethnic group there), not of their namesake."""
    if not ph.countries or any(e.role != "people" or i != head for i, e in ph.countries):
        return
    for prep in doc[head].children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            other = phrases.get(obj.i)
            if obj.dep_ != "pobj" or other is None or not other.countries or other.agent:
                continue
            if any(e.country == o.country for _, e in ph.countries for _, o in other.countries):
                continue
            ph.countries = list(other.countries)
            if ph.agent is None:
                ph.agent, ph.agent_len, ph.agent_at_head = ETHNIC, 0, True
            ph.cover(obj.i)
            absorbed.append(obj.i)
            return


def _loyal_to(doc: Doc, phrases: dict[int, _Phrase]) -> None:
    """ "militants loyal to Iraq's Al-Qaeda leader", "troops loyal to the ousted president":
    a group without a country is of the country of the one it is loyal to."""
    for head, ph in phrases.items():
        if ph.countries or ph.named or ph.agent is None:
            continue
        for adj in doc[head].children:
            if adj.dep_ != "amod" or adj.lower_ != "loyal":
                continue
            for prep in adj.children:
                if prep.dep_ != "prep" or prep.lower_ != "to":
                    continue
                for obj in prep.children:
                    other = phrases.get(obj.i)
                    if obj.dep_ == "pobj" and other is not None and other.countries:
                        ph.countries = list(other.countries)


FLEEING = frozenset({"flee", "escape", "leave"})


def _fled_from(doc: Doc, phrases: dict[int, _Phrase]) -> None:
    """ "refugees fleeing the war in Sudan", "people escaping Syria": refugees without a
    country of their own are of the country they flee."""
    for head, ph in phrases.items():
        if ph.countries or ph.named or ph.agent is None or "REF" not in ph.agent.sectors:
            continue
        fled = [
            other.countries[0]
            for acl in doc[head].children
            if acl.dep_ == "acl" and acl.lemma_.lower() in FLEEING
            for tok in acl.subtree
            if tok.i != head
            and (other := phrases.get(tok.i)) is not None
            and other.countries
            and not other.named
        ]
        if fled:
            ph.countries = fled[:1]


def _appositive_names(doc: Doc, phrases: dict[int, _Phrase], taken: set[int]) -> None:
    """ "Tamaz Jikia, Georgia's deputy interior minister, ...": a capitalised name in
    apposition to a role is a person, even when the tagger did not call it one."""
    for head, ph in list(phrases.items()):
        if ph.agent is None or ph.agent.kind != "person" or ph.person:
            continue
        tok = doc[head]
        others = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            others.append(tok.head)
        for other in others:
            if other.i in phrases:
                continue
            span = _name_tokens(doc, other.i, taken)
            if span is not None and span[1] - span[0] >= 2:
                phrases[other.i] = _Phrase(
                    other.i, person=doc[span[0] : span[1]].text, first=span[0], last=other.i
                )


def _merge_appositions(doc: Doc, phrases: dict[int, _Phrase]) -> None:
    """ "Zakir Hasanov, Azerbaijan's defence minister": both halves describe one actor."""
    for head in list(phrases):
        tok = doc[head]
        if tok.dep_ != "appos" or tok.head.i not in phrases:
            continue
        a, b = phrases[tok.head.i], phrases[head]
        if (a.countries or a.named) and (b.countries or b.named):
            continue  # two identities ("Liberia, the World Food Program"): a parse slip
        for x, y in ((a, b), (b, a)):
            x.countries = x.countries or y.countries
            if x.named is None:
                x.named, x.named_at = y.named, y.named_at
            if x.agent is None:
                x.agent, x.agent_len, x.agent_at_head = y.agent, y.agent_len, y.agent_at_head
            x.person = x.person or y.person


def _acronym(head: Token) -> str | None:
    """ "The Independent Policing Oversight Authority (IPOA)": the capitals in brackets in
    apposition to a body's name, which later sentences use for it."""
    for c in head.children:
        if (
            c.dep_ == "appos"
            and c.i > 0
            and c.doc[c.i - 1].text == "("
            and 2 <= len(c.text) <= 8
            and c.text.isupper()
            and c.text.isalpha()
        ):
            return c.text
    return None


def _resolve(ctx: ArticleActors, sent: ParsedSentence, ph: _Phrase) -> list[Actor]:
    if ph.alias is not None:
        return [replace(ph.alias, text=doc_text(sent.doc, ph))]
    actors = _resolve_phrase(ctx, sent, ph)
    if (
        len(actors) == 1
        and ph.person
        and ph.known is None
        and ph.agent is not None
        and ph.agent.kind == "person"
        and (ph.countries or ph.named)
        and actors[0].country
    ):
        # "Kazakh Energy Minister Arman Sultanov": remembered for later articles
        ctx.learn(actors[0], ph.agent.canonical, text_of(sent.doc))
    return actors


def _former(doc: Doc, ph: _Phrase) -> bool:
    """ "a former Georgian prime minister": the role is no longer held."""
    head = doc[ph.head]
    return any(doc[i].lower_ in FORMER for i in range(head.left_edge.i, ph.head))


def _counterpart(ctx: ArticleActors, country: str | None) -> tuple[str, ...]:
    """ "... met his Azerbaijani counterpart": the role of the latest person of another
    country."""
    for m in reversed(ctx.history):
        a = m.actor
        if a.kind == "person" and a.sectors and a.country and a.country != country:
            return a.sectors
    return ()


def _resolve_phrase(ctx: ArticleActors, sent: ParsedSentence, ph: _Phrase) -> list[Actor]:
    doc = sent.doc
    text = doc[ph.first : ph.last + 1].text
    agent = ph.agent
    agent_sectors = agent.sectors if agent else ()
    if agent is not None and agent.kind == "person" and _former(doc, ph):
        agent_sectors = ("ELI",)
    kind = (
        "person"
        if ph.person or (agent and agent.kind == "person" and _singular(doc[ph.head]))
        else "group"
    )
    if ph.known:
        listed = ctx.dictionary.person_at(ph.known, ctx.when)
        if listed is not None:
            return [person_actor(text, listed, agent_sectors)]
    if ph.named and any(i == ph.head for i, _ in ph.countries):
        ph.named = None  # "NATO-member Norway": the head is the country
    if ph.named and ph.countries and ph.named.kind == "seat" and agent is None:
        # "Pakistan's Foreign Office": a seat-of-power name used as a role of another country
        agent, agent_sectors = ph.named, ph.named.sectors
        ph.named = None
    paired = _paired_country(doc, ph)
    if paired is not None:
        # "the Israeli and Hamas delegations": a state's and a group's, two actors
        e = paired[1]
        name = f"{e.canonical} {agent.canonical}" if agent else e.canonical
        ph.countries = []
        state = Actor(text, name, e.country, agent_sectors or e.sectors, kind)
        return [state, *_resolve_phrase(ctx, sent, ph)]
    if ph.named:
        n = ph.named
        sectors = n.sectors + tuple(s for s in agent_sectors if s not in n.sectors)
        if n.sectors and (n.kind == "ngo" or n.country == "NGO"):
            sectors = n.sectors  # "Greenpeace activists" are Greenpeace
        country = n.country
        if ph.countries and n.country in {"IGO", "NGO"} and n.kind not in {"igo", "ngo"}:
            country = ph.countries[0][1].country
        elif _national_envoy(doc, ph):
            # "Russia's UN ambassador", "the Norwegian envoy to NATO": the state's diplomat
            e = ph.countries[0][1]
            name = ph.person or f"{e.canonical} {agent.canonical if agent else 'envoy'}"
            return [Actor(text, name, e.country, agent_sectors or ("GOV",), kind)]
        kind = "person" if ph.person else n.kind
        return [Actor(text, ph.person or n.canonical, country, sectors, kind, n.code)]
    if ph.countries:
        actors = []
        for _, e in ph.countries:
            sectors = agent_sectors or e.sectors
            if not sectors and doc[ph.head].lemma_.lower() == "counterpart":
                sectors = _counterpart(ctx, e.country)
            name = ph.person or (f"{e.canonical} {agent.canonical}" if agent else e.canonical)
            actors.append(
                Actor(text, name, e.country, sectors, kind if agent or ph.person else "country")
            )
        return actors
    # No country in the phrase: coreference with what the article said before.
    head = doc[ph.head]
    if agent is not None and AID_SECTORS & {*agent_sectors} and _foreign(head):
        # "revoked the licences of foreign aid agencies": international NGOs, not the
        # country's own (nor the one the article named last)
        return [Actor(text, f"foreign {agent.canonical}", "NGO", agent_sectors, kind)]
    place = _place_antecedent(ctx, sent, head)
    if place is not None and (agent is not None or _place_anaphor(head)):
        # "the island's coast guard", "drills around the island": the island state named before
        name = ctx.dictionary.country_names.get(place, place)
        if agent is None:
            return [Actor(text, name, place, (), "country")]
        return [Actor(text, f"{name} {agent.canonical}", place, agent_sectors, kind)]
    owner = _possessor(ctx, head)
    if owner is not None and agent is not None:
        # "Israel has strengthened its forces": the forces of the clause's subject
        whose = owner.name
        if owner.kind == "person" and owner.country:
            # "Paz said his government ...": the government of the person's country
            whose = ctx.dictionary.country_names.get(owner.country, owner.country)
        return [Actor(text, f"{whose} {agent.canonical}", owner.country, agent_sectors, kind)]
    pair = _pair(ctx, sent, ph, head)
    if pair:
        return pair
    antecedent = _antecedent(ctx, sent, ph, head)
    if antecedent is not None:
        sectors = antecedent.sectors
        if agent_sectors and not set(agent_sectors) <= set(sectors):
            sectors = agent_sectors
        return [Actor(text, antecedent.name, antecedent.country, sectors, antecedent.kind)]
    if agent and ph.agent_at_head:
        # A role word alone is an actor only as the head: "the police", not "military education".
        return [Actor(text, agent.canonical, None, agent_sectors, kind)]
    if ph.person and head.lower_ not in PRONOUNS_PERSON:
        recalled = ctx.recall(text, ph.person)
        if recalled is not None:
            return [recalled]
        return [Actor(text, ph.person, None, (), "person")]
    return []


def _paired_country(doc: Doc, ph: _Phrase) -> tuple[int, Entry] | None:
    """The country of a phrase that is coordinated with the phrase's named group, both
    modifying the head ("the Israeli and Hamas delegations", "Russian and Wagner forces")."""
    if ph.named is None or len(ph.countries) != 1 or ph.named_at < 0:
        return None
    at, e = ph.countries[0]
    if at == ph.head or e.country == ph.named.country:
        return None
    country, named = doc[at], doc[ph.named_at]
    linked = any(
        a.dep_ == "conj" and b.i <= a.head.i <= b.i + 3 and a.head.head.i == ph.head
        for a, b in ((named, country), (country, named))
    )
    # the named group's tokens may be a compound chain: "Islamic Jihad" -> "Jihad" is the conj
    linked = linked or any(t.dep_ == "conj" and t.head.i == at for t in doc[ph.named_at : ph.head])
    return ph.countries[0] if linked and doc[at].head.i == ph.head else None


# Heads of a phrase naming a state's representative at an international body.
ENVOY_HEADS = frozenset(
    "ambassador envoy representative delegate delegation mission diplomat".split()
)


def _national_envoy(doc: Doc, ph: _Phrase) -> bool:
    """ "Russia's UN ambassador", "the Norwegian envoy to NATO": a state named before an
    intergovernmental body in a phrase headed by a diplomatic role is the state's diplomat
    (not "the UN Syria envoy", where the state follows the body's name)."""
    if ph.named is None or ph.named.kind != "igo" or not ph.countries:
        return False
    role = ph.agent.canonical.split()[-1] if ph.agent is not None else ""
    if doc[ph.head].lemma_.lower() not in ENVOY_HEADS and role not in ENVOY_HEADS:
        return False
    return ph.countries[0][0] < ph.named_at


def person_actor(text: str, listed: Entry, agent_sectors: tuple[str, ...] = ()) -> Actor:
    """A listed person as of the date `listed` was chosen for; the dictionary's office wins
    over role words in the text (which may be out of date)."""
    sectors = listed.sectors or agent_sectors
    return Actor(
        text,
        listed.canonical,
        listed.country,
        sectors,
        "person",
        person=listed.canonical,
        role=listed.office,
    )


def _possessor(ctx: ArticleActors, head: Token) -> Actor | None:
    """The actor a possessive pronoun on the phrase stands for: the subject of its clause (of
    the clause that reports it, when the phrase is itself the subject: "Paz said his
    government would ..."), else the latest country or organisation mentioned, or for "his"
    and "her" the latest person with a country."""
    poss = next(
        (c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "his", "her"}),
        None,
    )
    if poss is None:
        return None  # "their" often stands for several parties ("their military academies")
    verb = head.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        subjects = {
            c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != head.i
        }
        if not subjects and verb.dep_ == "xcomp":
            # "prompting Eritrea to recall its ambassador": the governor's object does it
            subjects = {c.i for c in verb.head.children if c.dep_ in {"dobj", "obj"}}
        for m in reversed(ctx.history):
            if m.head in subjects and m.actor.country:
                return m.actor
        if subjects or verb.dep_ not in REPORTED_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    human = poss in {"his", "her"}
    for m in reversed(ctx.history):
        if m.actor.country and (human or m.actor.kind != "person"):
            return m.actor
    return None


# Clauses whose subject-less possessive phrase may refer to the subject of the clause above.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def _singular(tok: Token) -> bool:
    return "Plur" not in tok.morph.get("Number", [])


def _pair(ctx: ArticleActors, sent: ParsedSentence, ph: _Phrase, head: Token) -> list[Actor] | None:
    """ "the two countries", "both sides", "the ministers" -> the last two countries named."""
    lemma = head.lemma_.lower()
    if lemma not in PAIR_HEADS:
        return None
    dual = any(
        c.lower_ in {"two", "both"} or (c.dep_ == "det" and c.lower_ == "both")
        for c in head.children
    )
    plural_role = not _singular(head) and lemma in {"leader", "president", "minister"}
    if not (dual or plural_role) or head.tag_ not in {"NNS", "NNPS"}:
        return None
    # "the two sides" may be a state and an international body ("the IMF mission chief said
    # the two sides had agreed"); "the two countries" are states
    countries = ctx.countries_before(sent.char(head.i), bodies=lemma == "side")
    text = doc_text(sent.doc, ph)
    sectors = ph.agent.sectors if ph.agent else PAIR_HEADS[lemma]
    if len(countries) < 2:
        # Nothing to refer back to: still an actor, of unknown countries.
        return [Actor(text, text, None, sectors, "group")]
    names = ctx.dictionary.country_names
    return [
        Actor(text, names.get(c, c), c, sectors, "country" if not sectors else "group")
        for c in reversed(countries[:2])
    ]


def doc_text(doc: Doc, ph: _Phrase) -> str:
    return doc[ph.first : ph.last + 1].text


# Nouns that refer back to an international body already named ("the bloc", "the alliance").
BODY_ANAPHORS = frozenset(
    {"bloc", "alliance", "organisation", "organization", "grouping", "mission"}
)


def _body_anaphor(tok: Token) -> bool:
    """ "the bloc", "the alliance": a bare definite singular noun for a body (not "a trade
    bloc", "the opposition alliance", "the Western alliance")."""
    return (
        tok.lemma_.lower() in BODY_ANAPHORS
        and tok.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in tok.children)
    )


# Nouns that refer back to a state of a kind already named ("the island" for Taiwan after
# "drills around Taiwan"), with the states of that kind (ISO 3166-1 alpha-3; island states
# and territories, and the monarchies called kingdoms).
PLACE_ANAPHORS: dict[str, frozenset[str]] = {
    "island": frozenset(
        """TWN CUB LKA CYP MLT ISL MDG JAM HTI DOM IRL NZL SGP BHR MUS MDV FJI TLS SLB VUT
        WSM TON BRB TTO BHS GRD LCA VCT DMA KNA ATG CPV STP COM SYC NRU TUV KIR MHL FSM PLW
        GRL PRI JPN PHL IDN PNG BRN GBR""".split()
    ),
    "archipelago": frozenset("PHL IDN JPN MDV BHS CPV FJI SLB VUT KIR MHL FSM TON".split()),
    "kingdom": frozenset(
        "SAU MAR JOR THA GBR ESP NLD BEL SWE NOR DNK BHR BTN KHM LSO SWZ TON".split()
    ),
}


def _place_anaphor(tok: Token) -> bool:
    """ "the island", "the island's coast guard": a bare definite singular noun for a kind of
    state (not "the island of Sulawesi", "an island", "the island nation")."""
    return (
        tok.lemma_.lower() in PLACE_ANAPHORS
        and tok.tag_ == "NN"
        and tok.dep_ != "compound"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(
            c.dep_ in {"compound", "amod", "nmod", "poss", "appos"}
            or (c.dep_ == "prep" and c.lower_ == "of")
            for c in tok.children
        )
    )


def _place_antecedent(ctx: ArticleActors, sent: ParsedSentence, head: Token) -> str | None:
    """The latest state of the anaphor's kind named before it, for a phrase that is the
    anaphor ("around the island") or that it possesses ("the island's leaders")."""
    anaphor = head if _place_anaphor(head) else None
    if anaphor is None:
        anaphor = next((c for c in head.children if c.dep_ == "poss" and _place_anaphor(c)), None)
    if anaphor is None:
        return None
    kind = PLACE_ANAPHORS[anaphor.lemma_.lower()]
    return next((c for c in ctx.countries_before(sent.char(anaphor.i)) if c in kind), None)


def _antecedent(ctx: ArticleActors, sent: ParsedSentence, ph: _Phrase, head: Token) -> Actor | None:
    """The earlier actor this country-less phrase refers to, if any."""
    candidates = [m.actor for m in reversed(ctx.history) if m.actor.country]
    if head.lower_ in PRONOUNS_PERSON:
        # the subject of this or the previous sentence first ("Fidan met the Iranian
        # minister. He said ..."), else the latest person named
        if ctx.subjects:
            index, subject = ctx.subjects[-1]
            if index >= sent.index - 1 and subject.country:
                return subject
        return next((a for a in candidates if a.kind == "person"), None)
    if (
        ph.agent is None
        and not ph.person
        and (
            _body_anaphor(head) or any(c.dep_ == "poss" and _body_anaphor(c) for c in head.children)
        )
    ):
        # "left the African Union, accusing the bloc of bias": the latest body named; "fired
        # at the mission's headquarters": what belongs to it stands for it
        return next((a for a in candidates if a.country in {"IGO", "NGO"}), None)
    if ph.person:
        words = ph.person.split()
        for a in candidates:
            if a.kind == "person" and (a.name == ph.person or a.name.split()[-1] == words[-1]):
                return a
        return None
    if ph.agent is None or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None
    role = ph.agent.canonical.split()[-1]
    for a in candidates:
        if role in a.text.lower() and (a.kind == "person") == (ph.agent.kind == "person"):
            return a
    return None
