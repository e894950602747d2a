"""The official documents, read back with an independent reader (python-docx), and the
calendar invitation, from the real server with the demo commune's locked meetings."""

import io
import re

import requests
from docx import Document
from docx.shared import Mm

from conftest import this_year


def api_get(base_url, token, path, **kw):
    return requests.get(base_url + path, headers={"Authorization": "Bearer " + token}, timeout=30, **kw)


def first_locked_meeting(base_url, token):
    """A locked meeting of the secretary's own cell (bt01 → CB01)."""
    me = api_get(base_url, token, "/api/v1/me").json()
    cell = me["roles"][0]["unitId"]
    year = this_year()
    meetings = api_get(base_url, token, f"/api/v1/units/{cell}/meetings?year={year}").json()["items"]
    locked = [m for m in meetings if m["status"] == "locked"]
    assert locked, "the demo has locked meetings this year"
    return locked[0], [m for m in meetings if m["status"] != "locked"]


def all_text(doc):
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def runs_with(doc, text):
    """Every run (in paragraphs and table cells) whose text contains `text`."""
    found = []
    paragraphs = list(doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for p in paragraphs:
        for r in p.runs:
            if text in r.text:
                found.append(r)
    return found


def check_format(doc):
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert abs(section.top_margin - Mm(20)) < Mm(0.5)
    assert abs(section.bottom_margin - Mm(20)) < Mm(0.5)
    assert abs(section.left_margin - Mm(30)) < Mm(0.5)
    assert abs(section.right_margin - Mm(15)) < Mm(0.5)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    party = runs_with(doc, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert party and party[0].bold and party[0].underline
    dates = [r for r in runs_with(doc, "Thượng Lâm, ngày ") if r.italic]
    assert dates, "the place-and-date line is in italics"
    assert re.fullmatch(r"Thượng Lâm, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}", dates[0].text.strip())
    issuer = runs_with(doc, "CHI BỘ THÔN NÀ THUÔN")
    assert issuer and issuer[0].bold
    superior = runs_with(doc, "ĐẢNG BỘ XÃ THƯỢNG LÂM")
    assert superior and not superior[0].bold


def test_minutes_docx_reads_back_in_the_official_format(base_url, demo_password):
    token = requests.post(base_url + "/api/v1/auth/token", json={"username": "bt01", "password": demo_password}, timeout=30).json()["token"]
    meeting, _ = first_locked_meeting(base_url, token)
    res = api_get(base_url, token, f"/api/v1/meetings/{meeting['id']}/minutes.docx")
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    doc = Document(io.BytesIO(res.content))
    check_format(doc)
    text = all_text(doc)
    assert "BIÊN BẢN" in text
    assert re.search(r"Số \d{2}-BB/CB01", text)
    assert "Chủ trì:" in text and "Thư ký:" in text
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text
    assert "có mặt" in text
    detail = api_get(base_url, token, f"/api/v1/meetings/{meeting['id']}").json()
    for entry in detail["roll"]:
        if entry.get("attendance") in ("excused", "unexcused"):
            assert entry["fullName"] in text, "each absentee is named"
    assert "tán thành" in text


def test_resolution_docx_has_its_parts_signature_and_recipients(base_url, demo_password):
    token = requests.post(base_url + "/api/v1/auth/token", json={"username": "bt01", "password": demo_password}, timeout=30).json()["token"]
    meeting, _ = first_locked_meeting(base_url, token)
    res = api_get(base_url, token, f"/api/v1/meetings/{meeting['id']}/resolution.docx")
    assert res.status_code == 200
    doc = Document(io.BytesIO(res.content))
    check_format(doc)
    text = all_text(doc)
    assert "NGHỊ QUYẾT" in text
    assert re.search(r"Số \d{2}-NQ/CB01", text)
    for part in ("I. KẾT QUẢ", "II. NHIỆM VỤ THÁNG TỚI", "III. PHÂN CÔNG", "IV. TỰ ĐÁNH GIÁ"):
        assert part in text, part
    assert "T/M CHI BỘ" in text and "BÍ THƯ" in text
    assert "Nơi nhận:" in text and "Lưu chi bộ." in text


def test_documents_wait_for_the_approved_minutes_and_stay_in_scope(base_url, demo_password):
    token = requests.post(base_url + "/api/v1/auth/token", json={"username": "bt01", "password": demo_password}, timeout=30).json()["token"]
    meeting, others = first_locked_meeting(base_url, token)
    if others:
        assert api_get(base_url, token, f"/api/v1/meetings/{others[0]['id']}/minutes.docx").status_code == 409
    other = requests.post(base_url + "/api/v1/auth/token", json={"username": "bt02", "password": demo_password}, timeout=30).json()["token"]
    assert api_get(base_url, other, f"/api/v1/meetings/{meeting['id']}/minutes.docx").status_code == 404


def test_calendar_invitation(base_url, demo_password):
    token = requests.post(base_url + "/api/v1/auth/token", json={"username": "bt01", "password": demo_password}, timeout=30).json()["token"]
    meeting, _ = first_locked_meeting(base_url, token)
    res = api_get(base_url, token, f"/api/v1/meetings/{meeting['id']}/invite.ics")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/calendar")
    body = res.content.decode("utf-8")
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.rstrip().endswith("END:VCALENDAR")
    assert all(len(line.encode("utf-8")) <= 75 for line in body.split("\r\n"))
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:" + meeting["date"].replace("-", "") + "T" + meeting["time"].replace(":", "") in body
