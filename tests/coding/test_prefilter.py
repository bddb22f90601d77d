from pathlib import Path

from tacitus.coding.dictionary import load_triggers
from tacitus.coding.prefilter import WORD, TriggerWords

PATTERNS = """\
verb\tmeet\t040
verb\tsign +{accord|memorandum}\t057
verb\tfire on\t190
verb\tblow up +{bridge}\t180
noun\ttalk\t040
light\thold\t-
"""


def words(tmp_path: Path) -> TriggerWords:
    path = tmp_path / "triggers.txt"
    path.write_text(PATTERNS)
    return TriggerWords.build(load_triggers([str(path)], shipped=False), {"blow": {"blew"}})


def may_match(tw: TriggerWords, sentence: str) -> bool:
    return tw.may_match(tw.words(WORD.findall(sentence)))


def test_a_word_with_a_free_pattern_is_enough(tmp_path: Path) -> None:
    tw = words(tmp_path)
    assert may_match(tw, "The ministers met in Oslo.")
    assert may_match(tw, "Both sides re-met a week later.")  # the repeated action


def test_a_constrained_pattern_needs_its_words_too(tmp_path: Path) -> None:
    tw = words(tmp_path)
    assert not may_match(tw, "He signed the guest book.")
    assert may_match(tw, "They signed two memoranda and an accord.")
    assert not may_match(tw, "The guards fired.")
    assert may_match(tw, "Troops fired on the crowd.")


def test_irregular_forms_and_hyphenated_words(tmp_path: Path) -> None:
    tw = words(tmp_path)
    assert may_match(tw, "Rebels blew up a rail-bridge.")
    assert not may_match(tw, "Rebels blew a whistle.")


def test_a_light_verb_needs_its_event_noun(tmp_path: Path) -> None:
    tw = words(tmp_path)
    assert not may_match(tw, "The party held a congress.")
    assert may_match(tw, "The two sides held talks.")
