"""WCAG 2.2 AA as a UK public-sector service must meet it: every page passes axe-core (bundled
with axe-playwright-python, nothing fetched) with no serious or critical violation, in Chromium."""

from __future__ import annotations

import pytest

from tests.web.test_browser import sign_in

SEVERE = {"serious", "critical"}


def violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} node(s)"
            for v in results.response["violations"] if v["impact"] in SEVERE]


@pytest.mark.parametrize("user, path", [
    (None, "/signin"), ("rita", "/"), ("rita", "/documents/1"), ("rita", "/documents/2"),
    ("tara", "/library"), ("sam", "/upload")],
    ids=["sign-in", "queue", "document", "flagged-document", "library", "upload"])
def test_every_page_passes_axe(browser, served, user, path):
    page = browser.new_page()
    if user:
        sign_in(page, served, user)
    page.goto(served + path)
    assert violations(page) == []


def test_the_originals_view_passes_axe(browser, served):
    page = browser.new_page()
    sign_in(page, served, "rita")
    page.goto(served + "/documents/1")
    page.get_by_role("button", name="Show the originals (recorded)").click()
    page.get_by_text("Originals are shown below").wait_for()
    assert violations(page) == []


def test_focus_is_visible(browser, served):
    page = browser.new_page()
    page.goto(served + "/signin")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_the_check_itself_finds_a_broken_page(browser):
    """So that a pass above means something: a field with no label is a serious violation."""
    page = browser.new_page()
    page.set_content("<!doctype html><html lang='en'><head><title>t</title></head><body><main>"
                     "<input type='text'></main></body></html>")
    assert any(v.startswith("label") for v in violations(page))
