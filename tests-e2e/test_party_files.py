"""Documents on a person's file and the member's file, in a phone-sized browser, on the demo
commune: CB08's secretary finds on the cell's recruitment page the new member whose file is not
complete (admitted twelve days ago), records the member's file (1-HSĐV, 2-HSĐV) on her page,
attaches a scanned PDF to that step with the row's small form, and downloads it back; the
admission decision's scan the committee attached is there to download too.

CB08 and its secretary bt08 are used by no other end-to-end test. Every page visited and every
form opened must fit a 360 px screen without scrolling sideways.
"""

import re

from selenium.webdriver.common.by import By

from conftest import UUID_RE, Browser, today_iso
from test_party_life import Pages, open_details, own_cell, set_value, submit, vi_date

UUID = UUID_RE.pattern
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


def download(browser: Browser, href: str) -> bytes:
    res = browser.http_session().get(browser.base_url + href, timeout=20)
    assert res.status_code == 200, f"GET {href}: {res.status_code}"
    assert res.headers.get("Content-Type") == "application/pdf", res.headers
    assert res.headers.get("X-Content-Type-Options") == "nosniff"
    return res.content


def test_secretary_completes_the_members_file_and_attaches_a_scan(login_as, tmp_path):
    pages = Pages()
    sec = login_as("bt08")
    cell = own_cell(sec, pages)
    sec.click_and_wait_for_new_page(sec.find("a#recruitment-link"))
    assert sec.path == f"{cell}/recruitment", sec.describe()
    rows = sec.find_all("table#member-files tr.member-file")
    assert rows, f"no new member whose file is not complete ({sec.describe()})"
    pages.check(sec, "recruitment")
    link = rows[0].find_element(By.CSS_SELECTOR, "a[href^='/members/']")
    name = link.text
    sec.click_and_wait_for_new_page(link)
    assert re.fullmatch(r"/members/" + UUID, sec.path), sec.path
    member = sec.path
    assert sec.h1.startswith(name)
    assert sec.find_all("table#admission-file tr.admission-step.ceremony"), "no admission file on the new member's page"
    pages.check(sec, "new member")

    # The admission decision's scan (the committee's step): a link to download, no form to attach here.
    decision = sec.find("table#admission-file tr.admission-step.decision")
    scans = decision.find_elements(By.CSS_SELECTOR, "ul.docs a")
    assert scans, f"no document beside the decision: {decision.text!r}"
    assert download(sec, scans[0].get_attribute("pathname")).startswith(b"%PDF-")
    assert not decision.find_elements(By.CSS_SELECTOR, "form.doc-upload"), "the cell is offered to attach to the committee's decision"

    # The member's file, dated today.
    form = sec.find("form#member-file")
    day = today_iso()
    set_value(sec, form.find_element(By.NAME, "date"), day)
    form.find_element(By.NAME, "documentNumber").send_keys("LL 08/2026")
    submit(sec, form)
    assert sec.path == member, f"recording the member's file led to {sec.path} ({sec.describe()})"
    assert not sec.find_all("#errors"), sec.text("#errors")
    assert not sec.find_all("form#member-file"), "the member's file is still offered"
    step = sec.find("table#admission-file tr.admission-step.member_file")
    assert "Hoàn thiện hồ sơ đảng viên (1-HSĐV, 2-HSĐV)" in step.text and vi_date(day) in step.text, step.text
    pages.check(sec, "member's file recorded")

    # A scan beside that step: the row's small form, a real file chosen from disk.
    form = step.find_element(By.CSS_SELECTOR, "form.doc-upload")
    open_details(sec, form)
    pages.check(sec, "attach open")
    scan = tmp_path / "Lý lịch đảng viên.pdf"
    scan.write_bytes(PDF)
    form.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(scan))
    submit(sec, form)
    assert sec.path == member, f"the upload led to {sec.path} ({sec.describe()})"
    assert not sec.find_all("#errors"), sec.text("#errors")
    step = sec.find("table#admission-file tr.admission-step.member_file")
    links = step.find_elements(By.CSS_SELECTOR, "ul.docs a")
    assert [a.text for a in links] == ["Lý lịch đảng viên.pdf"], step.text
    assert re.fullmatch(member + "/documents/" + UUID, links[0].get_attribute("pathname"))
    assert download(sec, links[0].get_attribute("pathname")) == PDF
    pages.check(sec, "after the upload")

    # The recruitment page no longer lists her.
    sec.open(f"{cell}/recruitment")
    assert not sec.find_all(f"table#member-files a[href='{member}']"), "the completed file is still listed"
    pages.assert_fine()
