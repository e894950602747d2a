"""Access follows office, in a phone-sized browser on the demo commune: the commune's staff
(vanphong) opens an account's page, ends a cell secretary's role (bt16) and deactivates a
committee member's account (uv04); their browsers, logged in before, lose what the role or
the account gave them at once.

bt16 and uv04 are used by no other end-to-end test. A second run on the same database finds
bt16's role already ended and uv04 already deactivated: it reactivates uv04 first and skips
the ending of a role that is no longer held. Every page visited must fit a 360 px screen.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import Browser, squash
from test_party_life import overflow


def account_page(staff: Browser, username: str) -> None:
    """Opens the account page of `username` from the list of accounts."""
    staff.open("/accounts")
    links = [a for a in staff.find_all("table#accounts tr.account a") if a.text.strip() == username]
    assert links, f"{username} is not in the list of accounts ({staff.describe()})"
    staff.click_and_wait_for_new_page(links[0])
    assert staff.path.startswith("/accounts/"), staff.describe()
    assert username in staff.body_text, staff.describe()
    assert not overflow(staff), f"the account page of {username} scrolls sideways: {overflow(staff)}"


def test_staff_end_a_role_and_deactivate_an_account(login_as, new_browser, demo_password):
    staff = login_as("vanphong")

    # uv04 (committee staff of the commune) is logged in in a browser of its own.
    account_page(staff, "uv04")
    if staff.driver.find_elements(By.CSS_SELECTOR, "form#reactivate-form"):
        staff.click_and_wait_for_new_page(staff.find("form#reactivate-form button"))
    committee = login_as("uv04")
    committee.open("/accounts")
    assert committee.path == "/accounts", committee.describe()

    account_page(staff, "uv04")
    staff.click_and_wait_for_new_page(staff.find("form#deactivate-form button"))
    assert staff.driver.find_elements(By.CSS_SELECTOR, "form#reactivate-form"), staff.describe()
    assert "không đăng nhập được" in squash(staff.text("#account-state")), staff.describe()
    assert not overflow(staff), overflow(staff)
    # The session uv04 opened before ends at once: the next page asks for a login.
    committee.open("/accounts")
    assert committee.path == "/login", f"uv04's old session still works: {committee.describe()}"
    again = new_browser()
    again.open("/login")
    form = again.find("form#login")
    form.find_element(By.NAME, "username").send_keys("uv04")
    form.find_element(By.NAME, "password").send_keys(demo_password)
    again.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert again.path == "/login", f"a deactivated account signed in: {again.describe()}"

    # bt16's cell secretary role ends today, its term over; the page keeps it as history.
    secretary = login_as("bt16")
    secretary.open("/units")
    cell_links = secretary.find_all("#unit-tree a")
    account_page(staff, "bt16")
    forms = staff.driver.find_elements(By.CSS_SELECTOR, "form.end-role")
    if forms:
        assert cell_links, f"bt16 holds its role but sees no unit: {secretary.describe()}"
        cell = cell_links[0].get_attribute("href")
        Select(forms[0].find_element(By.NAME, "reason")).select_by_value("term_ended")
        assert not overflow(staff), f"the form to end a role scrolls sideways: {overflow(staff)}"
        staff.click_and_wait_for_new_page(forms[0].find_element(By.CSS_SELECTOR, "button[type=submit]"))
        # bt16 stays signed in but holds no role any more: its cell is not found.
        secretary.driver.get(cell)
        assert "Không tìm thấy" in secretary.body_text or secretary.path == "/login", secretary.describe()
    else:
        assert not cell_links, f"bt16's role ended on an earlier run, yet it sees units: {secretary.describe()}"
    ended = staff.texts("table#roles tr.role.ended")
    assert any("Đã thôi từ" in row and "Hết nhiệm kỳ" in row for row in ended), staff.describe()
    assert not overflow(staff), overflow(staff)
