"""The author's side: `problems check` on some items only, its findings kept per item, and the author page
that lists every item's status and previews each as a candidate sees it, saving nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.conftest import MOCKROUND, running_server, sample_problems


def test_check_proves_only_the_items_it_is_given(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    (root / "banks/python-basics.yaml").write_text("title: [broken\n")
    only = subprocess.run(
        [
            *MOCKROUND,
            "problems",
            "check",
            str(root / "coding/pair-count"),
            "--sandbox",
            "local",
            "--json",
            "--no-record",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert only.returncode == 0, only.stdout  # the broken bank is not among what was asked for
    assert '"problems": 1' in only.stdout and '"banks": 0' in only.stdout


def test_the_author_page_shows_each_items_status_and_previews_it(tmp_path: Path) -> None:
    root = sample_problems(tmp_path)
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'author.db'}"
    env_extra = {"MOCKROUND_PROBLEMS_DIR": str(root)}
    with running_server("embedded", database_url, tmp_path, env_extra) as server:
        checked = subprocess.run(
            [*MOCKROUND, "problems", "check", str(root), "--sandbox", "local"],
            env=server.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
        # An edit after the check, and a bank that no longer loads.
        statement = root / "coding/pair-count/statement.md"
        statement.write_text(statement.read_text() + "\nOne more sentence.\n")
        (root / "banks/python-basics.yaml").write_text("title: Python basics\nquestions: [unclosed\n")
        synced = subprocess.run(
            [*MOCKROUND, "problems", "sync"],
            env=server.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert synced.returncode == 1  # one file failed; the others are loaded anyway

        with server.client() as client:
            page = client.get("/author").text
            assert "3</strong> items" in page
            # The round uses the broken bank's questions, so it does not load either; both keep their
            # last good version.
            round_row = page.split('data-testid="author-round-sample"')[1].split("</tr>")[0]
            assert "does not load" in round_row and "there is no bank &#39;python-basics&#39;" in round_row
            problem_row = page.split('data-testid="author-problem-pair-count"')[1].split("</tr>")[0]
            assert "changed since its check" in problem_row
            bank_row = page.split('data-testid="author-bank-python-basics"')[1].split("</tr>")[0]
            assert "does not load" in bank_row and "malformed YAML" in bank_row and "line 2" in bank_row

            for path, seen in (
                ("/author/problem/pair-count", "One more sentence."),
                ("/author/bank/python-basics", "What does this code print?"),  # the last good version
                ("/author/round/sample", "Sample round"),
            ):
                preview = client.get(path)
                assert preview.status_code == 200, path
                assert 'data-testid="preview-banner"' in preview.text and seen in preview.text
                assert "hx-post" not in preview.text  # nothing on a preview saves or judges
            assert client.get("/author/problem/no-such-problem").status_code == 404

    engine = create_engine(database_url.replace("+aiosqlite", ""))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM attempts")).scalar() == 0
    engine.dispose()


def test_a_sequential_rounds_preview_shows_every_section_and_says_how_candidates_get_them(
    tmp_path: Path,
) -> None:
    with (
        running_server("embedded", f"sqlite+aiosqlite:///{tmp_path / 'author.db'}", tmp_path) as server,
        server.client() as client,
    ):
        page = client.get("/author/round/sample-timed").text
    assert 'data-testid="section-0"' in page and 'data-testid="section-1"' in page
    assert "candidates get them one at a time, in order" in page
    assert "· 5 minutes</span>" in page  # the section's own limit, not a suggestion
    assert 'data-testid="steps"' not in page  # no section steps: nothing here is open or closed
