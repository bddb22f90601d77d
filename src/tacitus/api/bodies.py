"""Request bodies (pydantic, at the edge only) and their validation messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ArticleIn(BaseModel):
    """An article to code: its text and, optionally, publication date, source and title."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str = Field(min_length=1, description="The article text (plain text).")
    date: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    source: str | None = Field(None, max_length=200, description="Publisher, e.g. Reuters.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)


def describe(errors: Sequence[Any]) -> str:
    """Pydantic/FastAPI validation errors as one readable line: `where: what; ...`."""
    parts = []
    for err in errors:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "__root__") or "request"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)
