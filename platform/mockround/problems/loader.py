"""Load `problems/` from disk into validated models, collecting errors instead of stopping at the first."""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from mockround.grading.job import ProblemKind, TestCase
from mockround.grading.languages import all_languages
from mockround.problems import index
from mockround.problems.schema import Bank, Problem, ProblemSpec, RoundSpec, SectionKind

MAX_FILE_BYTES = 8 * 1024 * 1024
M = TypeVar("M", bound=BaseModel)


@dataclasses.dataclass(frozen=True)
class LoadError:
    path: Path
    message: str
    # Where in the file, counted from 1, when the loader knows.
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = f":{self.line}" + (f":{self.column}" if self.column else "") if self.line else ""
        return f"{self.path}{where}: {self.message}"


@dataclasses.dataclass
class Catalog:
    problems: dict[str, Problem] = dataclasses.field(default_factory=dict)
    banks: dict[str, Bank] = dataclasses.field(default_factory=dict)
    rounds: dict[str, RoundSpec] = dataclasses.field(default_factory=dict)
    errors: list[LoadError] = dataclasses.field(default_factory=list)
    # The folder it was loaded from.
    root: Path | None = None

    # When only some items were asked for (`problems check coding/x banks/y.yaml`): their paths.
    only: frozenset[Path] | None = None

    def includes(self, path: Path) -> bool:
        """Whether a file or folder belongs to the items asked for (all of them, when none were named)."""
        if self.only is None:
            return True
        path = path.resolve()
        return any(path == item or item in path.parents for item in self.only)

    def selected(self, paths: list[Path]) -> Catalog:
        """The same catalogue cut to the problems, banks and rounds at these paths."""
        chosen = dataclasses.replace(self, only=frozenset(path.resolve() for path in paths))
        root = (self.root or Path()).resolve()
        chosen.problems = {k: v for k, v in self.problems.items() if chosen.includes(root / "coding" / k)}
        chosen.banks = {k: v for k, v in self.banks.items() if chosen.includes(root / "banks" / f"{k}.yaml")}
        chosen.rounds = {
            k: v for k, v in self.rounds.items() if chosen.includes(root / "rounds" / f"{k}.yaml")
        }
        chosen.errors = [error for error in self.errors if chosen.includes(error.path)]
        return chosen

    def entries(self) -> list[tuple[str, str, BaseModel]]:
        return [
            *(("problem", slug, item) for slug, item in self.problems.items()),
            *(("bank", slug, item) for slug, item in self.banks.items()),
            *(("round", slug, item) for slug, item in self.rounds.items()),
        ]


class ProblemFileError(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def content_version(model: BaseModel) -> str:
    """A version is the hash of the content, so the same content always has the same version."""
    canonical = json.dumps(model.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def problems_root(path: Path) -> Path:
    """The problems folder that holds `path`: the path itself, or the root of the item it names."""
    path = path.resolve()
    for candidate in (path, *path.parents):
        if candidate.name in ("coding", "banks", "rounds"):
            return candidate.parent
    return path


def load_catalog(root: Path) -> Catalog:
    catalog = Catalog(root=root)
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
        path = root / "rounds" / f"{slug}.yaml"
        missing = unresolved_references(catalog, spec)
        if missing:
            del catalog.rounds[slug]
            text = path.read_text(encoding="utf-8")
            for reference in missing:
                line, column = yaml_position(text, reference.location)
                catalog.errors.append(LoadError(path, reference.message, line, column))
    return catalog


@dataclasses.dataclass(frozen=True)
class UnresolvedReference:
    location: tuple[str | int, ...]
    message: str

    def __str__(self) -> str:
        return self.message


def unresolved_references(catalog: Catalog, spec: RoundSpec) -> list[UnresolvedReference]:
    """Every item of the round that names nothing loaded, and every draw its pool cannot fill."""
    missing = []
    fixed = {item for section in spec.sections for item in section.items}
    metadata = _draw_metadata(catalog) if any(section.draw for section in spec.sections) else ({}, {})
    for section_index, section in enumerate(spec.sections):
        for item_index, item in enumerate(section.items):
            message = _reference_problem(catalog, section.kind, item)
            if message:
                missing.append(UnresolvedReference(("sections", section_index, "items", item_index), message))
        earlier: list[tuple[set[str], int]] = []
        for pool_index, pool in enumerate(section.draw):
            eligible = set(index.candidates(section.kind, pool, *metadata)) - fixed
            # Earlier draws of this section may take items this one could have had.
            needed = pool.count + sum(count for taken, count in earlier if taken & eligible)
            if len(eligible) < needed:
                missing.append(
                    UnresolvedReference(
                        ("sections", section_index, "draw", pool_index),
                        f"section {section.title!r}: a draw of {pool.count} from {pool.describe()} can only "
                        f"be sure of {max(0, len(eligible) - needed + pool.count)} (there are "
                        f"{len(eligible)} such items not already fixed in the round"
                        + (", and earlier draws may take some" if needed > pool.count else "")
                        + "): lower `count`, widen the filters, or add items",
                    )
                )
            earlier.append((eligible, pool.count))
    return missing


def _draw_metadata(catalog: Catalog) -> tuple[dict[str, index.Meta], dict[str, index.Meta]]:
    """What a draw chooses by, for every problem and bank: what `index.candidates` takes."""
    problems = {slug: index.meta_of(problem) or {} for slug, problem in catalog.problems.items()}
    banks = {slug: index.meta_of(bank) or {} for slug, bank in catalog.banks.items()}
    return problems, banks


def _reference_problem(catalog: Catalog, kind: SectionKind, item: str) -> str | None:
    if kind is SectionKind.CODING:
        if item in catalog.problems:
            return None
        return f"unknown problem {item!r} in a coding section; " + _nearby(
            item, list(catalog.problems), "problems (folders under coding/)"
        )
    bank_slug, slash, question_id = item.partition("/")
    if not slash:
        keys = [f"{slug}/{q.id}" for slug, bank in catalog.banks.items() for q in bank.questions]
        return f"unknown question {item!r}: write it as bank-file-name/question-id; " + _nearby(
            item, keys, "questions"
        )
    bank = catalog.banks.get(bank_slug)
    if bank is None:
        return f"unknown question {item!r}: there is no bank {bank_slug!r}; " + _nearby(
            bank_slug, list(catalog.banks), "banks (files under banks/)"
        )
    question = bank.question(question_id)
    if question is None:
        keys = [f"{bank_slug}/{q.id}" for q in bank.questions]
        return f"unknown question {item!r}: bank {bank_slug!r} has no question {question_id!r}; " + _nearby(
            item, keys, f"questions in {bank_slug}"
        )
    if question.kind != kind.question_kind:
        right = "free_text" if question.kind == "free_text" else "multiple_choice"
        return f"question {item!r} is a {question.kind} question: put it in a section of kind {right}"
    return None


def _nearby(name: str, existing: list[str], what: str) -> str:
    close = difflib.get_close_matches(name, existing, n=1, cutoff=0.5)
    if close:
        return f"did you mean {close[0]!r}?"
    if not existing:
        return f"there are no {what} loaded"
    return f"the {what} are: " + ", ".join(sorted(existing)[:12])


def yaml_position(text: str, location: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    """The line and column (from 1) of the node at `location` in a YAML text, or of its nearest parent."""
    try:
        node: yaml.Node | None = yaml.compose(text)
    except yaml.YAMLError:
        return None, None
    found = node
    for part in location:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = found = child
    if found is None:
        return None, None
    return found.start_mark.line + 1, found.start_mark.column + 1


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
    tests = [test.model_copy(update={"weight": spec.weight_of(test.name)}) for test in tests]
    if not any(test.weight > 0 for test in tests if not test.sample):
        raise ProblemFileError("test_weights leave no hidden test that counts: give one a weight above 0")
    if spec.kind is ProblemKind.FUNCTION:
        for test in tests:
            for part, text in (("input", test.input), ("answer", test.answer)):
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
    schema_sql = _read(folder / "schema.sql") if spec.kind is ProblemKind.SQL else None
    try:
        return Problem(
            spec=spec,
            statement=_read(statement_path),
            tests=tests,
            starter=starter,
            checker=checker,
            schema_sql=schema_sql,
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
    text = _read(path)
    try:
        raw: Any = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ProblemFileError(
            f"{where}malformed YAML: {exc.problem}{_yaml_hint(exc)}",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        ) from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]["loc"]
        # A missing key is reported where its parent starts.
        location = first[:-1] if exc.errors()[0]["type"] == "missing" else first
        line, column = yaml_position(text, tuple(part for part in location if isinstance(part, str | int)))
        raise ProblemFileError(_describe(exc), line, column) from exc


def _yaml_hint(exc: yaml.MarkedYAMLError) -> str:
    context = ""
    if exc.context and exc.context_mark:
        opened = exc.context_mark
        context = f" ({exc.context} that starts at line {opened.line + 1}, column {opened.column + 1})"
    return (
        f"{context}; check the indentation of this line and the one before it, and that every [, {{ and "
        "quote opened before it is closed"
    )


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "the file"
        message = error["msg"]
        if error["type"] == "missing" and error["loc"]:
            message += f": add `{error['loc'][-1]}:`"
        elif error["type"] == "extra_forbidden":
            message += ": remove it, or check its spelling against docs/problem-format.md"
        parts.append(f"{where}: {message}")
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
    except ProblemFileError as exc:
        catalog.errors.append(LoadError(path, str(exc), exc.line, exc.column))
    except OSError as exc:
        catalog.errors.append(LoadError(path, str(exc)))
