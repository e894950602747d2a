"""Oversight from above in a phone-sized browser, on the demo commune: a member of the commune's
party committee (uv01, who follows CB05) attends a meeting of CB05, records their remarks and
evaluates the meeting; the remarks are in the minutes the cell approves; the commune's page of
visits counts it. CB05 (bt05) is used by no other end-to-end test. Every page must fit a 360 px
screen and show no markup as text.
"""

import io
import re

from docx import Document
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import UUID_RE
from test_party_life import Pages, set_value, submit, today_iso
from test_statistics import commune_id

REMARKS = "Đề nghị chi bộ nắm chắc tư tưởng đảng viên cao tuổi và phân công cụ thể từng đồng chí."


def test_a_committee_member_attends_and_evaluates_a_meeting(login_as, base_url, api_token):
    pages = Pages()
    sec = login_as("bt05")
    sec.click_and_wait_for_new_page(sec.find("a.button[href$='/meetings']"))
    sec.driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    form = sec.find("form#new-meeting")
    Select(form.find_element(By.NAME, "kind")).select_by_value("regular")
    set_value(sec, form.find_element(By.NAME, "date"), today_iso())
    form.find_element(By.NAME, "location").send_keys("Nhà văn hóa thôn")
    submit(sec, form)
    meeting = sec.path
    assert re.fullmatch(r"/meetings/" + UUID_RE.pattern, meeting), sec.describe()
    # Before it opens, the committee member is offered nothing to record.
    uv = login_as("uv01")
    uv.open(meeting)
    assert not uv.find_all("form#record-visit"), "a visit offered before the meeting is held"
    submit(sec, sec.find("form#open"))

    # The committee member, on their phone: attends, speaks.
    uv.open(meeting)
    pages.check(uv, "meeting, as the visitor")
    form = uv.find("form#record-visit")
    assert form.find_element(By.NAME, "name").get_attribute("value"), "the visitor's name is not filled in"
    form.find_element(By.NAME, "position").send_keys("Phó Bí thư Thường trực Đảng ủy xã")
    form.find_element(By.NAME, "remarks").send_keys(REMARKS)
    submit(uv, form)
    assert "Đã ghi nhận đồng chí dự sinh hoạt." in uv.text("#notice"), uv.describe()
    assert REMARKS in uv.text("#visits")
    assert "Phó Bí thư Thường trực Đảng ủy xã" in uv.text("#guests")

    # Evaluates: a point too many is refused in Vietnamese, nothing saved; then the real scores.
    form = uv.find("form.evaluate-visit")
    values = {"preparation": "25", "attendance": "16", "procedure": "12", "content": "14", "discussion": "9", "resolution": "5"}
    for name, value in values.items():
        field = form.find_element(By.NAME, name)
        # The page's own bound would stop the browser; the server must refuse it too.
        uv.driver.execute_script("arguments[0].removeAttribute('max')", field)
        set_value(uv, field, value)
    submit(uv, form)
    assert "từ 0 đến 20" in uv.text("#errors"), uv.describe()
    assert "Cấp trên đánh giá" not in uv.text("#visits")
    form = uv.find("form.evaluate-visit")
    values["preparation"] = "16"
    for name, value in values.items():
        set_value(uv, form.find_element(By.NAME, name), value)
    form.find_element(By.NAME, "assessment").send_keys("Nội dung còn chung chung.")
    submit(uv, form)
    assert "Đã lưu đánh giá: 72 điểm, Khá." in uv.text("#notice"), uv.describe()
    pages.check(uv, "after the evaluation")

    # The cell scores itself higher and approves the minutes: the superior's band is flagged lower.
    sec.open(meeting)
    sec.click_and_wait_for_new_page(sec.find("form#roll-form button[value=present]"))
    submit(sec, sec.find("form#end"))
    form = sec.find("form#minutes-form")
    form.find_element(By.NAME, "chairName").send_keys("Chủ trì Thử Nghiệm")
    form.find_element(By.NAME, "secretaryName").send_keys("Thư Ký Thử Nghiệm")
    form.find_element(By.NAME, "qualityScore").send_keys("93")
    submit(sec, form)
    submit(sec, sec.find("form#approve"))
    assert "Biên bản đã thông qua" in sec.text("#meeting-status"), sec.describe()
    visits = sec.text("#visits")
    assert "Thấp hơn chi bộ tự đánh giá" in visits, visits
    assert not sec.find_all("form#record-visit") and not sec.find_all("form.evaluate-visit")
    pages.check(sec, "locked, as the secretary")

    # The remarks are in the minutes, read by an independent reader.
    response = sec.http_session().get(sec.base_url + meeting + "/minutes.docx", timeout=30)
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert REMARKS in text, "the superior's remarks are not in the minutes"

    # The commune's year of visits, from its page.
    uv.open("/units/" + commune_id(base_url, api_token("uv01")))
    uv.click_and_wait_for_new_page(uv.find("a#visits-link"))
    pages.check(uv, "the commune's visits")
    assert uv.h1.startswith("Cấp trên dự sinh hoạt chi bộ"), uv.describe()
    assert len(uv.texts("table#visit-units tbody tr")) == 17, uv.describe()
    listed = uv.text("table#visit-list")
    assert "Thấp hơn chi bộ tự đánh giá" in listed, listed
    pages.assert_fine()


def test_a_secretary_sends_the_monthly_report_and_the_committee_answers(login_as, base_url, api_token):
    pages = Pages()
    sec = login_as("bt05")
    sec.open("/")
    sec.click_and_wait_for_new_page(sec.find("section.scope h2 a"))
    sec.click_and_wait_for_new_page(sec.find("a#reports-link"))
    assert sec.h1.startswith("Trực báo hằng tháng"), sec.describe()
    pages.check(sec, "the cell's reports")
    months = sec.texts("table#report-months tbody tr")
    assert any("Nộp muộn" in m or "Đúng hạn" in m for m in months), months

    # An empty report is refused in Vietnamese, then a real one goes.
    form = sec.find("form#report-form")
    submit(sec, form)
    assert "Báo cáo chưa có nội dung" in sec.text("#errors"), sec.describe()
    form = sec.find("form#report-form")
    form.find_element(By.NAME, "membersThinking").send_keys("Đảng viên an tâm, phấn khởi.")
    form.find_element(By.NAME, "proposals").send_keys("Đề nghị sửa chữa cầu treo qua suối.")
    set_value(sec, form.find_element(By.NAME, "proposalCount"), "1")
    submit(sec, form)
    assert re.fullmatch(r"/reports/" + UUID_RE.pattern, sec.path), sec.describe()
    report = sec.path
    assert "Đề nghị sửa chữa cầu treo qua suối." in sec.body_text
    assert "Đúng hạn" in sec.text("#report-state"), sec.text("#report-state")
    pages.check(sec, "the report")

    # The committee member finds it from the commune's page, searches, and answers.
    uv = login_as("uv01")
    uv.open("/units/" + commune_id(base_url, api_token("uv01")))
    uv.click_and_wait_for_new_page(uv.find("a#reports-link"))
    pages.check(uv, "the commune's reports")
    assert len(uv.texts("table#report-units tbody tr")) == 17, uv.describe()
    form = uv.find("form#report-search-form")
    form.find_element(By.NAME, "q").send_keys("cau treo")
    submit(uv, form)
    assert uv.find_all("ul#report-search li"), uv.describe()
    uv.open(report)
    form = uv.find("form#answer-form")
    form.find_element(By.NAME, "answer").send_keys("Đảng ủy đã giao UBND xã khảo sát cầu treo.")
    submit(uv, form)
    assert "Đảng ủy đã giao UBND xã khảo sát cầu treo." in uv.text("#report-answer"), uv.describe()
    pages.check(uv, "the answered report")
    sec.open(report)
    assert "Đảng ủy đã giao UBND xã khảo sát cầu treo." in sec.text("#report-answer")
    pages.assert_fine()


def new_meeting(sec, day: str) -> str:
    """Schedules and opens a regular meeting of the secretary's cell on `day`; returns its path."""
    sec.open("/")
    sec.click_and_wait_for_new_page(sec.find("a.button[href$='/meetings']"))
    sec.driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    form = sec.find("form#new-meeting")
    Select(form.find_element(By.NAME, "kind")).select_by_value("regular")
    set_value(sec, form.find_element(By.NAME, "date"), day)
    form.find_element(By.NAME, "location").send_keys("Nhà văn hóa thôn")
    submit(sec, form)
    path = sec.path
    submit(sec, sec.find("form#open"))
    return path


def test_an_opinion_goes_up_to_the_commune_government_and_comes_back_closed(login_as, base_url, api_token):
    from datetime import date, timedelta
    pages = Pages()
    sec = login_as("bt05")
    # Typed in from the minute book a week later: the villagers' petition raised at that meeting.
    earlier = new_meeting(sec, (date.fromisoformat(today_iso()) - timedelta(days=7)).isoformat())
    sec.driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    form = sec.find("form#raise-issue")
    form.find_element(By.NAME, "text").send_keys("Cầu treo qua suối bị hỏng, đề nghị sửa chữa.")
    Select(form.find_element(By.NAME, "origin")).select_by_value("public_opinion")
    Select(form.find_element(By.NAME, "topic")).select_by_value("infrastructure")
    form.find_element(By.NAME, "raisedBy").send_keys("Bà con thôn Nà Va")
    submit(sec, form)
    assert "Đã ghi ý kiến, kiến nghị." in sec.text("#notice"), sec.describe()
    pages.check(sec, "meeting with an opinion")
    sec.click_and_wait_for_new_page(sec.find("ul#issues a"))
    issue = sec.path
    assert re.fullmatch(r"/issues/" + UUID_RE.pattern, issue), sec.describe()
    form = sec.find("form#escalate-issue")
    Select(form.find_element(By.NAME, "responder")).select_by_value("grassroots_committee")
    form.find_element(By.NAME, "note").send_keys("Vượt khả năng của chi bộ.")
    submit(sec, form)
    assert "Đảng ủy xã" in sec.text("#issue-state"), sec.text("#issue-state")
    assert not sec.find_all("form#answer-issue"), "the cell no longer holds it"
    pages.check(sec, "the issue, passed up")

    # The commune: its open issues, this one among them; passed to the government, answered.
    uv = login_as("uv01")
    uv.open("/units/" + commune_id(base_url, api_token("uv01")))
    uv.click_and_wait_for_new_page(uv.find("a#issues-link"))
    pages.check(uv, "the commune's issues")
    assert "Cầu treo qua suối bị hỏng" in uv.text("table#issue-list"), uv.describe()
    uv.open(issue)
    form = uv.find("form#escalate-issue")
    Select(form.find_element(By.NAME, "responder")).select_by_value("local_government")
    submit(uv, form)
    # An empty answer is refused in Vietnamese; then the government's answer.
    form = uv.find("form#answer-issue")
    uv.driver.execute_script("arguments[0].removeAttribute('required')", form.find_element(By.NAME, "note"))
    submit(uv, form)
    assert "Chưa nhập nội dung trả lời." in uv.text("#errors"), uv.describe()
    form = uv.find("form#answer-issue")
    form.find_element(By.NAME, "note").send_keys("UBND xã đã bố trí kinh phí sửa cầu trong quý I.")
    submit(uv, form)
    assert "Đã trả lời" in uv.text("#issue-state"), uv.text("#issue-state")
    pages.check(uv, "the answered issue")

    # Back in the cell: today's meeting offers to report the answer; reported, closed.
    today = new_meeting(sec, today_iso())
    pending = sec.text("ul#issues-to-report")
    assert "Cầu treo qua suối bị hỏng" in pending, pending
    form = [f for f in sec.find_all("form.report-issue")][0]
    submit(sec, form)
    assert sec.path == today, sec.describe()
    sec.open(issue)
    assert "Đã thông báo lại chi bộ" in sec.text("#issue-state"), sec.text("#issue-state")
    steps = sec.texts("ol#issue-steps li")
    assert len(steps) == 5, steps
    pages.check(sec, "the closed issue")
    pages.assert_fine()


def test_the_inspection_committee_follows_its_plan_to_a_closed_remedy(login_as, base_url, api_token):
    pages = Pages()
    ins = login_as("kiemtra")
    ins.open("/units/" + commune_id(base_url, api_token("kiemtra")))
    ins.click_and_wait_for_new_page(ins.find("a#inspections-link"))
    pages.check(ins, "the plan")
    rows = ins.texts("table#inspection-list tbody tr")
    assert len(rows) >= 3, ins.describe()
    assert any("Đã kết luận, đang khắc phục" in r for r in rows), rows
    assert any("Đang tiến hành" in r for r in rows), rows

    # The item in progress: the team records a finding.
    link = [a for a in ins.find_all("table#inspection-list a") if "Đang tiến hành" in a.find_element(By.XPATH, "./ancestor::tr").text]
    ins.click_and_wait_for_new_page(link[0])
    assert ins.find_all("ul#review-meetings li"), "the team sees the meetings of the period under review"
    form = ins.find("form#add-finding")
    form.find_element(By.NAME, "text").send_keys("Biên bản ghi đủ ý kiến phát biểu.")
    submit(ins, form)
    assert "Biên bản ghi đủ ý kiến phát biểu." in ins.text("ul#findings"), ins.describe()
    pages.check(ins, "an inspection in progress")

    # The concluded one: its cell (CB03) reports the open remedy done; the item closes.
    ins.open("/units/" + commune_id(base_url, api_token("kiemtra")) + "/inspections")
    link = [a for a in ins.find_all("table#inspection-list a")
            if "Đã kết luận" in a.find_element(By.XPATH, "./ancestor::tr").text]
    ins.click_and_wait_for_new_page(link[0])
    concluded = ins.path
    sec = login_as("bt03")
    sec.open(concluded)
    pages.check(sec, "the conclusion, as the cell")
    form = sec.find("form.remedy-done")
    form.find_element(By.NAME, "report").send_keys("Chi ủy họp trước mỗi kỳ, có biên bản.")
    submit(sec, form)
    assert "Đã hoàn thành" in sec.text("#inspection-state"), sec.describe()
    pages.assert_fine()


def test_model_meetings_and_their_lessons_reach_the_cells_of_the_group(login_as, base_url, api_token):
    pages = Pages()
    staff = login_as("vanphong")
    staff.open("/units/" + commune_id(base_url, api_token("vanphong")))
    staff.click_and_wait_for_new_page(staff.find("a#models-link"))
    pages.check(staff, "the commune's model meetings")
    rows = staff.texts("table#model-groups tbody tr")
    assert len(rows) == 5 and sum("đã rút kinh nghiệm" in r for r in rows) >= 2, rows
    # A village cell opens the villages' model and its lessons.
    sec = login_as("bt07")
    sec.open("/")
    sec.click_and_wait_for_new_page(sec.find("section.scope h2 a"))
    sec.click_and_wait_for_new_page(sec.find("a#models-link"))
    pages.check(sec, "the group's models, as a cell")
    sec.click_and_wait_for_new_page(sec.find("ul#group-models a"))
    assert "Chuẩn bị nội dung kỹ" in sec.text("#lessons"), sec.describe()
    assert sec.find_all("ul#model-visits li"), "the working group's evaluation"
    assert not sec.find_all("form#model-lessons")
    pages.check(sec, "a model meeting, as a cell")
    pages.assert_fine()
