"""Ingest: files, directories, globs, gzip, JSON/JSONL, HTML and feeds into Articles.

`read_inputs` never raises for a bad input: it yields a `Rejected` with the path and reason
and goes on with the rest.
"""

from tacitus.ingest.readers import article_id, read_inputs, read_path, read_text_article

__all__ = ["article_id", "read_inputs", "read_path", "read_text_article"]
