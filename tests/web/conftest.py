from collections.abc import Iterator
from pathlib import Path

import pytest

from ..api.data import filled_store, make_client


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[object, dict[str, str]]]:
    store, ids = filled_store(tmp_path)
    with make_client(store, token=None) as client:
        yield client, ids
    store.engine.dispose()
