"""A candidate takes a round from an invite link made with the CLI, in both modes; and the pages that
refuse a link that is used, expired or not open yet."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_candidate_round import ACCEPTED, type_code
from tests.conftest import MOCKROUND, MODES, REPO, Server, running_server, sample_problems

pytestmark = pytest.mark.browser


@pytest.fixture(params=MODES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """conftest's server in either mode, holding only the sample round and what it uses: syncing the
    whole shipped catalogue on a busy machine can take minutes, and these tests need none of it."""
    mode: str = request.param
    if mode == "service":
        database_url = request.getfixturevalue("postgres_url")
        request.getfixturevalue("redis_url")
        request.getfixturevalue("docker_image")
    else:
        database_url = f"sqlite+aiosqlite:///{tmp_path / 'mockround.db'}"
    problems = {"MOCKROUND_PROBLEMS_DIR": str(sample_problems(tmp_path))}
    with running_server(mode, database_url, tmp_path, problems) as running:
        yield running


def create_invite(server: Server, *options: str) -> str:
    """`mockround invites create sample ...`, as whoever sends invites runs it; returns the link."""
    done = subprocess.run(
        [*MOCKROUND, "invites", "create", "sample", *options],
        env={**server.env, "MOCKROUND_PUBLIC_URL": server.url},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    link = done.stdout.strip()
    assert link.startswith(f"{server.url}/invite/"), done
    return link


def test_a_full_round_from_an_invite_link(server: Server, page: Page, screenshot_dir: Path) -> None:
    link = create_invite(server, "--label", "Ada Lovelace", "--extra-minutes", "15")
    page.goto(link)
    expect(page.get_by_role("heading", name="Sample round")).to_be_visible()
    terms = page.get_by_test_id("invite-terms")
    expect(terms).to_contain_text("Ada Lovelace")
    expect(terms).to_contain_text("15 minutes of extra time")
    expect(terms).to_contain_text("This link works once, until")
    expect(page.get_by_text("45 minutes (30 + 15 extra)")).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value("Ada Lovelace")
    page.screenshot(path=screenshot_dir / "1-invite-start.png", full_page=True)
    page.get_by_role("button", name="Start the round").click()

    # The deadline holds the extra time.
    expect(page.get_by_test_id("timer")).to_contain_text(re.compile(r"44:\d\d|45:00"))
    attempt_url = page.url
    for number, option in [(1, "[1, 2]"), (2, "O(1)"), (3, "5 0")]:
        question = page.get_by_test_id(f"question-{number}")
        question.get_by_text(option, exact=True).click()
        expect(question.get_by_role("status")).to_contain_text("Saved")

    # The link again, in the same browser: back to the same attempt, not a refusal.
    page.goto(link)
    assert page.url == attempt_url
    expect(page.get_by_test_id("question-1").locator("input[value]:checked")).to_have_count(1)

    type_code(page, ACCEPTED)
    page.get_by_test_id("submit").click()
    verdict = page.get_by_test_id("verdict")
    expect(verdict).to_have_attribute("data-final", "true", timeout=60_000)
    expect(verdict).to_contain_text("Accepted", timeout=60_000)
    page.screenshot(path=screenshot_dir / "2-round.png", full_page=True)

    page.get_by_test_id("review").click()
    page.get_by_test_id("finish").click()
    expect(page.get_by_test_id("score")).to_have_text("6 / 6")
    page.screenshot(path=screenshot_dir / "3-result.png", full_page=True)

    listed = subprocess.run(
        [*MOCKROUND, "invites", "list", "--round", "sample"],
        env=server.env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "used" in listed and attempt_url.rsplit("/", 1)[-1] in listed


def test_a_link_that_cannot_start_a_round_says_why(
    server: Server, page: Page, browser: Browser, screenshot_dir: Path
) -> None:
    used = create_invite(server)
    page.goto(used)
    page.get_by_role("button", name="Start the round").click()
    expect(page.get_by_test_id("timer")).to_be_visible()

    # Someone else's browser opens the same link.
    other = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    response = other.goto(used)
    assert response is not None and response.status == 410
    expect(other.get_by_role("heading", name="This invite cannot start a round")).to_be_visible()
    expect(other.get_by_test_id("error")).to_contain_text("already used")
    other.screenshot(path=screenshot_dir / "1-used.png", full_page=True)

    expired = create_invite(server, "--expires-in-hours", "0.0002")  # under a second
    time.sleep(1.5)
    response = other.goto(expired)
    assert response is not None and response.status == 410
    expect(other.get_by_test_id("error")).to_contain_text("expired at")
    expect(other.get_by_test_id("error")).to_contain_text("ask for a new one")
    other.screenshot(path=screenshot_dir / "2-expired.png", full_page=True)

    opens = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(second=0, microsecond=0)
    later = create_invite(server, "--start-after", opens.isoformat(), "--expires-in-hours", "48")
    response = other.goto(later)
    assert response is not None and response.status == 403
    expect(other.get_by_test_id("error")).to_contain_text(f"This round opens at {opens:%Y-%m-%d %H:%M} UTC")
    other.screenshot(path=screenshot_dir / "3-not-open-yet.png", full_page=True)

    other.goto(f"{server.url}/invite/not-a-token")
    expect(other.get_by_test_id("error")).to_contain_text("not known")
    other.context.close()
