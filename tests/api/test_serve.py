"""`tacitus serve` and the [api] settings: token sources, loopback default, clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tacitus.api.state import load_token
from tacitus.cli import app
from tacitus.config import load_settings
from tacitus.errors import ConfigError


def test_token_comes_from_the_environment_and_is_not_shown() -> None:
    settings = load_settings(environ={"TACITUS_API_TOKEN": "abc123"})
    assert load_token(settings.api) == "abc123"
    assert "abc123" not in repr(settings)
    defaults = load_settings(environ={})
    assert load_token(defaults.api) is None
    assert (defaults.api.host, defaults.api.port) == ("127.0.0.1", 8000)
    assert (defaults.api.max_body_bytes, defaults.api.max_limit) == (1_000_000, 1000)


def test_token_file(tmp_path: Path) -> None:
    f = tmp_path / "token"
    f.write_text("  tok-from-file  \nignored\n")
    settings = load_settings(environ={"TACITUS_API_TOKEN_FILE": str(f)})
    assert load_token(settings.api) == "tok-from-file"
    with pytest.raises(ConfigError, match="cannot be read"):
        load_token(settings.override("api", token_file=str(tmp_path / "missing")).api)
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ConfigError, match="is empty"):
        load_token(settings.override("api", token_file=str(tmp_path / "empty")).api)


def test_serve_binds_loopback_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.delenv("TACITUS_API_TOKEN", raising=False)
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert (calls[0]["host"], calls[0]["port"]) == ("127.0.0.1", 8000)
    assert calls[0]["app"].state.tacitus.token is None
    result = CliRunner().invoke(
        app,
        ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9001"],
        env={"TACITUS_API_TOKEN": "t"},
    )
    assert result.exit_code == 0, result.output
    assert (calls[1]["host"], calls[1]["port"]) == ("0.0.0.0", 9001)
    assert calls[1]["app"].state.tacitus.token == "t"


def test_serve_reports_a_bad_token_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["serve", "--db", str(tmp_path / "s.db")],
        env={"TACITUS_API_TOKEN_FILE": str(tmp_path / "nope")},
    )
    assert result.exit_code == 2
    assert "token_file" in result.output
