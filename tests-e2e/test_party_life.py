"""Party life in a phone-sized browser, on the demo commune: a cell's recruitment and a
sympathiser's admission file, a member's periods (suspension, death), the commune's recruitment
page and its party-life figures.

Each test writes where no other end-to-end test looks: bt01's CB01 gets a new sympathiser (its
members, which other tests read, do not change); bt09's CB09, used by no other test, a suspension
and a death, of members chosen from the live pages (a second run on the same database picks
others). The commune's staff only reads, and asks for "at least" where the other tests add.
Every page visited, and every form opened, must fit a 360 px screen without scrolling sideways
and show no markup as text.
"""

import re
from datetime import date

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import PHONE_WIDTH, UUID_RE, Browser, squash, today_iso

COMMUNE = "Đảng bộ xã Thượng Lâm"
UUID = UUID_RE.pattern


# ---- helpers -------------------------------------------------------------------

def overflow(browser: Browser) -> str:
    """Why the current page does not fit a 360 px screen, or "" (as test_browser.py checks)."""
    client, scroll = browser.driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    if client != PHONE_WIDTH:
        return f"viewport is {client}px wide"
    if scroll > PHONE_WIDTH:
        return f"content is {scroll}px wide"
    return ""


# Markup a reader should never see as text: a tag escaped by mistake ("<br><small>…").
LITERAL_TAG = re.compile(r"</?(?:br|small|strong|span|a|p|td|tr|li|ul|div|em|b)\b[^<>]*>", re.IGNORECASE)


class Pages:
    """Checks each page as a reader sees it: it fits 360 px without scrolling sideways, and shows
    no markup as text. Collects the problems; a test asserts at its end, after its own checks."""

    def __init__(self):
        self.problems = []

    def check(self, browser: Browser, what: str = "") -> None:
        where = f"{browser.path}{' (' + what + ')' if what else ''}"
        why = overflow(browser)
        if why:
            self.problems.append(f"{where}: scrolls sideways at {PHONE_WIDTH} px: {why}")
        shown = browser.driver.execute_script("return document.body.innerText")
        for match in LITERAL_TAG.finditer(shown):
            around = squash(shown[max(0, match.start() - 50):match.end() + 30])
            self.problems.append(f"{where}: markup shown as text {match.group(0)!r} in {around!r}")
            break

    def assert_fine(self) -> None:
        assert not self.problems, "pages as a reader sees them:\n" + "\n".join(self.problems)


def open_details(browser: Browser, form) -> None:
    """Opens the <details> a form sits in by tapping its summary, as a user does."""
    details = form.find_element(By.XPATH, "./ancestor::details[1]")
    assert not form.is_displayed(), f"form#{form.get_attribute('id')} is shown before opening its details"
    summary = details.find_element(By.CSS_SELECTOR, "summary")
    browser.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
    summary.click()
    browser.wait(lambda d: form.is_displayed(), f"form#{form.get_attribute('id')} to show")


def set_value(browser: Browser, element, value: str) -> None:
    """Sets an input's value directly (typing into a date input depends on the browser's locale)."""
    browser.driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        element, value,
    )


def submit(browser: Browser, form) -> None:
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    browser.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    browser.click_and_wait_for_new_page(button)


def vi_date(iso: str) -> str:
    """2026-03-04 -> 04/03/2026, as the pages show dates."""
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def own_cell(browser: Browser, pages: Pages) -> str:
    """From the home page, follows the link to the secretary's cell; returns its path."""
    browser.open("/")
    pages.check(browser, "home")
    link = browser.find("section.scope h2 a")
    browser.click_and_wait_for_new_page(link)
    assert re.fullmatch(r"/units/" + UUID, browser.path), f"the cell's link led to {browser.path}"
    pages.check(browser, "cell")
    return browser.path


def step_rows(browser: Browser) -> list:
    return browser.texts("table#steps tbody tr.step")


def history_rows(browser: Browser, kind: str) -> list:
    """Texts of the rows of table#status-history for periods of `kind` (the row's class)."""
    return browser.texts(f"table#status-history tbody tr.period.{kind}")


# ---- 1. a cell's recruitment ---------------------------------------------------------

def test_secretary_adds_a_sympathiser_and_builds_the_file(login_as):
    pages = Pages()
    sec = login_as("bt01")
    cell = own_cell(sec, pages)
    cell_name = sec.text("h1#unit-name")

    sec.click_and_wait_for_new_page(sec.find("a#recruitment-link"))
    assert sec.path == f"{cell}/recruitment", sec.describe()
    assert sec.h1 == "Phát triển đảng viên"
    assert sec.find_all("table#cases") and sec.find_all("table#recognitions") and sec.find_all("table#idle-cells")
    cases_before = len(sec.find_all("table#cases tr.case"))
    pages.check(sec, "recruitment")

    # The form is folded away in a <details>: open it and add someone.
    form = sec.find("form#add-sympathiser")
    open_details(sec, form)
    pages.check(sec, "add-sympathiser open")
    name = "Lò Thị Mai"
    form.find_element(By.NAME, "fullName").send_keys(name)
    set_value(sec, form.find_element(By.NAME, "birthDate"), "2001-03-15")
    Select(form.find_element(By.NAME, "gender")).select_by_value("female")
    helper = Select(form.find_element(By.NAME, "helperId"))
    helpers = [o for o in helper.options if o.get_attribute("value")]
    assert helpers, "no member to choose as the helper"
    helper_name = squash(helpers[0].get_attribute("textContent"))
    helper.select_by_index(1)
    form.find_element(By.NAME, "phone").send_keys("0912345678")
    submit(sec, form)

    # Her file.
    match = re.fullmatch(r"/sympathisers/(" + UUID + ")", sec.path)
    assert match, f"adding a sympathiser led to {sec.path} ({sec.describe()})"
    file_path = sec.path
    assert sec.h1 == name
    assert sec.text("#sympathiser-status") == "Đang bồi dưỡng"
    assert helper_name in sec.body_text, f"the helper {helper_name!r} is not on the file"
    assert step_rows(sec) == [], f"a new file has steps: {step_rows(sec)}"
    assert sec.text("#next-step").startswith("Học lớp bồi dưỡng nhận thức về Đảng"), sec.text("#next-step")
    assert sec.text("p.crumbs").endswith(cell_name)
    pages.check(sec, "new file")

    # Out of order: the cell's resolution first. The form offers only the steps open now, so a
    # stale or altered form is the way to send it; the server refuses it and writes nothing.
    form = sec.find("form#record-step")
    offered = [o.get_attribute("value") for o in Select(form.find_element(By.NAME, "step")).options]
    assert "cell_resolution" not in offered and "decision" not in offered and "course" in offered, f"steps offered: {offered}"
    sec.driver.execute_script(
        "const s = arguments[0]; s.add(new Option('Nghị quyết chi bộ', 'cell_resolution')); s.value = 'cell_resolution';",
        form.find_element(By.NAME, "step"))
    set_value(sec, form.find_element(By.NAME, "date"), today_iso())
    submit(sec, form)
    errors = sec.text("#errors")
    assert 'Chưa có bước "Học lớp bồi dưỡng nhận thức về Đảng" trước "Nghị quyết đề nghị kết nạp của chi bộ"' in errors, \
        f"no Vietnamese refusal: #errors is {errors!r} ({sec.describe()})"
    assert "Chưa lưu được" in errors
    assert sec.h1 == name
    pages.check(sec, "refused step")
    sec.open(file_path)
    assert step_rows(sec) == [], f"the refused step was written: {step_rows(sec)}"

    # A second tab on the same file, left open on the form as it is now (offering the course).
    first = sec.driver.current_window_handle
    sec.driver.switch_to.new_window("tab")
    sec.open(file_path)
    stale = sec.driver.current_window_handle
    sec.driver.switch_to.window(first)

    # The course, with its certificate.
    day = today_iso()
    form = sec.find("form#record-step")
    step = Select(form.find_element(By.NAME, "step"))
    assert step.first_selected_option.get_attribute("value") == "course", "the next step is not preselected"
    set_value(sec, form.find_element(By.NAME, "date"), day)
    form.find_element(By.NAME, "documentNumber").send_keys("GCN 27/TTCT")
    submit(sec, form)
    assert sec.path == file_path, f"recording the course led to {sec.path} ({sec.describe()})"
    assert not sec.find_all("#errors"), sec.text("#errors")
    rows = step_rows(sec)
    assert len(rows) == 1, f"steps after the course: {rows}"
    assert "Học lớp bồi dưỡng nhận thức về Đảng" in rows[0] and vi_date(day) in rows[0] and "GCN 27/TTCT" in rows[0], rows
    assert sec.text("#next-step").startswith("Đơn xin vào Đảng"), sec.text("#next-step")
    pages.check(sec, "after the course")

    # The stale tab sends the course again: refused, still one step.
    sec.driver.switch_to.window(stale)
    form = sec.find("form#record-step")
    set_value(sec, form.find_element(By.NAME, "date"), day)
    submit(sec, form)
    errors = sec.text("#errors")
    assert 'Bước "Học lớp bồi dưỡng nhận thức về Đảng" đã được ghi nhận' in errors, f"#errors is {errors!r}"
    assert len(step_rows(sec)) == 1, f"the course was recorded twice: {step_rows(sec)}"
    sec.driver.close()
    sec.driver.switch_to.window(first)

    # Back to the cell's recruitment: she is a case, with her next step.
    sec.click_and_wait_for_new_page(sec.find("p.crumbs a"))
    assert sec.path == f"{cell}/recruitment"
    links = sec.find_all(f"table#cases tr.case a[href='{file_path}']")
    assert links, f"{name} is not among the cases ({sec.texts('table#cases tr.case')})"
    row = squash(links[0].find_element(By.XPATH, "./ancestor::tr[1]").get_attribute("textContent"))
    assert "Đơn xin vào Đảng (1-KNĐ)" in row, row
    assert len(sec.find_all("table#cases tr.case")) == cases_before + 1
    pages.check(sec, "recruitment with the new case")
    pages.assert_fine()


# ---- 2. a member's periods -------------------------------------------------------------

def ordinary_members(sec: Browser, cell: str) -> list:
    """Paths of the cell's members shown without a tag (official, not exempt, not away) who hold no office."""
    sec.open(cell)
    officers = {a.get_attribute("pathname") for a in sec.find_all("table#officers a[href*='/members/']")}
    paths = []
    for tr in sec.find_all("table#members tr.member"):
        link = tr.find_element(By.CSS_SELECTOR, "a.member-link")
        path = link.get_attribute("pathname")
        if not tr.find_elements(By.CSS_SELECTOR, ".tag") and path not in officers:
            paths.append(path)
    return paths


def test_committee_suspends_and_secretary_records_a_death(login_as):
    pages = Pages()
    sec = login_as("bt09")
    cell = own_cell(sec, pages)
    total_before = int(sec.text("#count-total .n"))
    candidates = ordinary_members(sec, cell)
    assert len(candidates) >= 2, f"fewer than two ordinary members in {cell}: {candidates}"

    # A suspension is the competent committee's decision: the secretary is not offered the form,
    # the commune's staff records it.
    sec.open(candidates[0])
    assert not sec.find_all("form#suspend-member"), "a cell's secretary is offered the committee's suspension form"
    dec = login_as("vanphong")
    # The first ordinary member who is not suspended already.
    suspended = None
    for path in candidates[:-1]:
        dec.open(path)
        if dec.find_all("form#suspend-member") and dec.text("#member-status") == "Chính thức":
            suspended = path
            break
    assert suspended, f"every ordinary member of {cell} is suspended already"
    name = dec.h1
    pages.check(dec, "member record")
    heading = dec.driver.execute_script(
        "const t = document.getElementById('status-history'); let h = t.closest('.table-wrap') || t;"
        "while (h && h.tagName !== 'H2') h = h.previousElementSibling; return h && h.textContent")
    assert heading == "Quá trình đảng viên", f"table#status-history is under {heading!r}"
    assert history_rows(dec, "official"), f"no official period in {dec.texts('table#status-history tbody tr')}"
    assert not history_rows(dec, "suspended")

    form = dec.find("form#suspend-member")
    open_details(dec, form)
    pages.check(dec, "suspend-member open")
    Select(form.find_element(By.NAME, "kind")).select_by_value("suspension")
    day = today_iso()
    set_value(dec, form.find_element(By.NAME, "from"), day)
    form.find_element(By.NAME, "decidedBy").send_keys("Đảng ủy xã Thượng Lâm")
    form.find_element(By.NAME, "decisionNumber").send_keys("52-QĐ/ĐU")
    form.find_element(By.NAME, "reason").send_keys("Bị khởi tố, điều tra")
    submit(dec, form)
    assert dec.path == suspended, f"the suspension led to {dec.path} ({dec.describe()})"
    assert not dec.find_all("#errors"), dec.text("#errors")
    rows = history_rows(dec, "suspended")
    assert len(rows) == 1, f"suspension rows: {rows}"
    for part in ("Đình chỉ sinh hoạt Đảng", "52-QĐ/ĐU", "Bị khởi tố, điều tra", vi_date(day), "nay"):
        assert part in rows[0], f"{part!r} missing from the suspension row {rows[0]!r}"
    assert dec.find_all("form#end-suspension"), "no form to end the suspension"
    assert not dec.find_all("form#suspend-member"), "the suspension form is still offered"
    assert dec.find("form#end-suspension").is_displayed()
    pages.check(dec, "suspended")

    # A death: another ordinary member, from the end of the list.
    leaver = next(p for p in reversed(candidates) if p != suspended)
    sec.open(leaver)
    leaver_name = sec.h1
    assert not sec.find_all("#member-left")
    form = sec.find("form#leave-member")
    open_details(sec, form)
    pages.check(sec, "leave-member open")
    Select(form.find_element(By.NAME, "kind")).select_by_value("death")
    set_value(sec, form.find_element(By.NAME, "date"), day)
    form.find_element(By.NAME, "reason").send_keys("Từ trần do bệnh nặng")
    submit(sec, form)
    assert sec.path == leaver, f"the leaving led to {sec.path} ({sec.describe()})"
    assert not sec.find_all("#errors"), sec.text("#errors")
    left = sec.text("#member-left")
    assert left.startswith("Từ trần") and vi_date(day) in left, f"#member-left is {left!r}"
    assert sec.text("#member-status") == "Từ trần"
    assert not sec.find_all("form#leave-member"), "the leave form is still offered"
    assert not sec.find_all("form#suspend-member") and not sec.find_all("form#move-member"), \
        "forms of a living member are offered for someone who died"
    assert any("Từ trần" in r for r in history_rows(sec, "left")), sec.texts("table#status-history tbody tr")
    pages.check(sec, "left")

    # The cell's list no longer has them; the suspended member is still there.
    sec.open(f"/members?unit={cell.rsplit('/', 1)[1]}")
    pages.check(sec, "members of the cell")
    listed = {r.path for r in sec.member_rows()}
    assert leaver not in listed, f"{leaver_name} who died is still in the cell's list"
    assert suspended in listed, f"the suspended {name} is not in the cell's list"
    sec.open(cell)
    assert int(sec.text("#count-total .n")) == total_before - 1, "the cell's count did not drop by one"
    pages.assert_fine()


# ---- 3. the commune ------------------------------------------------------------------------

def test_commune_staff_sees_recruitment_and_party_life(login_as):
    pages = Pages()
    staff = login_as("vanphong")
    staff.open("/units")
    pages.check(staff, "units")
    commune = next(a for a in staff.find_all("#unit-tree a") if squash(a.get_attribute("textContent")) == COMMUNE)
    staff.click_and_wait_for_new_page(commune)
    commune_path = staff.path
    pages.check(staff, "commune")

    staff.click_and_wait_for_new_page(staff.find("a#recruitment-link"))
    assert staff.path == f"{commune_path}/recruitment"
    for table in ("cases", "recognitions", "idle-cells"):
        assert staff.find_all(f"table#{table}"), f"no table#{table} ({staff.describe()})"
    assert staff.find_all("table#cases tr.case"), "the commune has no case in flight"
    dues = staff.texts("table#cases tr.case span.due")
    assert dues, f"no case shows a deadline: {staff.texts('table#cases tr.case')}"
    assert all(re.search(r"\d{2}/\d{2}/\d{4}", d) for d in dues), dues
    assert staff.find_all("table#recognitions tr.recognition span.due")
    assert staff.find_all("table#idle-cells tr.idle")
    assert not staff.find_all("form#add-sympathiser"), "a sympathiser can be added at the commune's level"
    pages.check(staff, "commune recruitment")

    # A case with its deadline, opened from the list.
    row = next(tr for tr in staff.find_all("table#cases tr.case") if tr.find_elements(By.CSS_SELECTOR, "span.due"))
    staff.click_and_wait_for_new_page(row.find_element(By.CSS_SELECTOR, "a[href^='/sympathisers/']"))
    assert re.fullmatch(r"/sympathisers/" + UUID, staff.path)
    assert staff.find_all("#next-step span.due"), f"the file shows no deadline ({staff.describe()})"
    assert staff.find_all("table#steps tr.step")
    pages.check(staff, "a case's file")

    # The figures.
    staff.open(commune_path)
    staff.click_and_wait_for_new_page(staff.find("a#statistics-link"))
    assert staff.path == f"{commune_path}/statistics"
    items = staff.texts("ul#party-life li")
    assert len(items) >= 6, f"ul#party-life: {items}"
    left = staff.text("ul#party-life li#pl-left")
    figures = {kind: int(n) for kind, n in re.findall(r"(Từ trần|Xóa tên) (\d+)", left)}
    assert figures.get("Từ trần", 0) >= 1, f"no death in {left!r}"
    # The demo strikes someone off on 20 April, after the first quarter's meetings, once that day is past.
    today = date.fromisoformat(today_iso())
    if today > date(today.year, 4, 21):
        assert figures.get("Xóa tên", 0) >= 1, f"no striking-off in {left!r}"
    pages.check(staff, "statistics")
    pages.assert_fine()
