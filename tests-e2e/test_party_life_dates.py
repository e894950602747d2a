"""A member moving away, in a phone-sized browser, on the demo commune: the secretary records the
move on the member's record, the commune's staff sees the permanent transfer's deadline (60
working days) on its recruitment page and records the transfer out, after which the member is off
the list and the record says when they moved and left.

Writes only in CB14 (bt14's cell), which no other end-to-end test touches; the member is chosen
from the live page (a second run on the same database picks another). Every page visited, and
every form opened, must fit a 360 px screen without scrolling sideways and show no markup as text.
"""

from datetime import date, timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import squash, today_iso
from test_party_life import COMMUNE, Pages, open_details, ordinary_members, own_cell, set_value, submit, vi_date


def test_a_move_away_and_its_permanent_transfer(login_as):
    pages = Pages()
    sec = login_as("bt14")
    cell = own_cell(sec, pages)
    candidates = ordinary_members(sec, cell)
    assert candidates, f"no ordinary member in {cell}"
    member = candidates[-1]
    sec.open(member)
    name = sec.h1
    assert not sec.find_all("p#moved-away"), f"{name} has moved already"

    # The secretary records the move.
    moved_on = (date.fromisoformat(today_iso()) - timedelta(days=10)).isoformat()
    form = sec.find("form#move-away")
    open_details(sec, form)
    pages.check(sec, "move-away open")
    set_value(sec, form.find_element(By.NAME, "movedOn"), moved_on)
    form.find_element(By.NAME, "place").send_keys("Đảng bộ phường Phan Thiết, tỉnh Tuyên Quang")
    submit(sec, form)
    assert sec.path == member, f"recording the move led to {sec.path} ({sec.describe()})"
    assert not sec.find_all("#errors"), sec.text("#errors")
    moved = sec.text("p#moved-away")
    assert vi_date(moved_on) in moved and "Phan Thiết" in moved, moved
    assert "hạn chuyển sinh hoạt đảng chính thức" in moved, moved
    pages.check(sec, "member moved")

    # The commune sees it with its deadline, and who must act.
    staff = login_as("vanphong")
    staff.open("/units")
    commune = next(a for a in staff.find_all("#unit-tree a") if squash(a.get_attribute("textContent")) == COMMUNE)
    staff.click_and_wait_for_new_page(commune)
    staff.click_and_wait_for_new_page(staff.find("a#recruitment-link"))
    rows = [r for r in staff.texts("table#transfers tr.transfer") if name in r]
    assert rows, f"{name} is not among the transfers ({staff.texts('table#transfers tr.transfer')})"
    assert vi_date(moved_on) in rows[0] and "Cấp ủy cơ sở giới thiệu chuyển sinh hoạt" in rows[0], rows[0]
    recruitment = staff.path
    pages.check(staff, "recruitment with the transfer")

    # The committee records the transfer out: the destination and the move are offered as recorded.
    staff.open(member)
    form = staff.find("form#leave-member")
    open_details(staff, form)
    pages.check(staff, "leave-member open")
    Select(form.find_element(By.NAME, "kind")).select_by_value("transferred_out")
    assert form.find_element(By.NAME, "movedOn").get_attribute("value") == moved_on
    assert "Phan Thiết" in form.find_element(By.NAME, "place").get_attribute("value")
    set_value(staff, form.find_element(By.NAME, "date"), today_iso())
    form.find_element(By.NAME, "decisionNumber").send_keys("GGT 131-ĐU")
    submit(staff, form)
    assert not staff.find_all("#errors"), staff.text("#errors")
    left = staff.texts("table#status-history tbody tr.period.left")
    assert left and "Chuyển sinh hoạt chính thức đi" in left[0], left
    assert vi_date(moved_on) in staff.text("p#moved-away")
    pages.check(staff, "member transferred out")

    staff.open(recruitment)
    assert not [r for r in staff.texts("table#transfers tr.transfer") if name in r], "the transfer is still listed"
    pages.assert_fine()
