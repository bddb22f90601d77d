"""The English check: news in English passes, other languages and scripts do not."""

import pytest

from tacitus.nlp.language import guess, looks_english


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops attacked Kurdish militants in northern Iraq on Sunday.",
        "Azerbaijan and Turkey signed a memorandum of alliance on June 15, the ministry said.",
        "Short headline",
        "Armenia, Azerbaijan",
    ],
)
def test_english_passes(text: str) -> None:
    assert looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le président français a rencontré le chancelier allemand à Berlin lundi pour discuter.",
        "El presidente de México se reunió con su homólogo de Estados Unidos en la Casa Blanca.",
        "Der deutsche Kanzler traf den französischen Präsidenten in Berlin und sprach über Lage.",
        "Путин встретился с Эрдоганом в Сочи в понедельник и обсудил войну.",
        "التقى الرئيس المصري بنظيره الأمريكي في القاهرة يوم الاثنين لبحث الأوضاع",
        "word " * 500,
    ],
)
def test_other_languages_fail(text: str) -> None:
    result = guess(text)
    assert not result.english_like and "does not look like English" in result.reason()


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("", 1.0),
        ("2024 -- 17:00", 1.0),
        ("Plain ASCII text", 1.0),
        ("Café — “quoted” Łódź", 1.0),  # punctuation is no letter; Latin letters with marks
        ("Москва and Kyiv", 7 / 13),
        ("ɐbc", 2 / 3),  # U+0250 is past the Latin script
        ("½ ² x", 1.0),  # numbers are no letters
    ],
)
def test_latin_share(text: str, share: float) -> None:
    assert guess(text).latin == pytest.approx(share)
