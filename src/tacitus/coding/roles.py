"""Who are the parties of a trigger: the source and target rules.

From a trigger (a verb, an event noun, or a light verb with an event noun as object) and the
dependency tree, the source (subject, passive agent, possessor, "by" phrase) and the target
(object, the pattern's preposition, "with/to/against/on" phrases, "between A and B", the party
named in a complement or purpose clause), and the country-filling rules (the place of the event,
the source's own country or government). Used by the planning in coding/extract.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tacitus.coding.dictionary import content_object
from tacitus.coding.modality import INTENT_VERBS, conditions
from tacitus.coding.tree import (
    INNER_DEPS,
    PLACE_PREPS,
    actors_at,
    capital_metonym,
    conjuncts,
    counted_objects,
    doer_adjective,
    listed_subjects,
    object_prep_objects,
    own_object,
    prep_objects,
)
from tacitus.models import Actor, ActorMention
from tacitus.resolve.where import CONTAINER_NOUNS

if TYPE_CHECKING:
    from tacitus.coding.extract import _Trigger
    from tacitus.nlp.mirror import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


NOUNS = frozenset({"NOUN", "PROPN"})


# Texts an actor issues whose participle says what they do ("a statement urging ...").
DOCUMENT_NOUNS = frozenset(
    """statement declaration letter communique communiqué resolution message report petition
    appeal note memorandum motion decree""".split()
)
# Measures and texts whose relative clause says what their authors do ("a law that bans ...").
AUTHORED_NOUNS = DOCUMENT_NOUNS | frozenset(
    """law bill plan measure order regulation legislation amendment directive ordinance policy
    rule budget programme program""".split()
)
# Verbs by which an actor puts out such a measure or text (not "rejected a resolution that ...").
AUTHORING_VERBS = frozenset(
    """pass adopt approve issue introduce enact sign announce publish unveil draft propose
    release submit impose declare table endorse""".split()
)


PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})


TARGET_PREPS = (
    "with", "to", "against", "on", "toward", "towards", "at", "into", "over", "for", "from",
)  # fmt: skip


OBJECT_OPTIONS = frozenset({"dobj", "obj", "dative", "iobj", "pobj"})


NOUN_TARGET_PREPS = ("on", "against", "with", "to", "of", "toward", "towards", "into", "for")


# Verbs whose subject takes part in the event noun they govern ("joined the protest").
PARTICIPATION_VERBS = frozenset(
    """join attend hold stage organize organise lead converge gather march participate take
    launch start begin continue resume call mount rally assemble turn come go return""".split()
)


# Verbs of sending what an event noun names ("sent a message of condolence", "delivered a
# letter of protest"): their subject is the noun's doer.
SENDING_VERBS = frozenset({"send", "deliver", "convey", "relay", "address", "dispatch"})


# Participles that describe the subject's own stance ("is committed to", "is opposed to").
STATIVE_PARTICIPLES = frozenset(
    """commit determine prepare dedicate resolve poise devote intend oppose engage
    involve""".split()
)


RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


# Roots whose nominalised action takes its target as an "of" object ("an invasion of
# Lebanon", "the arrest of the mayor", "a blockade of the port").
OBJECTIVE_OF_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


# Prepositions naming what a complaint or accusation is about ("complained to the UN over
# Israeli raids"): its target, rather than the addressee of the "to" phrase.
GRIEVANCE_PREPS = ("over", "about", "against")


# Verbs whose clause names whom something is allowed ("allow UN planes to land").
PERMISSION_VERBS = frozenset({"allow", "let", "permit", "authorize", "authorise", "enable"})


# Appeals and demands made to someone: the party the pattern's preposition names ("called on
# Somalia to release ...", "appealed to Israel to halt ...") is the target, not the complement's.
ADDRESSED_ROOTS = frozenset({"02", "10"})
# Roots whose events need a recipient (PLOVER: COOPERATE, AID, SANCTION).
NEEDS_TARGET = frozenset({"06", "07", "16"})
# Events whose object may name its recipient ("pledged $50 million in aid for Haiti").
RECIPIENT_ROOTS = NEEDS_TARGET | {"03"}


def _authored(noun: Token) -> bool:
    """Is a noun a measure or text that the subject of its verb puts out ("passed a law",
    "issued a statement", "approved a plan")?"""
    return (
        noun.lemma_.lower() in AUTHORED_NOUNS
        and noun.dep_ in {"dobj", "obj"}
        and noun.head.lemma_.lower() in AUTHORING_VERBS
    )


def _time_stamp(tok: Token) -> bool:
    """ "08:30", "14.05": a clock time heading a live-blog entry."""
    text = tok.text
    return (
        tok.pos_ == "NUM"
        and len(text) in {4, 5}
        and text[-3] in ":."
        and text.replace(text[-3], "", 1).isdigit()
    )


def subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject token of a verb's clause and whether the clause is passive."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if len(subjects) > 1:
        # "08:30 — Russian shelling killed ...": a live blog's time stamp is read as a second
        # subject; the subject is the other one
        subjects = [c for c in subjects if not _time_stamp(c)] or subjects
    for c in subjects:
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            if not passive and _authored(verb.head):
                # "passed a law that bans ...": the measure does what its authors do
                return subject(verb.head.head)
            return verb.head, passive
        return c, passive
    if verb.dep_ == "relcl":
        return verb.head, passive
    if verbless_main(verb):
        return verb.sent.root, False  # "Relatives of the pupils called on ...", misparsed
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}:
        if misread_relative(verb):
            # "ADF rebels killed 20 civilians" parsed as a reduced relative; "doctors from
            # two aid groups donated ...": the noun the "from" phrase belongs to
            noun = verb.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUNS:
                return noun.head.head, False
            return noun, False
        return verb.head, True  # "the agreement signed by X": the noun is the patient
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and (
            (verb.head.lemma_.lower() in DOCUMENT_NOUNS and verb.head.dep_ in {"dobj", "obj"})
            or _authored(verb.head)
        )
    ):
        # "issued a declaration demanding ...", "signed an order cutting off aid to ...": the
        # author of the document or measure
        return subject(verb.head.head)
    if verb.dep_ == "acl" and verb.head.head.i != verb.head.i and verb.head.dep_ != "nsubj":
        # "converged for a rally ... to protest": the doer of the clause the noun sits in
        holder = verb.head.head
        while holder.pos_ not in {"VERB", "AUX"} and holder.head.i != holder.i:
            holder = holder.head
        if holder.pos_ in {"VERB", "AUX"} and holder.lemma_.lower() in PARTICIPATION_VERBS:
            return subject(holder)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return subject(verb.head.head)  # "youths resorted to throwing stones"
    if verb.dep_ == "pcomp" and doer_adjective(verb.head.head):
        return subject(verb.head.head.head)  # "both sides are guilty of violating the truce"
    if (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBN", "VBZ"}
        and verb.head.dep_ == "xcomp"
        and verb.head.tag_ == "VB"
        and verb.head.head.i != verb.head.i
        and not any(c.lemma_ in {"have", "be"} for c in (*verb.children, *verb.head.children))
    ):
        # "Latvia ordered Russia's ambassador to leave and downgraded relations": a past-tense
        # verb joined to an infinitive (not "to have left and ...") is the governor's
        # conjunct, told of the governor's subject
        return subject(verb.head.head)
    if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"} and verb.head.i != verb.i:
        if verb.dep_ == "xcomp":
            # "urged Iran to stop": the object of the governing verb is the subject.
            obj = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None)
            if verb.tag_ in {"VBN", "VBD"} and not any(
                c.dep_ in {"aux", "auxpass"} for c in verb.children
            ):
                # "wants the suspects arrested", "civilians threatened with starvation": a bare
                # participle (an xcomp is never finite, whatever its tag) is passive; its
                # patient is the governor's object, its doer unknown
                return obj, True
            if obj is not None and verb.head.lemma_ not in INTENT_VERBS:
                return obj, False
        subj, governor_passive = subject(verb.head)
        if (
            verb.dep_ == "conj"
            and governor_passive
            and verb.tag_ == "VBN"
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        ):
            passive = True  # "was shot and seriously wounded": the shared subject is the patient
        return subj, passive
    return _opener_apposition(verb), passive


def _opener_apposition(verb: Token) -> Token | None:
    """The subject the parser hung on a fronted phrase as an apposition: "In a message on X,
    UN Secretary-General Antonio Guterres urged ..." (Guterres an apposition of "X")."""
    if verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.i >= name.i:
        return None
    if not any(t.text == "," for t in verb.doc[name.head.i + 1 : name.i]):
        return None
    node = name.head
    while node.head.i != verb.i:
        if node.head.i == node.i or node.head.i > verb.i:
            return None
        node = node.head
    return name if node.dep_ == "prep" or node.dep_ == "advcl" else None


def verbless_main(verb: Token) -> bool:
    """Is a participle the parser hung inside the sentence's subject phrase ("Relatives of the
    kidnapped pupils called on ...", parsed with 'Relatives' as the root) the main verb of a
    sentence that has no other?"""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    root = verb.sent.root
    if root.pos_ not in NOUNS or root.i > verb.i or any(c.dep_ == "agent" for c in verb.children):
        return False
    node = verb.head
    while node.i != root.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in verb.sent)


def misread_relative(verb: Token) -> bool:
    """Is a participle the parser hung on a noun ("rebels killed 20 civilians", "doctors
    donated and delivered goods", "youths resorted to throwing stones, officials said") the
    noun's own active verb rather than a reduced passive relative ("the deal signed by X")?"""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(c.dep_ == "agent" for v in verbs for c in v.children):
        return False
    if any(c.dep_ in {"dobj", "obj"} for v in verbs for c in v.children):
        return True
    # the noun is one of two subjects of the next verb up: "youths resorted ..., officials said"
    noun = verb.head
    return noun.dep_ == "nsubj" and any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.i != noun.i for c in noun.head.children
    )


def verb_roles(
    t: _Trigger, doc: Doc, mentions: dict[int, list[ActorMention]]
) -> tuple[list[ActorMention], list[ActorMention], list[str]]:
    verb = doc[t.anchor]
    notes: list[str] = []
    subj, passive = subject(verb)
    if (
        passive
        and verb.lemma_.lower() in STATIVE_PARTICIPLES
        and not any(True for _ in prep_objects(verb, ("by",)))
    ):
        passive = False  # "Vietnam is committed to opening up": the subject commits itself
    sources: list[ActorMention] = []
    targets: list[ActorMention] = []
    listed = [m for c in listed_subjects(subj) for m in actors_at(c, mentions)] if subj else []
    if passive:
        for _, by in prep_objects(verb, ("by",)):
            sources = actors_at(by, mentions)
        if not sources:
            sources = _gapped_agent(verb, mentions)
        if not sources:
            sources = _attributed_agent(verb, mentions)
            if sources:
                notes.append("source: whom the deed is attributed to")
        if subj is not None:
            targets = actors_at(subj, mentions) + listed
        notes.append("passive")
    elif subj is not None:
        sources = actors_at(subj, mentions) + listed
        if not sources and subj.pos_ == "NOUN":
            sources = _claimed_by(subj, mentions)
            if sources:
                notes.append(f"source: who the {subj.text} is by")
    if sources and not passive and all(m.actor.country is None for m in sources):
        # "China's foreign ministry protested, and a vice minister summoned Japan's envoy":
        # an official of no country in a joined clause is of the first clause's subject's
        main_state = _first_clause_country(verb, mentions)
        if main_state is not None:
            sources = [replace(m, actor=replace(m.actor, country=main_state)) for m in sources]
            notes.append("source: of the main clause's subject's country")
    pattern = t.pattern
    anchor_tokens = [verb] if t.via == "verb" else [verb, doc[t.token]]
    if t.via == "light":
        # "announced a suspension of air links with Serbia": the noun's "of" object
        anchor_tokens += [o for _, o in prep_objects(doc[t.token], ("of",))]
    if not targets:
        options: list[tuple[str, list[ActorMention]]] = []
        for prep in pattern.particles:
            objs = [o for h in anchor_tokens for _, o in prep_objects(h, (prep,))]
            if not objs and prep == "with" and t.via == "verb":
                # "discussed the situation in Gaza with Pezeshkian": the partner phrase hung
                # on the object
                objs = [o for _, o in object_prep_objects(verb, (prep,))]
            options.append((prep, [m for o in objs for m in actors_at(o, mentions)]))
        if t.via == "light" and pattern.cameo[:2] in OBJECTIVE_OF_ROOTS:
            # "mounted an invasion of Lebanon", "ordered the arrest of the mayor"
            objs = [o for _, o in prep_objects(doc[t.token], ("of",))]
            options.append(("of", [m for o in objs for m in actors_at(o, mentions)]))
        if not passive:
            displaced = {a.i for a in _displaced_objects(verb)}
            displaced |= {a.i for a in _shared_objects(verb)}
            for c in [*verb.children, *counted_objects(verb), *(doc[i] for i in displaced)]:
                dep = "dobj" if c.i in displaced else c.dep_
                if dep in {"dobj", "obj", "dative", "iobj", "pobj"} and all(
                    x.i != t.token
                    for x in conjuncts(c)  # "launched rocket and mortar fire"
                ):
                    found = actors_at(c, mentions)
                    inner = content_object(c)
                    if not found and inner.i != c.i:  # "part of a military aid program for Bosnia"
                        found = actors_at(inner, mentions)
                    home = {m.actor.country for m in sources} - {None}
                    if (
                        found
                        and home
                        and all(
                            m.head != c.i and m.actor.country in home and own_object(doc[m.head])
                            for m in found
                        )
                    ):
                        # "extended the mandate of its force in Lebanon": the actor's own
                        # force inside the object is not the target; the place it is in is
                        found = _inner_other(c, mentions, home) or found
                    if home and found and all(_own_modifier(doc, m, c, home) for m in found):
                        # "cut off US aid to South Africa", "ended the US sanctions programme
                        # on Syria": the source's own country qualifying the object is not
                        # the target; the recipient the object names is
                        found = _recipients(c, mentions)
                    if "notarget" in pattern.flags or own_object(c):
                        # "strengthened its forces", "mobilized its supporters": the actor's own
                        own = {m.actor.country for m in sources if m.actor.country}
                        found = [m for m in found if m.actor.country not in own]
                        if not found and own_object(c):
                            # "recalled its ambassador from Moscow"
                            found = [
                                m
                                for _, o in prep_objects(c, ("from", "to", "in"))
                                for m in actors_at(o, mentions)
                                if m.actor.country not in own
                            ]
                    # "fired missiles on Hamas positions": a weapon of no named side that
                    # is fired or dropped is the means, not the target ("shot down Russian
                    # drones": the drones' side is)
                    found = [
                        m
                        for m in found
                        if m.actor.country or doc[m.head].lemma_.lower() not in WEAPON_NOUNS
                    ]
                    if "recip" in pattern.flags and len({m.actor.country for m in sources}) >= 2:
                        # "India and Japan discussed the situation in Myanmar": a state named
                        # in what two states talk about is the topic, not a third party
                        found = [m for m in found if not _topic_in(doc[m.head], c)]
                    options.append((dep, found))
                    if pattern.cameo[:2] in RECIPIENT_ROOTS and not any(
                        m.actor.country for m in found
                    ):
                        # "suspended part of a military aid program for Bosnia": the
                        # recipient named inside the object
                        options.append((dep, _recipients(c, mentions)))
        if pattern.cameo[:2] in RECIPIENT_ROOTS and not passive:
            # "pledged $50 million in new aid for Haiti's reconstruction": the recipient of
            # the amount's "in" phrase
            options += [("in", _recipients(o, mentions)) for _, o in prep_objects(verb, ("in",))]
        by_prep: dict[str, list[Token]] = {}
        for h in anchor_tokens:
            for word, o in prep_objects(h, TARGET_PREPS):
                if word != "from" or not _distance_from(o):
                    by_prep.setdefault(word, []).append(o)
            # "discussed the drought by telephone with Nyusi", "... in a video call with":
            # the partner hung on the means of the talk
            for _, means in prep_objects(h, ("by", "via", "over", "in")):
                if means.lemma_.lower() in MEANS_NOUNS:
                    by_prep.setdefault("with", []).extend(
                        o for _, o in prep_objects(means, ("with",))
                    )
        for prep in TARGET_PREPS:
            objs = by_prep.get(prep, [])
            options.append((prep, [m for o in objs for m in actors_at(o, mentions)]))
        options.extend(_stranded(doc, verb, mentions))
        if pattern.cameo[:2] == "14":
            # "blocked streets in Hong Kong", "rioted at a jail in Dili": a place inside the
            # object or phrase is where the protest is, not whom it is against (unless the
            # protesters are foreigners there: "Palestinian prisoners rioted at a jail in Israel")
            home = {m.actor.country for m in sources}
            options = [
                (
                    why,
                    [
                        m
                        for m in found
                        if not (_nested_place(doc, m, anchor_tokens) and _at_home(m, home))
                    ],
                )
                for why, found in options
            ]
        options = [(why, found) for why, found in options if found]
        if pattern.cameo[:2] == "11":
            # "accused Ukraine of genocide against Russians": the accused is the object; the
            # "of" phrase names the deed, with its victims
            options.sort(key=lambda o: o[0] == "of")
        best = next(
            (o for o in options if any(m.actor.country for m in o[1])),
            options[0] if options else None,
        )
        if (
            best is not None
            and pattern.cameo[:2] == "11"
            and (best[0] == "to" or all(m.actor.country == "IGO" for m in best[1]))
        ):
            # "complained to the UN over Israeli raids", "lodged a complaint with the Security
            # Council over Thailand's aggression": the complaint is against the party it is
            # about; the "to" phrase or the body it is lodged with only names whom it was
            # made to
            about = [
                m
                for h in anchor_tokens
                for _, o in prep_objects(h, GRIEVANCE_PREPS)
                for m in actors_at(o, mentions)
                if m.actor.country
            ]
            if about:
                best = ("over", about)
        from_complement: list[ActorMention] = []
        addressed = (
            best is not None
            and best[0] in pattern.particles
            and pattern.cameo[:2] in ADDRESSED_ROOTS
            and any(m.actor.country for m in best[1])
        )
        if (
            (pattern.complements or (best is None and _planned_object(verb)))
            and not addressed
            and (best is None or best[0] not in OBJECT_OPTIONS)
        ):
            # "agreed to lift embargoes on Iran": the party of the complement's action
            from_complement = complement_targets(doc, verb, pattern.cameo[:2], mentions)
            from_complement = [m for m in from_complement if all(m.head != s.head for s in sources)]
        if (
            not from_complement
            and best is None
            and pattern.cameo.startswith(PACT_CODES)
            and len({m.actor.country for m in sources}) == 1  # not "A and B signed": each other
        ):
            # "signed a treaty handing sovereignty over the islands to Mauritius": the party
            # the pact's own clause names
            from_complement = pact_party(verb, mentions, {m.actor.country for m in sources})
        if not from_complement and best is None and pattern.complements:
            # "declined to comment on reports that a Chinese aircraft had entered its
            # airspace": the party the reported clause is about
            home = {m.actor.country for m in sources}
            from_complement = reported_party(verb, mentions, home)
        if from_complement:
            notes.append("target: from the complement clause")
            targets = from_complement
        elif best:
            notes.append(f"target:{best[0]}")
            targets = best[1]
    if not targets and not passive and pattern.cameo[:2] in ADDRESSEE_ROOTS:
        targets = addressee_of_governor(verb, mentions)
        if targets:
            notes.append("target: whom the governing verb addresses")
    between = [obj for h in anchor_tokens for _, obj in prep_objects(h, ("between", "among"))]
    if not between and pattern.complements and not passive:
        # "offered to mediate between Sudan and the Emirates": the parties are named on the
        # complement verb the pattern absorbs
        between = [
            obj
            for c in verb.children
            if c.dep_ in {"xcomp", "ccomp", "advcl"}  # "offered in a call with X to mediate"
            and any(c.lemma_.lower() in group for group in pattern.complements)
            for _, obj in prep_objects(c, ("between", "among"))
        ]
    if not between and t.via == "verb" and not passive:
        # "Qatar hosts a fresh round of talks between Israel and Hamas": the parties of the
        # exchange the verb's object names
        between = [
            obj
            for c in verb.children
            if c.dep_ in {"dobj", "obj"}
            and (exchange := content_object(c)).lemma_.lower() in PARTNERED_NOUNS
            for _, obj in prep_objects(exchange, ("between",))
        ]
    if between:
        pair = actors_at(between[0], mentions)
        if len(pair) >= 2:
            if sources:
                targets = pair
            else:
                sources = pair
            notes.append("between")
    unplaced = not any(m.actor.country for m in targets)  # "freed 390 prisoners"
    if (
        unplaced
        and not passive
        and "recip" not in pattern.flags  # "exchanged prisoners": one mutual event already
        and subj is not None
        and _each(verb, subj)
        and len({m.actor.country for m in sources if m.actor.country}) >= 2
    ):
        # "Russia and Ukraine each handed over 390 prisoners": each to the other
        targets = list(sources)
        notes.append("each: to the other")
    if "swap" in pattern.flags:
        sources, targets = targets, sources
    return sources, targets, notes


def _first_clause_country(verb: Token, mentions: dict[int, list[ActorMention]]) -> str | None:
    """The state of the subject of the sentence's main clause that a joined clause follows
    ("China's ministry demanded that Japan retract ..., and a vice minister summoned ...",
    where the parser often joins the second clause to the reported one), if it names one."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    main = verb.head
    for _ in range(4):
        if main.dep_ not in {"conj", "ccomp"} or main.head.i == main.i:
            break
        main = main.head
    first, _ = subject(main)
    if first is None:
        return None
    states = {
        m.actor.country
        for m in actors_at(first, mentions)
        if m.actor.country and m.actor.country not in NONSTATE
    }
    return states.pop() if len(states) == 1 else None


def _each(verb: Token, subj: Token) -> bool:
    """Does "each" distribute the act of coordinated subjects ("Russia and Ukraine each
    freed ...", "... freed 390 prisoners each")?"""
    holders = [subj, verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    return any(
        c.lower_ == "each" and c.dep_ in {"appos", "advmod", "npadvmod", "det", "dobj"}
        for h in holders
        for c in h.children
    )


# Roots of acts done for someone, whose recipient a participle clause can leave to the verb it
# hangs on ("sent a message to Morocco's king, offering aid").
ADDRESSEE_ROOTS = frozenset({"02", "03", "05", "07"})


def addressee_of_governor(
    verb: Token, mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "sent a message of condolence to Myanmar's leader, offering assistance", "wrote to the
    Kenyan president, urging restraint": a subjectless participle clause shares the recipient
    of the verb it hangs on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    governor = verb.head
    objs = [o for _, o in prep_objects(governor, ("to",))]
    objs += [c for c in governor.children if c.dep_ in {"dative", "iobj"} and c.pos_ != "ADP"]
    # "sent a message of condolence to Myanmar's leader": the "to" of what is sent
    objs += [
        o
        for d in governor.children
        if d.dep_ in {"dobj", "obj"}
        for _, o in prep_objects(d, ("to",))
    ]
    found = [m for o in objs for m in actors_at(o, mentions) if m.actor.country]
    return found


# Verbs that tell someone something: the one told is who a promise or a move in the clause
# told is addressed to ("Iraq told Kofi Annan that it would allow the inspectors back").
TELLING_VERBS = frozenset({"tell", "inform", "notify", "assure", "write", "promise", "pledge"})


def told_addressee(
    verb: Token, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """The one a clause of the event was told to, when its doer is the teller: "Iraq told UN
    Secretary-General Kofi Annan in a letter that it would allow the return of inspectors"."""
    if verb.dep_ not in {"ccomp", "xcomp"} or verb.head.lemma_.lower() not in TELLING_VERBS:
        return []
    teller = verb.head
    subj = next((c for c in teller.children if c.dep_ in SUBJECT_DEPS), None)
    own = {s.actor.country for s in sources}
    if subj is None or not any(m.actor.country in own for m in actors_at(subj, mentions)):
        return []
    told = [c for c in teller.children if c.dep_ in {"dobj", "dative", "iobj"} and c.pos_ != "ADP"]
    told += [o for _, o in prep_objects(teller, ("to",))]
    return [
        m
        for o in told
        for m in actors_at(o, mentions)
        if m.actor.country and m.actor.country not in own
    ]


def _claimed_by(noun: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "The attack, which was claimed by the Islamic State, killed ...", "a bombing carried
    out by the Taliban": a subject that is itself a deed names its doer in the passive
    participle or relative clause it carries."""
    for c in noun.children:
        if c.dep_ in {"relcl", "acl"} and c.tag_ == "VBN":
            for _, by in prep_objects(c, ("by",)):
                found = actors_at(by, mentions)
                if found:
                    return found
    return []


def _gapped_agent(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "three civilians were killed and five wounded by Israeli shelling": coordinated
    passives share the agent phrase the last one carries (the parser may hang the gapped
    participle on its numeral: "five" -> "wounded")."""
    for c in verb.children:
        if c.dep_ != "conj" or c.i < verb.i:
            continue
        for v in (c, *(g for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN")):
            if v.tag_ != "VBN":
                continue
            for _, by in prep_objects(v, ("by",)):
                found = actors_at(by, mentions)
                if found:
                    return found
    return []


# "a strike attributed to Israel", "an attack blamed on the rebels", "a bombing claimed by IS"
ATTRIBUTING = {"attribute": ("to",), "blame": ("on",), "claim": ("by",), "ascribe": ("to",)}


def _attributed_agent(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "X was killed in Tehran in a strike attributed to Israel": a passive deed done "in" or
    "by" an attack said to be someone's is theirs (not the place's)."""
    for _, means in prep_objects(verb, ("in", "by", "during")):
        for acl in means.children:
            preps = ATTRIBUTING.get(acl.lemma_.lower())
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or preps is None:
                continue
            for _, doer in prep_objects(acl, preps):
                found = actors_at(doer, mentions)
                if found:
                    return found
    return []


# The means of a talk at a distance, whose "with" phrase names the partner.
MEANS_NOUNS = frozenset(
    """telephone phone call videoconference video link teleconference""".split()
)

# Words of distance: "a few kilometres from the Polish border" says where, not to whom.
DISTANCE_WORDS = frozenset(
    """kilometre kilometres kilometer kilometers km mile miles metre metres meter meters yard
    yards""".split()
)


def _distance_from(obj: Token) -> bool:
    """Is a "from" object a place the event is measured from ("drills a few kilometres from
    the Polish border"), not a party?"""
    return any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in DISTANCE_WORDS for c in obj.head.children
    )


def _displaced_objects(verb: Token) -> list[Token]:
    """ "denounced as an ugly crime Serbia's suppression of ...": an object moved after an
    "as" phrase is parsed as that phrase's apposition."""
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return []
    return [a for _, o in prep_objects(verb, ("as",)) for a in o.children if a.dep_ == "appos"]


def _stranded(
    doc: Doc, verb: Token, mentions: dict[int, list[ActorMention]]
) -> list[tuple[str, list[ActorMention]]]:
    """ "established ties with and opened an embassy in Tehran", "signed a pact with and
    pledged aid to Ethiopia": a preposition left without its object before "and" shares the
    object of the coordinated verb's phrase."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    for h in holders:
        for p in h.children:
            if (
                p.dep_ != "prep"
                or p.lower_ not in TARGET_PREPS
                or any(g.dep_ in {"pobj", "pcomp"} for g in p.children)
                or p.i + 1 >= len(doc)
                or doc[p.i + 1].dep_ != "cc"
            ):
                continue
            for v in verb.children:
                if v.dep_ != "conj" or v.i <= p.i or v.pos_ not in {"VERB", "AUX"}:
                    continue
                objs = [o for _, o in prep_objects(v, TARGET_PREPS + PLACE_PREPS)]
                objs += [c for c in v.children if c.dep_ in {"dobj", "obj"}]
                return [(p.lower_, [m for o in objs for m in actors_at(o, mentions)])]
    return []


def _inner_other(
    obj: Token, mentions: dict[int, list[ActorMention]], home: set[str | None]
) -> list[ActorMention]:
    """The nearest actor inside an object phrase that is not of the actor's own country."""
    frontier = [obj]
    for _ in range(5):
        deeper = []
        for node in frontier:
            for c in node.children:
                if c.dep_ not in INNER_DEPS:
                    continue
                found = [m for m in mentions.get(c.i, []) if m.actor.country not in home]
                if found:
                    return found
                deeper.append(c)
        frontier = deeper
    return []


def _shared_objects(verb: Token) -> list[Token]:
    """ "donated and delivered goods to the school", "condemned and rejected the decision":
    a verb with no object shares the object of the verb coordinated with it."""
    if any(c.dep_ in {"dobj", "obj", "xcomp", "ccomp", "prep"} for c in verb.children):
        return []
    return [
        o
        for v in verb.children
        if v.dep_ == "conj"
        and v.pos_ == "VERB"
        and v.i - verb.i <= 4  # "donated and personally delivered": nothing of its own between
        and not any(c.dep_ in SUBJECT_DEPS for c in v.children)
        for o in v.children
        if o.dep_ in {"dobj", "obj"}
    ]


# Weapons named as actors (agents.tsv) that are also what force is done with.
WEAPON_NOUNS = frozenset("missile rocket drone warplane bomber shell".split())

# Prepositions that name what a thing is about or where it is ("the crisis in Ukraine",
# "their position on Syria", "a peace agreement for Northern Ireland"), not a party to it
# ("ties with Qatar").
TOPIC_PREPS = frozenset({"in", "on", "over", "about", "regarding", "concerning", "for"})


def _topic_in(tok: Token, obj: Token) -> bool:
    """Is the token inside a topic phrase of the object ("the crisis in Ukraine")?"""
    while tok.i != obj.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS:
            return True
        tok = tok.head
    return False


# Participles that say who holds captives ("abducted by", "held by").
CAPTIVE_PARTICIPLES = frozenset(
    "abduct kidnap hold seize capture detain jail imprison take snatch".split()
)


def captors_of(trigger: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "the release of the schoolgirls abducted by Boko Haram", "to release the hostages held
    by Hamas": the actors named as the captives' captors."""
    heads = [c for c in trigger.subtree if c.lemma_.lower() in CAPTIVE_PARTICIPLES]
    return [
        m
        for verb in heads
        if verb.dep_ in {"acl", "relcl"}
        for c in verb.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
        for m in actors_at(o, mentions)
        if m.actor.country
    ]


def _own_modifier(doc: Doc, m: ActorMention, obj: Token, home: set[str | None]) -> bool:
    """Is a mention the source's own country qualifying an object ("US aid", "the US
    sanctions programme"), rather than a party?"""
    if m.head < 0 or m.actor.country not in home:
        return False
    if m.head == obj.i:  # the country word and the thing, read as one country mention
        return m.actor.kind == "country" and not m.actor.sectors and obj.pos_ == "NOUN"
    return doc[m.head].head.i == obj.i and doc[m.head].dep_ in {"amod", "compound", "nmod"}


def _recipients(obj: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """The party an aid or sanction object names with "to/for/against/on" ("aid for Bosnia",
    "part of a programme for Bosnia")."""
    holders = [obj] if content_object(obj).i == obj.i else [obj, content_object(obj)]
    return [
        m
        for h in holders
        for _, o in prep_objects(h, ("to", "for", "against", "on"))
        for m in actors_at(o, mentions)
    ]


def _place_mention(doc: Doc, m: ActorMention) -> Token | None:
    """The place preposition whose object a mention is or modifies ("in Hong Kong", "in East
    Timor's capital Dili"), if any."""
    if m.head < 0:
        return None
    tok = doc[m.head]
    for _ in range(3):
        if tok.dep_ not in {"poss", "compound", "amod", "nmod"} or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return tok.head
    return None


def _at_home(m: ActorMention, home: set[str | None]) -> bool:
    """Is a place the protesters' own country (or are they of no known country)?"""
    return not home - {None} or m.actor.country in home


def _nested_place(doc: Doc, m: ActorMention, anchors: list[Token]) -> bool:
    """A place phrase inside another phrase ("streets in Hong Kong"), not one on the verb."""
    prep = _place_mention(doc, m)
    return prep is not None and all(prep.head.i != a.i for a in anchors)


# Prepositions of an adjunct naming a trip or a meeting of the clause's subject ("met Rama
# during a visit to Tirana", "Speaking after talks with Dodik, Orban said").
ADJUNCT_PREPS = frozenset({"on", "during", "after", "following", "before", "at"})
TRAVEL_VERBS = frozenset("travel fly arrive head go come return leave".split())
ADJUNCT_CLIMB_DEPS = frozenset({"xcomp", "advcl", "prep", "pcomp", "conj"})
# Exchanges an actor takes part in "in" ("In a phone call with Modi, Scholz said ...", "told
# Yoon in a telephone conversation that ...").
EXCHANGE_NOUNS = frozenset("call conversation phone-call videoconference talk meeting".split())


def adjunct_holder(noun: Token) -> Token | None:
    """Who made the visit or held the talks an adjunct phrase names: the subject of the clause
    the phrase belongs to ("Fidan, who is on a visit to Baghdad, met ...": the antecedent of
    the relative pronoun), climbing through verbs without a subject of their own ("Speaking
    after talks with ..., Orban said", "asked China to extend ... during a visit to Beijing")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return None
    if (
        prep.lower_ not in ADJUNCT_PREPS
        and not (prep.lower_ == "for" and prep.head.lemma_.lower() in TRAVEL_VERBS)
        and not (prep.lower_ == "in" and noun.lemma_.lower() in EXCHANGE_NOUNS)
    ):
        return None  # "travelled to Harare for consultations with ...", not "called for talks"
    node = prep.head  # "Following a meeting with ...": the preposition parsed as a verb
    for _ in range(4):
        if node.pos_ not in {"VERB", "AUX"}:
            return None
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS:
                return node.head if node.dep_ == "relcl" else None
            return subj
        if node.dep_ not in ADJUNCT_CLIMB_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def exchange_partners(noun: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "Kishida told Yoon in a phone call that ...", "discussed Gaza with Pezeshkian in a
    telephone call": the party of a call or conversation is whom the verb it hangs on addresses
    (its "with" phrase, else its object)."""
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    found = [m for _, o in prep_objects(verb, ("with",)) for m in actors_at(o, mentions)]
    if not found:
        found = [
            m
            for c in verb.children
            if c.dep_ in {"dobj", "obj", "dative", "iobj"}
            for m in actors_at(c, mentions)
            if not _topic_in(noun.doc[m.head], c)  # "discussed the situation in Myanmar"
        ]
    return [m for m in found if m.actor.country]


# Codes of nouns whose "of" object is the force that moves ("the deployment of US warships",
# "the withdrawal of Rwandan troops", "a build-up of Russian forces"): the doer, not the
# target; and the sectors of such forces.
MOVED_FORCE_CODES = ("15", "0874", "074")
MOVED_FORCE_SECTORS = frozenset({"MIL", "COP", "UAF", "REB"})
MOVED_FORCE_PREPS = ("to", "into", "from", "toward", "towards", "against")


def moved_forces(
    t: _Trigger, noun: Token, mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """The armed forces a deployment or withdrawal noun moves, named in its "of" phrase."""
    if not t.pattern.cameo.startswith(MOVED_FORCE_CODES) or noun.i in mentions:
        return []
    found = [m for _, o in prep_objects(noun, ("of",)) for m in actors_at(o, mentions)]
    if found and all(MOVED_FORCE_SECTORS & {*m.actor.sectors} for m in found):
        return found
    return []


def noun_roles(
    t: _Trigger, doc: Doc, mentions: dict[int, list[ActorMention]]
) -> tuple[list[ActorMention], list[ActorMention], list[str]]:
    noun = doc[t.token]
    notes: list[str] = []
    forces = moved_forces(t, noun, mentions)
    if forces:
        # "the withdrawal of Rwandan troops from Congo": the forces withdraw, from Congo
        where = [
            m
            for _, o in prep_objects(noun, MOVED_FORCE_PREPS)
            for m in actors_at(o, mentions)
            if all(m.head != f.head for f in forces)
        ]
        notes.append("source: the forces moved")
        if where:
            notes.append("target: where they are moved")
        return forces, where, notes
    sources = list(mentions.get(noun.i, []))
    sender: Token | None = None  # the verb that sends what the noun names, when it gave the doer
    if not sources and not any(
        c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"} for c in noun.children
    ):
        # "thousands converged for a rally", "the opposition joined the protest": the subject
        # of the verb the event noun completes
        holder = noun.head.head if noun.dep_ == "pobj" else noun.head
        # "sent a message of condolence to the king": the sender
        sending = (
            noun.dep_ == "dobj" and holder.pos_ == "VERB" and holder.lemma_.lower() in SENDING_VERBS
        )
        if (
            sending
            or (
                noun.dep_ in {"pobj", "dobj"}
                and holder.pos_ == "VERB"
                and holder.lemma_.lower() in PARTICIPATION_VERBS
            )
            or (
                # "the workers have been on strike since May", "she is on hunger strike": the
                # subject of the copula is the one protesting
                noun.dep_ == "pobj"
                and noun.head.lower_ == "on"
                and holder.lemma_.lower() == "be"
                and t.pattern.cameo[:2] == "14"
            )
        ):
            subj, passive = subject(holder)
            if subj is not None and not passive:
                sources = actors_at(subj, mentions)
                if sources:
                    notes.append(f"source: subject of '{holder.text}'")
                    sender = holder if sending else None
    if not sources and noun.dep_ == "pobj" and doer_adjective(noun.head.head):
        # "the government is responsible for the killings": the subject did it
        subj, passive = subject(noun.head.head.head)
        if subj is not None and not passive:
            sources = actors_at(subj, mentions)
            notes.append(f"source: '{noun.head.head.text}'")
    targets: list[ActorMention] = []
    role = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    if role is not None and role.pos_ == "VERB" and not sources:
        # "pirates used the sailors as human shields", "held the workers as hostages": the
        # subject does to the object what the noun names
        subj, passive = subject(role)
        if subj is not None and not passive:
            sources = actors_at(subj, mentions)
            targets = [
                m
                for c in role.children
                if c.dep_ in {"dobj", "obj"}
                for m in actors_at(c, mentions)
            ]
            if sources:
                notes.append(f"source: subject of '{role.text}'")
            if targets:
                notes.append(f"target: object of '{role.text}'")
    for _, by in prep_objects(noun, ("by", "from")):
        sources = sources or actors_at(by, mentions)
    adjunct = False
    if not sources and t.pattern.cameo[:2] == "04":
        visitor = adjunct_holder(noun)
        if visitor is not None:
            sources = actors_at(visitor, mentions)
            adjunct = bool(sources)
            if sources:
                notes.append(f"source: who the '{noun.head.text}' phrase is about")
    preps: tuple[str, ...] = NOUN_TARGET_PREPS
    if t.pattern.cameo[:2] == "04":
        # "consultations with Zimbabwean officials on the crisis in Congo": whom, not what
        preps = ("with", *(p for p in NOUN_TARGET_PREPS if p != "with"))
    for prep in preps if not targets else ():
        for _, obj in prep_objects(noun, (prep,)):
            found = actors_at(obj, mentions)
            if found:
                targets = found
                notes.append(f"target:{prep}")
                break
        if targets:
            break
    if sender is not None and not targets:
        # "sent a message of condolence to the Turkish president", the "to" on the verb
        targets = [m for _, o in prep_objects(sender, ("to",)) for m in actors_at(o, mentions)]
        if targets:
            notes.append(f"target: to whom it was {sender.text}")
    for _, obj in prep_objects(noun, ("between", "among")):
        pair = actors_at(obj, mentions)
        if len(pair) >= 2 or (pair and obj.tag_ in {"NNS", "NNPS"}):
            sources, targets = pair, []  # "talks between A and B", "... between the two states"
            notes.append("between")
            adjunct = False  # "Following a call between A and B, ...": the call's own parties
    if adjunct and not targets and noun.lemma_.lower() in EXCHANGE_NOUNS:
        targets = exchange_partners(noun, mentions)
        if targets:
            notes.append(f"target: whom '{noun.head.head.text}' addresses")
    if adjunct and not targets:
        # "arrived in Mogadishu for a one-day visit": the clause already tells the trip
        return [], [], notes
    if "swap" in t.pattern.flags:
        sources, targets = targets, sources
    return sources, targets, notes


VIOLENCE_ROOTS = frozenset({"18", "19", "20"})


WHEN_WORDS = frozenset({"when", "as", "while"})


def purpose_targets(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "opened fire to disperse demonstrators", "sent tanks to crush the rebels": the object
    of a subjectless "to" clause of purpose is the one the force is used against."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            continue
        if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children):
            continue
        for c in clause.children:
            if c.dep_ in {"dobj", "obj"}:
                found = actors_at(c, mentions)
                if found:
                    return found
            if c.dep_ in {"ccomp", "xcomp"} and clause.lemma_.lower() in HELPING:
                # "a loan to help Uganda overcome its debts": whom the help is for
                for s in c.children:
                    if s.dep_ in SUBJECT_DEPS and (found := actors_at(s, mentions)):
                        return found
    return []


# Verbs of helping, whose clause's subject is whom the help is for.
HELPING = frozenset({"help", "enable", "assist"})


# Nouns that carry an attitude about the action in their clause ("a demand that Israel ease
# restrictions", "calls for Georgia to withdraw", "a warning that it would attack"): the root
# of the attitude family they name. A consensus or an understanding to act is agreement to act
# ("reached a consensus to share intelligence" is 0314, CAMEO 03: "agree to").
ATTITUDE_NOUNS = {
    **dict.fromkeys("demand ultimatum insistence".split(), "10"),
    **dict.fromkeys("call appeal plea request".split(), "02"),
    **dict.fromkeys("warning threat".split(), "13"),
    **dict.fromkeys("offer promise pledge commitment vow consensus understanding".split(), "03"),
    **dict.fromkeys("refusal rejection".split(), "12"),
}


def complement_targets(
    doc: Doc, verb: Token, root: str, mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "threatened to cut off electricity to Nakhichevan", "demanded that the DPRK forsake
    its programme": the target named inside the complement clause."""
    comps = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    if root in {"02", "10"}:
        # "insisted on its demand that the government resign", "renewed its appeal that ...":
        # the clause of an attitude noun the verb governs
        nouns = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        nouns += [o for _, o in prep_objects(verb, ("on", "for", "to"))]
        comps += [
            c
            for n in nouns
            if n.lemma_.lower() in ATTITUDE_NOUNS
            for c in n.children
            if c.dep_ in {"acl", "ccomp"} and any(s.dep_ in SUBJECT_DEPS for s in c.children)
        ]
    # "expressed its readiness to extend a currency swap to Argentina", "is studying a proposal
    # to take in Palestinians": the clause of a noun of will or of a plan the verb governs
    comps += _planned_clauses(verb)
    if root == "13":
        # "warned that it would not hesitate to use force against Israel": a threat's target
        # may be in the clause the complement itself governs, after the complement's own
        # objects ("... that it was ready to take action against Guyana": via the adjective)
        inner = [a for c in comps for a in c.children if a.dep_ == "acomp"]
        comps += [x for c in [*comps, *inner] for x in c.children if x.dep_ == "xcomp"]
    for comp in comps:
        if root in {"02", "10", "11", "12"} and comp.dep_ in {"ccomp", "acl"}:
            subj, _ = subject(comp)
            if subj is not None and subj.i != verb.i:
                found = actors_at(subj, mentions)
                if found:
                    return found
        for c in comp.children:
            if c.dep_ in {"dobj", "obj", "dative"}:
                found = actors_at(c, mentions)
                if found:
                    return found
        for _, obj in prep_objects(comp, TARGET_PREPS):
            found = actors_at(obj, mentions)
            if found:
                return found
        for _, obj in object_prep_objects(comp, TARGET_PREPS):
            found = actors_at(obj, mentions)
            if found:
                return found
        # "declined to take part in talks with Armenia", "refused to engage in dialogue with
        # the rebels": the partner of the exchange the complement's action is part of
        inner = [o for _, o in prep_objects(comp, ("in",))]
        inner += [o for _, o in object_prep_objects(comp, ("in",))]
        for exchange in inner:
            if exchange.lemma_.lower() in PARTNERED_NOUNS:
                for _, obj in prep_objects(exchange, ("with",)):
                    found = actors_at(obj, mentions)
                    if found:
                        return found
        found = purpose_targets(comp, mentions)  # "... a line of credit to help the Maldives"
        if found:
            return found
        if comp.lemma_.lower() in PERMISSION_VERBS:
            # "refused to allow UN planes to land": whom the permission is for
            for clause in comp.children:
                subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
                if clause.dep_ in {"ccomp", "xcomp"} and subj is not None:
                    found = actors_at(subj, mentions)
                    if found:
                        return found
    return []


# Agreements signed or offered, whose clause may name the other party ("a treaty handing
# sovereignty to Mauritius").
PACT_CODES = ("03", "057", "06")


def pact_party(
    verb: Token, mentions: dict[int, list[ActorMention]], home: set[str | None]
) -> list[ActorMention]:
    """The first party of another country named by the "to"/"with" phrase, object or subject
    of a participle or relative clause on the verb's object ("signed a treaty handing
    sovereignty to Mauritius", "a deal allowing Russian warships to use the port")."""
    clauses = [
        c
        for obj in verb.children
        if obj.dep_ in {"dobj", "obj"}
        for c in obj.children
        if c.dep_ in {"acl", "relcl"}
    ]
    # "signed a treaty on Thursday handing ...", parsed with the participle on the verb
    clauses += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and not any(a.dep_ in {"mark", *SUBJECT_DEPS} for a in c.children)
    ]
    for clause in clauses:
        slots = [o for _, o in prep_objects(clause, ("to", "with"))]
        slots += [
            o
            for c in clause.children
            if c.dep_ == "dative" and c.pos_ == "ADP"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        # an object that is itself a party ("allowing Russian warships"), not one named inside
        # it ("handing sovereignty over the Chagos Islands")
        owned = [c for c in clause.children if c.dep_ in {"dobj", "obj", "dative"}]
        slots += [
            s
            for c in clause.children
            if c.dep_ in {"ccomp", "xcomp"}
            for s in c.children
            if s.dep_ in SUBJECT_DEPS
        ]
        groups = [[m for c in conjuncts(slot) for m in mentions.get(c.i, ())] for slot in owned]
        groups += [actors_at(slot, mentions) for slot in slots]
        for group in groups:
            found = [m for m in group if m.actor.country not in home]
            if found:
                return found
    return []


# Nouns of what is said or reported, whose "that" clause tells it ("reports that ...").
REPORT_NOUNS = frozenset(
    """report reports claim claims allegation allegations rumour rumours rumor rumors
    speculation suggestion suggestions""".split()
)


def reported_party(
    verb: Token, mentions: dict[int, list[ActorMention]], home: set[str | None]
) -> list[ActorMention]:
    """ "declined to comment on reports that Moscow was preparing an exchange with Washington":
    the first party of another country than the speaker's named in the reported clause of the
    complement's "on"/"about" phrase."""
    for comp in verb.children:
        if comp.dep_ not in {"xcomp", "ccomp"}:
            continue
        for _, noun in prep_objects(comp, ("on", "about")):
            if noun.lemma_.lower() not in REPORT_NOUNS:
                continue
            for clause in noun.children:
                if clause.dep_ not in {"acl", "ccomp"}:
                    continue
                for tok in clause.subtree:
                    for m in mentions.get(tok.i, ()):
                        if m.actor.country and m.actor.country not in home:
                            return [m]
    return []


# Nouns of will whose "to" clause says what the party is willing to do ("its readiness to").
WILL_NOUNS = frozenset(
    """readiness willingness desire intention intent interest commitment determination
    eagerness preparedness""".split()
)

# Nouns of a plan whose "to" clause says what is planned ("a proposal to take in refugees").
PLAN_NOUNS = frozenset(
    """proposal proposals plan plans option options idea offer possibility request""".split()
)


def _planned_clauses(verb: Token) -> list[Token]:
    """The "to" clauses that say what the verb's object wills or plans ("expressed its
    readiness to extend a loan", "is studying a proposal to take in refugees")."""
    return [
        c
        for n in verb.children
        if n.dep_ in {"dobj", "obj"} and n.lemma_.lower() in WILL_NOUNS | PLAN_NOUNS
        for c in n.children
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _planned_object(verb: Token) -> bool:
    """Does the verb's object say, in a "to" clause, what is willed or planned?"""
    return bool(_planned_clauses(verb))


# Exchanges a party takes part in with another ("talks with Armenia").
PARTNERED_NOUNS = frozenset(
    """talk talks negotiation negotiations dialogue consultation consultations meeting summit
    discussion discussions exercise exercises drill drills cooperation""".split()
)

# Nouns for a part of a place, whose "of" object names the place ("the outskirts of Homs").
PLACE_PARTS = CONTAINER_NOUNS | {"sector", "part", "quarter", "heart", "suburbs"}


def place_country(
    doc: Doc, t: _Trigger, mentions: dict[int, list[ActorMention]], capitals: bool = True
) -> str | None:
    """The country of the place where the event happens ("demonstrated in Serbia",
    "a curfew in Algiers"), when a country or capital names it."""
    holders = [doc[t.anchor], doc[t.token]]
    holders += [c for h in holders for c in h.children if c.dep_ in {"dobj", "obj"}]
    if t.pattern.cameo[:2] in VIOLENCE_ROOTS:
        # "killed 23 people when they blew themselves up in Tel Aviv": the clause saying
        # when the attack happened says where
        holders += [
            c
            for c in doc[t.anchor].children
            if c.dep_ == "advcl"
            and any(w.dep_ in {"advmod", "mark"} and w.lower_ in WHEN_WORDS for w in c.children)
        ]
        # "a car bomb in Kabul killed ...": a subject that names no actor is the attack itself,
        # and its place phrase is where it happened
        holders += [
            c
            for c in doc[t.anchor].children
            if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i not in mentions
        ]
    for h in holders:
        outside = [  # "outside of the Iraqi city of Basra"
            o
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in {"outside", "inside"}
            for _, o in prep_objects(p, ("of",))
        ]
        for obj in [*(o for _, o in prep_objects(h, PLACE_PREPS)), *outside]:
            # "in Serbia", "near Macedonia's border", "along the Syrian border", "at a jail
            # in Dili"
            inner = [o for _, o in prep_objects(obj, ("in",))]  # not "near the X border"
            # "in a residential sector of Beirut", "in a car bomb explosion in the town of
            # Hit": the place a part-of-place noun belongs to
            inner += [
                o
                for n in (obj, *inner)
                if n.lemma_.lower() in PLACE_PARTS
                for _, o in prep_objects(n, ("of",))
            ]
            places = [
                p
                for o in (obj, *inner)
                for p in (o, *(c for c in o.children if c.dep_ in {"poss", "compound", "amod"}))
            ]
            for place in places:
                for m in mentions.get(place.i, []):
                    if m.actor.kind == "country" and m.actor.country:
                        if not capitals and capital_metonym(m):
                            continue  # "a house in Tripoli": which Tripoli is for the locator
                        return m.actor.country
    return None


def own_place(doc: Doc, m: ActorMention, mentions: dict[int, list[ActorMention]]) -> str | None:
    """The country an actor's own place phrase names ("guerrillas in Kosovo", "rebels
    operating in Macedonia", "refugees living in Kenya"), if a country or capital names it."""
    if m.head < 0:
        return None
    head = doc[m.head]
    holders = [head, *(c for c in head.children if c.dep_ in {"acl", "relcl"})]
    for h in holders:
        for _, obj in prep_objects(h, ("in", "inside", "within")):
            for place in (obj, *(c for c in obj.children if c.dep_ in {"poss", "compound"})):
                for p in mentions.get(place.i, []):
                    if p.actor.kind == "country" and p.actor.country:
                        return p.actor.country
    return None


def in_named_place(doc: Doc, m: ActorMention) -> bool:
    """Does an actor with no country name its own town, which is no actor ("a court in
    Yekaterinburg", "police in Kisumu")? The event's place then gives its country."""
    if m.head < 0 or m.actor.country is not None:
        return False
    return any(
        o.pos_ == "PROPN" and o.ent_type_ in {"GPE", "LOC", "FAC"}
        for _, o in prep_objects(doc[m.head], ("in", "at"))
    )


def locate(m: ActorMention, country: str, notes: list[str]) -> ActorMention:
    """A country-less actor acting in a country is taken to be of that country."""
    if m.actor.country is not None:
        return m
    notes.append(f"{m.actor.name}: country from the place")
    return replace(m, actor=replace(m.actor, country=country))


def plural_group(doc: Doc, m: ActorMention) -> bool:
    return m.head >= 0 and doc[m.head].tag_ in {"NNS", "NNPS"} and m.actor.country is None


def protested(
    doc: Doc, t: _Trigger, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "... to protest against Sweden's decision", "in defiance of Chinese authorities": the
    first actor with a country named after the protest, inside its clause, that is neither
    the protester nor the place."""
    own = {m.head for m in sources}
    home = {m.actor.country for m in sources}
    places = {o.i for h in (doc[t.anchor], doc[t.token]) for _, o in prep_objects(h, PLACE_PREPS)}
    for tok in doc[t.anchor].subtree:
        if tok.i <= t.token or tok.i in own or tok.i in places:
            continue
        found = [
            m
            for m in mentions.get(tok.i, [])
            if m.actor.country
            and not (_place_mention(doc, m) is not None and _at_home(m, home))  # "in Hong Kong"
        ]
        if found:
            return found[:1]
    return []


NONSTATE = frozenset({"IGO", "NGO", "IMG", "MNC"})


def domestic(m: ActorMention, home: str, notes: list[str]) -> ActorMention:
    if m.actor.country is not None or m.actor.kind == "country":
        return m
    notes.append(f"{m.actor.name}: country of the source")
    return replace(m, actor=replace(m.actor, country=home))


def deed_authors(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "welcomed the agreement signed by Rwanda and Congo": the doers named by a participle
    on the verb's object are whom the verb's act is about."""
    out: list[ActorMention] = []
    for c in verb.children:
        if c.dep_ not in {"dobj", "obj"}:
            continue
        obj = content_object(c)  # "dozens of drones launched by Russia"
        if obj.pos_ != "NOUN":
            continue
        out.extend(_participle_agents(obj, mentions))
    return out


def _participle_agents(obj: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "the agreement signed by Rwanda and Congo": the "by" agents of a noun's participle."""
    return [
        m
        for acl in obj.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and not misread_relative(acl)
        for agent in acl.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
        for m in actors_at(g, mentions)
    ]


# What a threatened answer is an answer to: "a response to", "retaliation for", "revenge for".
ANSWER_PREPS = ("to", "for", "against")


def answered_deed(
    verb: Token, mentions: dict[int, list[ActorMention]], sources: list[ActorMention]
) -> list[ActorMention]:
    """ "warned of a military response to the exercises being staged by the United States":
    a threatened answer is aimed at the doers of the deed it answers; "threatened that any
    American attack would not go without a response": at the doers of the deed the threat
    is about."""
    own = {m.actor.country for m in sources}
    answers = [o for _, o in prep_objects(verb, ("of",))]
    answers += [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    for answer in answers:
        for _, deed in prep_objects(answer, ANSWER_PREPS):
            # the participle may hang on the answer ("a response to the drills staged by")
            agents = _participle_agents(deed, mentions) or _participle_agents(answer, mentions)
            found = [m for m in agents if m.actor.country and m.actor.country not in own]
            if found:
                return found
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for subj in clause.children:
            if subj.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and subj.pos_ == "NOUN":
                found = [
                    m
                    for m in actors_at(subj, mentions)
                    if m.actor.country and m.actor.country not in own and m.actor.kind == "country"
                ]
                if found:
                    return found
    if verb.dep_ in {"conj", "advcl"} and verb.head.i != verb.i:
        # "U.S. bombers struck the nuclear sites, and Iran's foreign minister warned of
        # consequences", "Finland joined NATO as Moscow warned of counter-measures": the
        # threat answers the doer of the clause it follows
        first, _ = subject(verb.head)
        if first is not None and first.i < verb.i:
            found = [
                m
                for m in actors_at(first, mentions)
                if m.actor.country
                and m.actor.country not in own
                and m.actor.country not in NONSTATE
            ]
            if found:
                return found
    return []


# Verbs that lay a deed at someone's door: "a strike Iran attributed to Israel", "an attack
# blamed on militants".
ATTRIBUTING_VERBS = frozenset({"attribute", "blame", "ascribe", "impute"})


def attributed_doers(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "was killed in a strike that Iran attributed to Israel", "died in an attack blamed on
    militants": the party a deed nobody is named for is laid on (for a passive verb)."""
    for _, deed in prep_objects(verb, ("in", "by", "during")):
        for clause in deed.children:
            if (
                clause.dep_ not in {"relcl", "acl"}
                or clause.lemma_.lower() not in ATTRIBUTING_VERBS
            ):
                continue
            for _, doer in prep_objects(clause, ("to", "on")):
                found = actors_at(doer, mentions)
                if found:
                    return found
    return []


# Participles by which forces are said to fight alongside the doers ("backed by AU troops").
BACKING_VERBS = frozenset({"back", "support", "assist", "aid", "accompany", "reinforce"})
# Sectors of parties that fight: backers of these sectors take part in the force used.
FIGHTING_SECTORS = frozenset({"MIL", "REB", "UAF"})


def backing_forces(
    doc: Doc, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "M23 rebels backed by Rwandan troops took Goma", "its forces, backed by African Union
    troops, recaptured ...": forces backing the doers fight with them (a state backing them,
    "backed by Rwanda", does not)."""
    out: list[ActorMention] = []
    for s in sources:
        if s.head < 0:
            continue
        for acl in doc[s.head].children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in BACKING_VERBS:
                continue
            for agent in acl.children:
                if agent.dep_ != "agent":
                    continue
                out.extend(
                    m
                    for g in agent.children
                    if g.dep_ == "pobj"
                    for m in actors_at(g, mentions)
                    if m.actor.country
                    and m.actor.kind != "country"
                    and FIGHTING_SECTORS & {*m.actor.sectors}
                    and all(m.head != o.head for o in sources)
                )
    return out


# Adjuncts that name what a show of force answers: "after India's missile strikes",
# "following the incursion", "in response to the deployment of U.S. warships".
AFTER_PREPS = ("after", "following")
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer"})


def provokers(
    verb: Token, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """ "put its air force on high alert after India's missile strikes", "began exercises in
    response to the deployment of U.S. warships", "scrambled jets after a Russian missile
    entered its airspace": a show of force answers the doers of the deed it follows, when they
    are of another country than the source."""
    # "scrambled jets and put its air defences on alert after ...": the adjunct closing a
    # line of coordinated verbs is told of each
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    deeds = [o for v in verbs for _, o in prep_objects(v, AFTER_PREPS)]
    deeds += [
        d
        for v in verbs
        for _, o in prep_objects(v, ("in",))
        if o.lemma_.lower() in RESPONSE_NOUNS
        for _, d in prep_objects(o, ("to", "for"))
    ]
    # "after India said it had struck ...": the subject of the clause the deed is told in
    deeds += [
        s
        for v in verbs
        for c in v.children
        if c.dep_ == "advcl"
        and any(m.lower_ in AFTER_PREPS for m in c.children if m.dep_ == "mark")
        for s in c.children
        if s.dep_ in SUBJECT_DEPS
    ]
    own = {m.actor.country for m in sources}
    for deed in deeds:
        found = [
            m
            for m in actors_at(deed, mentions)
            if m.actor.country and m.actor.country not in own and not _placed(verb.doc, m)
        ]
        if found:
            return found
    return []


def _placed(doc: Doc, m: ActorMention) -> bool:
    """A mention that is the object of a place preposition ("strikes in Pakistan")."""
    if m.head < 0:
        return False
    tok = doc[m.head]
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in PLACE_PREPS


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def border_partners(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "deployed troops along its border with Cambodia", "massed tanks near the frontier with
    Ukraine": the country on the other side of the border."""
    out: list[ActorMention] = []
    # the phrase may hang on the verb or on its object ("moved tanks and troops along ...")
    holders = [verb] + [o for c in verb.children if c.dep_ in {"dobj", "obj"} for o in conjuncts(c)]
    for holder in holders:
        for _, place in prep_objects(holder, (*PLACE_PREPS, "to", "on", "toward", "towards")):
            if place.lemma_.lower() in BORDER_NOUNS:
                for _, other in prep_objects(place, ("with",)):
                    out.extend(actors_at(other, mentions))
    return out


def conditioned(verb: Token, mentions: dict[int, list[ActorMention]]) -> list[ActorMention]:
    """ "threatened to ... unless Baghdad accepted its conditions": the party in the condition.
    An unplaced party ("if the government does not raise wages") is returned too: the caller
    takes it to be of the source's country."""
    unplaced: list[ActorMention] = []
    for c in conditions(verb):
        subj, _ = subject(c)
        if subj is not None:
            found = actors_at(subj, mentions)
            if any(m.actor.country for m in found):
                return [m for m in found if m.actor.country]
            unplaced = unplaced or found
    return unplaced


def country_actor(near: ActorMention | None, country: str) -> ActorMention:
    at = near.start if near is not None else 0
    return ActorMention(at, at, -1, Actor("", country, country, (), "group"), (0, 0))


def own_governments(
    sources: list[ActorMention], sector: tuple[str, ...] = ("GOV",)
) -> list[ActorMention]:
    out = []
    for s in sources:
        if s.actor.country and s.actor.country not in NONSTATE:
            gov = Actor("", s.actor.country, s.actor.country, sector, "group")
            out.append(ActorMention(s.start, s.start, -1, gov, (0, 0)))
    return out
