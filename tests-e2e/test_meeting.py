"""A cell secretary runs a meeting from start to finish in a phone-sized browser, and a member
checks in from another session (issue: the meeting cycle)."""

import io
import re
from datetime import datetime, timedelta, timezone

from docx import Document
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def vietnam_today() -> str:
    return (datetime.now(timezone.utc) + timedelta(hours=7)).date().isoformat()


def open_all_details(browser):
    browser.driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")


def set_value(browser, element, value):
    browser.driver.execute_script("arguments[0].value = arguments[1]", element, value)


def submit(browser, form_css, button_css="button[type=submit]"):
    form = browser.find(form_css)
    browser.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, button_css))


def test_secretary_runs_a_meeting_and_a_member_checks_in(login_as):
    sec = login_as("bt03")
    sec.click_and_wait_for_new_page(sec.find("a.button[href$='/meetings']"))
    assert "Sinh hoạt chi bộ năm" in sec.h1
    assert sec.find_all("#obligations")

    # Schedule today's regular meeting and announce it: same-day notice is flagged, not refused.
    open_all_details(sec)
    form = sec.find("form#new-meeting")
    Select(form.find_element(By.NAME, "kind")).select_by_value("regular")
    set_value(sec, form.find_element(By.NAME, "date"), vietnam_today())
    form.find_element(By.NAME, "location").send_keys("Nhà văn hóa thôn Khuôn Trã")
    sec.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    meeting_path = sec.path
    assert re.fullmatch(r"/meetings/[0-9a-f-]{36}", meeting_path), sec.describe()
    submit(sec, "form#notify")
    assert "Đã thông báo" in sec.text("#notice")
    assert sec.find_all("#notice-late")

    # Open: the check-in code is shown.
    submit(sec, "form#open")
    code = sec.text("#checkin-code div")
    assert re.fullmatch(r"\d{6}", code), sec.describe()

    # The secretary's own phone (another session) checks in with the code.
    phone = login_as("bt03")
    phone.open(meeting_path)
    form = phone.find("form#checkin")
    form.find_element(By.NAME, "code").send_keys(code)
    phone.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Đã điểm danh." in phone.text("#notice"), phone.describe()

    # Back on the secretary's screen: one absence with reason, everyone else present.
    sec.open(meeting_path)
    selects = sec.find_all("select[form=roll-form]")
    assert len(selects) > 5
    name = selects[-1].get_attribute("aria-label")
    Select(selects[-1]).select_by_value("excused")
    key = selects[-1].get_attribute("name")[2:]
    sec.find(f"input[name='r.{key}']").send_keys("Đi làm ăn xa")
    sec.click_and_wait_for_new_page(sec.find("form#roll-form button[value=present]"))
    summary = sec.text("#attendance-summary")
    assert "vắng có lý do 1" in summary, summary

    # A vote: a tally larger than the base is refused with the arithmetic; a real one is decided.
    open_all_details(sec)
    form = sec.find("form#open-vote")
    Select(form.find_element(By.NAME, "kind")).select_by_value("resolution")
    form.find_element(By.NAME, "subject").send_keys("Thông qua nghị quyết tháng")
    sec.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    form = sec.find("form.tally")
    form.find_element(By.NAME, "inFavour").send_keys("999")
    form.find_element(By.NAME, "against").send_keys("0")
    sec.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "lớn hơn" in sec.text("#errors"), sec.describe()
    form = sec.find("form.tally")
    form.find_element(By.NAME, "inFavour").send_keys("2")
    form.find_element(By.NAME, "against").send_keys("1")
    sec.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    vote = sec.text("table#votes tr.vote")
    assert "Tán thành 2/" in vote and ("Thông qua" in vote or "Không đạt" in vote), vote

    # A task for a named member.
    open_all_details(sec)
    form = sec.find("form#assign-task")
    form.find_element(By.NAME, "description").send_keys("Vận động các hộ làm đường liên thôn")
    set_value(sec, form.find_element(By.NAME, "dueDate"), (datetime.now(timezone.utc) + timedelta(days=30)).date().isoformat())
    sec.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Vận động các hộ làm đường liên thôn" in sec.text("table#tasks")

    # End, write the minutes, approve: numbered and locked; a late check-in is refused.
    submit(sec, "form#end")
    form = sec.find("form#minutes-form")
    form.find_element(By.NAME, "chairName").send_keys("Chủ trì Thử Nghiệm")
    form.find_element(By.NAME, "secretaryName").send_keys("Thư Ký Thử Nghiệm")
    form.find_element(By.NAME, "qualityScore").send_keys("91")
    sec.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    submit(sec, "form#approve")
    assert "Biên bản đã thông qua" in sec.text("#meeting-status"), sec.describe()
    assert re.search(r"Số \d{2}-BB/CB03", sec.text("#records"))
    assert not sec.find_all("form#minutes-form")

    # The minutes open in a word processor: an independent reader finds the absentee by name.
    session = sec.http_session()
    response = session.get(sec.base_url + meeting_path + "/minutes.docx", timeout=30)
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert name in text and "Đi làm ăn xa" in text
    assert "Chủ trì Thử Nghiệm" in text
