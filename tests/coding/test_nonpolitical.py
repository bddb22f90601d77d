"""Non-political news gives no event: sport, culture, markets, business, weather (discards
and coding/nonpolitical.py); events at a stadium, a concert or in business stay events."""

from datetime import date
from pathlib import Path

import pytest

from tacitus.coding.dictionary import _trie_regex, load_discards
from tacitus.models import Event
from tacitus.pipeline import Pipeline, code_texts

from .coded import all_events, skip_reasons

DEV = Path(__file__).parent / "data" / "noevents_dev.jsonl"
PUB = date(2024, 5, 6)


# -- sentence-level discards (no spaCy) ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Uruguay edged Chile 3-2 in Montevideo on Thursday to go top of the qualifying table.",
        "Sri Lanka won by 45 runs in Colombo on Saturday after a century from their captain.",
        "Iga Swiatek beat Aryna Sabalenka in straight sets to reach the Madrid Open final.",
        "Morocco went through on penalties after a goalless draw with Spain in Doha.",
        "The Czech striker's hat-trick gave his club a 4-1 win over Slavia Prague on Sunday.",
        "Cillian Murphy won the award for best actor for his role in Oppenheimer.",
        "The studio's new superhero film took 120 million dollars in its opening weekend.",
        "Siemens beat analysts' forecasts with a 12 percent rise in quarterly profit.",
        "Chevron agreed to buy Hess in an all-stock deal valued at 53 billion dollars.",
        "Retail sales rose 0.4 percent in March on a seasonally adjusted basis, data showed.",
        "Chinese carmakers are fighting a fare war in the ride-hailing market, analysts said.",
    ],
)
def test_discarded(sentence: str) -> None:
    assert load_discards().match(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers defeated the government's budget amendment 51-49 on Thursday.",
        "Russia and Ukraine held talks in Istanbul on 1-2 March.",
        "The European Union agreed on penalties for countries that refuse to take in migrants.",
        "A suicide bomber killed 12 people at a stadium in Kabul during a cricket match.",
        "Police fired tear gas at protesters outside the concert hall in Tbilisi.",
        "Japan sent rescue teams to Turkey after a magnitude 7.8 earthquake on Monday.",
        "Shares in Gazprom fell 5 percent after the EU imposed new sanctions on Russia.",
        "President Biden hosted the World Series champions at the White House on Monday.",
        "The United States announced a diplomatic boycott of the Beijing Winter Olympics.",
    ],
)
def test_not_discarded(sentence: str) -> None:
    assert load_discards().match(sentence) is None


def test_discard_phrases_are_one_expression_and_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(
        "phrase\tbest actor\tfilm\nphrase\tbest   actress\tfilm\nphrase\tGrammy\tmusic\n"
        "regex\t\\bSets\\b\tcase kept\n",
        encoding="utf-8",
    )
    discards = load_discards([str(path)], shipped=False)
    assert discards.phrases is not None
    assert discards.match("She won Best  Actress.") == (
        f"discarded (film: 'best  actress', {path}:2)"
    )
    assert discards.match("Two GRAMMYS for her.") is None
    assert "music" in (discards.match("A Grammy for her.") or "")
    assert discards.match("in straight sets") is not None  # a capital: case-insensitive regex
    assert discards.match("the best actors") is None  # word boundaries hold


@pytest.mark.parametrize(
    "phrases",
    [
        ["war", "war of words", "price war", "bidding war"],
        ["best actor", "best actress", "best picture", "a", "ab", "abc"],
        ["hat-trick", "hat trick", "semi-final", "palme d'or"],
    ],
)
def test_trie_regex_matches_exactly_the_phrases(phrases: list[str]) -> None:
    import re

    rx = re.compile(rf"^{_trie_regex(phrases)}$")
    for phrase in phrases:
        assert rx.match(phrase), phrase
    for other in ["", "wa", "war of", "best", "abcd", "hat", "semi"]:
        assert bool(rx.match(other)) is (other in phrases), other


# -- parsed sentences (spaCy) -------------------------------------------------------------


def coded(pipe: Pipeline, text: str) -> list[Event]:
    return all_events(pipe, text, PUB)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a country as a team, a team, an athlete
        "Portugal defeated Turkey in Dortmund on Saturday to reach the knockout stage.",
        "Ghana overcame Nigeria at the Africa Cup of Nations in Abidjan on Monday.",
        "The Australian cricket team toured India in February for a five-Test series.",
        "South Korea will host the Asian Games in 2034, the Olympic Council of Asia said.",
        "Poland's Iga Swiatek withdrew from the Italian Open with a shoulder injury.",
        "Brazil's Vinicius Junior signed a new contract with Real Madrid until 2027.",
        "The Indonesian volleyball champions beat their rivals from Thailand in Surabaya.",
        # a city inside a club's name is no capital
        "Real Madrid beat Juventus in the Champions League final in Cardiff to win the trophy.",
        # culture
        "Irish band U2 beat Coldplay and Adele to the top of the album charts this week.",
        # markets and business
        "The Turkish lira hit a record low against the dollar on Wednesday.",
        "Investors punished Boeing shares after the planemaker cut its delivery forecast.",
        "Danish drugmaker Novo Nordisk agreed to buy Catalent for 16.5 billion dollars.",
        # a company named after its trade ("miner" gives workers' LAB)
        "Canadian miner Barrick offered 5 billion Canadian dollars to buy gold miner Randgold, "
        "which rejected the bid.",
        "Swiss miner Glencore agreed to buy a stake in Chilean copper miner Antofagasta.",
        # weather
        "Typhoon Gaemi struck Taiwan on Wednesday with winds of 227 kilometres an hour.",
        "Floods swept through Valencia province on Tuesday night, forcing residents onto rooftops.",
        "Copper rose on Monday on hopes of stronger demand from China.",
        # tourism figures, whoever welcomes the visitors
        "The Serbian monastery of Studenica welcomed some 200,000 foreign visitors last year.",
        # a natural hazard as the agent of a passive
        "Chile was hit by an earthquake measuring 7.1 on Saturday, toppling buildings in "
        "Valparaiso.",
        # a country's players, with another word of sport in the sentence
        "Australia's bowlers launched a fierce attack on the England top order at Lord's, "
        "taking three wickets before tea.",
        # a crowd that gathers for a rite is no protest
        "Some two million pilgrims gathered in Mecca for the annual hajj, Saudi officials said.",
    ],
)
def test_no_event(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "Gunmen attacked a bus carrying Pakistan's cricket team in Lahore on Tuesday.",
            "18",
        ),  # gunmen: 180
        ("Brazilian President Luiz Inacio Lula da Silva met the national team on Monday.", "04"),
        ("Police arrested 30 fans after clashes outside the stadium in Istanbul.", "17"),
        ("Britain imposed sanctions on the Russian owner of a London football club.", "16"),
        ("Hundreds of people protested outside the concert hall in Berlin on Saturday.", "14"),
        # pilgrims or tourists protesting are protesters; players' countries at war are states
        ("Hundreds of pilgrims protested in Karbala against the new visa fees.", "14"),
        ("Pakistani troops attacked Indian positions in Kashmir, killing two soldiers.", "19"),
        ("The European Commission fined Apple 1.8 billion euros on Monday.", "11"),
        ("Turkey sent aid to Morocco after the earthquake on Saturday.", "07"),
        ("Kenyan President William Ruto congratulated the marathon team on Monday.", "05"),
        # a miner with a full name is a person
        ("Chilean miner Mario Sepulveda met President Sebastian Pinera in Santiago.", "04"),
    ],
)
def test_event_kept(pipeline: Pipeline, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in coded(pipeline, text)}


@pytest.mark.slow
def test_explain_names_the_rule(pipeline: Pipeline) -> None:
    text = "Senegal beat Egypt on Sunday in the final of the Africa Cup of Nations."
    reasons = skip_reasons(pipeline, text, PUB)
    assert any(r.startswith("not political: sport ('beat'") for r in reasons), reasons


@pytest.mark.slow
def test_dev_set(pipeline: Pipeline) -> None:
    """The hand-written dev set: >= 95% of no-event records clean; contrast events kept."""
    from tacitus.evaluate import evaluate

    report = evaluate(DEV, pipeline)
    assert report.noevents_total >= 150
    assert report.noevents_clean / report.noevents_total >= 0.95
    assert report.levels["dyad+root"].tp_gold >= 38  # of 57 contrast events (as before)


# -- the beat of a whole article -------------------------------------------------------------

MATCH_REPORT = (
    "Lyon came from behind to beat Nantes 3-1 at the Groupama Stadium on Saturday. "
    "Nantes took the lead after ten minutes when their striker curled a shot past the "
    "goalkeeper. Lyon hit back before half-time and their captain scored twice after the "
    "break. The coach said the club would attack every match until the end of the season. "
    "Nantes travel to Marseille next weekend."
)
EARNINGS = (
    "Nordvik Foods said quarterly profit rose 12 percent as customers returned to its brands. "
    "Sales climbed to 4.1 billion crowns and the company raised its dividend. Analysts had "
    "expected a smaller rise. The chief executive told investors the firm would launch three "
    "new products next year. Shares rose 5 percent in Stockholm."
)
FINED = (
    "Norway's consumer regulator fined Nordvik Foods 20 million crowns on Tuesday for "
    "misleading labels on its products. The company said customers had not been harmed. "
    "Sales of the brand fell 3 percent last quarter. Shares were little changed. Analysts "
    "said the fine would not affect the dividend."
)


@pytest.mark.parametrize(
    ("text", "sentences", "beat"),
    [
        (MATCH_REPORT, 5, "sport"),
        (EARNINGS, 5, "news"),
        # words of politics outweigh those of the beat
        (
            "The government sent troops to the border after rebels attacked a police post. "
            "Officials said the president would hold talks with the opposition. A football "
            "match in the capital was called off.",
            3,
            None,
        ),
        # one or two sentences have no beat, however many sport words they hold
        ("Sweden refused to play their World Cup playoff matches against Russia.", 1, None),
    ],
)
def test_article_beat(text: str, sentences: int, beat: str | None) -> None:
    from tacitus.coding.nonpolitical import article_beat

    assert article_beat(text, sentences) == beat


@pytest.mark.slow
def test_no_events_in_a_match_report_or_an_earnings_story(pipeline: Pipeline) -> None:
    (report, earnings) = code_texts(pipeline, [(MATCH_REPORT, PUB), (EARNINGS, PUB)])
    assert report == [] and earnings == []


@pytest.mark.slow
def test_an_official_side_keeps_the_event_in_a_business_story(pipeline: Pipeline) -> None:
    (events,) = code_texts(pipeline, [(FINED, PUB)])
    assert any(e.cameo.startswith("11") or e.cameo.startswith("17") for e in events), events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fought"),
    [
        ("Turkey's central bank has been fighting a losing battle against inflation.", False),
        # an actor fought stays an event
        ("Government troops are fighting rebels in northern Mozambique.", True),
    ],
)
def test_a_problem_fought_is_no_act_of_force(pipeline: Pipeline, text: str, fought: bool) -> None:
    (events,) = code_texts(pipeline, [(text, PUB)])
    assert any(e.cameo[:2] in {"18", "19"} for e in events) is fought, events


# -- article beats told by weaker words, and the sides that count as official there ---------

# Composed for these tests: each beat told only by words that are too weak for one sentence.
DERBY = (
    "The derby ended level after a late equaliser from the visitors' winger. The referee sent "
    "off a full-back before the break. Relegation now looks likely for the home side, whose "
    "coach said the dressing room was united. The fans stayed behind to applaud."
)
CLINICS = (
    "Dentists and nurses at three clinics will open on Saturdays from May. Dental waiting "
    "lists have doubled since 2020. Pharmacists say many parents cannot find an appointment. "
    "The treatment is free for pupils under sixteen."
)
TRADEMARK = (
    "The lawsuit over the trademark went to trial on Monday. The bakery's solicitor said no "
    "customer had been confused. The coffee chain says the name infringes its patents and "
    "copyright. The litigation has cost both sides dearly."
)
RECITAL = (
    "The soprano's recital with the city orchestra drew audiences from across the region. "
    "The conductor chose arias by Handel and a symphony by Sibelius. Judges of the national "
    "music prize praised her phrasing, and critics said the jazz encore was a surprise. "
    "Musicians and poets joined her on stage for the final song."
)
ENDGAME = (
    "The two grandmasters drew their final game after five hours. The world champion kept "
    "his lead in the chess standings. The prize fund will be shared by the top eight, and "
    "fans followed the moves online."
)
DIG = (
    "Archaeologists found a Bronze Age boat during excavations near the river. Radiocarbon "
    "dating puts it at 1200 BC. The timber will go to a laboratory for drying. The museum "
    "hopes to show it within five years."
)
# The same words in a political story: politics still outweighs them.
CURFEW = (
    "Soldiers imposed a curfew after rebels attacked a police post near the border. The "
    "government said the army had killed four militants. Flights were cancelled at the airport "
    "and hotels emptied. The opposition called for talks with the president."
)


@pytest.mark.parametrize(
    ("text", "beat"),
    [
        (DERBY, "sport"),
        (CLINICS, "news"),
        (TRADEMARK, "news"),
        (RECITAL, "culture"),
        (ENDGAME, "sport"),
        (DIG, "news"),
        (CURFEW, None),
    ],
)
def test_article_beat_from_weaker_words(text: str, beat: str | None) -> None:
    from tacitus.coding.nonpolitical import article_beat

    assert article_beat(text, 4) == beat


HOSPITAL = (
    "Doctors at the regional hospital welcomed the new scanner on Monday. Patients will no "
    "longer travel to the capital for treatment. Nurses said waiting lists for scans had "
    "doubled since 2020. Pharmacists and dentists at nearby clinics praised the hospital's "
    "managers. The scanner cost 2 million euros."
)
SNOWFALL = (
    "Heavy snow closed roads across the region on Tuesday and forecasters expect more rain "
    "and wind by Friday. Temperatures fell to minus 12 degrees Celsius. Flights were delayed "
    "at the airport and trains ran late. The mayor thanked the volunteers who cleared the "
    "paths of elderly residents. Ski resorts welcomed the snowfall."
)
TRANSFER = (
    "Aston Villa completed the signing of a midfielder from Sporting Lisbon on deadline day. "
    "The coach said the player would strengthen a side threatened by relegation. The transfer "
    "fee was not disclosed, but the player signed a four-year contract. Fans greeted him at "
    "the training ground, and the referee's union praised his fair play."
)


@pytest.mark.slow
@pytest.mark.parametrize("text", [HOSPITAL, SNOWFALL, TRANSFER, RECITAL])
def test_no_event_from_professions_town_halls_or_clubs_in_a_beat(
    pipeline: Pipeline, text: str
) -> None:
    (events,) = code_texts(pipeline, [(text, PUB)])
    assert events == [], events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the same articles, with a political side
        (HOSPITAL + " Police arrested two men who attacked a nurse.", "17"),
        (SNOWFALL + " Soldiers evacuated 300 residents from the valley, the army said.", ""),
        (TRANSFER + " Portugal's sports minister met the club's owners in Lisbon.", "04"),
        # a country named as the doer is a state in a business story (a team only in sport)
        (
            "Shares of chipmakers fell as investors weighed the outlook for smartphones. "
            "Analysts said sales of laptops had slowed, and retailers cut prices. Copper and "
            "other metals also fell. China imposed tariffs on American soybeans and pork. "
            "Carmakers and supermarkets reported weaker demand from shoppers.",
            "16",
        ),
        # a court's legal act is the state's, even in a business story
        (EARNINGS + " Prosecutors charged the company with fraud on Monday.", "11"),
    ],
)
def test_official_side_kept_in_a_beat(pipeline: Pipeline, text: str, root: str) -> None:
    (events,) = code_texts(pipeline, [(text, PUB)])
    assert events and (not root or root in {e.cameo[:2] for e in events}), events


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Shares in state-owned Chilean miners rallied on Monday as copper climbed.",
        "Farmers struggled to meet the deadline for the new subsidy forms.",
        "The monastery will charge an entry fee to pay for repairs.",
        "Japanese brands invaded the Indian market in the 1980s.",
        "Lisbon has been conquered by electric scooters.",
        "The airline declared war on hidden fees.",
        "British banks have declared war on phone scams, with two lenders launching campaigns "
        "against fraudsters.",
    ],
)
def test_no_event_from_figures_of_speech(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Miners rallied outside the parliament in Lima on Monday.", "14"),
        ("Farmers met the agriculture minister in Nairobi on Monday.", "04"),
        ("Prosecutors charged the opposition leader with fraud on Monday.", "11"),
        ("Russian troops invaded Ukraine in February 2022.", "19"),
        ("Gunmen stormed a market in Maiduguri on Monday.", "18"),  # 180: gunmen
        ("Protesters occupied the central market in Lima.", "19"),
        ("The town was captured by rebels on Monday.", "19"),
        ("Ecuador's president declared war on the drug gangs on Tuesday.", "19"),
    ],
)
def test_the_literal_sense_is_kept(pipeline: Pipeline, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in coded(pipeline, text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a company's word, whatever its verb
        "A Swiss insurer warned of higher premiums next year.",
        # a work or a product praised
        "The jury praised the documentary for its honesty.",
        # a profession's service
        "Opticians at the county hospital will offer free eye tests to pensioners.",
        # cooperation between two private sides
        "A Norwegian university is negotiating a licence with a salmon farming company.",
        # a source asking not to be named
        "A diplomat who asked not to be identified said the talks had stalled.",
        # what an actor does as a rule, told in a relative clause
        "A charity that supports stranded migrants says it has run out of money.",
    ],
)
def test_no_event_from_private_dealings(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("A Swiss insurer accused the Venezuelan government of seizing its assets.", "11"),
        ("The Kenyan president praised the army for its courage.", "05"),
        ("The health ministry will offer free check-ups to refugees.", "03"),
        ("The Norwegian government is negotiating a licence with a salmon farming company.", "04"),
        (
            "Kenya supports the Security Council resolution on Sudan, its foreign minister said.",
            "05",
        ),
        ("Ukraine asked Germany to send more air defence systems.", "02"),
        (
            "The government, which accused the rebels of shelling the village, ended the talks.",
            "11",
        ),
    ],
)
def test_a_political_side_keeps_dealings(pipeline: Pipeline, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in coded(pipeline, text)}


@pytest.mark.slow
def test_a_fight_for_a_market_share_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    from tacitus.coding.nonpolitical import _market_fought_for

    doc = nlp("Carmakers battle for a larger share of the market.")
    battle = next(t for t in doc if t.lemma_ == "battle")
    assert _market_fought_for(battle) == "share"
    doc = nlp("Rebels battle for control of the city.")
    battle = next(t for t in doc if t.lemma_ == "battle")
    assert _market_fought_for(battle) is None


@pytest.mark.parametrize(
    "text",
    [
        "The French ambassador to Chad was killed in a car crash near N'Djamena on Sunday.",
        "Two Kenyan officials died in a road accident in Nakuru, police said.",
        "The king greeted crowds of well-wishers outside the palace in Amman.",
    ],
)
def test_accidents_and_crowds_greeted_are_no_events(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not code_texts(pipeline, [(text, date(2022, 3, 14))])[0]


@pytest.mark.parametrize(
    "text",
    [
        # a statement to nobody about nobody named: no event between actors
        "The Kenya National Examinations Council announced on Monday that results will be "
        "released next week, with Uganda and Tanzania to follow.",
        # players of a country's team, in a sentence with another word of cricket
        "Pakistan's batsmen surrendered meekly against the English attack as the hosts were "
        "bowled out for 120 in Lahore.",
    ],
)
def test_bare_statements_and_cricket_collapses_are_no_events(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not code_texts(pipeline, [(text, date(2022, 3, 14))])[0]


def test_a_grand_prix_is_judged_event_by_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    when = date(2012, 4, 19)
    assert not code_texts(
        pipeline, [("Azerbaijan hosted the Formula One Grand Prix in Baku.", when)]
    )[0]
    text = (
        "Human Rights Watch called on Bahrain to release jailed activists, as the kingdom "
        "prepared to host a Formula One Grand Prix."
    )
    assert code_texts(pipeline, [(text, when)])[0]
