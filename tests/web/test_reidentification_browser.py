"""The motivated-intruder gate on the page, in a real browser: a reviewer sees which details
together could point at the family, cannot approve until each is generalised or kept with a
reason, and the draft then reads "a rare genetic condition"."""

from __future__ import annotations

import pytest

from tests.conftest import submitted_workspace
from tests.review.test_reidentification import HIGH
from tests.web.test_browser import sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture()
def web_workspace(tmp_path, training):
    """One training draft at high risk of re-identification, submitted by sam."""
    return submitted_workspace(tmp_path, training, {"example.txt": HIGH})


def test_a_reviewer_handles_each_detail_before_approving(browser, served):
    page = browser.new_page()
    sign_in(page, served, "rita")
    row = page.locator("table.queue tbody tr").first
    assert "High:" in row.inner_text() and "to handle" in row.inner_text()
    row.get_by_role("link").click()
    page.get_by_role("heading", name="Details that could identify the family").wait_for()
    assert "PWS" in page.locator(".draft").inner_text()   # training: the reviewer chooses
    page.get_by_role("button", name="Approve").click()
    assert "high risk of re-identification" in page.get_by_role("alert").inner_text()
    page.go_back()
    page.reload()

    details = page.locator("table.details tbody tr")
    rare = details.filter(has=page.get_by_role("cell", name="rare condition", exact=True))
    rare.get_by_role("button", name="Generalise").click()
    page.get_by_role("heading", name="Details that could identify the family").wait_for()
    assert "a rare genetic condition" in page.locator(".draft").inner_text()
    # Keep every detail still to decide, each with a reason (the field is required).
    for _ in range(12):
        waiting = page.locator("table.details tbody tr.to-handle")
        if waiting.count() == 0:
            break
        first = waiting.first
        first.get_by_role("textbox").fill("Needed for the training point")
        first.get_by_role("button", name="Keep").click()
        page.get_by_role("heading", name="Details that could identify the family").wait_for()
    assert page.locator("table.details tbody tr.to-handle").count() == 0
    assert "Kept: Needed for the training point" in page.locator("table.details").inner_text()
    page.get_by_role("button", name="Approve").click()
    page.get_by_text("Approved ·").wait_for()
    assert "Prader" not in page.locator(".draft").inner_text()
    assert "PWS" not in page.locator(".draft").inner_text()
