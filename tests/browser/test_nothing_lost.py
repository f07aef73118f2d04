"""Nothing lost: reloads, a dropped network and a second tab keep the candidate's code and answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from mockround.core.db import sync_sessions, utcnow
from mockround.core.settings import Settings
from mockround.rounds.models import Attempt
from tests.browser.test_candidate_round import ACCEPTED, type_code
from tests.conftest import Server

pytestmark = pytest.mark.browser

CODE = "import sys\n\n# my own work, typed before the reload\nprint(0)\n"


def start_sample(server: Server, page: Page) -> str:
    page.goto(f"{server.url}/rounds/sample")
    page.get_by_label("Your name").fill("Steady Candidate")
    page.get_by_role("button", name="Start the round").click()
    expect(page.get_by_test_id("timer")).to_contain_text("Time left")
    return page.url


def editor_text(page: Page) -> str:
    return page.get_by_test_id("editor").locator(".cm-content").inner_text()


def test_a_reload_keeps_answers_code_and_deadline(server: Server, page: Page, screenshot_dir: Path) -> None:
    url = start_sample(server, page)
    deadline = page.get_by_test_id("timer").get_attribute("data-deadline")
    question = page.get_by_test_id("question-1")
    question.get_by_text("[1, 2]", exact=True).click()
    expect(question.get_by_role("status")).to_contain_text("Saved at")
    type_code(page, CODE)
    expect(page.get_by_test_id("draft-status")).to_have_text("Saved", timeout=15_000)
    page.screenshot(path=screenshot_dir / "1-saved.png", full_page=True)

    page.reload()
    expect(page.get_by_test_id("timer")).to_have_attribute("data-deadline", deadline or "")
    expect(page.get_by_test_id("question-1").get_by_label("[1, 2]")).to_be_checked()
    assert "my own work, typed before the reload" in editor_text(page)
    assert page.url == url
    page.screenshot(path=screenshot_dir / "2-after-reload.png", full_page=True)

    # Reset asks first, then brings back the starter code (and saves it).
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_test_id("reset").click()
    assert "my own work" not in editor_text(page)


def test_a_network_drop_while_typing_loses_nothing(server: Server, page: Page, screenshot_dir: Path) -> None:
    start_sample(server, page)
    type_code(page, "print('online')\n")
    expect(page.get_by_test_id("draft-status")).to_have_text("Saved", timeout=15_000)

    page.context.set_offline(True)
    question = page.get_by_test_id("question-2")
    question.get_by_text("O(1)", exact=True).click()
    expect(question.locator(".saved")).to_have_text("Offline · kept in this browser")
    type_code(page, "print('typed while offline')\n")
    expect(page.get_by_test_id("offline-notice")).to_have_text(
        "Offline: your work is kept in this browser and will be sent when the connection is back"
    )
    expect(page.get_by_test_id("draft-status")).to_have_text("Offline · kept in this browser")
    page.wait_for_timeout(3000)
    page.get_by_test_id("editor").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "1-offline.png")

    page.context.set_offline(False)
    expect(page.get_by_test_id("offline-notice")).to_be_hidden()
    expect(page.get_by_test_id("draft-status")).to_have_text("Saved", timeout=15_000)
    expect(question.get_by_role("status")).to_contain_text("Saved at")
    page.screenshot(path=screenshot_dir / "2-back-online.png", full_page=True)

    # The server has it: a fresh browser context (no local copy) sees the code typed offline.
    other = page.context.browser.new_context() if page.context.browser else None
    assert other is not None
    fresh = other.new_page()
    fresh.goto(page.url)
    expect(fresh.get_by_test_id("editor")).to_contain_text("typed while offline")
    expect(fresh.get_by_test_id("question-2").get_by_label("O(1)")).to_be_checked()
    other.close()


def test_a_second_tab_cannot_overwrite_the_first(server: Server, page: Page, screenshot_dir: Path) -> None:
    url = start_sample(server, page)
    type_code(page, "print('first tab')\n")
    expect(page.get_by_test_id("draft-status")).to_have_text("Saved", timeout=15_000)

    second = page.context.new_page()
    second.goto(url)
    expect(second.get_by_test_id("editor")).to_contain_text("first tab")
    type_code(second, "print('second tab, newer')\n")
    expect(second.get_by_test_id("draft-status")).to_have_text("Saved", timeout=15_000)

    # The first tab, still holding the older code, types on: it is told, and does not overwrite.
    page.bring_to_front()
    type_code(page, "print('first tab, stale')\n")
    expect(page.get_by_test_id("draft-status")).to_contain_text(
        "This attempt is open in another tab; reload to continue here", timeout=15_000
    )
    page.screenshot(path=screenshot_dir / "1-stale-tab.png", full_page=True)
    second.reload()
    expect(second.get_by_test_id("editor")).to_contain_text("second tab, newer")


def test_a_deadline_passing_while_the_page_is_closed_grades_the_autosave(
    server: Server, page: Page, screenshot_dir: Path
) -> None:
    url = start_sample(server, page)
    type_code(page, ACCEPTED)
    expect(page.get_by_test_id("draft-status")).to_have_text("Saved", timeout=15_000)
    attempt_id = url.rstrip("/").split("/")[-1]
    page.goto("about:blank")  # the candidate closes the page without submitting

    # The deadline passes (moved into the past rather than waited for).
    sessions = sync_sessions(Settings(database_url=server.database_url).sync_database_url)
    with sessions.begin() as session:
        session.get_one(Attempt, attempt_id).deadline = utcnow() - dt.timedelta(seconds=1)

    page.goto(url)  # the round is over: the result page
    expect(page).to_have_url(f"{url}/result")
    for _ in range(30):  # the closer runs every few seconds, then the judge
        if page.get_by_test_id("from-autosave").count():
            break
        page.wait_for_timeout(2000)
        page.reload()
    expect(page.get_by_test_id("from-autosave")).to_be_visible()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-final", "true", timeout=60_000)
    expect(page.get_by_test_id("verdict")).to_contain_text("Accepted")
    page.reload()  # the score, now that the verdict is in
    expect(page.get_by_test_id("from-autosave")).to_be_visible()
    page.screenshot(path=screenshot_dir / "1-graded-from-autosave.png", full_page=True)


def test_run_marks_the_first_difference_and_submit_verdicts_arrive_live(
    server: Server, page: Page, screenshot_dir: Path
) -> None:
    start_sample(server, page)
    type_code(page, "print(0)\n")
    page.get_by_test_id("run").click()
    verdict = page.get_by_test_id("verdict")
    expect(verdict).to_have_attribute("data-final", "true", timeout=60_000)
    expect(verdict).to_contain_text("Wrong Answer")
    expect(verdict.get_by_test_id("actual-differs").first).to_have_text("0")
    expect(verdict.get_by_test_id("expected-differs").first).to_be_visible()
    expect(verdict).to_contain_text("first difference on line 1")
    verdict.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "1-run-difference.png")

    type_code(page, ACCEPTED)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-final", "false")
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-final", "true", timeout=60_000)
    expect(page.get_by_test_id("verdict")).to_contain_text("Accepted")
    page.screenshot(path=screenshot_dir / "2-submit-accepted.png")
