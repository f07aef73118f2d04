"""`problems import-kattis`: a Kattis package becomes a problem that judges its own submissions as the package
says, and what cannot be carried over is reported by name or refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from mockround.problems.kattis import KattisImportError, import_kattis
from mockround.problems.latex import latex_to_markdown
from mockround.problems.loader import load_problem
from tests.conftest import MOCKROUND
from tests.problems.test_check import prove

PACKAGES = Path(__file__).with_name("kattis")
AVERAGE = PACKAGES / "average"
CUSTOM_VALIDATOR = PACKAGES / "pairs-any-order"
OUR_VERDICT = {"run_time_error": "runtime_error"}
LANGUAGE_OF = {".py": "python3", ".cpp": "cpp", ".java": "java", ".go": "go"}


def import_command(package: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MOCKROUND, "problems", "import-kattis", str(package), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def package_submissions(package: Path) -> dict[str, set[tuple[str, str]]]:
    """Each verdict folder's (file stem, language) pairs, for the languages this platform runs."""
    found: dict[str, set[tuple[str, str]]] = {}
    for path in (package / "submissions").glob("*/*"):
        if path.suffix in LANGUAGE_OF:
            verdict = OUR_VERDICT.get(path.parent.name, path.parent.name)
            found.setdefault(verdict, set()).add((path.stem, LANGUAGE_OF[path.suffix]))
    return found


def test_the_import_writes_the_problem_folder(tmp_path: Path) -> None:
    out = tmp_path / "problems" / "coding" / "average"
    completed = import_command(AVERAGE, out)
    assert completed.returncode == 0, completed.stderr
    assert f"imported 'Average' to {out}" in completed.stdout
    # What was not carried over is named.
    assert "skipped  submissions/accepted/average.kt: .kt is not a language this platform runs" in (
        completed.stdout
    )
    assert "skipped  input_validators/" in completed.stdout
    assert "skipped  limits.time_multiplier" in completed.stdout

    spec = yaml.safe_load((out / "problem.yaml").read_text())
    assert spec["title"] == "Average"
    assert spec["comparison"] == "float"
    assert spec["tolerance"] == {"absolute": 1e-6, "relative": 1e-6}
    assert spec["limits"]["time_seconds"] == 1.0
    assert spec["limits"]["memory_mb"] == 256
    assert spec["languages"] == ["python3", "cpp", "java", "go"]

    tests = sorted(path.name for path in (out / "tests" / "hidden").glob("*.in"))
    # Nested groups are flattened with their path in the name.
    assert tests == [
        "01-single.in",
        "bounds-01-high.in",
        "bounds-02-low.in",
        "large-uniform-01.in",
        "small-01.in",
        "small-02.in",
        "small-03.in",
    ]
    assert sorted(path.name for path in (out / "tests" / "sample").iterdir()) == [
        "1.ans",
        "1.in",
        "2.ans",
        "2.in",
    ]
    assert (out / "tests/hidden/large-uniform-01.ans").read_text() == (
        AVERAGE / "data/secret/large/uniform/01.ans"
    ).read_text()

    imported = {
        verdict: {(path.stem, LANGUAGE_OF[path.suffix]) for path in (out / "solutions" / verdict).iterdir()}
        for verdict in ("accepted", "wrong_answer", "time_limit_exceeded")
    }
    assert imported == package_submissions(AVERAGE)
    # The platform runs a Java program's class Main.
    assert "public class Main" in (out / "solutions/accepted/Average.java").read_text()
    assert sorted(path.name for path in (out / "starter").iterdir()) == [
        "cpp.cpp",
        "go.go",
        "java.java",
        "python3.py",
    ]

    statement = (out / "statement.md").read_text()
    assert "## Input" in statement
    assert "*mean*" in statement
    assert "$-10^6 \\le a_i \\le 10^6$" in statement
    assert '`printf("%.9f\\n", mean)`' in statement
    assert "- The values may be negative." in statement
    assert "\\section" not in statement
    assert load_problem(out).title == "Average"


@pytest.mark.parametrize("sandbox", ["local", pytest.param("docker", marks=pytest.mark.docker)])
def test_the_imported_problem_judges_every_submission_as_the_package_says(
    request: pytest.FixtureRequest, tmp_path: Path, sandbox: str
) -> None:
    if sandbox == "docker":
        request.getfixturevalue("docker_image")
    root = tmp_path / "problems"
    assert import_command(AVERAGE, root / "coding" / "average").returncode == 0
    summary = prove(root, sandbox, "--workers", "2")
    # Every submission in a language the platform runs, and the starter code of the four languages.
    submissions = sum(len(files) for files in package_submissions(AVERAGE).values())
    assert submissions == 10
    assert summary["solutions_judged"] == submissions + 4


def test_a_custom_output_validator_is_refused_by_name(tmp_path: Path) -> None:
    out = tmp_path / "problems" / "coding" / "pairs"
    completed = import_command(CUSTOM_VALIDATOR, out)
    assert completed.returncode != 0
    assert "custom output validator" in completed.stderr
    assert "output_validators/pairs_in_any_order/validate.py" in completed.stderr
    assert list(tmp_path.rglob("*")) == []


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the average package, to change."""
    copy = tmp_path / "package"
    shutil.copytree(AVERAGE, copy)
    return copy


def set_config(package: Path, **changes: object) -> None:
    config = yaml.safe_load((package / "problem.yaml").read_text())
    config.update(changes)
    (package / "problem.yaml").write_text(yaml.safe_dump(config))


@pytest.mark.parametrize("kind", ["interactive", "multi-pass"])
def test_a_problem_that_is_not_plain_input_and_output_is_refused(
    package: Path, tmp_path: Path, kind: str
) -> None:
    set_config(package, type=kind)
    with pytest.raises(KattisImportError, match=f"the problem is {kind}"):
        import_kattis(package, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("flags", "comparison", "tolerance"),
    [
        ("", "whitespace", None),
        ("case_sensitive", "whitespace", None),
        ("case_sensitive space_change_sensitive", "exact", None),
        ("float_absolute_tolerance 1e-3", "float", {"absolute": 1e-3, "relative": 0.0}),
        ("float_relative_tolerance 1e-4", "float", {"absolute": 0.0, "relative": 1e-4}),
        (
            "float_tolerance 1e-6 float_absolute_tolerance 1e-9",
            "float",
            {"absolute": 1e-9, "relative": 1e-6},
        ),
    ],
)
def test_validator_flags_become_the_closest_comparison(
    package: Path, tmp_path: Path, flags: str, comparison: str, tolerance: dict[str, float] | None
) -> None:
    set_config(package, validator_flags=flags)
    import_kattis(package, tmp_path / "out")
    spec = yaml.safe_load((tmp_path / "out" / "problem.yaml").read_text())
    assert spec["comparison"] == comparison
    assert spec.get("tolerance") == tolerance


def test_an_unknown_validator_flag_is_refused(package: Path, tmp_path: Path) -> None:
    set_config(package, validator_flags="float_tolerance 1e-6 ignore_sign")
    with pytest.raises(KattisImportError, match="unknown output validator flag 'ignore_sign'"):
        import_kattis(package, tmp_path / "out")


def test_a_markdown_statement_is_copied_and_the_time_limit_read_from_problem_yaml(
    package: Path, tmp_path: Path
) -> None:
    shutil.rmtree(package / "problem_statement")
    (package / ".timelimit").unlink()
    (package / "statement").mkdir()
    (package / "statement" / "problem.en.md").write_text("Print the **mean** of $n$ integers.\n")
    set_config(package, limits={"time_limit": 1.5, "memory": 512})
    report = import_kattis(package, tmp_path / "out")
    statement = (tmp_path / "out" / "statement.md").read_text()
    assert statement.startswith("Print the **mean** of $n$ integers.\n\n## Examples\n")
    spec = yaml.safe_load((tmp_path / "out" / "problem.yaml").read_text())
    assert spec["limits"]["time_seconds"] == 1.5
    assert spec["limits"]["memory_mb"] == 512
    assert "time limit: 1.5 s (from limits.time_limit)" in report.notes


def test_an_existing_problem_folder_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "problem.yaml").write_text("title: Mine\n")
    with pytest.raises(KattisImportError, match="already exists"):
        import_kattis(AVERAGE, out)
    assert (out / "problem.yaml").read_text() == "title: Mine\n"


def test_latex_common_cases_become_markdown_and_the_rest_is_named() -> None:
    converted = latex_to_markdown(
        "\\problemname{Grid  walk}\n"
        "% a comment\n"
        "Walk on a grid of $n \\times m$ cells, 50\\% of them \\textbf{blocked}.\n"
        "\\subsection*{Notes}\n"
        "\\begin{enumerate}\n"
        "  \\item Use \\texttt{long long};\n"
        "  \\item see \\emph{below}:\n"
        "  \\begin{itemize}\n"
        "    \\item nested\n"
        "  \\end{itemize}\n"
        "\\end{enumerate}\n"
        "$$\\sum_i a_i$$ and \\verb+x % y+.\n"
        "\\begin{verbatim}\n  keep   this\n\\end{verbatim}\n"
        "\\illustration{0.3}{grid.png}{A grid}\n"
        "\\fancycommand{x}\n"
    )
    assert converted.title == "Grid walk"
    text = converted.markdown
    assert "a comment" not in text
    assert "Walk on a grid of $n \\times m$ cells, 50% of them **blocked**." in text
    assert "### Notes" in text
    assert "1. Use `long long`;\n1. see *below*:\n   - nested" in text
    assert "$$\\sum_i a_i$$ and `x % y`." in text
    assert "```\n  keep   this\n```" in text
    assert "grid.png" not in text
    assert "figure grid.png (figures are not imported)" in converted.left_out
    assert "command \\fancycommand (left as written)" in converted.left_out
