"""Several levels follow a cell, in a phone-sized browser, on the demo commune: CB01 is followed
by a member of the commune's committee and, beside them, by a member of the provincial committee
(tinhuy01). The commune's office (vanphong) assigns another of its own members — the province's
assignment stays, and the commune is offered no way to end it; the provincial member ends their
own. No other end-to-end test reads CB01's liaisons.
"""

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_party_life import Pages, open_details, submit
from test_statistics import commune_id


def cb01_path(base_url, token):
    commune = commune_id(base_url, token)
    children = requests.get(f"{base_url}/api/v1/units/{commune}/children",
                            headers={"Authorization": "Bearer " + token}, timeout=30).json()
    items = children["items"] if isinstance(children, dict) else children
    return "/units/" + next(u["id"] for u in items if u["code"] == "CB01")


def rows(browser):
    return [r.text for r in browser.find_all("table#liaisons tbody tr")]


def test_a_commune_and_a_province_follow_one_cell(login_as, base_url, api_token):
    pages = Pages()
    cell = cb01_path(base_url, api_token("vanphong"))
    office = login_as("vanphong")
    office.open(cell)
    pages.check(office, "cell page with its liaisons")
    before = rows(office)
    assert len(before) == 2, office.describe()
    assert "Đảng bộ xã Thượng Lâm" in before[0] and "Hoàng Văn Thành" in before[1], before
    province_row = office.find_all("table#liaisons tbody tr")[1]
    assert not province_row.find_elements(By.CSS_SELECTOR, "form"), "the commune is offered to end the province's assignment"

    # The office assigns another commune committee member: only the commune's line changes.
    form = office.find("form#set-liaison")
    open_details(office, form)
    select = Select(form.find_element(By.NAME, "accountId"))
    choice = next(o for o in select.options if "(uv03)" in o.text)
    name = choice.text.split(" (")[0]
    select.select_by_visible_text(choice.text)
    submit(office, form)
    after = rows(office)
    assert len(after) == 2 and name in after[0] and "Hoàng Văn Thành" in after[1], after

    # The provincial member ends their own assignment from their phone.
    tinh = login_as("tinhuy01")
    tinh.open(cell)
    pages.check(tinh, "cell page as the province")
    own = tinh.find_all("table#liaisons tbody tr")[1]
    button = own.find_element(By.CSS_SELECTOR, "form button[type=submit]")
    tinh.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    tinh.click_and_wait_for_new_page(button)
    left = rows(tinh)
    assert len(left) == 1 and name in left[0], left
    pages.assert_fine()
