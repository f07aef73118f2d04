"""The practice progress page after a round taken in the browser, and the light and dark themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_candidate_round import ACCEPTED, type_code
from tests.conftest import Server

pytestmark = pytest.mark.browser


def theme_of(page: Page) -> str | None:
    value: str | None = page.evaluate("document.documentElement.dataset.theme || null")
    return value


def background(page: Page) -> str:
    value: str = page.evaluate("getComputedStyle(document.body).backgroundColor")
    return value


LIGHT_BG, DARK_BG = "rgb(247, 247, 245)", "rgb(22, 24, 29)"


def shot(page: Page, path: Path) -> None:
    # From the top, so that the sticky header is drawn where the candidate sees it.
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=path, full_page=True)


def toggle_with_keyboard(page: Page) -> None:
    button = page.get_by_role("button", name="Dark theme")
    button.focus()
    page.keyboard.press("Enter")


def test_progress_after_a_practice_round_weakest_first(
    server: Server, page: Page, screenshot_dir: Path
) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(f"{server.url}/practice")
    page.get_by_test_id("progress-link").click()
    expect(page.get_by_test_id("progress-empty")).to_contain_text("Take a practice round")
    shot(page, screenshot_dir / "1-progress-empty.png")

    page.goto(f"{server.url}/rounds/sample")
    page.get_by_role("button", name="Start the round").click()
    # Two of the three Python questions right; the coding problem (arrays) accepted.
    for number, option in [(1, "[1, 2]"), (2, "O(n)"), (3, "5 0")]:
        question = page.get_by_test_id(f"question-{number}")
        question.get_by_text(option, exact=True).click()
        expect(question.get_by_role("status")).to_contain_text("Saved at")
    type_code(page, ACCEPTED)
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-final", "true", timeout=60_000)
    expect(page.get_by_test_id("verdict")).to_contain_text("Accepted", timeout=60_000)
    shot(page, screenshot_dir / "2-round-light.png")
    toggle_with_keyboard(page)
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    shot(page, screenshot_dir / "3-round-dark.png")

    page.get_by_test_id("review").click()
    page.get_by_test_id("finish").click()
    expect(page.get_by_test_id("score")).to_be_visible()
    shot(page, screenshot_dir / "4-result-dark.png")

    page.get_by_test_id("progress-link").click()
    chart = page.get_by_test_id("progress-chart")
    expect(chart).to_be_visible()
    rows = chart.locator("tbody tr")
    expect(rows).to_have_count(2)
    # Weakest first: python at 2 of 3, then arrays (the accepted problem) at 100%.
    expect(rows.nth(0)).to_have_attribute("data-testid", "topic-python")
    expect(rows.nth(0).get_by_test_id("accuracy")).to_have_text("67%")
    expect(rows.nth(1)).to_have_attribute("data-testid", "topic-arrays")
    expect(rows.nth(1).get_by_test_id("accuracy")).to_have_text("100%")
    expect(page.get_by_role("img", name="python: 67% accuracy")).to_be_visible()
    training = page.get_by_test_id("train-python")
    expect(training.get_by_role("link", name="Sample round", exact=True)).to_be_visible()
    shot(page, screenshot_dir / "5-progress-dark.png")
    toggle_with_keyboard(page)
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    shot(page, screenshot_dir / "6-progress-light.png")


def test_the_theme_follows_the_system_until_chosen_and_persists(
    server: Server, page: Page, screenshot_dir: Path
) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(f"{server.url}/practice")
    # Nothing chosen: the system's dark scheme applies, and the toggle says dark is on.
    assert theme_of(page) is None
    assert background(page) == DARK_BG
    toggle = page.get_by_role("button", name="Dark theme")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    shot(page, screenshot_dir / "1-practice-dark.png")

    toggle_with_keyboard(page)
    assert theme_of(page) == "light" and background(page) == LIGHT_BG
    expect(toggle).to_have_attribute("aria-pressed", "false")
    shot(page, screenshot_dir / "2-practice-light.png")

    # The choice outlives a reload, and is applied before the page's script runs (no flash of dark).
    page.goto(f"{server.url}/rounds/sample", wait_until="commit")
    page.wait_for_selector("body")
    assert theme_of(page) == "light"
    page.wait_for_load_state("load")
    assert background(page) == LIGHT_BG
    expect(page.get_by_role("button", name="Dark theme")).to_have_attribute("aria-pressed", "false")
    shot(page, screenshot_dir / "3-start-light.png")

    toggle_with_keyboard(page)
    page.reload()
    assert theme_of(page) == "dark" and background(page) == DARK_BG
    shot(page, screenshot_dir / "4-start-dark.png")

    # The editor is dark too.
    page.get_by_role("button", name="Start the round").click()
    editor = page.get_by_test_id("editor")
    expect(editor).to_be_visible()
    editor_bg: str = editor.evaluate("e => getComputedStyle(e).backgroundColor")
    assert editor_bg == "rgb(31, 34, 41)"
