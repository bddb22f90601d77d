"""Which clauses of a sentence tell events of their own, and a few parse shapes around them.

The coder keeps the events of a sentence's main line (the root, its conjuncts, the clauses it
reports) and drops the background of relative, adverbial and prepositional phrases. Some of
those phrases tell events of their own in wire news: time clauses with their own subject
("after police killed 19 people"), "where" clauses ("..., where he also met Edi Rama"), deed
appositions ("..., a move condemned by Israel"), consequences ("..., prompting Peru to break
off relations"), trailing accusations ("..., accusing it of fraud"), accords with their
signatories ("welcomed the agreement signed by Rwanda and Congo") and visiting guests
("received the visiting prime minister"). Also here: the party inside what a denial or an
inquiry is about, and the one state a sentence names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.coding.roles import (
    NONSTATE,
    adjunct_holder,
    misread_relative,
    subject,
    verbless_main,
)
from tacitus.coding.tree import actors_at
from tacitus.models import ActorMention

if TYPE_CHECKING:
    from tacitus.coding.extract import _Trigger
    from tacitus.nlp.mirror import Doc, Token

# Objects that refer back to another actor's deed: "Moscow condemned the decision".
DEED_NOUNS = frozenset(
    """decision move step action measure expulsion attack strike accusation claim allegation
    killing arrest sanction invasion incursion deployment test launch violation raid bombing
    shelling annexation ban policy statement remark comment demand proposal plan offer
    threat provocation aggression detention execution""".split()
)
FORCE_SECTORS = frozenset({"MIL", "COP", "UAF"})
ARMED_SECTORS = FORCE_SECTORS | {"REB", "SPY", "GOV"}
# Conjunctions of a time clause that reports a deed of its own ("... after police killed 19
# people"); conditions ("if", "unless", "until") and the looser "as" and "while" are not here.
TIME_MARKS = frozenset({"after", "when", "since", "before", "following"})


def own_time_clause(verb: Token) -> bool:
    """ "Ruto withdrew the bill after protesters stormed parliament": a time clause with its
    own subject reports an event of its own, not a part of the main clause's event. A pronoun
    subject ("killed 23 people when they blew themselves up") mostly tells the same deed. The
    parser hangs some on the last noun as relative clauses ("freed 14 prisoners, hours after
    Lukashenko received the envoy"): a relative clause has no conjunction of time."""
    return (
        (verb.dep_ == "advcl" or (verb.dep_ == "relcl" and _time_mark(verb)))
        and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS and c.i < verb.i
            for c in verb.children
        )
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in verb.children)
    )


def _time_mark(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def clause_of(tok: Token) -> Token:
    """The verb of the clause a word is in (the word itself when it is a verb)."""
    node = tok
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node
        node = node.head
    return node


# Verbs of a trailing participle clause that makes an accusation of its own: "boycotted the
# vote, accusing the government of fraud", "expelled the agency, blaming it for the unrest".
ACCUSING = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "denounce"})


def _trailing_participle(verb: Token) -> bool:
    """A subjectless participle clause after the main verb (", accusing ...", ", praising ...")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and not any(c.dep_ in {"mark", "nsubj"} for c in verb.children)
    )


def accusing_clause(verb: Token) -> bool:
    """ "Niger nationalised the mine, accusing the company of misconduct": a participle clause
    after the main verb that accuses someone named as its object is an event of its own."""
    return (
        verb.lemma_.lower() in ACCUSING
        and _trailing_participle(verb)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


# Verbs of saying whose trailing participle tells what the speaker did: "..., the minister
# said, announcing sanctions on the militia's commander".
SAYING = frozenset({"say", "tell", "add", "state"})


def said_and_did(verb: Token) -> bool:
    """ "..., Blinken said, announcing sanctions on the commander": a trailing participle clause
    with an object of its own after a verb of saying is the speaker's act, on the main line."""
    if not _trailing_participle(verb) or not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return False  # "said when holding talks with ...": the occasion of the saying
    head = verb.head
    return head.lemma_.lower() in SAYING or any(
        c.dep_ == "parataxis" and c.lemma_.lower() in SAYING and c.i < verb.i for c in head.children
    )  # "..., Blinken said, announcing ...", the saying parsed as an aside


CONCURRENT = frozenset({"as", "while", "whilst"})


def other_party_clause(
    verb: Token, mentions: dict[int, list[ActorMention]], answered: bool = True
) -> bool:
    """ "Lithuania moved troops to its border as Russian and Belarusian forces began joint
    exercises": an "as"/"while" clause whose own named subject is of other countries than the
    subject of the clause it hangs on tells that party's act, an event of its own. With
    `answered`, the main clause must also name one of that party's countries; force and visits
    need no such link ("appealed for a ceasefire as Israeli warplanes pounded bridges")."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in CONCURRENT for c in verb.children
    ):
        return False
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON":
        return False
    main: Token | None = None
    node = verb.head
    for _step in range(3):  # "arrived to help survivors, as Nepal appealed for aid"
        main, _passive = subject(node)
        if main is not None or node.dep_ not in {"advcl", "xcomp", "conj"}:
            break
        node = node.head
    if main is None:
        return False
    theirs = {m.actor.country for m in actors_at(own, mentions)}
    ours = {m.actor.country for m in actors_at(main, mentions)}
    if not theirs or not ours or None in theirs | ours or theirs & ours:
        return False
    if not answered:
        return True
    # the main clause answers that party: it names one of its countries ("moved troops to its
    # border with Belarus as Russian and Belarusian forces began exercises")
    aside = {t.i for t in verb.subtree}
    named = {
        m.actor.country
        for t in node.subtree
        if t.i not in aside
        for m in mentions.get(t.i, [])
        if m.actor.country not in ours
    }
    return bool(theirs & named)


def drawn_reaction(verb: Token, t: _Trigger) -> bool:
    """ "Orban visited Minsk, drawing sharp criticism from the EU": a trailing participle that
    tells another party's reaction to the main clause's doer (a pattern whose doer is named by
    "from") is that party's act, beside the main event."""
    return verb.i == t.anchor and "swap" in t.pattern.flags and _trailing_participle(verb)


# Verbs that judge someone for a deed named with "for" ("criticised Orban for travelling to
# Moscow"): the deed is told as done (an accusation, "accused X of ...", is not).
JUDGING = frozenset(
    """criticise criticize condemn praise thank commend rebuke censure reprimand congratulate
    punish sanction fine""".split()
)


def _gerund_of(verb: Token, word: str) -> Token | None:
    """The preposition `word` whose gerund object the verb is ("responded by expelling":
    by), or None."""
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == word and prep.dep_ == "prep":
        return prep
    return None


def judged_deed(verb: Token) -> Token | None:
    """ "Ukraine condemned Serbia for supplying weapons to Russia": the deed someone is judged
    for is an event of its own, done by the one judged; returns that one (the object)."""
    prep = _gerund_of(verb, "for")
    if (
        prep is None
        or prep.head.lemma_.lower() not in JUDGING
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    return next((c for c in prep.head.children if c.dep_ in {"dobj", "obj"}), None)


RESPONSE_VERBS = frozenset({"respond", "react", "reply", "answer", "retaliate", "hit"})


def response_by(verb: Token) -> bool:
    """ "Moscow responded by expelling two Estonian diplomats": the act a response is made by
    is the responder's event, on the line of the verb of responding."""
    prep = _gerund_of(verb, "by")
    return prep is not None and prep.head.lemma_.lower() in RESPONSE_VERBS


def party_clause(verb: Token) -> bool:
    """ "welcomed the agreement, praising Qatar for its mediation": a trailing subjectless
    participle clause with an object of its own (kept as an event by the planning only when
    it names a party the main event has not)."""
    return _trailing_participle(verb) and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children
    )


def with_clause(verb: Token) -> bool:
    """ "Serbia expelled two diplomats, with Croatia condemning the decision": "with" and a
    participle with a subject of its own tells that subject's act, beside the main one."""
    prep = _gerund_of(verb, "with")
    return (
        prep is not None
        and prep.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def where_clause(verb: Token) -> bool:
    """ "... a visit to Tirana, where he also met Edi Rama": an active relative clause of
    place with a subject of its own tells an event of its own (a passive one is mostly
    background: "in Kosovo, where 28 people have been killed this year")."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    )


AFTER_PREPS = frozenset({"after", "following"})


def after_deed(noun: Token) -> Token | None:
    """ "summoned Pakistan's envoy after Pakistani air strikes in Paktika": a deed named after
    "after" or "following" on a verb is an event of its own, earlier than the main one.
    Returns the verb ("following" is parsed as a participle too: "... following Kenyan drone
    strikes")."""
    prep = noun.head
    if prep.lower_ not in AFTER_PREPS:
        return None
    if noun.dep_ == "pobj" and prep.dep_ == "prep":
        verb = prep.head
    elif noun.dep_ == "dobj" and prep.tag_ == "VBG" and prep.dep_ in {"acl", "advcl", "prep"}:
        verb = clause_of(prep.head)
    else:
        return None
    return verb if verb.pos_ in {"VERB", "AUX"} else None


RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})
FORCE_ROOTS = frozenset({"18", "19", "20"})


def violent_relative(verb: Token, t: _Trigger) -> bool:
    """ "Kenya protested the air strike by Somali forces that killed four Kenyan soldiers": force
    told in a relative clause is a reported deed of its own (an event when it has a target)."""
    return (
        verb.dep_ == "relcl"
        and verb.i == t.anchor
        and t.pattern.cameo[:2] in FORCE_ROOTS
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children)
    )


MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "parataxis"})


DENIALS = frozenset({"016"})


def denied_party(
    doc: Doc, verb: Token, sources: list[ActorMention], mentions: dict[int, list[ActorMention]]
) -> list[ActorMention]:
    """The first actor of another country inside the clause or object a denial or an
    inquiry is about."""
    own = {m.actor.country for m in sources}
    for c in verb.children:
        if c.dep_ not in {"ccomp", "dobj", "obj", "xcomp"} and not (
            c.dep_ == "prep" and c.lower_ in {"into", "of"}
        ):
            continue
        for tok in c.subtree:
            found = [m for m in mentions.get(tok.i, []) if m.actor.country not in own]
            if found and all(m.actor.country for m in found):
                return found
    return []


def visiting(verb: Token) -> tuple[Token, Token] | None:
    """ "received the visiting Cambodian prime minister", "told visiting Russian President
    Putin" (parsed with the name as the participle's object): the visitor and the host (the
    subject of the verb the visitor is the object of)."""
    if verb.lower_ != "visiting":
        return None
    phrase = verb.head
    while phrase.dep_ == "compound" and phrase.head.i != phrase.i:
        phrase = phrase.head  # "the visiting Cambodian Prime Minister Hun Manet"
    if verb.dep_ == "amod" and phrase.dep_ in {"dobj", "obj", "pobj", "dative"}:
        visitor = phrase
        clause = visitor.head.head if visitor.dep_ == "pobj" else visitor.head
    elif verb.dep_ in {"xcomp", "advcl"}:
        named = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
        if named is None or any(c.dep_ == "det" for c in named.children):
            return None
        visitor, clause = named, verb.head
    else:
        return None
    host, passive = subject(clause)
    if host is None or passive or clause.pos_ not in {"VERB", "AUX"}:
        return None
    return visitor, host


CONSEQUENCE_VERBS = frozenset("prompt force lead cause spur push provoke trigger".split())


def consequence(verb: Token) -> Token | None:
    """ "..., prompting Peru to break off relations", "..., with the drills prompting Finland to
    deploy troops": the action an actor was moved to by the main clause's deed; returns the
    subject of the main clause."""
    prompt = verb.head
    if (
        verb.dep_ != "xcomp"
        or prompt.dep_ not in {"advcl", "pcomp"}
        or prompt.tag_ != "VBG"
        or prompt.lemma_.lower() not in CONSEQUENCE_VERBS
        or not any(c.dep_ in {"dobj", "obj"} for c in prompt.children)
    ):
        return None
    if prompt.dep_ == "pcomp":
        if not with_clause(prompt):
            return None
        # "..., with the drills prompting Finland to deploy troops": the deed of the main clause
        prompt = prompt.head
    subj, passive = subject(prompt.head)
    return None if subj is None or passive else subj


def signed_by(verb: Token, t: _Trigger) -> bool:
    """ "welcomed the peace agreement signed by Rwanda and Congo", "under the accord signed by
    Kinshasa and the rebels, the parties commit to ...": an accord its parties made, named as
    an object of the main clause, is an event of the main line too."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and t.pattern.cameo[:2] in {"03", "04", "05", "06"}
        and (
            verb.head.dep_ in {"dobj", "obj"}
            or (verb.head.dep_ == "pobj" and t.pattern.cameo[:2] in {"05", "06"})
        )
        and any(c.dep_ == "agent" for c in verb.children)
    )


MEDIATION = "045"


def mediated(verb: Token, t: _Trigger) -> bool:
    """ "signed a peace deal after talks brokered by the United States", "exchanged prisoners
    under an agreement mediated by the UAE": a mediator named with the parties' talks or accord
    mediates between the parties of the clause the talks are named in."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and t.pattern.cameo.startswith(MEDIATION)
        and any(c.dep_ == "agent" for c in verb.children)
    )


def deed_apposition(verb: Token) -> bool:
    """ "..., a move condemned by Israel", "..., a move the OAS condemned as an attempt to
    undermine the result": a participle with a doer of its own, or an active relative clause
    with a subject of its own, on a deed noun set off after the clause that tells the deed."""
    noun = verb.head
    if verb.dep_ == "acl":
        own_doer = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    else:
        own_doer = verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children
        )
    return (
        own_doer
        and noun.lemma_.lower() in DEED_NOUNS
        and noun.dep_ in {"dobj", "appos", "npadvmod", "attr"}
        and (noun.head.pos_ in {"VERB", "AUX"} or noun.dep_ == "appos")
        and noun.left_edge.i > 0
        and verb.doc[noun.left_edge.i - 1].text in {",", "—", "-", ";"}
    )


def deed_clause(verb: Token) -> Token:
    """The clause that tells the deed a deed apposition ("..., a move ...") is about."""
    return clause_of(verb.head.head)


# Sectors of a country's people, outside the state: their demands with no named addressee
# are made of their own government.
CITIZEN_SECTORS = frozenset({"OPP", "CVL", "LAB", "PTY", "EDU", "REL", "AGR", "BUS", "MED"})


def citizens(sources: list[ActorMention]) -> bool:
    return bool(sources) and all(
        m.actor.country not in {None, *NONSTATE}
        and m.actor.sectors
        and m.actor.sectors[0] in CITIZEN_SECTORS
        for m in sources
    )


PATIENT_PREPS = frozenset({"on", "against", "at", "inside", "into", "upon"})


def has_patient(doc: Doc, t: _Trigger) -> bool:
    """Does the violence name whom or what it hit, even if no actor ("strikes on villages",
    "blew himself up inside a seminary, killing six people", "the bombing of a hotel"), rather
    than only that there was fighting ("were engaged in heavy fighting")?"""
    for tok in {doc[t.token], doc[t.anchor]}:
        for c in tok.children:
            if c.dep_ in {"dobj", "obj"} and c.pos_ in {"NOUN", "PROPN"}:
                return True
            if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS:
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and tok.i == t.token and t.via == "noun":
                return True  # "the bombing of a hotel", "the hijacking of a train"
            if (
                c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and any(g.dep_ in {"dobj", "obj"} for g in c.children)
            ):
                return True  # "..., killing six people"
    return False


def sole_country(mentions: dict[int, list[ActorMention]]) -> str | None:
    """The one state a sentence's actors name, if they name exactly one."""
    states = {
        m.actor.country
        for found in mentions.values()
        for m in found
        if m.actor.country and m.actor.country not in NONSTATE
    }
    return states.pop() if len(states) == 1 else None


def main_line(doc: Doc, t: _Trigger) -> tuple[bool, bool]:
    """Is the event in the sentence's main line (the root, its conjuncts, the clauses it
    reports and time clauses with a subject of their own), rather than in a relative,
    adverbial or prepositional phrase? The second value says whether the way up passed
    through a time clause."""
    node = doc[t.anchor]
    after = after_deed(node) if t.via == "noun" else None
    if t.via == "noun" and node.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        node = node.head
    holder = adjunct_holder(node) if t.via == "noun" and t.pattern.cameo[:2] == "04" else None
    if holder is not None:
        node = holder.head  # "Milei, on a visit to Israel, met ...": the visitor's clause
    timed = False
    if after is not None and holder is None:
        node, timed = after, True  # "summoned the envoy after Pakistani air strikes"
    for _ in range(12):
        if verbless_main(node):
            return True, timed  # "Relatives of the pupils called on ...", misparsed
        if deed_apposition(node):
            node = deed_clause(node)  # "..., a move condemned by Israel": beside the main clause
            continue
        if consequence(node) is not None:
            return True, timed  # "..., prompting Peru to break off relations"
        if mediated(node, t) and node.head.dep_ == "pobj":
            node = clause_of(node.head)  # "signed a deal after talks brokered by Qatar"
            continue
        if signed_by(node, t):
            node = clause_of(node.head)  # "welcomed the agreement signed by Rwanda and Congo"
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "after":
            # "imposed sanctions after determining that the militia had committed genocide":
            # an act earlier than the main one, on its line (what comes "before allowing ..."
            # may not have happened)
            node, timed = clause_of(node.head), True
            continue
        pair = visiting(node) if node.dep_ == "amod" else None
        if pair is not None:
            node = pair[1].head  # "received the visiting prime minister": the host's clause
            continue
        if node.dep_ == "acl" and node.head.dep_ == "nsubj" and misread_relative(node):
            node = node.head.head  # "strikes killed 30 people, the agency said"
            continue
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return True, timed
        if where_clause(node):
            return True, True  # hangs on a place noun, inside any phrase
        if violent_relative(node, t):
            return True, True  # "protested the air strike by Somali forces that killed ..."
        if response_by(node):
            node = node.head.head  # "Moscow responded by expelling two diplomats"
            continue
        if judged_deed(node) is not None and node.i == t.anchor and t.via != "noun":
            node = node.head.head  # "condemned Serbia for supplying weapons to Russia"
            continue
        if with_clause(node) and node.i == t.anchor and t.via != "noun":
            node = node.head.head  # "..., with Croatia condemning the decision"
            continue
        if own_time_clause(node):
            timed = True
            if node.dep_ == "relcl":
                node = clause_of(node.head)  # "..., hours after Lukashenko received ..."
                continue
        elif (
            accusing_clause(node)
            or party_clause(node)
            or said_and_did(node)
            or drawn_reaction(node, t)
        ):
            pass  # beside the main clause, as a part of the main line
        elif node.dep_ not in MAIN_DEPS:
            return False, timed
        node = node.head
    return False, timed
