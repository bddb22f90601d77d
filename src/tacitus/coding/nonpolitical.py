"""Candidates that are not political events, though their words look like one.

A sentence-level discard (coding/discards.txt) drops a sentence before parsing when a phrase
settles it ("on penalties", "box office"). Where a phrase would be too blunt, these rules look
at one parsed candidate, its trigger and its actors:

- sport and culture: a country used as a team ("Senegal beat Egypt on penalties"), a team,
  athlete or artist ("Spain's Rafael Nadal withdrew from the Australian Open") doing what
  teams and artists do, in a sentence about sport or culture;
- markets: a market, price or currency is not an actor ("the rupee hit record lows",
  "investors punished Meta's shares");
- business: companies dealing or competing with companies ("Exxon agreed to acquire Pioneer",
  "a talent war between firms");
- nature: a storm, earthquake or fire is not an actor ("Cyclone Freddy struck Mozambique");
- economic demand: "demand from China" for copper is not a demand (CAMEO 10);
- problems fought: "battling inflation", "a war on poverty" is no act of force;
- figures of speech and routines: a security as the doer ("shares in state miners rallied"),
  a target met ("failed to meet its targets"), a fee charged, a market invaded or a town
  "conquered by electric scooters", a company's word to no political side, praise of a work
  or a product ("the jury praised the documentary"), a profession's service ("opticians will
  offer free eye tests"), cooperation between two private sides, a source "who asked not to
  be named", and what an actor does as a rule ("a charity that supports migrants").

A whole article can settle it too: in an article about sport, business, science, health,
culture, weather or daily life (`article_beat`: its words of that beat outnumber its words of
politics three to one), a candidate needs an official side; a bare country named in a match
report is a team, a company's statement is not a political event.

In such an article a profession on its own (doctors, judges of a prize, priests, farmers,
besides companies, schools, the media and civilians) is no official side (a court or a
prosecutor is one when it charges or arrests; in business and daily-life news, so is a
country named as the subject: "China imposed tariffs on soybeans"), nor a capital
inside a club's name ("from Sporting Lisbon"), and a mayor's or council's dealings with
residents are a public service ("the mayor thanked the volunteers"). The beat is told by
strong words (a league, a box office, quarterly earnings) and by weaker ones that only an
article's worth of them settles (a referee, a soprano, a dentist, a trademark).

An official on either side (a sector such as GOV, MIL, COP, REB, a role, a named organisation)
keeps the candidate: a minister meeting athletes, police arresting fans, a government fining
a company are events. Two exceptions, in sport and culture only: a capital that is the place a
team arrives ("arrived in Doha"), and a city naming the venue of the trigger noun ("the Paris
Diamond League meeting").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tacitus.coding.asides import aside
from tacitus.coding.extract import Candidate, Skipped
from tacitus.nlp.parse import text_of

if TYPE_CHECKING:
    from tacitus.models import ActorMention
    from tacitus.nlp.mirror import Doc, Span, Token

# Sectors that are not a political side: business, civilians, media, schools.
PRIVATE_SECTORS = frozenset({"BUS", "CVL", "MED", "EDU"})

# -- sport and culture ---------------------------------------------------------------------

# Words of sport and of the arts. Only a context: a candidate also needs a team, athlete or
# artist as its doer (or a country with a score) and a verb of what they do. Words with a
# common political sense are left out ("league": the Arab League; "goal", "title", "squad",
# "marathon talks", "podium", "actors": state actors; "novel": a novel approach).
SPORT = re.compile(
    r"\b(?:football(?:ers?)?|soccer|cricket(?:ers?)?|rugby|tennis|golf(?:ers?)?|hockey|"
    r"basketball|volleyball|handball|baseball|athletics|formula one|grand prix|"
    r"olympics?|paralympics?|world cup|euro \d{4}|copa america|(?:africa|asian|gold|davis|"
    r"ryder|fa|king's) cup|(?:asian|commonwealth|pan american|winter|summer) games|"
    r"wimbledon|(?:australian|french|u\.?s\.?) open|super bowl|nba|nfl|"
    r"(?:premier|champions|europa|nations|football|super|rugby|indian premier) league|"
    r"championships?|tournament|cup final|(?:semi|quarter)[- ]?finals?|finals|"
    r"(?<!no )matche?s?|qualifiers?|play-?offs?|trophy|(?:gold|silver|bronze) medals?|"
    r"medal table|\d+ goals|goalless|scored|hat-?trick|wickets?|innings|on penalties|club|"
    r"bowled (?:out|for)|run chase|test (?:match|series)|"
    r"home runs?|touchdowns?|world records?|diamond league|grand tour|tour de france|"
    r"striker|midfielder|goalkeeper|grand slam|kick-?off|half-?time|extra time|"
    r"(?:national|football|cricket|rugby|hockey|olympic) (?:team|side|squad))\b",
    re.IGNORECASE,
)
# Named competitions: "the Italian Open", "the Miami Masters", "the Six Nations", "the Ashes".
EVENT_NAMES = re.compile(
    r"\b(?:[A-Z][a-z]+ (?:Open|Masters|Grand Prix|Classic|Invitational|Cup|Games|"
    r"Championships?)|Six Nations|the Ashes)\b"
)
CULTURE = re.compile(
    r"\b(?:films?|movies?|cinemas?|box office|blockbusters?|albums?|songs?|singers?|rappers?|"
    r"(?:rock|pop|boy|girl) band|concerts?|festival|oscars?|academy awards?|grammys?|"
    r"golden (?:globe|lion|bear)s?|emmys?|baftas?|eurovision|palme d'or|billboard|novelists?|"
    r"literature|(?:film|movie|hollywood|bollywood|tv) (?:actor|star)s?|actress(?:es)?|"
    r"premiere|streaming|sitcom|bestsellers?|fashion week)\b",
    re.IGNORECASE,
)
# A match score, not a date range ("2-1", not "1-2 March").
SCORE = re.compile(
    r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"per|%))",
    re.IGNORECASE,
)
# Verbs of a contest, said of a country used as a team ("France beat Spain").
CONTEST_VERBS = frozenset(
    """beat defeat overcome outplay outclass edge thrash rout hammer trounce whip demolish
    humble stun shock upset eliminate knock dump down draw lose win retain lift score qualify
    advance pip thump concede triumph prevail""".split()
)
# Verbs of a contest that are also verbs of war: a country doing them is a team only with a
# score in the sentence ("Belgium attacked from the first whistle ... won 3-0").
FIGHT_VERBS = frozenset(
    """attack strike hit battle fight clash crush topple oust sink sweep dominate play
    challenge lead trail claim capture seize reach overtake humiliate surprise""".split()
)
# Verbs that are political when a state does them, so they need a team or an athlete as the
# doer, or a sports event as the object ("Japan hosts the Olympics").
VISIT_VERBS = frozenset(
    "host stage tour visit arrive travel meet face welcome receive meeting trip".split()
)
# What athletes, clubs and artists do in their careers.
CAREER_VERBS = frozenset(
    """sign join announce name appoint hire sack sell buy transfer withdraw pull retire quit
    agree award honour honor release publish perform record premiere unveil launch""".split()
)
WELCOME_VERBS = frozenset("welcome receive attract host draw".split())
VISITOR_NOUNS = frozenset(
    "tourist visitor passenger holidaymaker traveller traveler guest arrival".split()
)
TEAM_NOUNS = frozenset(
    """team squad club player footballer cricketer athlete sportsman sportswoman swimmer
    runner sprinter cyclist boxer wrestler skater skier gymnast golfer striker midfielder
    goalkeeper jockey racer fencer archer weightlifter rower band singer rapper actor actress
    film movie champion bowler batsman batter pitcher quarterback winger fielder""".split()
)
ARMED_NOUNS = frozenset(
    """aircraft jet plane warplane drone missile rocket troop force soldier army militant
    gunman bomber police officer artillery navy warship tank helicopter""".split()
)

# -- markets, business, nature -------------------------------------------------------------

MARKET_NOUNS = frozenset(
    """market share stock index average price currency rupee dollar euro pound yen yuan
    sterling rouble ruble lira peso real franc won bond yield bitcoin cryptocurrency gold oil
    crude copper commodity futures investor trader nikkei nasdaq dow ftse debt""".split()
)
COMMERCE_VERBS = frozenset(
    """agree sign buy acquire merge sell invest partner team cooperate ally join war battle
    fight compete escalate attack hit punish besiege surrender retreat bully rival challenge
    beat defeat overtake unveil launch deal""".split()
)
# What a company can do that is political whoever it is done to: protest, coerce, fight.
STREET_AND_FORCE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
MONEY = re.compile(
    r"(?:[$€£¥]\s?\d|\b\d[\d.,]*\s*(?:million|billion|trillion|bln|mln)?\s*"
    r"(?:dollars|euros|pounds|yen|yuan|rupees|francs)\b|\b(?:deal|stake|takeover|merger|"
    r"acquisition|shares|shareholders|revenue|profit)\b)",
    re.IGNORECASE,
)
COMPANY_NOUNS = frozenset(
    """company firm carmaker automaker planemaker chipmaker maker manufacturer producer
    retailer brand conglomerate bank lender insurer airline brewer jeweller jeweler startup
    start-up supplier distributor carrier foundry publisher brokerage chain""".split()
)
MARKETS = re.compile(
    r"\b(?:prices?|supply|supplies|barrels?|crude|oil|copper|commodit(?:y|ies)|metals?|"
    r"inventories|stockpiles|output|exports?|imports?|sales|shares|markets?)\b",
    re.IGNORECASE,
)
HAZARDS = frozenset(
    """cyclone hurricane typhoon storm earthquake quake tremor aftershock tsunami flood
    flooding floodwater rain rainfall downpour monsoon wildfire bushfire blaze drought heatwave
    volcano eruption landslide mudslide avalanche tornado snow snowstorm blizzard hailstorm
    wind gale""".split()
)
STORM_TITLES = frozenset("cyclone hurricane typhoon storm tropical".split())
ECONOMIC_DEMAND = frozenset(
    """strong stronger strongest weak weaker weakest robust rising falling slowing soft softer
    firm firmer global domestic consumer export import fuel oil energy power gas electricity
    steel chip metal food housing credit loan seasonal sluggish tepid solid healthy recovering
    growing declining improving weakening cooling waning flagging subdued""".split()
)
QUANTITY_VERBS = frozenset(
    """rise fall grow slow weaken strengthen outstrip exceed outpace boost cut dent hurt dampen
    curb surge slump drop recover rebound ease pick""".split()
)


# -- the beat of a whole article ------------------------------------------------------------

# Words of the other beats of a news stream (sport and culture are above).
OTHER_BEATS = re.compile(
    r"\b(?:shares?|shareholders?|earnings|quarterly|revenues?|profits?|dividends?|analysts?|"
    r"investors?|chief executive|stock (?:market|exchange)|mergers?|acquisitions?|takeover|"
    r"sales|customers?|brands?|retailers?|consumers?|products?|smartphones?|software|"
    r"patients?|hospitals?|vaccines?|doctors?|researchers?|scientists?|study|studies|"
    r"clinical trials?|species|fossils?|telescope|forecasters?|rainfall|temperatures?|"
    r"degrees celsius|heatwave|museums?|exhibitions?|novels?|restaurants?|chefs?|recipes?|"
    r"tourists?|tourism|travellers?|students?|teachers?|schools?|universit(?:y|ies))\b",
    re.IGNORECASE,
)
# Words of politics: a handful of them make an article political whatever else it is about.
POLITICAL_WORDS = re.compile(
    r"\b(?:governments?|ministers?|ministry|president|parliament|lawmakers?|troops|"
    r"soldiers|military|army|armed forces|police|rebels?|militants?|militias?|insurgents?|"
    r"sanctions|diplomats?|diplomatic|embassy|ambassadors?|elections?|opposition|"
    r"protesters?|demonstrators?|ceasefire|war|attacks?|air ?strikes?|killed|talks|"
    r"negotiations|treaty|accord|border|security forces|authorities|officials?|invasion|"
    r"invaded|occupation|boycotts?)\b",
    re.IGNORECASE,
)
# Words that tell a beat across a whole article but are too weak to settle one sentence (a
# referee, a tasting menu, a chipmaker, a dentist). Words with a common political sense are
# left out ("defenders": rights defenders, "serve": a sentence, "theatre": of war, "mines",
# "satellites", "settlement", "residents", "drugs").
SPORT_BEAT = re.compile(
    r"\b(?:referees?|relegat(?:ion|ed)|equali[sz](?:er|ed|ing)|(?:head )?coach(?:es)?|"
    r"wingers?|full-?backs?|penalty (?:spot|area|kick)|free kicks?|offside|derby|"
    r"dressing room|transfer (?:window|fee)|deadline day|unforced errors|tie-?breaks?|"
    r"bowlers?|batting|spinners|sixes|laps|top of the (?:table|league)|title race|"
    r"chess|grandmasters?|world champions?|prize (?:fund|money)|tournaments|"
    r"fans|match(?:es)? point|season ticket|cyclists?|cycling|skiers?|skiing)\b",
    re.IGNORECASE,
)
CULTURE_BEAT = re.compile(
    r"\b(?:operas?|ballets?|orchestras?|conductors?|sopranos?|tenors?|arias?|symphon(?:y|ies)|"
    r"documentar(?:y|ies)|galler(?:y|ies)|paintings?|sculptures?|artists?|audiences?|"
    r"reviewers|designers?|fashion|catwalk|luxury|poets?|poetry|authors?|books?|"
    r"musicians?|music|jazz|gigs?|choreograph\w*|screenplay|sequel|video games?|gaming|"
    r"tasting menu|cuisine|cooks?|dishes|bakery|bakers?|pastr(?:y|ies)|cafes?|coffee)\b",
    re.IGNORECASE,
)
NEWS_BEAT = re.compile(
    r"\b(?:chief executives|ceos?|airlines?|passengers|fares|flights?|airports?|hotels?|"
    r"guesthouses?|visitors|travel(?:l?ers?)?|railways?|rail|commuters|motorists|"
    r"stocks?|tonnes?|strategists?|brokerages?|fund managers?|price targets?|stakes?|"
    r"start-?ups?|venture|funding round|apps?|users|chips?|chipmakers?|processors?|"
    r"data cent(?:re|er)s|cloud|artificial intelligence|"
    r"commodit(?:y|ies)|metals?|copper|alumin(?:i)?um|zinc|mining|miners|carmakers?|"
    r"shoppers|discounts?|supermarkets?|grocers?|stores|shops?|shopkeepers|prices|"
    r"interest rates|economists?|labs?|laborator(?:y|ies)|journals?|professors?|bacteria|"
    r"enzymes?|genes?|dna|physicists?|biologists?|geologists?|astronomers?|clinics?|"
    r"dentists?|dental|nurses?|pharmac(?:y|ies|ists?|eutical)|medicines?|treatments?|"
    r"injections?|diseases?|surgery|insurers?|snow(?:fall)?|rain|forecasts?|weather|"
    r"winds?|celsius|pupils|parents|homework|classes|courses|enrolments?|tuition|"
    r"campus(?:es)?|librar(?:y|ies|ians?)|lawsuits?|trademarks?|copyright|patents?|"
    r"infring\w*|litigation|solicitors?|lottery|archaeolog\w*|excavations?|radiocarbon)\b",
    re.IGNORECASE,
)
BEATS = (
    ("sport", SPORT),
    ("sport", EVENT_NAMES),
    ("sport", SPORT_BEAT),
    ("culture", CULTURE),
    ("culture", CULTURE_BEAT),
    ("news", OTHER_BEATS),
    ("news", NEWS_BEAT),
)
# The same patterns for lowered text (a pattern with IGNORECASE loses it and is run on the
# lowered article; EVENT_NAMES, which needs capitals, runs on the text as it is).
BEAT_SCANS = tuple(
    (beat, re.compile(p.pattern), True) if p.flags & re.IGNORECASE else (beat, p, False)
    for beat, p in BEATS
)
POLITICAL_SCAN = re.compile(POLITICAL_WORDS.pattern)
BEAT_WORDS = 3  # distinct words of a beat an article needs
BEAT_RATIO = 3  # and how many times its distinct political words
BEAT_SENTENCES = 3  # a beat is a whole article's: a sentence or two on their own have none


def article_beat(text: str, sentences: int) -> str | None:
    """The beat of an article that is not about politics ("sport", "culture", or "news" for
    business, science, health, weather and daily life), or None."""
    if sentences < BEAT_SENTENCES:
        return None
    lowered = text.lower()  # matched case-sensitively: 2-4 times faster than IGNORECASE
    words: dict[str, set[str]] = {}
    for beat, pattern, folded in BEAT_SCANS:
        found = pattern.finditer(lowered if folded else text)
        words.setdefault(beat, set()).update(m.group(0).lower() for m in found)
    total = len(set().union(*words.values()))
    political = len({m.group(0) for m in POLITICAL_SCAN.finditer(lowered)})
    if total < BEAT_WORDS or total < BEAT_RATIO * political:
        return None
    return max(words, key=lambda beat: len(words[beat]))


def screen(
    doc: Doc,
    candidates: list[Candidate],
    skipped: list[Skipped],
    beat: Callable[[], str | None] | None = None,
) -> list[Candidate]:
    """The candidates that may be political events; the others go to `skipped` with why.
    `beat`: gives the article's beat when it is not about politics (`article_beat`, called
    only when a candidate without an official side needs it)."""
    if not candidates:
        return candidates
    kept = []
    for cand in candidates:
        reason = not_political(doc, cand)
        if (
            reason is None
            and beat is not None
            and not (
                _official_side(doc, cand.source, cand.cameo)
                or _official_side(doc, cand.target, cand.cameo)
            )
        ):
            kind = beat()
            if kind is not None and not (kind == "news" and _state_by_name(doc, cand)):
                reason = f"not political: no official side in a {kind} article"
        if reason is None and beat is not None and _local_service(doc, cand):
            kind = beat()
            if kind is not None:
                reason = f"not political: a local office's routine dealings in a {kind} article"
        if reason is None:
            kept.append(cand)
        else:
            skipped.append(Skipped(cand.trigger, doc[cand.trigger].text, reason))
    return kept


def not_political(doc: Doc, cand: Candidate) -> str | None:
    """Why the candidate is not a political event, or None when it may be one."""
    trigger = doc[cand.trigger]
    lemma = trigger.lemma_.lower()
    if cand.cameo[:2] == "14" and cand.source is not None:
        crowd = doc[cand.source.head]
        if crowd.lemma_.lower() in NON_PROTEST_CROWDS and not _protest_word(trigger):
            return f"not political: a crowd of {crowd.text}, not a protest"
    if cand.cameo[:2] in FORCE_ROOTS and (share := _market_fought_for(trigger)) is not None:
        return f"not political: a fight for a market ('{share}'), not with an actor"
    problem = _problem_fought(trigger) if cand.cameo[:2] in FORCE_ROOTS else None
    if problem is not None:
        return f"not political: a fight against a problem ('{problem}'), not an actor"
    if cand.cameo[:2] in FORCE_ROOTS and (thing := _war_on_a_thing(doc, cand, trigger)):
        return f"not political: a war declared on a thing ('{thing}'), not an actor"
    if cand.cameo[:2] in FORCE_ROOTS and (accident := _accident(trigger)):
        return f"not political: killed or hurt in an accident ('{accident}')"
    doers = _subjects(trigger)
    if cand.source is not None:
        doers.append(doc[cand.source.head])
    if cand.source is not None and _storm(doc, cand.source):
        return f"not political: a natural hazard is not an actor ('{cand.source.actor.text}')"
    for tok in doers:
        if _hazard(tok):
            return f"not political: a natural hazard is not an actor ('{tok.text}')"
    if lemma in WELCOME_VERBS and _visitors(trigger, counted=True):
        return "not political: visitor numbers"  # whoever welcomes them
    for tok in _subjects(trigger):  # "Shares in state miners rallied": whoever they are in
        if tok.lemma_.lower() in SECURITIES:
            return f"not political: markets and prices are not actors ('{tok.text}')"
    if (goal := _goal_met(trigger)) is not None:
        return f"not political: a target met, not a meeting ('{goal}')"
    if (fee := _fee_charged(trigger)) is not None:
        return f"not political: a price charged, not a charge ('{fee}')"
    if (thing := _metaphoric_conquest(doc, cand, trigger)) is not None:
        return f"not political: a market or a town won over by a thing ('{thing}')"
    if _anonymous(trigger):
        return "not political: a source asking not to be named"
    if _described(doc, cand, trigger):
        return "not political: what the actor does as a rule ('a charity that supports ...')"
    if (work := _work_praised(doc, cand, trigger)) is not None:
        return f"not political: praise of a work or a product ('{work}')"
    if (service := _service_offered(doc, cand, trigger)) is not None:
        return f"not political: a service offered by a profession ('{service}')"
    if _private_dealings(doc, cand):
        return "not political: dealings between private sides"
    if (
        cand.source is not None
        and cand.cameo[:2] not in STREET_AND_FORCE_ROOTS
        and _trade_named(doc, cand.source)
        and (cand.target is None or _trade_named(doc, cand.target) or _commercial(doc, cand.target))
    ):  # "Canadian miner Barrick offered ... to buy gold miner Randgold": not mine workers
        return f"not political: business between companies ('{cand.source.actor.text}')"
    if (why := aside(doc, cand)) is not None:
        return f"not political: {why}"
    if cand.source is not None and (why := _players(doc, cand.source)) is not None:
        return f"not political: sport ('{why}')"
    if (
        cand.source is not None
        and _official(cand.source)
        and not _venue(doc, cand, cand.source)
        and not _club_city(doc, cand.source)
    ):
        return None
    if lemma in WELCOME_VERBS and _visitors(trigger):
        return "not political: visitor numbers"
    for tok in doers:
        if tok.lemma_.lower() in MARKET_NOUNS and not _political_target(doc, cand.target):
            return f"not political: markets and prices are not actors ('{tok.text}')"
    if lemma == "sign" and _contract(trigger) and cand.source is not None:
        # a player's or a firm's contract, whoever the club is ("Real Madrid" is no capital)
        state = cand.target is not None and doc[cand.target.head].ent_type_ in {"GPE", "NORP"}
        person = doc[cand.source.head].ent_type_ == "PERSON"
        if _private(doc, cand.source) and (person or not state):
            return "not political: a contract of a person or company, not a pact"
    if lemma == "demand" and trigger.pos_ == "NOUN" and _market_demand(trigger):
        # "recovering demand from manufacturers in China": whoever the target is taken to be
        return "not political: demand for goods, not a demand"
    if not _official(cand.target):
        if lemma == "demand" and trigger.pos_ == "NOUN" and _economic_demand(trigger):
            return "not political: demand for goods, not a demand"
        if (
            (lemma in COMMERCE_VERBS or cand.cameo[:2] not in STREET_AND_FORCE_ROOTS)
            and cand.source is not None
            and _commercial(doc, cand.source)
            and (cand.target is None or _commercial(doc, cand.target))
        ):
            return f"not political: business between companies ('{cand.source.actor.text}')"
    elif cand.target is not None and not (
        cand.target.actor.kind == "seat" or _capital(doc, cand.target)
    ):
        return None  # a capital is where a team arrives ("arrived in Doha"), not whom it meets
    for domain, context in (("sport", SPORT), ("sport", EVENT_NAMES), ("culture", CULTURE)):
        if (m := _found_in(doc, context)) and _domain_act(doc, cand, lemma, context):
            return f"not political: {domain} ('{trigger.text}', '{m}')"
    return None


def _players(doc: Doc, mention: ActorMention) -> str | None:
    """ "Pakistan's bowlers launched an attack on the Indian top order ... taking four
    wickets": players of a country's team, in a sentence with another word of sport."""
    head = doc[mention.head]
    if head.lemma_.lower() not in TEAM_NOUNS or head.ent_type_:
        return None
    for m in SPORT.finditer(text_of(doc)):
        if not head.idx <= m.start() < head.idx + len(head.text):
            return m.group(0)
    return None


def _found_in(doc: Doc, context: re.Pattern[str]) -> str | None:
    """What a domain's words find in the sentence, searched once per sentence (the text is
    the same for all its candidates)."""
    key = ("tacitus_domain", context.pattern)
    if key not in doc.user_data:
        m = context.search(text_of(doc))
        doc.user_data[key] = m.group(0) if m else None
    found: str | None = doc.user_data[key]
    return found


# Securities and prices that rise and fall: never a doer, whoever issued them ("shares in
# state-owned miners rallied").
SECURITIES = frozenset(
    "share stock bond yield price index currency futures commodity bitcoin".split()
)
# What is "met" without a meeting: a target, a deadline, a need.
GOALS = frozenset(
    """target goal deadline quota expectation forecast estimate need requirement standard
    criterion criteria obligation cost bill threshold benchmark objective""".split()
)
# What is "charged" without a charge: a price.
FEES = frozenset(
    """fee price rate rent interest commission premium fare toll admission euro dollar
    pound""".split()
)
# Verbs of conquest, and what is conquered without an army: a market.
CONQUEST_VERBS = frozenset(
    "conquer invade occupy capture seize overrun colonise colonize besiege storm".split()
)
# A market is a place too ("gunmen stormed a market"): only one conquered by no official.
MARKET_PLACES = frozenset("market segment niche shelf chart category marketplace".split())
# Verbs of conquest said of things ("a town invaded by tourists"); "stormed by a mob",
# "captured by fighters" name people, whether or not they are in the dictionaries.
THING_CONQUEST_VERBS = frozenset("conquer invade overrun colonise colonize".split())


# Works and products, whose praise is a review, not a political act ("Judges praised the
# novel"). "performance" is left out (an army's, an economy's).
WORKS = frozenset(
    """book novel memoir poem film movie documentary album song record single opera ballet
    play production staging show concert recital exhibition painting collection design
    dish menu recipe wine beer restaurant product phone smartphone car model app game
    device gadget""".split()
)
PRAISE_VERBS = frozenset("praise hail applaud laud acclaim commend celebrate admire".split())
# Services a profession offers its patients, pupils or customers.
SERVICES = re.compile(
    r"\b(?:check-?ups?|appointments?|consultations?|treatments?|care|therap(?:y|ies)|"
    r"screenings?|tests?|scans?|lessons?|class(?:es)?|courses?|tutoring|workshops?|tours?|"
    r"discounts?|refunds?|services?|sessions?|surger(?:y|ies)|vaccinations?)\b",
    re.IGNORECASE,
)
SERVICE_VERBS = frozenset("offer provide promise give run extend".split())
# Roots of cooperation, between two sides that are neither of them political.
COOPERATION_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def _anonymous(trigger: Token) -> bool:
    """'a farmer who asked not to be named', 'officials asked not to be identified'."""
    return trigger.lemma_.lower() in {"ask", "request"} and any(
        c.dep_ in {"xcomp", "ccomp"}
        and c.lemma_.lower() in {"name", "identify", "quote"}
        and any(g.dep_ == "neg" for g in c.children)
        for c in trigger.children
    )


def _described(doc: Doc, cand: Candidate, trigger: Token) -> bool:
    """'a charity that supports stranded players', 'a firm that supplies hospitals': a
    relative clause in the simple present tells what the actor does, not what it did."""
    return (
        cand.source is not None
        and trigger.dep_ == "relcl"
        and trigger.tag_ in {"VBZ", "VBP"}
        and trigger.head.i == cand.source.head
        and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)
    )


def _work_praised(doc: Doc, cand: Candidate, trigger: Token) -> str | None:
    """'Judges praised the novel', 'critics hailed the production' (no political side)."""
    if trigger.lemma_.lower() not in PRAISE_VERBS or _official_side(doc, cand.target):
        return None
    if _official_side(doc, cand.source):
        return None  # "the president praised the film": a word of an office-holder
    if cand.target is not None and doc[cand.target.head].ent_type_ in {"GPE", "NORP"}:
        return None
    for c in trigger.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in WORKS:
            return str(c.text)
    return None


def _service_offered(doc: Doc, cand: Candidate, trigger: Token) -> str | None:
    """'Dentists will offer free check-ups to children': a profession's service."""
    if (
        trigger.lemma_.lower() not in SERVICE_VERBS
        or cand.source is None
        or _official_side(doc, cand.source)
        or _official_side(doc, cand.target)
    ):
        return None
    for c in trigger.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            span = doc[c.left_edge.i : c.right_edge.i + 1]
            if (m := SERVICES.search(span.text)) is not None:
                return m.group(0)
    return None


def _private_dealings(doc: Doc, cand: Candidate) -> bool:
    """'The university is negotiating a licence with a recycling firm': cooperation between
    two sides that are businesses, schools, media or civilians, neither of them named."""
    if cand.cameo[:2] not in COOPERATION_ROOTS or cand.source is None or cand.target is None:
        return False
    return all(
        m.actor.sectors
        and set(m.actor.sectors) <= PRIVATE_SECTORS
        and not _official(m)
        and doc[m.head].ent_type_ not in {"GPE", "NORP"}
        for m in (cand.source, cand.target)
    )


def _goal_met(trigger: Token) -> str | None:
    """'struggled to meet their targets', 'met the deadline': a goal reached."""
    if trigger.lemma_.lower() != "meet":
        return None
    for c in trigger.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in GOALS:
            return str(c.text)
    return None


def _fee_charged(trigger: Token) -> str | None:
    """'would charge an entry fee', 'charges 20 euros a night': a price, not an indictment."""
    if trigger.lemma_.lower() != "charge" or trigger.pos_ != "VERB":
        return None
    for c in trigger.children:
        if c.dep_ == "dobj" and (c.lemma_.lower() in FEES or c.like_num):
            return str(c.text)
        if c.dep_ == "dobj" and any(t.lemma_.lower() in FEES for t in c.subtree):
            return str(c.text)
    return None


def _metaphoric_conquest(doc: Doc, cand: Candidate, trigger: Token) -> str | None:
    """'carmakers have invaded the European market' (a market conquered), 'the city has been
    conquered by the bicycle' (a conqueror that is no actor and no weapon)."""
    lemma = trigger.lemma_.lower()
    if lemma not in CONQUEST_VERBS or _official(cand.source):
        return None
    for c in trigger.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in MARKET_PLACES:
            return str(c.text)
    if cand.source is not None or lemma not in THING_CONQUEST_VERBS:
        return None
    for c in trigger.children:
        if c.dep_ == "agent":
            for g in c.children:
                if _a_thing(g):
                    return str(g.text)
    return None


def _a_thing(tok: Token) -> bool:
    """A preposition's object that is a common noun, no named entity and no armed force
    ("conquered by the bicycle", "war on plastic"; not "by troops")."""
    return (
        tok.dep_ == "pobj"
        and tok.pos_ == "NOUN"
        and tok.ent_type_ == ""
        and tok.lemma_.lower() not in ARMED_NOUNS
    )


# Crowds that gather for a rite, a game or a sight: no protest ("2.5 million pilgrims gathered
# in Allahabad for a ritual bath").
NON_PROTEST_CROWDS = frozenset({"pilgrim", "spectator", "tourist"})

# Problems a state "fights" or "battles": not an actor, so not an act of force.
PROBLEM_NOUNS = frozenset(
    """inflation poverty corruption hunger famine unemployment disease pandemic epidemic virus
    malaria cholera cancer obesity illiteracy inequality deforestation desertification
    pollution climate drought price prices cost debt deficit recession crime""".split()
)
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def _protest_word(trigger: Token) -> bool:
    """Does the trigger itself say protest ("fans protested", "supporters rallied against")?"""
    return trigger.lemma_.lower() in {"protest", "demonstrate", "riot", "picket", "march"} or any(
        c.lower_ == "against" for c in trigger.children
    )


def _market_fought_for(trigger: Token) -> str | None:
    """ "carmakers battle for a larger share of the US market": a fight for a market."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in {"share", "market", "customer"}:
                    return str(g.text)
    return None


def _problem_fought(trigger: Token) -> str | None:
    """ "fighting a losing battle against inflation", "vowed to fight corruption": the
    problem fought, when all the trigger's objects are problems."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    holders = [trigger, *objects]  # "battle against": the preposition on the object
    objects = [o for o in objects if o.lemma_.lower() not in {"battle", "fight", "war"}]
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in {"against", "on"}:
                objects += [g for g in c.children if g.dep_ == "pobj"]
    words = [o.lemma_.lower() for o in objects]
    if words and all(w in PROBLEM_NOUNS for w in words):
        return str(objects[0].text)
    return None


# The words of a war declared or waged ("declared war on plastic", "a battle against fees").
WAR_WORDS = frozenset("war battle fight crusade campaign".split())


def _war_on_a_thing(doc: Doc, cand: Candidate, trigger: Token) -> str | None:
    """'supermarkets declared war on plastic packaging': what the war is 'on' or 'against'
    is a common noun that is no actor of the candidate (not 'war on the drug gangs')."""
    holders = [trigger, *(c for c in trigger.children if c.lemma_.lower() in WAR_WORDS)]
    if trigger.lemma_.lower() not in WAR_WORDS and len(holders) == 1:
        return None
    target = _span(doc, cand.target) if cand.target is not None else None
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in {"on", "against"}:
                continue
            for g in c.children:
                if _a_thing(g) and (target is None or not target.start <= g.i < target.end):
                    return str(g.text)
    return None


def _club_city(doc: Doc, mention: ActorMention) -> bool:
    """A city inside a club's name ('Real Madrid', 'Bayern Munich') in a sport sentence."""
    actor = mention.actor
    return (
        set(actor.sectors) == {"GOV"}
        and actor.role is None
        and actor.person is None
        and actor.org is None
        and doc[mention.head].lower_ not in actor.name.lower()  # a city standing for a state
        and _inside_a_name(doc, mention)
        and _found_in(doc, SPORT) is not None
    )


def _capital(doc: Doc, mention: ActorMention) -> bool:
    """A capital or seat standing for its government ('Doha' -> QAT GOV), by its name only."""
    actor, head = mention.actor, doc[mention.head]
    return (
        set(actor.sectors) == {"GOV"}
        and actor.role is None
        and actor.person is None
        and actor.org is None
        and head.ent_type_ in {"GPE", "LOC", "FAC"}
        and head.lower_ not in actor.name.lower()
    )


def _venue(doc: Doc, cand: Candidate, mention: ActorMention) -> bool:
    """A city naming the venue of the trigger noun: 'the Paris Diamond League meeting'."""
    first, last = mention.tokens if mention.tokens != (0, 0) else (mention.head, mention.head)
    return (
        doc[cand.trigger].pos_ == "NOUN"
        and first <= cand.trigger < last
        and set(mention.actor.sectors) <= {"GOV"}
        and mention.actor.role is None
        and mention.actor.person is None
        and (SPORT.search(text_of(doc)) is not None or CULTURE.search(text_of(doc)) is not None)
    )


def _visitors(trigger: Token, counted: bool = False) -> bool:
    """'welcomed a record 32.7 million foreign tourists' (tourism figures); `counted` asks for
    a number on the visitors."""
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and c.lemma_.lower() in VISITOR_NOUNS
        and (not counted or any(t.like_num for t in c.subtree))
        for c in trigger.children
    )


def _subjects(trigger: Token) -> list[Token]:
    """The grammatical doers of the trigger (and of the verb it is the object of), the agent
    of a passive among them ("Chile was hit by an earthquake")."""
    out = [c for c in trigger.children if c.dep_ in {"nsubj", "csubj"}]
    out += [
        g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    if not out and (
        trigger.dep_ in {"xcomp", "dobj", "conj"}
        or (trigger.dep_ == "advcl" and trigger.tag_ == "VBG")
    ):  # "wildfires swept the island, forcing thousands to flee"
        out = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return out


# What people are killed or hurt "in" when nobody did it to them.
ACCIDENTS = frozenset("crash accident collision derailment stampede".split())


def _accident(trigger: Token) -> str | None:
    """ "was killed in a car crash", "died in a road accident"."""
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "during"}:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in ACCIDENTS:
                    return g.text
    return None


def _compound(tok: Token, left: set[str], lemma: str) -> bool:
    return tok.lemma_.lower() == lemma and any(
        c.lower_ in left for c in tok.children if c.dep_ in {"compound", "amod"}
    )


def _hazard(tok: Token) -> bool:
    """A storm, flood or earthquake ("a flood of refugees" is not one)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    word = tok.lemma_.lower()
    return (
        word in HAZARDS
        or (word.endswith("s") and word[:-1] in HAZARDS)  # "Wildfires" tagged as a name
        or _compound(tok, {"forest", "bush", "wild"}, "fire")
    )


def _storm(doc: Doc, mention: ActorMention) -> bool:
    """'Cyclone Freddy', 'Hurricane Milton' ('Storm Shadow missiles' are not a storm)."""
    head = doc[mention.head]
    if head.lemma_.lower() in ARMED_NOUNS:
        return False
    first = doc[mention.tokens[0]] if mention.tokens != (0, 0) else head
    return (first.lower_ in STORM_TITLES and first.i < head.i) or _hazard(head)


def _official(mention: ActorMention | None) -> bool:
    """A political side: a state body, armed group, party, office-holder or named actor."""
    if mention is None:
        return False
    actor = mention.actor
    company = actor.kind == "company" or "BUS" in actor.sectors
    return (
        any(s not in PRIVATE_SECTORS for s in actor.sectors)
        or actor.role is not None
        or (actor.org is not None and not company)
        or actor.person is not None
        or actor.kind in {"igo", "ngo", "seat"}
    )


# Sectors of professions that are a side in political news only with an office, a name or a
# political act: in an article about sport, business or health, doctors, judges of a prize,
# priests and farmers are not a political side ("Doctors welcomed the approval").
PROFESSIONS = PRIVATE_SECTORS | {"HLH", "JUD", "REL", "AGR"}
LEGAL_ACT_ROOTS = frozenset({"11", "17"})


def _official_side(doc: Doc, mention: ActorMention | None, cameo: str = "") -> bool:
    """An official side in an article of another beat: not a profession on its own. A court
    or prosecutor is one when it charges, arrests or coerces (`cameo` roots 11 and 17), not
    when it judges a prize or a civil dispute."""
    if not _official(mention):
        return False
    assert mention is not None
    actor = mention.actor
    if "JUD" in actor.sectors and cameo[:2] in LEGAL_ACT_ROOTS:
        return True
    named = actor.role is not None or actor.org is not None or actor.person is not None
    if not named and set(actor.sectors) == {"GOV"} and _inside_a_name(doc, mention):
        return False  # "from Sporting Lisbon", "joined Paris Saint-Germain": a club
    return named or actor.kind in {"igo", "ngo"} or not set(actor.sectors) <= PROFESSIONS


def _inside_a_name(doc: Doc, mention: ActorMention) -> bool:
    """The mention's name is part of a longer proper name ('Dynamo Kyiv', 'Paris
    Saint-Germain'): a name written into it, or it written into a name."""
    head = doc[mention.head]
    first, last = mention.tokens if mention.tokens != (0, 0) else (head.i, head.i + 1)
    outside = [c for c in head.children if c.dep_ == "compound" and not first <= c.i < last]
    if head.dep_ == "compound" and not first <= head.head.i < last:
        outside.append(head.head)
    return any(t.pos_ == "PROPN" and t.is_title for t in outside)


# A town's own offices: what they do for their residents in an article about daily life is
# a public service, not a political event ("The mayor thanked the volunteers").
LOCAL_OFFICES = frozenset(
    """mayor councillor councilor council municipality city town borough village""".split()
)


def _local_service(doc: Doc, cand: Candidate) -> bool:
    """A mayor or city council acting toward residents, a business or no one."""
    if cand.source is None or _official_side(doc, cand.target):
        return False
    if cand.target is not None and doc[cand.target.head].ent_type_ in {"GPE", "NORP"}:
        return False  # another town or a country: twinning, a visit abroad
    head = doc[cand.source.head]
    return head.lemma_.lower() in LOCAL_OFFICES and head.ent_type_ not in {"GPE", "NORP"}


def _political_target(doc: Doc, mention: ActorMention | None) -> bool:
    if mention is None:
        return False
    head = doc[mention.head]
    if head.lemma_.lower() in MARKET_NOUNS:
        return False
    return _official(mention) or head.ent_type_ in {"GPE", "NORP"}


def _commercial(doc: Doc, mention: ActorMention) -> bool:
    """A company, investors or a market: BUS, or an unlisted organisation in money news."""
    actor = mention.actor
    if _official(mention):
        return False
    if "BUS" in actor.sectors or actor.kind == "company":
        return True
    if any(_company_word(t.lemma_.lower()) for t in _span(doc, mention)):
        return True  # "French carmaker Renault", "Danish drugmaker Novo Nordisk"
    head = doc[mention.head]
    return head.ent_type_ == "ORG" and MONEY.search(text_of(doc)) is not None


def _span(doc: Doc, mention: ActorMention) -> Span:
    first, last = mention.tokens if mention.tokens != (0, 0) else (mention.head, mention.head + 1)
    return doc[first:last]


def _trade_named(doc: Doc, mention: ActorMention) -> bool:
    """A company named after its trade, 'Australian miner BHP', 'German carmaker Opel': a
    trade noun in the singular followed by a name (the sector a trade word gives, such as LAB
    for 'miner', is the company's, not its workers'; a miner with a full name is a person)."""
    actor = mention.actor
    if (
        actor.person is not None
        or actor.role is not None
        or actor.kind in {"igo", "ngo", "seat"}
        or not set(actor.sectors) <= PRIVATE_SECTORS | {"LAB"}
    ):
        return False
    span = _span(doc, mention)
    for tok in span:
        if tok.tag_ != "NN":
            continue
        name = [t for t in span if t.i > tok.i and t.pos_ == "PROPN"]
        if name and _company_word(tok.lower_):
            return True  # "carmaker Fiat", whatever entity the parser takes the name for
        if name and tok.lower_ == "miner" and (len(name) == 1 or name[0].ent_type_ == "ORG"):
            return True  # "miner BHP", not "miner Mario Sepulveda"
    return False


def _company_word(lemma: str) -> bool:
    return lemma in COMPANY_NOUNS or (lemma.endswith("maker") and lemma != "peacemaker")


def _contract(trigger: Token) -> bool:
    """'signed a new contract', 'signed a two-year deal with the club' (a job, not a pact)."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"contract", "extension"} for c in trigger.children
    )


def _market_demand(trigger: Token) -> bool:
    """ "Weak demand", "recovering demand from carmakers": a market's demand, told by how it
    moves or whose goods it is for (the words of ECONOMIC_DEMAND before the noun), and asking
    for nothing ("growing demands for his resignation" is a demand)."""
    if _asks(trigger):
        return False
    return any(
        c.dep_ in {"amod", "compound"} and c.i < trigger.i and c.lower_ in ECONOMIC_DEMAND
        for c in trigger.children
    )


def _asks(trigger: Token) -> bool:
    """Does a demand noun say what it asks ("a demand for independence", "demands that troops
    leave", "demands to ...")?"""
    return any(
        c.lower_ in {"for", "that", "to"} or c.dep_ in {"ccomp", "acl", "relcl"}
        for c in trigger.children
    )


def _economic_demand(trigger: Token) -> bool:
    """'stronger demand from China', 'demand for copper rose', 'supply and demand',
    'worries over Chinese demand offset supply cuts' (in a sentence about prices)."""
    mods = {c.lower_ for c in trigger.children if c.dep_ in {"amod", "compound"}}
    if mods & ECONOMIC_DEMAND:
        return True
    if MARKETS.search(text_of(trigger.doc)) and not _asks(trigger):
        return True
    if trigger.dep_ in {"nsubj", "dobj"} and trigger.head.lemma_.lower() in QUANTITY_VERBS:
        return True
    if any(c.dep_ == "conj" and c.lemma_.lower() == "supply" for c in trigger.head.children):
        return True
    return any(c.lemma_.lower() == "supply" for c in trigger.children if c.dep_ == "conj")


def _domain_act(doc: Doc, cand: Candidate, lemma: str, context: re.Pattern[str]) -> bool:
    """A team, athlete or artist (or a country standing for a team) doing what they do."""
    if cand.source is None:  # "The Nobel Prize in Literature was awarded to ..."
        return lemma in CAREER_VERBS and cand.target is not None and _private(doc, cand.target)
    head = doc[cand.source.head]
    if head.lemma_.lower() in ARMED_NOUNS:
        return False
    member = any(t.lemma_.lower() in TEAM_NOUNS for t in _span(doc, cand.source)) or (
        head.ent_type_ in {"PERSON", "ORG", "WORK_OF_ART"} and _private(doc, cand.source)
    )  # "Irish band U2", "Finland's ice hockey team", "Spain's Rafael Nadal"
    team = _country_name(doc, cand.source) or _club_city(doc, cand.source)
    if lemma in CONTEST_VERBS:
        return member or team
    if lemma in FIGHT_VERBS:  # an unlisted organisation attacking is not a club
        teamed = any(t.lemma_.lower() in TEAM_NOUNS for t in _span(doc, cand.source))
        athlete = head.ent_type_ == "PERSON" and _private(doc, cand.source)
        return teamed or athlete or (team and SCORE.search(text_of(doc)) is not None)
    if lemma in VISIT_VERBS:
        return member or _event_object(doc[cand.trigger], context)
    if lemma in CAREER_VERBS:
        return member
    return False


def _private(doc: Doc, mention: ActorMention) -> bool:
    """Not official and not a state named by its name ('Spain's Rafael Nadal' is private)."""
    return not _official(mention) and doc[mention.head].ent_type_ not in {"GPE", "NORP"}


def _state_by_name(doc: Doc, cand: Candidate) -> bool:
    """A country's name as the subject ('China imposed tariffs'): outside sport and culture,
    a state, not a team ('planners from Brazil travelled' name people, not a state)."""
    mention = cand.source
    return (
        mention is not None
        and _country_name(doc, mention)
        and doc[mention.head].ent_type_ == "GPE"
        and doc[mention.head] in _subjects(doc[cand.trigger])
    )


def _country_name(doc: Doc, mention: ActorMention) -> bool:
    """The mention is a bare country name ('Senegal', 'the United States')."""
    actor, head = mention.actor, doc[mention.head]
    return (
        actor.kind == "country"
        and not actor.sectors
        and (head.ent_type_ in {"GPE", "NORP"} or head.lower_ in actor.name.lower())
    )


def _event_object(trigger: Token, context: re.Pattern[str]) -> bool:
    """The trigger's object is a sports or culture event ('hosts the Olympics'), or the
    trigger noun names one ('the Paris Diamond League meeting')."""
    if trigger.pos_ == "NOUN":
        own = trigger.doc[trigger.left_edge.i : trigger.i + 1]
        if context.search(own.text):
            return True
    for child in trigger.children:
        if child.dep_ in {"dobj", "attr", "nsubjpass"}:
            span = child.doc[child.left_edge.i : child.right_edge.i + 1]
            if context.search(span.text):
                return True
    return False
