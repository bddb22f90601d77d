from collections.abc import Iterator
from pathlib import Path

import pytest

from tacitus.store import Store

from .data import FakePipeline, filled_store, make_client


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    store, ids = filled_store(tmp_path)
    yield store, ids
    store.engine.dispose()


@pytest.fixture
def fake() -> FakePipeline:
    return FakePipeline()


@pytest.fixture
def client(filled, fake):  # type: ignore[no-untyped-def]
    with make_client(filled[0], pipeline=fake) as c:
        yield c


@pytest.fixture
def ids(filled) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return filled[1]
