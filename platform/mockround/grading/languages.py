"""The languages a submission can be written in, read from `languages.yaml`."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter

LANGUAGES_FILE = Path(__file__).with_name("languages.yaml")


class Language(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    title: str
    version: str
    source: str
    codemirror: str
    compile: list[str] | None = None
    run: list[str]
    time_factor: float = 1.0
    memory_factor: float = 1.0


class UnknownLanguage(LookupError):
    pass


@functools.cache
def all_languages() -> dict[str, Language]:
    raw = yaml.safe_load(LANGUAGES_FILE.read_text(encoding="utf-8"))
    languages = TypeAdapter(list[Language]).validate_python(raw)
    return {language.name: language for language in languages}


def get_language(name: str) -> Language:
    try:
        return all_languages()[name]
    except KeyError:
        known = ", ".join(sorted(all_languages()))
        raise UnknownLanguage(f"Unknown language {name!r}; this server offers: {known}.") from None
