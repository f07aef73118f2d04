"""The languages a submission can be written in, read from `languages.yaml`."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter

LANGUAGES_FILE = Path(__file__).with_name("languages.yaml")


class FunctionHarness(BaseModel):
    """How a function-style problem runs in this language: our harness beside the candidate's file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    harness: str  # a file under sandbox/harness/
    entry: str  # the harness's name in the sandbox
    solution: str  # the candidate's file name in the sandbox
    compile: list[str] | None = None
    run: list[str]
    fork: bool = False


class Language(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    title: str
    version: str
    source: str
    codemirror: str
    compile: list[str] | None = None
    fork: bool = False
    run: list[str]
    time_factor: float = 1.0
    memory_factor: float = 1.0
    # Extra address space for runtimes that reserve far more than they use (see protocol.RunLimits).
    address_space_extra_mb: int = 0
    # Resident memory the runtime itself needs beyond the program's own (the JVM's, V8's).
    rss_allowance_mb: int = 0
    function: FunctionHarness | None = None
    # False for SQL: its queries run in an SQL engine (grading.sql), never in a program sandbox.
    sandboxed: bool = True


class UnknownLanguage(LookupError):
    pass


@functools.cache
def all_languages() -> dict[str, Language]:
    raw = yaml.safe_load(LANGUAGES_FILE.read_text(encoding="utf-8"))
    languages = TypeAdapter(list[Language]).validate_python(raw)
    return {language.name: language for language in languages}


def sandbox_languages() -> dict[str, Language]:
    """The languages whose programs run in a sandbox (all but SQL)."""
    return {name: language for name, language in all_languages().items() if language.sandboxed}


def get_language(name: str) -> Language:
    try:
        return all_languages()[name]
    except KeyError:
        known = ", ".join(sorted(all_languages()))
        raise UnknownLanguage(f"Unknown language {name!r}; this server offers: {known}.") from None
