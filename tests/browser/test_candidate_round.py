"""A candidate takes the sample round in the browser, from the practice page to the score."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import REPO, Server
from tests.events.test_timeline import timeline_with

pytestmark = pytest.mark.browser

ACCEPTED = (REPO / "problems/coding/pair-count/solutions/accepted/counting.py").read_text()


def type_code(page: Page, code: str) -> None:
    editor = page.get_by_test_id("editor").locator(".cm-content")
    editor.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("Delete")
    # insert_text types without key events, so the editor's auto-indent leaves the code as it is.
    page.keyboard.insert_text(code)


def test_round_from_practice_page_to_score(server: Server, page: Page, screenshot_dir: Path) -> None:
    page.goto(f"{server.url}/practice")
    page.screenshot(path=screenshot_dir / "1-practice.png", full_page=True)
    page.get_by_test_id("round-sample").click()

    expect(page.get_by_role("heading", name="Sample round")).to_be_visible()
    expect(page.get_by_text("Python 3 (3.11)")).to_be_visible()
    page.screenshot(path=screenshot_dir / "2-start.png", full_page=True)
    page.get_by_label("Your name").fill("Browser Candidate")
    page.get_by_role("button", name="Start the round").click()

    expect(page.get_by_test_id("timer")).to_contain_text("Time left")
    for number, option in [(1, "[1, 2]"), (2, "O(1)"), (3, "5 0")]:
        question = page.get_by_test_id(f"question-{number}")
        question.get_by_text(option, exact=True).click()
        expect(question.get_by_role("status")).to_contain_text("Saved at")

    # A syntax error is shown to the candidate as such.
    type_code(page, "def broken(:\n    pass\n")
    page.get_by_test_id("run").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-final", "true", timeout=60_000)
    expect(page.get_by_test_id("verdict")).to_contain_text("Compilation Error")
    expect(page.get_by_test_id("compile-error")).to_contain_text("SyntaxError")
    page.screenshot(path=screenshot_dir / "3-compile-error.png", full_page=True)

    type_code(page, ACCEPTED)
    page.get_by_test_id("submit").click()
    # The verdict appears without reloading the page.
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-final", "true", timeout=60_000)
    expect(page.get_by_test_id("verdict")).to_contain_text("Accepted", timeout=60_000)
    page.screenshot(path=screenshot_dir / "4-accepted.png", full_page=True)

    page.get_by_test_id("review").click()
    expect(page.get_by_test_id("review-summary")).to_contain_text("Every question is answered")
    expect(page.get_by_test_id("review-problem-pair-count")).to_contain_text("Submitted: Accepted")
    page.screenshot(path=screenshot_dir / "5-review.png", full_page=True)
    page.get_by_test_id("finish").click()
    expect(page.get_by_test_id("score")).to_have_text("6 / 6")
    page.screenshot(path=screenshot_dir / "6-result.png", full_page=True)


def test_a_late_answer_is_refused_in_place(server: Server, page: Page, screenshot_dir: Path) -> None:
    page.goto(f"{server.url}/rounds/sample")
    page.get_by_role("button", name="Start the round").click()
    question = page.get_by_test_id("question-1")
    question.get_by_text("[1, 2]", exact=True).click()
    expect(question.get_by_role("status")).to_contain_text("Saved at")

    # Another tab finishes the round; this page still shows the questions.
    attempt_url = page.url
    other = page.context.new_page()
    other.goto(attempt_url)
    other.get_by_test_id("review").click()
    other.get_by_test_id("finish").click()
    expect(other.get_by_test_id("score")).to_be_visible()

    question.get_by_text("[2]", exact=True).click()
    expect(question.get_by_role("alert")).to_contain_text("not saved")
    page.screenshot(path=screenshot_dir / "late-answer.png", full_page=True)


def test_design_problem_in_javascript(server: Server, page: Page, screenshot_dir: Path) -> None:
    solution = (REPO / "problems/coding/sliding-window-limiter/solutions/accepted/queue_log.js").read_text()
    page.goto(f"{server.url}/rounds/backend-warmup")
    expect(page.get_by_text("JavaScript (Node.js)")).to_be_visible()
    page.get_by_role("button", name="Start the round").click()

    editor = page.get_by_test_id("editor")
    expect(editor).to_contain_text("def allow(self, user: str, t: int)")
    page.get_by_label("Language").select_option("javascript")
    # The untouched Python starter gives way to the JavaScript one.
    expect(editor).to_contain_text("constructor(limit, window)")

    page.get_by_test_id("run").click()
    verdict = page.get_by_test_id("verdict")
    expect(verdict).to_have_attribute("data-final", "true", timeout=60_000)
    expect(verdict).to_contain_text("Wrong Answer")
    page.screenshot(path=screenshot_dir / "1-starter-runs.png", full_page=True)

    type_code(page, solution)
    page.get_by_test_id("submit").click()
    # The Run's final box stays until the Submit's replaces it: wait for the verdict itself.
    expect(verdict).to_contain_text("Accepted", timeout=60_000)
    page.screenshot(path=screenshot_dir / "2-accepted.png", full_page=True)


def test_the_page_reports_hiding_and_pasting_to_the_timeline(server: Server, page: Page) -> None:
    page.goto(f"{server.url}/practice")
    page.get_by_test_id("round-sample").click()
    page.get_by_label("Your name").fill("Timeline Candidate")
    page.get_by_role("button", name="Start the round").click()
    expect(page.get_by_test_id("timer")).to_contain_text("Time left")
    attempt = page.url.rstrip("/").rsplit("/", 1)[-1]

    # A paste into the editor, as the browser delivers it.
    page.get_by_test_id("editor").locator(".cm-content").click()
    page.evaluate(
        """() => {
            const data = new DataTransfer();
            data.setData("text/plain", "line one\\nline two\\n");
            const target = document.querySelector("[data-testid=editor] .cm-content");
            target.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true}));
        }"""
    )
    # The tab hidden (the page hands its queue to sendBeacon) and shown again.
    for state in ("hidden", "visible"):
        page.evaluate(
            """(state) => {
                Object.defineProperty(document, "visibilityState", {value: state, configurable: true});
                document.dispatchEvent(new Event("visibilitychange"));
            }""",
            state,
        )

    events = timeline_with(server, attempt, {"paste", "page_hidden", "page_shown"})
    kinds = [kind for kind, _ in events]
    assert {"attempt_started", "paste", "page_hidden", "page_shown"} <= set(kinds), kinds
    paste = next(payload for kind, payload in events if kind == "paste")
    assert paste == {"chars": 18, "lines": 3, "where": "editor"}
    # Nothing of it is shown to the candidate.
    expect(page.get_by_text("paste", exact=False)).to_have_count(0)
