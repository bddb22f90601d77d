"""Trigger families taken from the CAMEO codebook's descriptions, with the shipped dictionaries
(slow). Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from tacitus.coding.dictionary import load_triggers
from tacitus.pipeline import code_texts

from .coded import PUB, codes, dyads, events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 019: agreeing that something is so is accord; agreeing to act is an intent (03x)
        ("Georgia and Armenia agreed that the border situation was calm.", {"019"}),
        ("Georgia and Armenia agreed that their ministers would meet in May.", {"036"}),
        # 026: asking for a meeting is an appeal, not an intent to meet
        ("Kazakhstan requested an emergency meeting of the UN Security Council.", {"026"}),
        ("Moldova asked for talks with Transnistria.", {"026"}),
        # 043: a welcome given to a visitor
        ("The Iranian president gave a warm welcome to the Armenian prime minister.", {"043"}),
        # 080: giving in to demands
        ("The Kyrgyz government conceded to the demands of the protesters.", {"080"}),
        ("The Moldovan cabinet caved in to pressure from the farmers' union.", {"080"}),
        # 0812, 0833: politicians allowed to run, refugees allowed back
        (
            "The Kyrgyz court allowed the opposition leader to run in the presidential election.",
            {"0812"},
        ),
        ("Uzbekistan allowed Tajik refugees to return to their villages.", {"0833"}),
        # 0842: seized property handed back
        ("Turkey returned the seized helicopter to Syria.", {"0842"}),
        # 0863: humanitarian access
        ("Russia allowed humanitarian access to Georgian villages.", {"0863"}),
        # 091: a judicial investigation of a person
        ("An Italian court put the Russian businessman under investigation.", {"091"}),
        # 120: going back on a commitment
        ("The Georgian president reneged on his promise to hold early elections.", {"120"}),
        # 140, 143: petition drives and work stoppages
        ("Belarusian opposition activists collected signatures against the referendum.", {"140"}),
        ("Kazakh oil workers stopped work to demand higher wages.", {"143"}),
        # 152: forces kept on alert
        ("Armenian troops remained on high alert along the border with Azerbaijan.", {"152"}),
        # 162: aid prohibited
        ("Britain prohibited all assistance to the Burmese junta.", {"162"}),
        # 164: negotiations that came to nothing
        ("Armenia and Azerbaijan failed to reach an agreement on the border.", {"164"}),
        # 175: firing to disperse a crowd is repression, not a military attack
        ("Turkish police opened fire to disperse the Kurdish protesters.", {"175"}),
        # 1721: a newspaper ordered to close
        ("The Uzbek government ordered the opposition newspaper to suspend publication.", {"1721"}),
        # 074: helping to defend another actor
        ("Russian troops helped defend Armenian villages near the border.", {"074"}),
        # 120: permission refused
        ("The Armenian government denied permission for the rally.", {"120"}),
        # 126: mediation opposed
        ("Israel is opposed to Egyptian mediation in the talks.", {"126"}),
        # 153, 154: deployments ordered
        ("The Kazakh president ordered the deployment of troops to the border.", {"154"}),
        # 164: talks that collapsed, broke down or failed (the subject names the talks)
        ("The talks between Armenia and Azerbaijan collapsed.", {"164"}),
        ("Negotiations between Georgia and Abkhazia broke down on Friday.", {"164"}),
        # 1724: martial law declared
        ("The Tajik government declared martial law in Khorog.", {"1724"}),
        # 081: a border opened
        ("Armenia opened its border with Turkey.", {"081"}),
        # 1663, 201: forced out
        ("Uzbekistan forced the UN refugee agency out of the country.", {"1663"}),
        ("Syrian forces forced out thousands of Kurdish villagers from their homes.", {"201"}),
    ],
)
def test_codebook_families(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


def test_taking_over_needs_what_is_taken(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "A new Georgian government will take over next month.") == set()
    assert codes(pipeline, "Russian rebels took over the police headquarters in Grozny.") == {"192"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attempt or a decision is the act itself, not an intention
        ("Russian rebels tried to storm the government building in Grozny.", "190"),
        ("The Latvian government decided to expel the Russian diplomat.", "161"),
    ],
)
def test_attempts_and_decisions_are_the_act(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


def test_light_verbs_of_completion(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, "Russian troops completed the withdrawal from Georgia.") == {
        ("RUSMIL", "GEO", "0874")
    }


def test_repeated_action_falls_back_to_the_plain_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # "reimpose" has patterns of its own (curfew, emergency) that do not cover a blockade
    triggers = load_triggers()
    doc = nlp("Azerbaijan reimposed a blockade on the Armenian enclave.")
    assert triggers.best("verb", doc[1]).cameo == "191"  # type: ignore[union-attr]
    doc = nlp("Kazakhstan reimposed the curfew in Almaty.")
    assert triggers.best("verb", doc[1]).cameo == "1723"  # type: ignore[union-attr]


def test_stated_clause_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    triggers = load_triggers()
    doc = nlp("The two presidents agreed that the crisis was over.")
    assert triggers.best("verb", doc[3]).cameo == "019"  # type: ignore[union-attr]
    doc = nlp("The two presidents agreed that they should meet again.")
    assert triggers.best("verb", doc[3]).cameo != "019"  # type: ignore[union-attr]


def test_coordinated_objects_match_object_patterns(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Turkey sent blankets and medicine to Syria.") == {"073"}
    text = "The United States is providing maps and military intelligence to Georgia."
    assert codes(pipeline, text) == {"064"}


def test_a_purpose_clause_shares_the_intention_it_serves(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Belarus is ready to send experts to help protect Russian pipelines."
    assert codes(pipeline, text) & {"0334"}


def test_easing_a_curfew_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    (event,) = events(pipeline, "The Kyrgyz government lifted the curfew in Osh.")
    assert (event.cameo, event.event_type) == ("0813", "CONCEDE")


def test_leading_particles_are_adverbs_not_prepositions(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "give in to" must not match "gave ... in aid to", nor "give in" a speech in parliament
    assert codes(pipeline, "The Georgian government gave in to the protesters.") == {"080"}
    assert codes(pipeline, "Japan gave 20 million dollars in aid to Armenia.") == {"071"}
    assert "080" not in codes(pipeline, "The Armenian president gave a speech in parliament.")


def test_amounts_of_money_pass_to_what_they_are_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert dyads(pipeline, "China pledged $500 million in loans to Kyrgyzstan.") == {
        ("CHN", "KGZ", "0331")
    }


def test_compounds_of_a_prepositional_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Kyrgyz students went on hunger strike.") == {"142"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family of an attitude follows what is given: weapons, information, aid
        ("Russia promised to supply Armenia with weapons.", "0332"),
        ("Turkey asked Iran to provide information about the attack.", "0214"),
        ("Georgia refused to provide weapons to Ukraine.", "1222"),
        ("Japan agreed to provide humanitarian aid to Syria.", "033"),
    ],
)
def test_attitudes_take_the_code_of_what_is_given(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


def test_supplied_with(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Turkey supplied Azerbaijan with drones.") == {"072"}
    assert codes(pipeline, "Iran provided Armenia with fuel.") == {"073"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the complement's own object-specific pattern decides the family code
        ("Kazakhstan agreed to lift the curfew in Almaty.", "0351"),
        ("Uzbekistan threatened to impose a curfew in Andijan.", "1323"),
        ("France threatened to impose import restrictions on German goods.", "1312"),
        # a complement known by its verb alone keeps the `>` pattern's code
        ("Armenia and Georgia agreed to cooperate.", "030"),
    ],
)
def test_attitude_about_an_object_specific_action(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `decline +*` / `decline >*`: a rejection needs something declined
        ("Armenia declined the Russian offer.", {"120"}),
        ("Georgia's population has declined over the past decade.", set()),
        # approving one's own budget is no endorsement; approving another's bid is
        ("The Kyrgyz government approved the budget for next year.", set()),
        ("The EU approved Ukraine's candidacy.", {"051"}),
    ],
)
def test_triggers_that_need_what_they_act_on(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `-{...}`: objects that make a violent verb no attack
        ("Turkish firefighters fought a forest fire near Antalya.", set()),
        ("The Georgian government vowed to fight corruption.", set()),
        ("Armenian troops fought Azerbaijani forces near Lachin.", {"190"}),
    ],
)
def test_excluded_objects(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbal attacks on words and plans are criticism, not force
        ("The Armenian opposition attacked the government's budget plan.", {"111"}),
        ("The Iranian president hit back at critics of the deal.", {"111"}),
        # sanctions aimed at someone
        ("The EU targeted Russian oligarchs with new sanctions.", {"163"}),
        ("The US hit Iran with new sanctions.", {"163"}),
        # particles the parser reads as adverbs, with the preposition under them
        ("Georgia walked away from the talks with Abkhazia.", {"164"}),
    ],
)
def test_verbal_attacks_sanction_targets_and_adverb_particles(  # type: ignore[no-untyped-def]
    pipeline, text: str, expected: set[str]
) -> None:
    assert codes(pipeline, text) == expected


def test_investigators_and_inspectors_sent(pipeline) -> None:  # type: ignore[no-untyped-def]
    # investigators investigate (090); a country receiving inspectors allows them (0862)
    assert dyads(pipeline, "The UN sent investigators to Syria.") == {("IGO", "SYR", "090")}
    assert dyads(pipeline, "The IAEA dispatched inspectors to Iran.") == {("IRN", "IGO", "0862")}


def test_blocked_transport_is_obstruction(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Farmers blocked transport into Yerevan.") == {"144"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a lifted ban was on: politicians (0812), trade (085), anything else (081)
        ("Kazakhstan lifted the ban on the opposition party.", "0812"),
        ("Russia lifted its ban on Turkish imports.", "085"),
        ("Russia lifted the ban on Georgian wine.", "081"),
    ],
)
def test_what_a_lifted_ban_was_on(pipeline, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish foreign minister called his Azerbaijani counterpart.", {"041"}),
        ("The Georgian president called the decision historic.", set()),
        ("Armenia and Turkey exchanged ambassadors.", {"050"}),
        ("Turkey and Azerbaijan opened a new railway linking their countries.", {"061"}),
        ("Armenia sent rescuers to Turkey after the earthquake.", {"073"}),
    ],
)
def test_calls_envoys_links_and_rescuers(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'for' marking an infinitive clause counts as the pattern's preposition
        ("The opposition called for the government to resign.", {"0241"}),
        ("Azerbaijan gave Armenia a deadline to withdraw its troops.", {"139"}),
        # a state protesting to another complains officially; crowds protesting dissent
        ("Azerbaijan protested to Iran over the military drills.", {"114"}),
        ("Students protested over tuition fees in Yerevan.", {"140"}),
    ],
)
def test_appeals_deadlines_and_official_protests(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sending troops at an attitude's bidding is military protection (0x34, 1224)
        ("Turkey agreed to send troops to Azerbaijan.", {("TUR", "AZE", "0334")}),
        ("Russia refused to send troops to Armenia.", {("RUS", "ARM", "1224")}),
        ("Armenia asked Russia to send troops.", {("ARM", "RUS", "0234")}),
        # threatening to send them is a threat of force
        ("Russia threatened to send troops to Georgia.", {("RUS", "GEO", "138")}),
    ],
)
def test_attitudes_about_sending_troops(pipeline, text: str, expected: set) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert dyads(pipeline, text) == expected


def test_an_adverb_particle_does_not_take_the_object_as_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "pulled out its troops from Syria": the place left, not the own troops, is the target
    assert dyads(pipeline, "Russia pulled out its troops from Syria.") == {("RUS", "SYR", "0874")}


def negated_codes(pipe, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    (out,) = code_texts(pipe, [(text, PUB)])
    return {e.cameo for e in out if e.negated}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # what was not done: "no" agreement, "yet to", kept or refrained from, avoided
        ("No agreement was reached between Armenia and Azerbaijan.", "057"),
        ("Armenia has yet to ratify the treaty.", "057"),
        ("Azerbaijan refrained from attacking Armenian positions.", "190"),
        ("Kazakhstan avoided criticizing Russia.", "111"),
        ("Ukraine prevented Russia from capturing Kharkiv.", "173"),
    ],
)
def test_actions_not_done_are_negated(pipeline, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == set()
    assert code in negated_codes(pipeline, text)


def test_stopping_an_attack_is_de_escalation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Russia stopped shelling the city after the ceasefire.") == {"087"}
    assert codes(pipeline, "Russian forces continued shelling Kharkiv.") == {"194"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures of speech are no fighting; a preposition on a predicate noun is no particle
        ("The Georgian prime minister fought back tears during his speech.", set()),
        ("The Armenian president called the law an attack on democracy.", set()),
        ("Russian state television attacked the Western media.", {"111"}),
        ("Russia declared war on Ukraine.", {"190"}),
    ],
)
def test_figures_of_speech(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 072: vessels and vehicles handed over are military aid
        ("Japan delivered two patrol vessels to the Vietnamese coast guard.", {"072"}),
        # 073: rescue and medical teams sent to a disaster (coordinated modifiers count)
        ("Italy sent search and rescue teams to Albania.", {"073"}),
        ("The Red Crescent sent medical teams to Lebanon.", {"073"}),
        # 160: leaving a community of states, freezing or ending membership and cooperation
        ("Tanzania quit the Southern African Development Community.", {"160"}),
        ("Belarus froze its participation in the Commonwealth of Independent States.", {"160"}),
        ("Moldova ended its membership in the CIS.", {"160"}),
        ("Kazakhstan cut military cooperation with Russia.", {"160"}),
        # 150: drills named by their size
        ("North Korea staged massive drills near its border with South Korea.", {"150"}),
        ("The Georgian army conducted large-scale drills near Tbilisi.", {"150"}),
        # 062 between partners; a joint operation against a third party is the fighting (190)
        ("Armenian and Russian troops launched a joint operation in the mountains.", {"062"}),
        ("Kenyan and Somali troops launched a joint operation against al-Shabaab.", {"190"}),
        # 054: recognition reaffirmed
        ("The Honduran president reaffirmed his country's recognition of Taiwan.", {"054"}),
        # 0812, 081: a suspension lifted
        ("The Kyrgyz junta lifted the suspension of the main opposition party.", {"0812"}),
        ("The Georgian government lifted the suspension on flights to Russia.", {"081"}),
        # 018: regret for deaths is an empathetic comment, not disapproval
        ("The Greek government said it regretted the deaths of Turkish migrants.", {"018"}),
        # 050/061/062: cooperation deepened, its kind named by the object's modifier
        ("Turkey and Azerbaijan deepened their economic cooperation.", {"061"}),
        ("Armenia and France expanded cooperation in education.", {"050"}),
        ("Kazakhstan and Uzbekistan agreed to strengthen military cooperation.", {"0312"}),
        # 172: businesses and meeting places closed by order (an embassy's closure stays 161)
        ("The Iranian government ordered the closure of all women's clubs in Tehran.", {"172"}),
        ("Russia ordered the closure of the Polish consulate in Kaliningrad.", {"161"}),
        # 063: suspects sent, returned or transferred to another state's justice
        ("Colombia sent three drug trafficking suspects to the United States.", {"063"}),
        ("Turkey returned the fugitive to Azerbaijan on Friday.", {"063"}),
        # 192: a part of a city taken
        ("Syrian rebels captured the centre of Aleppo after weeks of fighting.", {"192"}),
    ],
)
def test_wire_news_families(pipeline, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, text) == expected


def test_a_trailing_accusation_is_an_event_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "..., accusing X of ...": the accusation is coded beside the main event; a pronoun
    # names whom the main clause acted on
    text = "The Kyrgyz government expelled the British charity, accusing it of espionage."
    assert dyads(pipeline, text) == {("KGZGOV", "GBRDEV", "1663"), ("KGZGOV", "GBRDEV", "1125")}
    text = "Armenian opposition parties boycotted the vote, accusing the government of fraud."
    assert "1121" in codes(pipeline, text)


def test_the_accused_is_the_object_not_the_victims_of_the_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia accused Ukraine of genocide against Russians."
    assert dyads(pipeline, text) == {("RUS", "UKR", "1124")}
