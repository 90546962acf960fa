"""The web page's rules as a client meets them, in-process: no session goes to sign-in, a form
without its CSRF token is refused, every response carries the security headers, repeated failed
sign-ins wait, an idle session ends, and the library's rules hold (four eyes, trainers)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from starlette.testclient import TestClient

from redactor.web import create_app
from tests.conftest import PASSWORDS
from tests.web.conftest import ORIGINALS


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture()
def clock():
    return Clock()


@pytest.fixture()
def client(web_workspace, clock):
    with TestClient(create_app(web_workspace, clock=clock), base_url="http://127.0.0.1") as c:
        yield c


def sign_in(client, user):
    response = client.post("/signin", data={"user": user, "password": PASSWORDS[user]},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_without_a_session_every_page_goes_to_sign_in(client):
    for path in ("/", "/documents/1"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/signin"
    assert client.post("/documents/1/approve", data={}, follow_redirects=False).status_code == 303


def test_every_response_is_private_and_unframeable(client):
    for response in (client.get("/signin"), client.get("/static/style.css")):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "http" not in csp
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["x-frame-options"] == "DENY"


def test_the_session_cookie_is_http_only_and_strict(client):
    response = client.post("/signin", data={"user": "rita", "password": PASSWORDS["rita"]},
                           follow_redirects=False)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie


def test_a_form_without_its_csrf_token_is_refused(client):
    token = sign_in(client, "rita")
    for data in ({}, {"csrf": "forged"}):
        response = client.post("/documents/1/approve", data=data)
        assert response.status_code == 403
    assert "Awaiting review" in client.get("/documents/1").text
    assert client.post("/documents/1/approve", data={"csrf": token},
                       follow_redirects=False).status_code == 303


def test_staff_cannot_approve_their_own_and_trainers_see_no_drafts(client):
    token = sign_in(client, "sam")
    page = client.get("/documents/1").text
    assert "another reviewer decides" in page and 'action="/documents/1/approve"' not in page
    refused = client.post("/documents/1/approve", data={"csrf": token})
    assert refused.status_code == 403 and "R520" in refused.text
    client.post("/signout", data={"csrf": token})
    client.post("/signin", data={"user": "tara", "password": PASSWORDS["tara"]})
    assert "No released documents match" in client.get("/").text  # the library, nothing in it
    assert client.get("/documents/1").status_code == 403


def test_a_flagged_document_needs_the_lead_first(client):
    token = sign_in(client, "rita")
    assert "Needs the Service Lead" in client.get("/").text
    refused = client.post("/documents/2/approve", data={"csrf": token})
    assert refused.status_code == 403 and "acknowledgement" in refused.text
    client.post("/signout", data={"csrf": token})
    token = sign_in(client, "lee")
    assert client.post("/documents/2/acknowledge", data={"csrf": token, "note": "spoke to the DSL"},
                       follow_redirects=False).status_code == 303
    client.post("/signout", data={"csrf": token})
    token = sign_in(client, "rita")
    assert client.post("/documents/2/approve", data={"csrf": token},
                       follow_redirects=False).status_code == 303


def test_no_page_holds_an_original(client):
    sign_in(client, "rita")
    for path in ("/", "/documents/1", "/documents/2"):
        html = client.get(path).text
        assert not [o for o in ORIGINALS if o in html], path
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert re.fullmatch(r"(Documents|Document \d+) – redactor", title.strip())


def test_repeated_failed_sign_ins_wait(client, clock):
    for _ in range(5):
        assert client.post("/signin", data={"user": "rita", "password": "a wrong guess here"}).status_code == 401
    waiting = client.post("/signin", data={"user": "rita", "password": PASSWORDS["rita"]})
    assert waiting.status_code == 429 and "Try again in" in waiting.text
    clock.now += timedelta(seconds=3)
    assert client.post("/signin", data={"user": "rita", "password": PASSWORDS["rita"]},
                       follow_redirects=False).status_code == 303


def test_an_idle_session_ends(client, clock):
    sign_in(client, "rita")
    clock.now += timedelta(minutes=14)
    assert client.get("/", follow_redirects=False).status_code == 200
    clock.now += timedelta(minutes=16)
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/signin"


def test_signing_out_ends_the_session(client):
    token = sign_in(client, "rita")
    client.post("/signout", data={"csrf": token})
    assert client.get("/", follow_redirects=False).status_code == 303


def test_serve_refuses_to_send_passwords_in_clear_to_other_machines(web_workspace):
    from click.testing import CliRunner

    from redactor.cli import main
    result = CliRunner().invoke(main, ["serve", "--workspace", str(web_workspace), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--certfile" in result.output and "--behind-proxy" in result.output
    result = CliRunner().invoke(main, ["serve", "--workspace", str(web_workspace / "none")])
    assert result.exit_code == 1 and "workspace init" in result.output


def test_originals_are_shown_only_on_the_recorded_toggle(client):
    token = sign_in(client, "rita")
    assert not [o for o in ORIGINALS if o in client.get("/documents/1").text]
    assert client.post("/documents/1/originals", data={}).status_code == 403  # no CSRF token
    shown = client.post("/documents/1/originals", data={"csrf": token})
    assert shown.status_code == 200 and "Kacper Nowak" in shown.text
    assert "Kacper" not in re.search(r"<title>(.*?)</title>", shown.text, re.S).group(1)
    assert "view originals" in client.get("/documents/1").text  # in the document's history
    assert not [o for o in ORIGINALS if o in client.get("/documents/1").text]  # not sticky
    client.post("/signout", data={"csrf": token})
    token = sign_in(client, "sam")
    assert client.post("/documents/1/originals", data={"csrf": token}).status_code == 403


def test_keep_and_add_change_the_draft(client):
    token = sign_in(client, "rita")
    shown = client.post("/documents/1/originals", data={"csrf": token}).text
    row = re.search(r"<td>(\d+)</td><td>SCHOOL</td>", shown)
    assert row, "the school is a replacement"
    kept = client.post("/documents/1/keep", data={"csrf": token, "finding": row.group(1)},
                       follow_redirects=False)
    assert kept.status_code == 303
    assert "Oakwood Primary School" in client.get("/documents/1").text  # the reviewer's decision
    assert "bubba" in client.get("/documents/1").text
    added = client.post("/documents/1/add", data={"csrf": token, "text": "bubba", "type": "PERSON"},
                        follow_redirects=False)
    assert added.status_code == 303
    assert "bubba" not in client.get("/documents/1").text  # every mention
    missing = client.post("/documents/1/add", data={"csrf": token, "text": "not in it", "type": "PERSON"})
    assert missing.status_code == 403 and "does not occur" in missing.text


def test_a_trainer_finds_a_released_case_example_and_downloads_it(client):
    token = sign_in(client, "rita")
    client.post("/documents/1/approve", data={"csrf": token, "tags": "annual review, Year 6 transition"})
    assert client.post("/documents/1/release", data={"csrf": token}, follow_redirects=False).status_code == 303
    client.post("/signout", data={"csrf": token})
    client.post("/signin", data={"user": "tara", "password": PASSWORDS["tara"]})
    library = client.get("/")
    assert "Library of released case examples" in library.text and "/library/1/download" in library.text
    assert "/library/2/download" not in library.text  # not released: never in the library
    assert "/library/1/download" in client.get("/library", params={"q": "annual review"}).text
    assert "/library/1/download" in client.get("/library", params={"tag": "year 6 transition"}).text
    assert "/library/1/download" not in client.get("/library", params={"q": "trampoline"}).text
    assert "/library/1/download" not in client.get("/library", params={"since": "2999-01-01"}).text
    download = client.get("/library/1/download")
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    assert not [o for o in ORIGINALS if o.encode() in download.content]
    assert b"annual review" in download.content
    assert client.get("/library/2/download").status_code == 404  # a draft is never downloadable


def test_upload_redacts_in_the_background_and_a_bad_file_fails_alone(client):
    token = sign_in(client, "rita")
    files = [("files", ("home visit.txt", b"Visited Grace Holt at home on 3 March 2025.\n", "text/plain")),
             ("files", ("broken.docx", b"this is not a Word file", "application/octet-stream"))]
    assert client.post("/upload", data={"pipeline": "training"}, files=files).status_code == 403  # no CSRF
    response = client.post("/upload", data={"csrf": token, "pipeline": "training"}, files=files,
                           follow_redirects=False)
    assert response.status_code == 303
    job = response.headers["location"].rsplit("/", 1)[1]
    assert client.app.state.uploads.wait(job, timeout=300)
    status = client.get(f"/uploads/{job}").text
    assert "Finished: 1 of 2" in status and "R200" in status and "broken.docx" in status
    assert "/dev/shm" not in status and "scratch" not in status
    listing = client.get("/").text
    assert listing.count("<tr>") == 4  # the header, sam's two, and rita's upload
    assert "<td>rita</td>" in listing  # recorded as the uploader's, awaiting review
    assert "Grace" not in listing and "Holt" not in listing


def test_trainers_do_not_upload_and_a_job_is_its_owners_only(client):
    client.post("/signin", data={"user": "tara", "password": PASSWORDS["tara"]})
    assert client.get("/upload").status_code == 403
    assert client.get("/uploads/not-a-job").status_code == 404


def test_a_reviewer_changes_a_findings_type(client):
    token = sign_in(client, "rita")
    shown = client.post("/documents/1/originals", data={"csrf": token}).text
    school = re.search(r"<td>(\d+)</td><td>SCHOOL</td>", shown).group(1)
    changed = client.post("/documents/1/retype", data={"csrf": token, "finding": school, "type": "LOCATION"},
                          follow_redirects=False)
    assert changed.status_code == 303
    page = client.get("/documents/1").text
    assert "Oakwood" not in page  # still redacted, now as a place
    assert re.search(r'<tr class="added"><td>\+</td><td>LOCATION</td>', page)
    assert 'class="t-location"' in page
    same = client.post("/documents/1/retype", data={"csrf": token, "finding": "0", "type": "PERSON"})
    assert same.status_code == 403 and "already PERSON" in same.text


def uploaded(client, token, path) -> str:
    """Upload one file through the page, wait for the worker, and return its document id."""
    response = client.post("/upload", data={"csrf": token, "pipeline": "training"},
                           files=[("files", (path.name, path.read_bytes(), "application/octet-stream"))],
                           follow_redirects=False)
    job = response.headers["location"].rsplit("/", 1)[1]
    assert client.app.state.uploads.wait(job, timeout=300)
    return re.search(r'href="/documents/(\d+)"', client.get(f"/uploads/{job}").text).group(1)


def test_a_word_files_parts_are_shown_as_sections_of_the_draft(client, tmp_path):
    import docx

    from tests.docx_builder import build
    path = build(tmp_path / "review.docx", paragraphs=["Kacper Nowak attends Oakwood Primary School."],
                 header="Confidential: Nowak family", footer="Prepared by Anna Nowak")
    document = docx.Document(str(path))
    document.core_properties.author = "Anna Nowak"
    document.save(str(path))
    token = sign_in(client, "rita")
    doc_id = uploaded(client, token, path)
    client.post("/signout", data={"csrf": token})
    sign_in(client, "lee")  # another reviewer than the uploader
    page = client.get(f"/documents/{doc_id}").text
    parts = re.findall(r'<h3 class="part">([^<]+)</h3>', page)
    assert parts[:1] == ["Body"] and {"Headers", "Footers", "Properties"} <= set(parts)
    assert not [o for o in ORIGINALS if o in page]


def test_a_word_files_headings_lists_and_tables_read_as_such(client, tmp_path):
    import docx
    document = docx.Document()
    document.add_heading("Annual review for Kacper Nowak", level=1)
    document.add_paragraph("Kacper Nowak attends Oakwood Primary School.")
    document.add_paragraph("Speech and language therapy weekly", style="List Bullet")
    document.add_paragraph("A quiet space at lunchtime", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Parent", "Anna Nowak"
    path = tmp_path / "review.docx"
    document.save(str(path))
    doc_id = uploaded(client, sign_in(client, "rita"), path)
    page = client.get(f"/documents/{doc_id}").text
    assert re.search(r'<h4 class="k-heading">Annual review for <mark', page)
    assert re.search(r'<ul>\s*<li class="k-item">Speech and language therapy weekly</li>\s*'
                     r'<li class="k-item">A quiet space at lunchtime</li>\s*</ul>', page)
    grid = re.search(r'<table class="in-draft">(.*?)</table>', page, re.S).group(1)
    assert grid.count("<tr>") == 1 and grid.count('<td class="k-cell">') == 2
    assert not [o for o in ORIGINALS if o in page]


def test_tracked_changes_are_listed_in_a_section_of_their_own(client, tmp_path):
    from tests.word_fixtures import build_all
    fixture = build_all(tmp_path)["tracked_delete"]
    doc_id = uploaded(client, sign_in(client, "rita"), fixture.path)
    page = client.get(f"/documents/{doc_id}").text
    parts = re.findall(r'<h3 class="part">([^<]+)</h3>', page)
    assert parts[:2] == ["Body", "Tracked changes"]
    tracked = page.split('<h3 class="part">Tracked changes</h3>')[1].split('<h3 class="part">')[0]
    assert "Transport was arranged" in tracked and "through the local authority" in tracked
    assert not [name for name in fixture.planted if name in page]
    assert len(re.findall(r'id="(f-\d+)"', page)) == len(set(re.findall(r'id="(f-\d+)"', page)))
