"""The import of a member list in a phone-sized browser (issue 21), on the demo commune: the
commune's staff exports the list, uploads a copy corrupted in two ways and sees each bad row
with its row number, column and reason and nothing to write; then uploads the export as it is,
sees nothing to change, writes it and sees the result. Nothing in the registry changes, so the
other end-to-end tests read the demo as they expect. Every page must fit a 360 px screen."""

import csv
import io
import os
import tempfile

from selenium.webdriver.common.by import By

from conftest import PHONE_WIDTH, squash

COMMUNE = "Đảng bộ xã Thượng Lâm"


def fits(browser) -> bool:
    client, scroll = browser.driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    return client == PHONE_WIDTH and scroll <= PHONE_WIDTH


def upload(browser, path: str) -> None:
    form = browser.find("form#import-upload")
    form.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(path)
    browser.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def test_staff_previews_a_corrupted_list_then_imports_the_export_unchanged(login_as):
    staff = login_as("vanphong")
    staff.open("/units")
    commune = next(a for a in staff.find_all("a[href*='/units/']") if squash(a.get_attribute("textContent")) == COMMUNE)
    staff.click_and_wait_for_new_page(commune)
    staff.click_and_wait_for_new_page(staff.find("a#import-link"))
    assert staff.find_all("form#import-upload"), staff.describe()
    assert fits(staff), "the upload page is wider than 360 px"
    upload_page = staff.path

    # The export, as a spreadsheet would open it.
    export = staff.find("p#export a[href$='members.csv']").get_attribute("href")
    response = staff.http_session().get(export, timeout=30)
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    assert "Họ và tên" in header and len(rows) > 400
    birth, cell = header.index("Ngày sinh"), header.index("Chi bộ")

    folder = tempfile.mkdtemp()
    bad = [list(r) for r in rows]
    bad[5][birth] = "31/02/1975"  # row 6: a date that does not exist
    bad[9][cell] = bad[9][cell] + " cũ"  # row 10: a cell the commune does not have
    bad_path = os.path.join(folder, "danh-sach-sai.csv")
    with open(bad_path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(bad)
    upload(staff, bad_path)
    assert staff.find_all("table#import-problems"), staff.describe()
    problems = staff.texts("table#import-problems tbody tr")
    assert len(problems) == 2, problems
    cells = staff.texts("table#import-problems tbody td")
    assert cells[0:2] == ["6", "Ngày sinh"] and "31/02/1975" in cells[2], cells
    assert cells[3:5] == ["10", "Chi bộ"] and "không có chi bộ" in cells[5].lower(), cells
    assert not staff.find_all("form#import-commit"), "a list with problems offers to write"
    assert staff.find_all("#import-blocked")
    assert fits(staff), "the preview is wider than 360 px"

    # The export as it is: nothing to change; written, it changes nothing.
    staff.open(upload_page)
    good_path = os.path.join(folder, "danh-sach.csv")
    with open(good_path, "wb") as f:
        f.write(response.content)
    upload(staff, good_path)
    counts = staff.texts("table#import-counts td")
    assert counts[:4] == ["0", "0", "0", str(len(rows) - 1)], counts
    assert fits(staff)
    staff.click_and_wait_for_new_page(staff.find("form#import-commit button"))
    staff.wait(lambda d: staff.find_all("#import-result"), "the import's result")
    result = staff.text("#import-result")
    assert "0 đảng viên mới, 0 cập nhật" in result, result
    assert fits(staff)
