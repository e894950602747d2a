"""Training and contests for cell secretaries in a phone-sized browser, on the demo commune: the
commune's staff (vanphong) sees the secretaries without training, records a course, is refused a
course without a topic and a certificate dated before the course ended (in Vietnamese, nothing
saved), sends one of those secretaries, records the certificate, and the list shrinks; the
member's page shows the course; the year's contest shows its prizes; a cell's secretary cannot
open the commune's training. The figures equal SQL over the raw rows of the server's database.

The test writes only a new course of its own; it reads how many secretaries are without training
first, so a second run on the same database expects one fewer than it found. Every page visited,
and every form opened, must fit a 360 px screen without scrolling sideways and show no markup as
text.
"""

import os
import re
import sqlite3
from datetime import date, timedelta

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import UUID_RE, this_year
from test_party_life import Pages, open_details, set_value, submit, today_iso
from test_statistics import commune_id

TOPIC = "Tập huấn kỹ năng ghi biên bản sinh hoạt chi bộ"


def untrained(browser):
    """(without training, secretaries and deputies) from the training page's heading."""
    shown = browser.text("#untrained-count")
    match = re.fullmatch(r"(\d+)/(\d+)", shown)
    assert match, f"#untrained-count is {shown!r}"
    return int(match.group(1)), int(match.group(2))


def test_the_commune_trains_a_secretary_who_had_no_training(login_as, base_url, api_token):
    pages = Pages()
    staff = login_as("vanphong")
    commune = commune_id(base_url, api_token("vanphong"))
    staff.open("/units/" + commune)
    staff.click_and_wait_for_new_page(staff.find("a#training-link"))
    assert staff.h1.startswith("Bồi dưỡng, hội thi"), staff.describe()
    pages.check(staff, "the commune's training")
    before, secretaries = untrained(staff)
    assert 1 <= before < secretaries, (before, secretaries)
    names = staff.texts("table#untrained tr.untrained a")
    assert len(names) == before, names
    assert staff.find_all("table#course-list tr.course"), "the demo's course"

    # The year's contest of good secretaries and its prizes.
    contests = staff.find_all("table#contest-list tr.contest a")
    if contests:  # early in the year the demo's contest is last year's
        training = staff.path
        staff.click_and_wait_for_new_page(contests[0])
        assert "Hội thi Bí thư chi bộ giỏi" in staff.h1, staff.describe()
        assert "Giải Nhất" in staff.text("ul#entrants"), staff.text("ul#entrants")
        pages.check(staff, "the contest")
        staff.open(training)

    # A course without a topic is refused in Vietnamese; then the course.
    form = staff.find("form#new-course")
    open_details(staff, form)
    pages.check(staff, "the course form open")
    first = date.fromisoformat(today_iso()) - timedelta(days=3)
    last = first + timedelta(days=1)
    staff.driver.execute_script("arguments[0].removeAttribute('required')", form.find_element(By.NAME, "topic"))
    Select(form.find_element(By.NAME, "kind")).select_by_value("workshop")
    set_value(staff, form.find_element(By.NAME, "startOn"), first.isoformat())
    set_value(staff, form.find_element(By.NAME, "endOn"), last.isoformat())
    submit(staff, form)
    assert "Chưa nhập chủ đề lớp học." in staff.text("#errors"), staff.describe()
    form = staff.find("form#new-course")
    form.find_element(By.NAME, "topic").send_keys(TOPIC)
    set_value(staff, form.find_element(By.NAME, "startOn"), first.isoformat())
    set_value(staff, form.find_element(By.NAME, "endOn"), last.isoformat())
    submit(staff, form)
    assert re.fullmatch(r"/courses/" + UUID_RE.pattern, staff.path), staff.describe()
    course = staff.path
    assert staff.h1 == TOPIC
    pages.check(staff, "the new course")

    # One of the secretaries without training attends.
    name = names[0]
    form = staff.find("form#add-attendees")
    open_details(staff, form)
    pages.check(staff, "the attendees form open")
    box = [label for label in form.find_elements(By.CSS_SELECTOR, "fieldset#candidate-officers label")
           if name in label.text]
    assert box, f"{name} is not offered"
    box[0].find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
    submit(staff, form)
    assert staff.path == course, staff.describe()
    assert name in staff.text("ul#attendees"), staff.text("ul#attendees")

    # A certificate dated before the course ended is refused; then the real one.
    form = staff.find("ul#attendees li.attendee form.attendance-result")
    form.find_element(By.NAME, "completed").click()
    form.find_element(By.NAME, "certificateNumber").send_keys("15-GCN/ĐU")
    field = form.find_element(By.NAME, "certificateDate")
    staff.driver.execute_script("arguments[0].removeAttribute('min')", field)
    set_value(staff, field, first.isoformat())
    submit(staff, form)
    assert "Ngày cấp chứng nhận phải từ ngày kết thúc lớp học" in staff.text("#errors"), staff.describe()
    assert "Chưa hoàn thành" in staff.text("ul#attendees")
    form = staff.find("ul#attendees li.attendee form.attendance-result")
    if not form.find_element(By.NAME, "completed").is_selected():
        form.find_element(By.NAME, "completed").click()
    form.find_element(By.NAME, "certificateNumber").clear()
    form.find_element(By.NAME, "certificateNumber").send_keys("15-GCN/ĐU")
    set_value(staff, form.find_element(By.NAME, "certificateDate"), today_iso())
    submit(staff, form)
    attendees = staff.text("ul#attendees")
    assert "Hoàn thành" in attendees and "chứng nhận số 15-GCN/ĐU" in attendees, attendees
    pages.check(staff, "the course with its certificate")

    # The member's record shows the course; the commune's list is one shorter.
    staff.click_and_wait_for_new_page(staff.find("ul#attendees li.attendee a"))
    assert TOPIC in staff.text("ul#member-courses"), staff.describe()
    assert not staff.find_all("#needs-training")
    pages.check(staff, "the member's record")
    staff.open(f"/units/{commune}/training")
    assert untrained(staff) == (before - 1, secretaries), staff.text("#untrained-count")
    assert name not in staff.texts("table#untrained tr.untrained a")
    if before > 1:
        staff.click_and_wait_for_new_page(staff.find("table#untrained tr.untrained a"))
        assert staff.find_all("#needs-training"), "the warning on an untrained secretary's record"
        pages.check(staff, "an untrained secretary's record")

    # A cell's secretary has no access to the commune's training.
    sec = login_as("bt10")
    session = sec.http_session()
    assert session.get(f"{base_url}/units/{commune}/training", timeout=30).status_code == 404
    assert session.get(base_url + course, timeout=30).status_code == 404
    pages.assert_fine()


def test_the_training_figures_match_the_raw_rows(base_url, api_token):
    token = api_token("vanphong")
    unit = commune_id(base_url, token)
    year = this_year()
    headers = {"Authorization": "Bearer " + token}
    stats = requests.get(f"{base_url}/api/v1/units/{unit}/statistics?period=year&year={year}", headers=headers, timeout=30)
    assert stats.status_code == 200
    figures = stats.json()["total"]["training"]
    db = sqlite3.connect(f"file:{os.environ['CHIBO_DATABASE_PATH']}?mode=ro", uri=True)
    completed, = db.execute("""SELECT COUNT(*) FROM course_attendees a JOIN courses c ON c.id = a.course_id
                               WHERE a.completed = 1 AND c.end_on BETWEEN ? AND ?""", (f"{year}-01-01", f"{year}-12-31")).fetchone()
    entrants, prizes = db.execute("""SELECT COUNT(*), COALESCE(SUM(e.prize IS NOT NULL AND e.prize <> 'participated'), 0)
                                     FROM contest_entrants e JOIN contests c ON c.id = e.contest_id
                                     WHERE c.end_on BETWEEN ? AND ?""", (f"{year}-01-01", f"{year}-12-31")).fetchone()
    db.close()
    assert (figures["completed"], figures["contestEntrants"], figures["contestPrizes"]) == (completed, entrants, prizes)
    # The training page's API, as the document describes it.
    page = requests.get(f"{base_url}/api/v1/units/{unit}/training?year={year}", headers=headers, timeout=30)
    assert page.status_code == 200
    assert page.json()["figures"] == figures
