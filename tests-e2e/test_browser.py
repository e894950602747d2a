"""ChiBo in a phone-sized headless Chromium, against the real server with demo data.

Demo accounts: vanphong (committee staff, sees all 17 cells), bt01..bt17
(secretaries of cells CB01..CB17); all share CHIBO_DEMO_PASSWORD.
Every test starts its own browser sessions and reads what it needs from the
live pages, so the tests do not depend on each other or on their order.
"""

from urllib.parse import parse_qs, urlparse

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import PHONE_WIDTH, Browser, MemberRow, fold, squash, today_iso

NOT_FOUND_VI = "Không tìm thấy"


def member_outside(staff: Browser, units_to_avoid: set) -> MemberRow:
    """A member, as seen by `staff`, whose cell is none of `units_to_avoid`."""
    staff.open("/members")
    for row in staff.member_rows():
        if row.unit and row.unit not in units_to_avoid:
            return row
    # The first page of /members may hold one cell only: go through the cells.
    staff.open("/units")
    for unit_path in staff.unit_paths():
        unit_id = unit_path.rsplit("/", 1)[1]
        staff.open(f"/members?unit={unit_id}")
        for row in staff.member_rows():
            if row.unit and row.unit not in units_to_avoid:
                return row
    raise AssertionError(f"no member outside {units_to_avoid} found as {staff.text('#whoami')}")


def test_search_members_without_diacritics(login_as):
    secretary = login_as("bt01")
    secretary.open("/members")
    rows = secretary.member_rows()
    assert rows, f"bt01 sees no members ({secretary.describe()})"
    # Prefer a name whose folded form differs, so the search has to fold.
    target = next((r for r in rows if fold(r.name) != r.name.lower()), rows[0])
    query = fold(target.name)

    box = secretary.find("form#member-search input[name=q]")
    box.clear()
    box.send_keys(query)
    secretary.wait_for_new_page(lambda: box.send_keys(Keys.ENTER))

    assert parse_qs(urlparse(secretary.driver.current_url).query).get("q") == [query]
    found = [r.name for r in secretary.member_rows()]
    assert target.name in found, f"searching {query!r} did not find {target.name!r}; found {found}"


def test_member_of_another_cell_is_not_found(login_as, api_token, base_url):
    secretary = login_as("bt01")
    secretary.open("/members")
    own_rows = secretary.member_rows()
    assert own_rows, f"bt01 sees no members ({secretary.describe()})"
    own_units = {r.unit for r in own_rows}
    assert len(own_units) == 1, f"bt01 sees members of several cells: {sorted(own_units)}"

    staff = login_as("vanphong")  # a separate session and cookie jar
    other = member_outside(staff, own_units)
    staff.open(other.path)
    assert staff.h1.startswith(other.name), f"vanphong cannot open {other.path} ({staff.describe()})"

    secretary.open(other.path)
    assert secretary.h1 == NOT_FOUND_VI, f"bt01 opened {other.name}'s page ({secretary.describe()})"
    assert other.name not in secretary.body_text
    # The real status code of that page, with bt01's cookies.
    page = secretary.http_session().get(base_url + other.path, allow_redirects=False, timeout=10)
    assert page.status_code == 404, f"GET {other.path} as bt01: {page.status_code}"

    # The API agrees.
    url = f"{base_url}/api/v1/members/{other.id}"
    as_secretary = requests.get(url, headers={"Authorization": f"Bearer {api_token('bt01')}"}, timeout=10)
    assert as_secretary.status_code == 404, f"API as bt01: {as_secretary.status_code} {as_secretary.text[:300]}"
    error = as_secretary.json()["error"]
    assert error["code"] and error["message"]
    assert other.name not in as_secretary.text
    as_staff = requests.get(url, headers={"Authorization": f"Bearer {api_token('vanphong')}"}, timeout=10)
    assert as_staff.status_code == 200, f"API as vanphong: {as_staff.status_code} {as_staff.text[:300]}"
    assert as_staff.json()["fullName"] == other.name


def test_move_member_to_another_cell(login_as):
    staff = login_as("vanphong")
    staff.open("/members")
    rows = staff.member_rows()
    assert rows, f"vanphong sees no members ({staff.describe()})"
    member = rows[-1]
    staff.open(member.path)
    assert staff.h1.startswith(member.name), f"{staff.h1!r} is not {member.name!r}'s page"  # h1 carries the status tags
    old_unit = staff.text("#member-unit")
    assert old_unit, f"no #member-unit on {member.name}'s page"

    form = staff.find("form#move-member")
    select = Select(form.find_element(By.CSS_SELECTOR, "select[name=unitId]"))
    choices = [(o.get_attribute("value"), squash(o.get_attribute("textContent"))) for o in select.options]
    # Option texts may add a code to the cell's name, so compare both ways.
    targets = [(v, t) for v, t in choices if v and old_unit not in t and t not in old_unit]
    assert targets, f"no other cell to move to among {choices}"
    target_id, target_text = targets[0]
    select.select_by_value(target_id)
    date_input = form.find_element(By.CSS_SELECTOR, "input[name=effectiveDate]")
    # Typing into a date input depends on the browser's locale: set the value directly.
    staff.driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        date_input, today_iso(),
    )
    submit = form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit], button:not([type])")
    staff.click_and_wait_for_new_page(submit)

    assert staff.path == member.path, f"the move did not lead back to the member page ({staff.describe()})"
    new_unit = staff.text("#member-unit")
    assert new_unit and new_unit != old_unit, f"#member-unit is still {old_unit!r} ({staff.describe()})"
    assert new_unit in target_text or target_text in new_unit, f"moved to {target_text!r}, page says {new_unit!r}"

    history = staff.texts("table#unit-history tr")
    assert any(old_unit in row for row in history), f"{old_unit!r} missing from the history {history}"
    assert any(new_unit in row for row in history), f"{new_unit!r} missing from the history {history}"


def test_no_horizontal_scroll_on_a_phone(new_browser, login_as, demo_password):
    def overflow(browser: Browser) -> str:
        """Why the current page does not fit a 360 px screen, or ""."""
        client, scroll = browser.driver.execute_script(
            "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
        if client != PHONE_WIDTH:
            return f"viewport is {client}px wide (missing <meta name=viewport content='width=device-width'>?)"
        if scroll > PHONE_WIDTH:
            return f"content is {scroll}px wide"
        return ""

    problems = []

    def check(browser: Browser, path: str) -> None:
        browser.open(path)
        why = overflow(browser)
        if why:
            problems.append(f"{path} as {browser.text('#whoami') or 'nobody'}: {why}")

    anonymous = new_browser()
    check(anonymous, "/login")

    secretary = login_as("bt01")
    for path in ("/", "/members", "/units"):
        check(secretary, path)
    secretary.open("/members")
    rows = secretary.member_rows()
    if rows:
        check(secretary, rows[0].path)

    staff = login_as("vanphong")
    for path in ("/members", "/units"):
        check(staff, path)
    staff.open("/units")
    units = staff.unit_paths()
    if units:
        check(staff, units[-1])

    assert not problems, "horizontal scrolling at 360 px:\n" + "\n".join(problems)


def test_a_committee_searches_the_member_to_appoint(login_as, api_token, base_url):
    """The demo commune holds more than 200 members: its page searches the one to appoint, on a phone."""
    from test_statistics import commune_id

    token = api_token("vanphong")
    commune = commune_id(base_url, token)
    listed = requests.get(base_url + "/api/v1/members", params={"unitId": commune}, timeout=30,
                          headers={"Authorization": "Bearer " + token}).json()["items"]
    officials = [m for m in listed if m["status"] == "official"]
    assert officials, f"no full member on the commune's first page: {listed[:3]}"
    # Prefer a name whose folded form differs, so the search has to fold.
    target = next((m for m in officials if fold(m["fullName"]) != m["fullName"].lower()), officials[0])["fullName"]
    staff = login_as("vanphong")
    staff.open("/units/" + commune)
    assert staff.find_all("form#officer-search"), f"no member search on the commune's page ({staff.describe()})"
    assert not staff.find_all("form#set-officer select[name=memberId] option"), "members listed before a search"
    staff.driver.find_element(By.XPATH, "//form[@id='officer-search']/ancestor::details/summary").click()
    box = staff.find("form#officer-search input[name=q]")
    box.clear()
    box.send_keys(fold(target))
    staff.wait_for_new_page(lambda: box.send_keys(Keys.ENTER))
    assert parse_qs(urlparse(staff.driver.current_url).query).get("q") == [fold(target)]
    found = [squash(o.get_attribute("textContent")) for o in staff.find_all("form#set-officer select[name=memberId] option")]
    assert target in found, f"{target!r} not offered: {found} ({staff.describe()})"
    client, scroll = staff.driver.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]")
    assert scroll <= PHONE_WIDTH == client, f"the commune's page is {scroll}px wide on a {client}px phone"


def test_language_switch(login_as):
    browser = login_as("bt01")
    browser.open("/")

    def nav() -> str:
        return " ".join(browser.texts("nav")) or browser.text("header")

    assert "Đảng viên" in nav(), f"Vietnamese nav expected, got {nav()!r}"

    browser.click_and_wait_for_new_page(browser.find("a#lang-en"))
    browser.wait(lambda d: "Members" in nav(), "an English nav after clicking a#lang-en")
    assert "Đảng viên" not in nav()
    assert browser.text("#whoami"), "logged out by switching language"

    browser.click_and_wait_for_new_page(browser.find("a#lang-vi"))
    browser.wait(lambda d: "Đảng viên" in nav(), "a Vietnamese nav after clicking a#lang-vi")
