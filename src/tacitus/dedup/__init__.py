"""Dedup: near-duplicate articles (MinHash/LSH) and the rule that merges event mentions."""

from tacitus.dedup.merge import MergeKey, compatible, date_interval, merge_key
from tacitus.dedup.minhash import Fingerprint, fingerprint, similarity

__all__ = [
    "Fingerprint",
    "MergeKey",
    "compatible",
    "date_interval",
    "fingerprint",
    "merge_key",
    "similarity",
]
