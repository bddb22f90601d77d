"""Repairs of the parse of headline-style sentences, made once actors are known.

Headlines and bullets coordinate names with bare commas ("Aliyev, Pashinyan sign ...",
"Spain, Ireland, Norway recognise ...", "US, Philippine troops begin ..."). The parser reads the
first names as appositions or adverbial modifiers of the verb, so only one of the doers acts.
Here a comma-separated run of actors of different countries in front of a verb's subject is
relabelled as a coordination (spaCy's shape: the later items `conj` of the first), which is
what the role rules read.

Headlines also drop the article and use the present tense, so a verb next to a noun is often
parsed as the last word of a compound ("EU pledges aid for Lebanon", "Thousands march in
Belgrade"): the sentence then has no verb at all. `verbs_read_as_nouns` gives such a word
back its verb reading before actors are looked up, when it agrees in number with the noun in
front of it and the trigger dictionary knows it as a verb.

Only the coder's plain copy of the parse (`nlp.mirror`) is repaired; a spaCy Doc is left as is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.nlp.mirror import Token as MirrorToken

if TYPE_CHECKING:
    from tacitus.coding.dictionary import TriggerDictionary
    from tacitus.models import ActorMention
    from tacitus.nlp.mirror import Doc, Token

# Kinds of actor that can be coordinated doers.
LISTABLE_KINDS = frozenset({"country", "person", "group", "igo"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Tags of a finite verb: a sentence with one has its verb.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Links by which the noun in front hangs on the misread verb ("EU/compound pledges",
# "Thousands/nummod march").
FRONT_DEPS = frozenset({"compound", "nummod", "nmod", "amod"})
# Tags of a plural doer ("Thousands march", "Farmers protest") and of a singular one ("EU
# pledges", "Army begins").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def verbs_read_as_nouns(doc: Doc, triggers: TriggerDictionary) -> None:
    """Give the verb reading back to the root of a verbless headline read as a compound noun
    ("EU pledges EUR 1 billion for Lebanon", "Thousands march in Bratislava"): the noun in
    front becomes its subject. Only a root with no determiner, something after it, a verb
    pattern in the dictionary and a subject it agrees with (a plural subject for a bare form,
    a singular one for an -s form) is repaired."""
    if not len(doc) or not isinstance(doc[0], MirrorToken):
        return
    root = None
    finite = []
    for tok in doc:
        if tok.tag_ in FINITE:
            finite.append(tok)
        if tok.dep_ == "ROOT":
            if root is not None:
                return
            root = tok
    if root is None or any(tok is not root for tok in finite):
        return  # the sentence has its verb
    if _verb_before_its_object(doc, root, triggers):
        return  # "EU pledges aid to Gaza": 'pledges' is the verb, 'aid' its object
    if finite or root.pos_ != "NOUN" or root.tag_ not in {"NN", "NNS"}:
        return
    if not any(c.i > root.i and c.dep_ != "punct" for c in root.children):
        return
    if any(c.dep_ in {"det", "poss", "case"} for c in root.children):
        return  # "The march in Belgrade", "Serbia's pledges": a noun
    front = [c for c in root.children if c.i < root.i]
    if not front or front[-1].i != root.i - 1 or front[-1].dep_ not in FRONT_DEPS:
        return
    subject = front[-1]
    if subject.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return
    plural = subject.tag_ in PLURAL_TAGS
    if root.tag_ == "NN" and not plural:
        return
    if root.tag_ == "NNS" and (subject.tag_ not in SINGULAR_TAGS or not root.lower_.endswith("s")):
        return
    if not triggers.for_token("verb", root.lemma_.lower()):
        return
    root.pos_ = "VERB"
    root.tag_ = "VBP" if root.tag_ == "NN" else "VBZ"
    subject.dep_ = "nsubj"
    for c in front[:-1]:
        if c.dep_ in FRONT_DEPS:
            _reattach(c, subject, c.dep_)  # "US Army drills": the rest of the subject's name


def _verb_before_its_object(doc: Doc, root: Token, triggers: TriggerDictionary) -> bool:
    """ "EU pledges aid to Gaza", "Germany pledges aid to Ukraine": an -s word with a verb
    pattern between a singular name and the root (a bare noun or verb with a noun pattern)
    is the verb, and the root its object. Re-roots the sentence there."""
    if root.i < 2 or root.tag_ not in {"NN", "VB", "VBP"} or root.pos_ not in {"NOUN", "VERB"}:
        return False
    verb, subject = doc[root.i - 1], doc[root.i - 2]
    if (
        verb.head is not root
        or verb.tag_ != "NNS"
        or not verb.lower_.endswith("s")
        or subject.tag_ not in SINGULAR_TAGS
        or subject.head not in (verb, root)
        or any(c.dep_ in {"det", "poss", "case"} for c in (*root.children, *verb.children))
    ):
        return False
    patterns = triggers.for_token("verb", verb.lemma_.lower())
    thing = root.lemma_.lower()
    if not patterns or not (
        triggers.for_token("noun", thing) or any(thing in g for p in patterns for g in p.objects)
    ):
        return False  # neither an event noun nor an object the verb's patterns name
    moved = [c for c in root.children if c.i > root.i and c.dep_ in {"prep", "dative"}]
    front = [c for c in root.children if c.i < subject.i]
    verb.pos_, verb.tag_ = "VERB", "VBZ"
    root.pos_, root.tag_ = "NOUN", "NN"
    _reattach(root, verb, "dobj")
    verb.head, verb.dep_ = verb, "ROOT"
    root.children = tuple(c for c in root.children if c is not verb)
    _reattach(subject, verb, "nsubj")
    for c in moved:
        _reattach(c, verb, c.dep_)
    for c in front:
        _reattach(c, subject, c.dep_)  # the rest of the subject's name
    return True


def coordinate_name_lists(doc: Doc, mentions: dict[int, list[ActorMention]]) -> None:
    """Relabel comma-separated actors misread as appositions or modifiers as conjuncts."""
    if not mentions or not isinstance(doc[0], MirrorToken):
        return
    by_start: dict[int, ActorMention] = {}
    for ms in mentions.values():
        for m in ms:
            if m.actor.kind in LISTABLE_KINDS and m.tokens[1] > m.tokens[0]:
                by_start.setdefault(m.tokens[0], m)
    if len(by_start) < 2:
        return
    items = _comma_run(doc, by_start)
    if len(items) < 2:
        return
    countries = {m.actor.country for m in items}
    if None in countries or len(countries) < len(items):
        return  # "Moscow, Russia's capital": an apposition of one country
    heads = [doc[m.head] for m in items]
    subject = next((h for h in heads if h.dep_ in SUBJECTS), None)
    if subject is None:
        return
    members = {h.i for h in heads}
    for h in heads:
        if h is subject:
            continue
        if h.dep_ == "appos" and h.head.i in members and h.pos_ == "PROPN":
            # "Spain, Ireland, Norway recognise": Ireland and Norway read as appositions
            _reattach(h, h.head, "conj")
        elif h.head is subject.head:
            # "Aliyev, Pashinyan sign", "Putin, Erdogan meet": Aliyev read as a modifier of
            # the verb, Erdogan as a second subject
            _reattach(h, subject, "conj")


def _comma_run(doc: Doc, by_start: dict[int, ActorMention]) -> list[ActorMention]:
    """The actors of a list that opens the sentence, joined by bare commas only."""
    first = by_start.get(0)
    if first is None:
        return []
    run = [first]
    while True:
        end = run[-1].tokens[1]
        if end + 1 >= len(doc) or doc[end].text != ",":
            break
        nxt = by_start.get(end + 1)
        if nxt is None:
            break
        run.append(nxt)
    return run


def _reattach(tok: Token, head: Token, dep: str) -> None:
    old = tok.head
    old.children = tuple(c for c in old.children if c is not tok)
    tok.head = head
    tok.dep_ = dep
    head.children = tuple(sorted((*head.children, tok), key=lambda c: c.i))


__all__ = ["coordinate_name_lists", "verbs_read_as_nouns"]
