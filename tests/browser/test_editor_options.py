"""The coding editor's options: Run with custom input, and Vim keys that stay on across reloads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.test_candidate_round import ACCEPTED, type_code
from tests.conftest import Server

pytestmark = pytest.mark.browser


def code(page: Page) -> str:
    """What the editor holds, as the form would send it."""
    return page.locator("#source-pair-count").input_value()


def judged(verdict: Locator, run: Callable[[], None]) -> None:
    """Run, then wait for the new submission's box to show its verdict."""
    last = verdict.get_attribute("id") if verdict.count() else None
    run()
    if last:
        expect(verdict).not_to_have_attribute("id", last)
    expect(verdict).to_have_attribute("data-final", "true", timeout=60_000)


def test_run_with_custom_input_and_vim_keys(server: Server, page: Page, screenshot_dir: Path) -> None:
    page.goto(f"{server.url}/rounds/sample")
    page.get_by_role("button", name="Start the round").click()
    problem = page.get_by_test_id("problem-pair-count")
    box = problem.get_by_test_id("custom-input")
    text = box.get_by_test_id("custom-input-text")

    # Closed by default; opened, it holds the first sample's input to show the format.
    expect(text).to_be_hidden()
    box.get_by_text("Custom input", exact=True).click()
    expect(text).to_have_value("5 6\n1 5 3 3 7\n")
    text.fill("4 4\n2 2 2 2")
    type_code(page, ACCEPTED)
    verdict = problem.get_by_test_id("verdict")
    judged(verdict, problem.get_by_test_id("run").click)
    expect(verdict).to_contain_text("sample tests only · your input: Ran")
    expect(problem.get_by_test_id("custom-row")).to_contain_text("Ran")
    expect(problem.get_by_test_id("custom-output")).to_have_text("6")
    problem.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "1-custom-input.png", full_page=True)
    problem.screenshot(path=screenshot_dir / "1-custom-input-panel.png")
    # Ctrl/Cmd + Enter in the box runs, as it does in the editor.
    text.fill("3 2\n1 1 1")
    judged(verdict, lambda: text.press("ControlOrMeta+Enter"))
    expect(problem.get_by_test_id("custom-output")).to_have_text("3")
    expect(text).to_have_value("3 2\n1 1 1")  # the key ran; it typed no line break
    text.fill("4 4\n2 2 2 2")

    # Vim keys: off by default; on, the editor takes Vim's motions at once.
    vim = problem.get_by_test_id("vim-keys")
    expect(vim).not_to_be_checked()
    vim.check()
    editor = problem.get_by_test_id("editor")
    expect(editor.locator(".cm-vim-panel")).to_be_visible()
    size = editor.bounding_box()
    assert size is not None and size["height"] >= 320  # the editor keeps its size
    editor.locator(".cm-content").click()
    page.keyboard.press("Escape")
    page.keyboard.type("ggdG")  # delete every line
    assert code(page) == ""
    page.keyboard.type("iline one")
    expect(editor.locator(".cm-vim-panel")).to_contain_text("INSERT")
    page.keyboard.press("Escape")
    page.keyboard.type("oline two")
    page.keyboard.press("Escape")
    problem.screenshot(path=screenshot_dir / "2-vim-keys-panel.png")
    page.keyboard.type("kdd")  # up a line, and delete it
    expect(page.locator("#source-pair-count")).to_have_value("line two")

    # Ctrl/Cmd + Enter still runs the samples, in Vim's normal mode too.
    page.keyboard.type("ggdGi")
    page.keyboard.insert_text(ACCEPTED)
    page.keyboard.press("Escape")
    judged(verdict, lambda: page.keyboard.press("ControlOrMeta+Enter"))
    expect(verdict).to_contain_text("Accepted")

    # The choice, and the custom input, outlive a reload.
    expect(problem.get_by_test_id("draft-status")).to_have_text("Saved")
    page.reload()
    expect(vim).to_be_checked()
    expect(editor.locator(".cm-vim-panel")).to_be_visible()
    expect(text).to_have_value("4 4\n2 2 2 2")
    editor.locator(".cm-content").click()
    page.keyboard.press("Escape")
    page.keyboard.type("ggdG")
    assert code(page) == ""
    page.screenshot(path=screenshot_dir / "3-after-reload.png", full_page=True)

    # Off again: keys type text as usual.
    vim.uncheck()
    expect(editor.locator(".cm-vim-panel")).to_have_count(0)
    editor.locator(".cm-content").click()
    page.keyboard.type("dd")
    expect(page.locator("#source-pair-count")).to_have_value("dd")

    # A closed box sends nothing: the run judges the samples only.
    box.get_by_text("Custom input", exact=True).click()
    expect(text).to_be_hidden()
    judged(verdict, problem.get_by_test_id("run").click)
    expect(verdict).to_contain_text("Runtime Error · sample tests only")
    expect(verdict).not_to_contain_text("your input")
    expect(problem.get_by_test_id("custom-row")).to_have_count(0)

    # The same panel in the dark theme, with a failing custom input to show.
    page.get_by_role("button", name="Dark theme").click()
    box.get_by_text("Custom input", exact=True).click()
    judged(verdict, problem.get_by_test_id("run").click)
    expect(problem.get_by_test_id("custom-error")).to_contain_text("NameError")
    problem.screenshot(path=screenshot_dir / "4-dark-custom-error-panel.png")
