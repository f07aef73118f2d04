"""Load `problems/` from disk into validated models, collecting errors instead of stopping at the first."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from mockround.grading.job import ProblemKind, TestCase
from mockround.grading.languages import all_languages
from mockround.problems.schema import Bank, Problem, ProblemSpec, RoundSpec, SectionKind

MAX_FILE_BYTES = 8 * 1024 * 1024
M = TypeVar("M", bound=BaseModel)


@dataclasses.dataclass(frozen=True)
class LoadError:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclasses.dataclass
class Catalog:
    problems: dict[str, Problem] = dataclasses.field(default_factory=dict)
    banks: dict[str, Bank] = dataclasses.field(default_factory=dict)
    rounds: dict[str, RoundSpec] = dataclasses.field(default_factory=dict)
    errors: list[LoadError] = dataclasses.field(default_factory=list)

    def entries(self) -> list[tuple[str, str, BaseModel]]:
        return [
            *(("problem", slug, item) for slug, item in self.problems.items()),
            *(("bank", slug, item) for slug, item in self.banks.items()),
            *(("round", slug, item) for slug, item in self.rounds.items()),
        ]


class ProblemFileError(Exception):
    pass


def content_version(model: BaseModel) -> str:
    """A version is the hash of the content, so the same content always has the same version."""
    canonical = json.dumps(model.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def load_catalog(root: Path) -> Catalog:
    catalog = Catalog()
    for folder in sorted((root / "coding").glob("*/")):
        with _collecting(catalog, folder):
            catalog.problems[folder.name] = load_problem(folder)
    for path in sorted((root / "banks").glob("*.yaml")):
        with _collecting(catalog, path):
            catalog.banks[path.stem] = _validated(Bank, path)
    for path in sorted((root / "rounds").glob("*.yaml")):
        with _collecting(catalog, path):
            catalog.rounds[path.stem] = _validated(RoundSpec, path)
    for slug, spec in list(catalog.rounds.items()):
        missing = unresolved_references(catalog, spec)
        if missing:
            del catalog.rounds[slug]
            catalog.errors.append(
                LoadError(root / "rounds" / f"{slug}.yaml", "unknown items: " + ", ".join(missing))
            )
    return catalog


def unresolved_references(catalog: Catalog, spec: RoundSpec) -> list[str]:
    missing = []
    for section in spec.sections:
        for item in section.items:
            if section.kind is SectionKind.CODING:
                if item not in catalog.problems:
                    missing.append(f"problem {item!r}")
                continue
            bank_slug, _, question_id = item.partition("/")
            bank = catalog.banks.get(bank_slug)
            if bank is None or bank.question(question_id) is None:
                missing.append(f"question {item!r} (write it as bank-file-name/question-id)")
    return missing


def load_problem(folder: Path) -> Problem:
    spec = _validated(ProblemSpec, folder / "problem.yaml")
    unknown = [name for name in spec.languages if name not in all_languages()]
    if unknown:
        raise ProblemFileError(f"unknown languages {unknown}; known: {sorted(all_languages())}")
    statement_path = folder / "statement.md"
    if not statement_path.is_file():
        raise ProblemFileError("statement.md is missing")
    tests = [
        *_load_tests(folder / "tests" / "sample", sample=True),
        *_load_tests(folder / "tests" / "hidden", sample=False),
    ]
    if not tests:
        raise ProblemFileError("no tests: add tests/sample/NAME.in with NAME.ans, and tests/hidden/...")
    if spec.kind is ProblemKind.FUNCTION:
        for test in tests:
            for part, text in (("input", test.input), ("answer", test.expected)):
                try:
                    json.loads(text)
                except ValueError as exc:
                    raise ProblemFileError(f"test {test.name}: the {part} is not valid JSON ({exc})") from exc
        unsupported = [name for name in spec.languages if all_languages()[name].function is None]
        if unsupported:
            raise ProblemFileError(f"function-style problems cannot be offered in {unsupported}")
    starter = {}
    for name in spec.languages:
        source = all_languages()[name].source
        path = folder / "starter" / f"{name}{Path(source).suffix}"
        if path.is_file():
            starter[name] = _read(path)
    checker_path = folder / "checker.py"
    checker = _read(checker_path) if checker_path.is_file() else None
    try:
        return Problem(
            spec=spec, statement=_read(statement_path), tests=tests, starter=starter, checker=checker
        )
    except ValidationError as exc:
        raise ProblemFileError(_describe(exc)) from exc


def _load_tests(folder: Path, sample: bool) -> list[TestCase]:
    tests = []
    for input_path in sorted(folder.glob("*.in")):
        answer_path = input_path.with_suffix(".ans")
        if not answer_path.is_file():
            raise ProblemFileError(f"{input_path.name} has no {answer_path.name} beside it")
        prefix = "sample" if sample else "hidden"
        tests.append(
            TestCase(
                name=f"{prefix}-{input_path.stem}",
                input=_read(input_path),
                expected=_read(answer_path),
                sample=sample,
            )
        )
    return tests


def _validated(model: type[M], path: Path) -> M:
    try:
        raw: Any = yaml.safe_load(_read(path))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ProblemFileError(f"{where}malformed YAML: {exc.problem}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ProblemFileError(_describe(exc)) from exc


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "the file"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def _read(path: Path) -> str:
    if not path.is_file():
        raise ProblemFileError(f"{path.name} is missing")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ProblemFileError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemFileError(f"{path.name} is not UTF-8 text") from exc


@contextlib.contextmanager
def _collecting(catalog: Catalog, path: Path) -> Iterator[None]:
    """Record a file's error and go on with the next file."""
    try:
        yield
    except (ProblemFileError, OSError) as exc:
        catalog.errors.append(LoadError(path, str(exc)))
