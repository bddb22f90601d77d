"""Fingerprints: copies are found, different stories on the same subject are not."""

import pytest

from tacitus.config import DedupSettings
from tacitus.dedup import fingerprint, similarity
from tacitus.dedup.minhash import shingles
from tacitus.errors import ConfigError

STORY = (
    "Georgian Defence Minister Juansher Burchuladze received his Armenian counterpart Suren "
    "Papikyan in Tbilisi on Tuesday. The ministers discussed regional security, military "
    "education and cooperation between the two armies, the Georgian ministry said in a "
    "statement. Papikyan also laid a wreath at the memorial to fallen soldiers and visited the "
    "national defence academy in Gori, where he met cadets and instructors."
)
OTHER = (
    "Armenia and Georgia agreed to expand military cooperation after talks between their "
    "defence ministers in the Georgian capital, officials in Yerevan said. The two sides "
    "signed a plan for joint training in the coming year and discussed the situation in the "
    "region, according to a readout published by the Armenian side on Wednesday."
)


def test_a_wire_copy_is_nearly_identical() -> None:
    settings = DedupSettings()
    copy = "TBILISI (Wire) - " + STORY + " Reporting by a staff writer."
    a, b = fingerprint(STORY, settings), fingerprint(copy, settings)
    assert similarity(a.signature, b.signature) >= settings.threshold
    assert set(a.bands) & set(b.bands)  # LSH finds it


def test_a_different_report_of_the_same_event_is_not_a_copy() -> None:
    settings = DedupSettings()
    a, b = fingerprint(STORY, settings), fingerprint(OTHER, settings)
    assert similarity(a.signature, b.signature) < 0.3


def test_signature_is_deterministic_and_sized() -> None:
    settings = DedupSettings(num_perm=64, bands=8)
    a, b = fingerprint(STORY, settings), fingerprint(STORY, settings)
    assert a == b and len(a.signature) == 64 * 4 and len(a.bands) == 8


def test_short_and_empty_texts() -> None:
    assert shingles("", 5) == set()
    assert shingles("Two words", 5) == {b"two words"}
    empty = fingerprint("", DedupSettings())
    assert similarity(empty.signature, fingerprint("", DedupSettings()).signature) == 1.0


def test_bands_must_divide_permutations() -> None:
    with pytest.raises(ConfigError, match="multiple of bands"):
        fingerprint(STORY, DedupSettings(num_perm=100, bands=16))
