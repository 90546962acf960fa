"""Words no dictionary knows, on the page in a real browser: with the originals shown, a reviewer
sees them in context, marked by how much each looks like a name, and adds one in a click."""

from __future__ import annotations

import pytest

from tests.conftest import submitted_workspace
from tests.review.test_words_to_check import EMAIL
from tests.web.test_browser import sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture()
def web_workspace(tmp_path, training):
    """A parent's lower-case e-mail, submitted by sam."""
    return submitted_workspace(tmp_path, training, {"email.txt": EMAIL})


def test_a_reviewer_adds_a_word_no_dictionary_knows_from_the_list(browser, served):
    page = browser.new_page()
    sign_in(page, served, "rita")
    page.locator("table.queue tbody tr").first.get_by_role("link").click()
    assert page.locator("table.checks").count() == 0   # the words are originals: not before
    page.get_by_role("button", name="Show the originals (recorded)").click()
    page.get_by_role("heading", name="Words no dictionary knows").wait_for()
    rows = page.locator("table.checks tbody tr")
    word = rows.filter(has_text="brinkcliffe")
    assert word.count() == 1 and "which is the pru" in word.inner_text()
    marked = page.locator("table.checks mark").all_inner_texts()
    assert "brinkcliffe" in marked and not {"dont", "hiya", "pru"} & set(marked)
    word.get_by_role("combobox").select_option("SCHOOL")
    word.get_by_role("button").click()
    page.get_by_role("heading", name="Replacements").wait_for()
    assert "brinkcliffe" not in page.locator(".draft").inner_text()
