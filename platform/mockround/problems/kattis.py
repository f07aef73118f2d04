"""Import a Kattis / ICPC problem package as a problem folder, reporting by name what it cannot carry over."""

from __future__ import annotations

import configparser
import dataclasses
import math
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from mockround.grading.compare import Comparison, Tolerance
from mockround.grading.job import Limits
from mockround.grading.languages import all_languages
from mockround.problems.check import VERDICT_FOLDERS
from mockround.problems.latex import latex_to_markdown
from mockround.problems.loader import ProblemFileError, load_problem
from mockround.problems.starters import STDIO_STARTERS

# The package's submission folders and ours; partially_accepted (scoring), rejected and brute_force name no
# single verdict a solution must get, so they are reported rather than imported.
KATTIS_VERDICTS = {
    "accepted": "accepted",
    "wrong_answer": "wrong_answer",
    "time_limit_exceeded": "time_limit_exceeded",
    "run_time_error": "runtime_error",
    "memory_limit_exceeded": "memory_limit_exceeded",
}
EXTENSIONS = {
    ".py": "python3",
    ".py3": "python3",
    ".js": "javascript",
    ".cpp": "cpp",
    ".cc": "cpp",
    ".cxx": "cpp",
    ".c++": "cpp",
    ".java": "java",
    ".go": "go",
}
FLOAT_FLAGS = ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance")
SWITCH_FLAGS = ("case_sensitive", "space_change_sensitive")
STATEMENT_FOLDERS = ("statement", "problem_statement")
# Top-level entries the import reads; anything else in the package is reported as not imported.
KNOWN_ENTRIES = {
    "problem.yaml",
    ".timelimit",
    "domjudge-problem.ini",
    "data",
    "submissions",
    *STATEMENT_FOLDERS,
}


class KattisImportError(Exception):
    """The package cannot become a problem that judges as the package does."""


@dataclasses.dataclass
class ImportReport:
    folder: Path
    title: str
    # How the package's settings were carried over, one line each.
    notes: list[str] = dataclasses.field(default_factory=list)
    # What was not imported, by name, and why.
    skipped: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class _Solution:
    verdict: str  # our folder name
    language: str
    name: str  # the file name under solutions/<verdict>/
    source: str
    origin: str  # the file in the package


def default_slug(package: Path) -> str:
    """The problem folder's name for a package: its folder name as a lowercase slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", package.resolve().name.lower()).strip("-")
    return slug or "imported-problem"


def import_kattis(package: Path, out: Path) -> ImportReport:
    """Write the package as a problem folder at `out` (which must not exist or be empty)."""
    try:
        return _import(package, out)
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        # A file of the package that is not what the format says: malformed YAML, not text, a bad value.
        raise KattisImportError(f"the package is malformed: {exc}") from exc


def _import(package: Path, out: Path) -> ImportReport:
    if not (package / "problem.yaml").is_file():
        raise KattisImportError(f"{package} has no problem.yaml: it is not a Kattis problem package")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KattisImportError(f"{out} already exists and is not empty: remove it or choose another --out")
    config = _problem_config(package)
    _refuse_unjudgeable(package, config)
    report = ImportReport(folder=out, title="")
    if "scoring" in _problem_types(config):
        report.skipped.append(
            "type scoring: the package's scores are not kept; a submission earns the share of tests passed"
        )
    comparison, tolerance = _comparison(package, config, report)
    limits = _limits(package, config, report)
    tests = _tests(package, report)
    statement, title = _statement(package, report)
    report.title = _title(config, title, package)
    statement += _samples_section(statement, tests["sample"])
    solutions, languages = _solutions(package, report)
    for name in sorted(package.iterdir()):
        if name.name not in KNOWN_ENTRIES:
            report.skipped.append(f"{name.name}{'/' if name.is_dir() else ''}: not used by this platform")
    spec: dict[str, Any] = {
        "title": report.title,
        "kind": "stdio",
        "tags": _keywords(config),
        "limits": limits.model_dump(),
        "languages": languages,
        "comparison": comparison.value,
    }
    if tolerance is not None:
        spec["tolerance"] = tolerance.model_dump()
    header = _provenance(package, config)
    files = {
        "problem.yaml": header + yaml.safe_dump(spec, sort_keys=False, allow_unicode=True),
        "statement.md": statement,
        **{f"tests/{kind}/{name}": text for kind, pairs in tests.items() for name, text in pairs.items()},
        **{f"solutions/{s.verdict}/{s.name}": s.source for s in solutions},
        **{
            f"starter/{name}{Path(all_languages()[name].source).suffix}": STDIO_STARTERS[name]
            for name in languages
        },
    }
    _write(out, files)
    report.notes.append(f"languages: {', '.join(languages)}")
    return report


def _problem_config(package: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load((package / "problem.yaml").read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KattisImportError(f"problem.yaml is not readable YAML: {exc}") from exc
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise KattisImportError("problem.yaml must be a mapping of keys to values")
    return raw


def _refuse_unjudgeable(package: Path, config: dict[str, Any]) -> None:
    """Refuse what would judge differently here: interaction, several passes, a custom output validator."""
    kinds = _problem_types(config)
    validation = str(config.get("validation", "")).split()
    for kind in ("interactive", "multi-pass", "submit-answer"):
        if kind in kinds or kind.replace("-", "") in validation:
            raise KattisImportError(
                f"the problem is {kind} (problem.yaml); this platform judges standard input and output only"
            )
    if list(package.glob("data/**/*.interaction")):
        raise KattisImportError(
            "the problem is interactive (data/**/*.interaction); it cannot be judged here"
        )
    validator_files = [
        str(path.relative_to(package))
        for folder in ("output_validators", "output_validator")
        for path in sorted((package / folder).rglob("*"))
        if path.is_file()
    ]
    custom = validation[:1] == ["custom"]
    if custom or (validator_files and "default" not in validation):
        named = ", ".join(validator_files) or "none found under output_validators/"
        raise KattisImportError(
            f"the problem uses a custom output validator ({named}); this platform cannot run it. "
            "Rewrite it as the problem's checker.py (comparison: checker) and import the rest by hand"
        )


def _problem_types(config: dict[str, Any]) -> list[str]:
    kinds = config.get("type", "pass-fail")
    return kinds.split() if isinstance(kinds, str) else [str(kind) for kind in kinds or []]


def _comparison(
    package: Path, config: dict[str, Any], report: ImportReport
) -> tuple[Comparison, Tolerance | None]:
    flag_sets = {str(config.get("validator_flags") or "").strip()}
    for path in sorted(package.glob("data/**/testdata.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(loaded, dict) and loaded.get("output_validator_flags") is not None:
            flag_sets.add(str(loaded["output_validator_flags"]).strip())
    flag_sets.discard("")
    if len(flag_sets) > 1:
        raise KattisImportError(
            f"test groups use different output validator flags ({' / '.join(sorted(flag_sets))}); "
            "a problem here has one comparison"
        )
    flags = next(iter(flag_sets), "")
    switches, values = _parse_flags(flags)
    shown = f"validator flags {flags!r}" if flags else "the default output validator"
    if values:
        absolute = values.get("float_absolute_tolerance", values.get("float_tolerance", 0.0))
        relative = values.get("float_relative_tolerance", values.get("float_tolerance", 0.0))
        tolerance = Tolerance(absolute=absolute, relative=relative)
        report.notes.append(
            f"comparison: float, tolerance absolute {absolute:g}, relative {relative:g} (from {shown})"
        )
        if "space_change_sensitive" in switches:
            report.skipped.append("space_change_sensitive: the float comparison ignores changes in spacing")
        mode: Comparison = Comparison.FLOAT
    elif "space_change_sensitive" in switches:
        report.notes.append(f"comparison: exact, the closest to {shown} (byte for byte)")
        tolerance, mode = None, Comparison.EXACT
    else:
        report.notes.append(f"comparison: whitespace, tokens line by line (from {shown})")
        tolerance, mode = None, Comparison.WHITESPACE
    if "case_sensitive" not in switches and _answers_have_words(package):
        report.skipped.append(
            "case-insensitive comparison (the package's default): answers here are compared case-sensitively"
        )
    return mode, tolerance


def _parse_flags(flags: str) -> tuple[set[str], dict[str, float]]:
    tokens = flags.split()
    switches: set[str] = set()
    values: dict[str, float] = {}
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in SWITCH_FLAGS:
            switches.add(token)
            index += 1
            continue
        if token not in FLOAT_FLAGS:
            raise KattisImportError(f"unknown output validator flag {token!r} in {flags!r}")
        try:
            value = float(tokens[index + 1])
        except (IndexError, ValueError) as exc:
            raise KattisImportError(f"validator flag {token} needs a number after it") from exc
        if not math.isfinite(value) or value < 0:
            raise KattisImportError(f"validator flag {token} needs a non-negative number, not {value}")
        values[token] = value
        index += 2
    return switches, values


def _answers_have_words(package: Path) -> bool:
    for path in package.glob("data/**/*.ans"):
        for token in path.read_text(encoding="utf-8", errors="replace").split():
            if re.search(r"[A-Za-z]", token) and not _is_number(token):
                return True
    return False


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True


def _limits(package: Path, config: dict[str, Any], report: ImportReport) -> Limits:
    limits = config.get("limits") or {}
    if not isinstance(limits, dict):
        raise KattisImportError("problem.yaml: limits must be a mapping")
    defaults = Limits()
    seconds, where = limits.get("time_limit"), "limits.time_limit"
    if seconds is None and (package / ".timelimit").is_file():
        seconds, where = (package / ".timelimit").read_text(encoding="utf-8").strip(), ".timelimit"
    if seconds is None and (package / "domjudge-problem.ini").is_file():
        ini = configparser.ConfigParser()
        ini.read_string("[problem]\n" + (package / "domjudge-problem.ini").read_text(encoding="utf-8"))
        if ini.has_option("problem", "timelimit"):
            seconds, where = ini.get("problem", "timelimit").strip("'\""), "domjudge-problem.ini"
    if seconds is None:
        time_seconds = defaults.time_seconds
        report.notes.append(
            f"time limit: {time_seconds:g} s, the platform's default: the package gives none "
            "(`problems check` compares it with the accepted solutions)"
        )
    else:
        time_seconds = _number(seconds, where)
        if not 0 < time_seconds <= 30:
            raise KattisImportError(f"{where}: a time limit of {time_seconds:g} s is outside (0, 30]")
        report.notes.append(f"time limit: {time_seconds:g} s (from {where})")
    for key in sorted(limits):
        if key in ("time_multiplier", "time_safety_margin", "time_multipliers"):
            report.skipped.append(f"limits.{key}: the time limit is fixed here, not derived from solutions")
        elif key not in ("time_limit", "memory", "output"):
            report.skipped.append(f"limits.{key}: not a limit this platform sets per problem")
    memory_mb = defaults.memory_mb
    if "memory" in limits:
        memory_mb = round(_number(limits["memory"], "limits.memory"))
        if not 16 <= memory_mb <= 4096:
            raise KattisImportError(f"limits.memory: {memory_mb} MiB is outside 16..4096")
    else:
        report.notes.append(f"memory limit: {memory_mb} MB, the platform's default: the package gives none")
    # The package format's default output limit is 8 MiB.
    output_kb = min(65536, round(_number(limits.get("output", 8), "limits.output") * 1024))
    return Limits(time_seconds=time_seconds, memory_mb=memory_mb, output_kb=max(1, output_kb))


def _number(value: object, where: str) -> float:
    try:
        number = float(str(value))
    except ValueError as exc:
        raise KattisImportError(f"{where}: {value!r} is not a number") from exc
    if not math.isfinite(number):
        raise KattisImportError(f"{where}: {value!r} is not a number")
    return number


def _tests(package: Path, report: ImportReport) -> dict[str, dict[str, str]]:
    """data/sample and data/secret (groups flattened, the group path kept in the name) as our tests."""
    tests: dict[str, dict[str, str]] = {"sample": {}, "hidden": {}}
    data = package / "data"
    ignored: list[str] = []
    for group, kind in (("sample", "sample"), ("secret", "hidden")):
        root = data / group
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.is_dir() or path.suffix == ".ans":
                continue
            relative = path.relative_to(package)
            if path.suffix != ".in":
                ignored.append(str(relative))
                continue
            answer = path.with_suffix(".ans")
            if not answer.is_file():
                raise KattisImportError(f"{relative} has no {answer.name} beside it")
            parts = [*path.relative_to(root).parent.parts, path.stem]
            name = "-".join(re.sub(r"[^A-Za-z0-9_.-]+", "_", part) for part in parts)
            while f"{name}.in" in tests[kind]:
                name += "_"
            tests[kind][f"{name}.in"] = _text(path, package)
            tests[kind][f"{name}.ans"] = _text(answer, package)
    for path in sorted(data.iterdir()) if data.is_dir() else []:
        if path.name not in ("sample", "secret", "testdata.yaml"):
            report.skipped.append(f"{path.relative_to(package)}: only data/sample and data/secret are tests")
    if ignored:
        shown = ", ".join(ignored[:5]) + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else "")
        report.skipped.append(f"test data files that are not .in/.ans pairs: {shown}")
    if not tests["sample"] and not tests["hidden"]:
        raise KattisImportError("no tests: data/sample and data/secret hold no .in/.ans pairs")
    report.notes.append(f"tests: {len(tests['sample']) // 2} sample, {len(tests['hidden']) // 2} hidden")
    return tests


def _statement(package: Path, report: ImportReport) -> tuple[str, str | None]:
    candidates = [
        folder / name
        for folder in (package / sub for sub in STATEMENT_FOLDERS)
        for name in ("problem.en.md", "problem.md", "problem.en.tex", "problem.tex")
    ]
    candidates += sorted(package.glob("*statement/problem.*.md")) + sorted(
        package.glob("*statement/problem.*.tex")
    )
    chosen = next((path for path in candidates if path.is_file()), None)
    if chosen is None:
        raise KattisImportError(
            "no statement: looked for statement/ or problem_statement/problem.en.md or .tex"
        )
    for other in sorted(chosen.parent.iterdir()):
        if other != chosen:
            report.skipped.append(f"{other.relative_to(package)}: only the statement's text is imported")
    text = _text(chosen, package)
    if chosen.suffix == ".md":
        report.notes.append(f"statement: {chosen.relative_to(package)}, copied")
        return text.rstrip() + "\n", None
    converted = latex_to_markdown(text)
    report.notes.append(f"statement: {chosen.relative_to(package)}, converted from LaTeX to Markdown")
    report.skipped += [f"{chosen.relative_to(package)}: {item}" for item in converted.left_out]
    return converted.markdown, converted.title


def _samples_section(statement: str, samples: dict[str, str]) -> str:
    """The samples, shown after the statement as Kattis shows them (statements do not repeat them)."""
    flat = " ".join(statement.split())
    pairs = [(samples[name], samples[name[:-3] + ".ans"]) for name in sorted(samples) if name.endswith(".in")]
    if all(" ".join(given.split()) in flat for given, _ in pairs):
        return ""
    parts = ["\n## Examples\n"]
    for given, expected in pairs:
        parts.append(f"\nInput:\n\n```\n{given.rstrip()}\n```\n\nOutput:\n\n```\n{expected.rstrip()}\n```\n")
    return "".join(parts)


def _title(config: dict[str, Any], from_statement: str | None, package: Path) -> str:
    name = config.get("name")
    if isinstance(name, dict):
        name = name.get("en") or next(iter(name.values()), None)
    title = str(name).strip() if name else from_statement or package.resolve().name
    return title[:200]


def _keywords(config: dict[str, Any]) -> list[str]:
    keywords = config.get("keywords") or []
    return keywords.split() if isinstance(keywords, str) else [str(word) for word in keywords]


def _solutions(package: Path, report: ImportReport) -> tuple[list[_Solution], list[str]]:
    """Single-file submissions in the platform's languages; the languages offered are those with an
    accepted solution, plus python3 always."""
    found: list[_Solution] = []
    root = package / "submissions"
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        verdict = KATTIS_VERDICTS.get(folder.name)
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            relative = entry.relative_to(package)
            if verdict is None:
                report.skipped.append(
                    f"{relative}: {folder.name} names no single verdict this platform checks"
                )
            elif entry.is_dir():
                report.skipped.append(f"{relative}/: a submission of several files")
            elif (solution := _solution(entry, verdict, report)) is not None:
                found.append(solution)
    assert set(KATTIS_VERDICTS.values()) <= set(VERDICT_FOLDERS)
    accepted = {s.language for s in found if s.verdict == "accepted"}
    languages = [name for name in all_languages() if name in accepted or name == "python3"]
    if not accepted:
        report.skipped.append("no accepted submission in a language this platform runs")
    elif "python3" not in accepted:
        report.notes.append("python3 is offered though no accepted Python submission proves the time limit")
    kept: list[_Solution] = []
    names: set[str] = set()
    for solution in found:
        if solution.language not in languages:
            report.skipped.append(
                f"{solution.origin}: no accepted submission in "
                f"{solution.language}, so the problem does not offer it"
            )
            continue
        name = solution.name
        while f"{solution.verdict}/{name}" in names:
            name = f"{Path(name).stem}_{Path(name).suffix}"
        names.add(f"{solution.verdict}/{name}")
        kept.append(dataclasses.replace(solution, name=name))
    counts: dict[str, int] = {}
    for solution in kept:
        counts[solution.verdict] = counts.get(solution.verdict, 0) + 1
    shown = ", ".join(f"{count} {verdict}" for verdict, count in counts.items()) or "none"
    report.notes.append(f"solutions: {shown}")
    return kept, languages


def _solution(path: Path, verdict: str, report: ImportReport) -> _Solution | None:
    relative = path.relative_to(path.parents[2])
    language = EXTENSIONS.get(path.suffix.lower())
    if language is None:
        report.skipped.append(
            f"{relative}: {path.suffix or 'no extension'} is not a language this platform runs"
        )
        return None
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        report.skipped.append(f"{relative}: not UTF-8 text")
        return None
    if language == "python3" and re.match(r"#!.*python2\b", source):
        report.skipped.append(f"{relative}: Python 2")
        return None
    if language == "java":
        renamed = _java_main_class(source, path.stem)
        if renamed is None:
            report.skipped.append(f"{relative}: no class Main or {path.stem} (the platform runs Main)")
            return None
        if renamed != source:
            report.notes.append(f"{relative}: class {path.stem} renamed Main, the class the platform runs")
        source = renamed
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.stem)
    suffix = Path(all_languages()[language].source).suffix
    return _Solution(verdict, language, stem + suffix, source, str(relative))


def _java_main_class(source: str, stem: str) -> str | None:
    if re.search(r"\bclass\s+Main\b", source):
        return source
    if re.search(rf"\bclass\s+{re.escape(stem)}\b", source) and not re.search(r"\bMain\b", source):
        return re.sub(rf"\b{re.escape(stem)}\b", "Main", source)
    return None


def _provenance(package: Path, config: dict[str, Any]) -> str:
    lines = [f"# Imported from the Kattis problem package {package.resolve().name!r}."]
    for key in ("author", "source", "source_url", "license", "rights_owner"):
        value = config.get(key)
        if value:
            lines.append(f"# {key}: {' '.join(str(value).split())}")
    return "\n".join(lines) + "\n"


def _text(path: Path, package: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KattisImportError(f"{path.relative_to(package)} is not UTF-8 text") from exc


def _write(out: Path, files: dict[str, str]) -> None:
    """Write into a folder beside `out`, prove it loads, then move it into place: all or nothing."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        load_problem(staging)
        if out.exists():
            out.rmdir()
        staging.rename(out)
    except ProblemFileError as exc:
        raise KattisImportError(f"the converted problem does not load: {exc}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging)
