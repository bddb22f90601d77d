"""Docs kept honest: every CLI command and every setting is documented."""

from dataclasses import fields
from pathlib import Path

from tacitus.cli import app, dict_app
from tacitus.config import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def command_names() -> list[str]:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    names += [f"dict {c.name}" for c in dict_app.registered_commands]
    return names


def test_every_command_is_in_cli_md() -> None:
    text = (DOCS / "cli.md").read_text()
    missing = [n for n in command_names() if f"tacitus {n}" not in text]
    assert not missing


def test_every_setting_is_in_configuration_md() -> None:
    text = (DOCS / "configuration.md").read_text()
    settings = Settings()
    missing = [
        f"[{section.name}] {key.name}"
        for section in fields(settings)
        for key in fields(getattr(settings, section.name))
        if f"`[{section.name}] {key.name}`" not in text
    ]
    assert not missing


def test_readme_has_the_two_setup_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
