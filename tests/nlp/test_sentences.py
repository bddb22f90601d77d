import pytest

from tacitus.nlp import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A met B. C met D.", ["A met B.", "C met D."]),
        ("Mr. Smith met Gen. Jones. Then he left.", ["Mr. Smith met Gen. Jones.", "Then he left."]),
        ("The U.S. Army left. Iran won.", ["The U.S. Army left.", "Iran won."]),
        ("John F. Kennedy spoke. Yes.", ["John F. Kennedy spoke.", "Yes."]),
        ("They met on Dec. 14 in Baku. It rained.", ["They met on Dec. 14 in Baku.", "It rained."]),
        ("They met on March 7. A day later", ["They met on March 7.", "A day later"]),
        ('He said "No." Then he left.', ['He said "No."', "Then he left."]),
        ("Title line\nBody sentence. Second one.", ["Title line", "Body sentence.", "Second one."]),
        ("One.\n\n\nTwo.", ["One.", "Two."]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_point_into_text() -> None:
    text = "  Lead para.  Next one!\n\nLast?"
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e] and text[s:e]
