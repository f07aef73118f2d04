"""A timed, sequential round in the browser: one question at a time with a map, flags for review, the
review page before leaving a section, a section that cannot be reopened, the 5- and 1-minute warnings,
and a section whose time runs out while the page is open."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from mockround.core.db import sync_sessions
from mockround.core.settings import Settings
from mockround.rounds.models import Attempt
from tests.conftest import Server

pytestmark = pytest.mark.browser


def move_back(server: Server, attempt_id: str, seconds: float) -> None:
    """As if `seconds` had passed on the server's clock: the attempt's start, deadline and open section's
    start move back together."""
    sessions = sync_sessions(Settings(database_url=server.database_url).sync_database_url)
    shift = dt.timedelta(seconds=seconds)
    with sessions.begin() as session:
        attempt = session.get_one(Attempt, attempt_id)
        attempt.started_at -= shift
        attempt.deadline -= shift
        if attempt.section_started_at:
            attempt.section_started_at -= shift


def test_one_question_at_a_time_flags_review_and_a_closed_section(
    server: Server, page: Page, screenshot_dir: Path
) -> None:
    page.goto(f"{server.url}/rounds/sample-timed")
    expect(page.get_by_test_id("sequential-rule")).to_contain_text("cannot come back")
    page.screenshot(path=screenshot_dir / "1-start.png", full_page=True)
    page.get_by_role("button", name="Start the round").click()
    url = page.url

    expect(page.get_by_test_id("timer")).to_contain_text("Section time left")
    expect(page.get_by_test_id("steps")).to_contain_text("Multiple choice")
    expect(page.get_by_test_id("problem-pair-count")).to_have_count(0)  # the next section is not open
    first, second = page.get_by_test_id("question-1"), page.get_by_test_id("question-2")
    expect(first).to_be_visible()
    expect(second).to_be_hidden()
    first.get_by_text("[1, 2]", exact=True).click()
    expect(first.get_by_role("status")).to_contain_text("Saved at")

    page.get_by_test_id("next").click()
    expect(second).to_be_visible()
    expect(first).to_be_hidden()
    expect(page).to_have_url(f"{url}#q-2")
    page.get_by_test_id("flag-2").check()
    expect(second.get_by_role("status")).to_contain_text("Saved: flagged")
    question_map = page.get_by_test_id("question-map")
    expect(question_map.get_by_role("link", name="1")).to_have_class(re.compile(r"\banswered\b"))
    expect(question_map.get_by_role("link", name="2")).to_have_class(re.compile(r"\bflagged\b"))
    expect(question_map.get_by_role("link", name="2")).to_have_attribute("aria-current", "true")
    page.screenshot(path=screenshot_dir / "2-one-at-a-time.png", full_page=True)

    # A reload comes back to the same question, with the flag.
    page.reload()
    expect(second).to_be_visible()
    expect(page.get_by_test_id("flag-2")).to_be_checked()
    question_map.get_by_role("link", name="3").click()
    expect(page.get_by_test_id("question-3")).to_be_visible()
    expect(page.get_by_test_id("next")).to_be_disabled()

    page.get_by_test_id("review").click()
    expect(page.get_by_test_id("review-summary")).to_contain_text("2 not answered")
    expect(page.get_by_test_id("review-summary")).to_contain_text("1 flagged")
    expect(page.get_by_test_id("review-question-2")).to_contain_text("Flagged")
    page.screenshot(path=screenshot_dir / "3-review.png", full_page=True)
    # Back to a flagged question from the review page, then leave for good.
    page.get_by_test_id("review-question-2").get_by_role("link").click()
    expect(second).to_be_visible()
    second.locator("label.option").first.click()
    expect(second.locator(".saved")).to_contain_text("Saved at")
    page.get_by_test_id("review").click()
    expect(page.get_by_test_id("review-summary")).to_contain_text("1 not answered")
    page.get_by_test_id("leave-section").click()

    expect(page.get_by_test_id("problem-pair-count")).to_be_visible()
    expect(page.get_by_test_id("question-1")).to_have_count(0)
    expect(page.get_by_test_id("steps").locator("li.closed")).to_contain_text("closed")
    page.screenshot(path=screenshot_dir / "4-next-section.png", full_page=True)

    # The closed section cannot be changed, even by a request made by hand.
    attempt_id = url.rstrip("/").split("/")[-1]
    with server.client() as client:
        late = client.put(
            f"/api/v1/attempts/{attempt_id}/answers/python-basics/generator-exhaustion", json={"choice": 0}
        )
    assert late.status_code == 409
    assert "section is closed" in late.json()["detail"]


def test_warnings_at_five_and_one_minute_and_a_section_that_runs_out(
    server: Server, page: Page, screenshot_dir: Path
) -> None:
    page.goto(f"{server.url}/rounds/sample-timed")
    page.get_by_role("button", name="Start the round").click()
    attempt_id = page.url.rstrip("/").split("/")[-1]
    warning = page.get_by_test_id("time-warning")
    # The first section has 5 minutes in all: no "5 minutes left" as it opens, but 1 minute is warned.
    expect(page.get_by_test_id("timer")).to_contain_text("Section time left")
    expect(warning).to_be_hidden()
    move_back(server, attempt_id, 250)  # 50 s left
    page.reload()
    expect(warning).to_contain_text("1 minute left in this section")
    page.screenshot(path=screenshot_dir / "1-one-minute.png")

    # That section runs out with the page open: it reloads by itself into the next section.
    move_back(server, attempt_id, 47)  # 3 s left
    page.reload()
    expect(page.get_by_test_id("problem-pair-count")).to_be_visible(timeout=15_000)
    expect(page.get_by_test_id("steps").locator("li.closed")).to_contain_text("Multiple choice")
    expect(page.get_by_test_id("timer")).to_contain_text("Section time left")
    expect(warning).to_be_hidden()

    move_back(server, attempt_id, 20 * 60 - 290)  # 4:50 left of the coding section's 20 minutes
    page.reload()
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("5 minutes left in this section")
    expect(page.get_by_test_id("timer")).to_have_class(re.compile(r"\bwarning\b"))
    page.screenshot(path=screenshot_dir / "2-five-minutes.png")
    warning.get_by_role("button", name="Dismiss").click()
    expect(warning).to_be_hidden()
    page.reload()
    expect(warning).to_be_hidden()  # dismissed stays dismissed

    # The last section's own time ends before the round's: the round ends with it.
    move_back(server, attempt_id, 287)  # 3 s left
    page.reload()
    expect(page).to_have_url(re.compile(r"/result$"), timeout=15_000)
    page.screenshot(path=screenshot_dir / "3-round-over.png", full_page=True)
