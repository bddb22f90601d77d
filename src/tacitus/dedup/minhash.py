"""Article fingerprints for near-duplicate detection.

An article's text becomes a set of word shingles (lower-cased runs of `shingle` words); a
MinHash signature (datasketch) estimates the Jaccard similarity of two such sets, and the
signature cut into `bands` bands gives the LSH keys the store indexes, so finding the copies of
an article is one indexed lookup, not a scan. Wire copies and reposts differ in a headline, a
byline or a closing line; their shingle sets overlap far above the 0.8 default threshold, while
two different stories on the same event rarely pass 0.3.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from tacitus.config import DedupSettings
from tacitus.errors import ConfigError

WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A MinHash signature (uint32 values) and its LSH band keys."""

    signature: bytes
    bands: tuple[str, ...]


def shingles(text: str, size: int) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def fingerprint(text: str, settings: DedupSettings) -> Fingerprint:
    if settings.num_perm % settings.bands:
        raise ConfigError(
            f"[dedup] num_perm ({settings.num_perm}) must be a multiple of bands ({settings.bands})"
        )
    mh = MinHash(num_perm=settings.num_perm, seed=1)
    mh.update_batch(list(shingles(text, settings.shingle)))
    values = np.asarray(mh.hashvalues, dtype=np.uint32)
    rows = settings.num_perm // settings.bands
    bands = tuple(
        f"{b:02d}"
        + hashlib.blake2b(values[b * rows : (b + 1) * rows].tobytes(), digest_size=8).hexdigest()
        for b in range(settings.bands)
    )
    return Fingerprint(values.tobytes(), bands)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (the share of equal MinHash values)."""
    x = np.frombuffer(a, dtype=np.uint32)
    y = np.frombuffer(b, dtype=np.uint32)
    if len(x) != len(y) or not len(x):
        return 0.0
    return float(np.count_nonzero(x == y)) / len(x)
