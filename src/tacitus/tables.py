"""Reading Tacitus' tab-separated data files, with file:line errors."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import DictionaryError


@dataclass(frozen=True, slots=True)
class Row:
    path: str
    line: int
    cols: tuple[str, ...]

    def error(self, message: str) -> DictionaryError:
        return DictionaryError(self.path, self.line, message)

    def items(self, index: int) -> list[str]:
        """The `;`-separated list in column `index` (empty for a missing column or `-`)."""
        if index >= len(self.cols) or self.cols[index] in {"", "-"}:
            return []
        return [p.strip() for p in self.cols[index].split(";") if p.strip()]


def read_rows(path: Path, min_cols: int, max_cols: int) -> Iterator[Row]:
    """Yield the data rows of a TAB-separated file; `#` starts a comment."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DictionaryError(
            path, 0, f"not UTF-8 ({exc.reason}); save the file as UTF-8"
        ) from None
    except OSError as exc:
        raise DictionaryError(path, 0, f"cannot read ({exc.strerror})") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0] if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        cols = tuple(c.strip() for c in line.rstrip(" \r\n").split("\t"))
        while len(cols) > min_cols and cols[-1] == "":
            cols = cols[:-1]
        if not min_cols <= len(cols) <= max_cols:
            raise DictionaryError(
                path,
                number,
                f"expected {min_cols}-{max_cols} TAB-separated columns, found {len(cols)}"
                " (columns must be separated by a TAB character, not spaces)",
            )
        yield Row(str(path), number, cols)
