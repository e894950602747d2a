"""Statistics reports from the real server: the workbook read back with an independent reader
(openpyxl) and its figures checked against SQL over the raw rows of the server's own database;
the page in a phone-sized browser."""

import io
import os
import sqlite3

import requests
from openpyxl import load_workbook

from conftest import PHONE_WIDTH, this_year


def commune_id(base_url, token):
    def walk(value):
        if isinstance(value, dict):
            if value.get("name") == "Đảng bộ xã Thượng Lâm" and "id" in value:
                yield value["id"]
            for v in value.values():
                yield from walk(v)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v)
    units = requests.get(base_url + "/api/v1/units", headers={"Authorization": "Bearer " + token}, timeout=30).json()
    return next(walk(units))


def test_the_workbook_reads_back_and_matches_the_raw_rows(base_url, api_token, demo_password):
    token = api_token("vanphong")
    year = this_year()
    unit = commune_id(base_url, token)
    res = requests.get(f"{base_url}/api/v1/units/{unit}/statistics?period=year&year={year}",
                       headers={"Authorization": "Bearer " + token}, timeout=30)
    assert res.status_code == 200
    api = res.json()
    session = requests.Session()
    page = session.get(base_url + "/login", timeout=30).text
    csrf = page.split('name="_csrf" value="', 1)[1].split('"', 1)[0]
    assert session.post(base_url + "/login", data={"username": "vanphong", "password": demo_password,
                                                   "_csrf": csrf}, timeout=30).status_code in (200, 303)
    xlsx = session.get(f"{base_url}/units/{unit}/statistics.xlsx?period=year&year={year}", timeout=30)
    assert xlsx.status_code == 200
    assert "spreadsheetml" in xlsx.headers["Content-Type"]
    book = load_workbook(io.BytesIO(xlsx.content))
    sheet = book["Thống kê"]
    rows = list(sheet.iter_rows(values_only=True))
    header, cells, total = rows[0], rows[1:-1], rows[-1]
    assert header[0] == "Đơn vị" and "Tỷ lệ dự (%)" in header
    assert len(cells) == 17 and total[0] == "Đảng bộ xã Thượng Lâm"
    col = {name: i for i, name in enumerate(header)}
    # The total line is the sum of the cells' lines, and the API's figures.
    for name in ("Đảng viên", "Tháng SH thường kỳ đã tổ chức", "Tháng quá hạn", "Buổi đã họp", "Vắng không lý do"):
        assert total[col[name]] == sum(r[col[name]] for r in cells), name
    assert total[col["Đảng viên"]] == api["total"]["members"]["total"]
    assert total[col["Buổi đã họp"]] == api["total"]["meetingsHeld"]
    # Independently of the server: SQL over the raw rows of its database file.
    db = sqlite3.connect(f"file:{os.environ['CHIBO_DATABASE_PATH']}?mode=ro", uri=True)
    held, = db.execute("""SELECT COUNT(*) FROM meetings WHERE status IN ('ended', 'locked')
                          AND scheduled_date BETWEEN ? AND ?""", (f"{year}-01-01", f"{year}-12-31")).fetchone()
    attended, expected = db.execute("""
        SELECT SUM(a.attendance IN ('present', 'late')), COUNT(*) FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
        WHERE m.status IN ('ended', 'locked') AND m.scheduled_date BETWEEN ? AND ? AND a.exempt = 0 AND a.transfer_direction IS NULL
        """, (f"{year}-01-01", f"{year}-12-31")).fetchone()
    db.close()
    assert total[col["Buổi đã họp"]] == held
    assert abs(total[col["Tỷ lệ dự (%)"]] - 100 * attended / expected) < 0.06
    about = dict(book["Thông tin"].iter_rows(values_only=True))
    assert about["Kỳ báo cáo"] == f"Năm {year}" and about["Từ ngày"] == f"01/01/{year}"


def test_the_statistics_page_on_a_phone(login_as, api_token, base_url):
    commune = "/units/" + commune_id(base_url, api_token("vanphong"))
    staff = login_as("vanphong")
    year = this_year()
    staff.open(f"{commune}/statistics?period=quarter&year={year}&quarter=1")
    assert f"Quý 1/{year}" in staff.h1
    assert staff.find_all("svg#attendance-chart") and staff.find_all("table#statistics")
    client, scroll = staff.driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    assert client == PHONE_WIDTH and scroll <= PHONE_WIDTH, f"{scroll}px wide at {PHONE_WIDTH}px"
    # Drill down: a cell, then its meetings.
    link = staff.find_all("table#statistics tr.unit-stats a")[0]
    staff.click_and_wait_for_new_page(link)
    assert staff.find_all("table#period-meetings")
    staff.open(f"{commune}/statistics?period=custom&from={year}-05&to={year}-01")
    assert "Tháng bắt đầu phải trước" in staff.body_text
