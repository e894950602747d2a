"""Sessions and abuse (issue 19) in the browser: one's own sessions listed and ended, the pages'
stylesheet applied under the Content-Security-Policy, the security headers on the real server."""

import requests
from selenium.webdriver.common.by import By


def test_a_secretary_ends_her_other_session_from_the_sessions_page(login_as):
    here = login_as("bt03")
    there = login_as("bt03")
    here.open("/account")
    here.click_and_wait_for_new_page(here.find("#sessions-link"))
    assert here.path == "/account/sessions", here.describe()
    rows = here.find_all("table#sessions tbody tr")
    assert len(rows) >= 2, here.describe()
    current = [r for r in rows if "phiên này" in r.text]
    assert len(current) == 1, here.describe()
    other = next(r for r in rows if "phiên này" not in r.text)
    here.click_and_wait_for_new_page(other.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert here.path == "/account/sessions", here.describe()
    # That browser is logged out; this one is not.
    there.open("/")
    assert there.path == "/login", there.describe()
    here.open("/")
    assert here.path == "/", here.describe()


def test_the_stylesheet_applies_under_the_content_security_policy(login_as, base_url):
    secretary = login_as("bt04")
    # Layout.css's page background, #f6f4f0: the stylesheet loaded, though inline style would not.
    background = secretary.driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(246, 244, 240)", background
    response = requests.get(base_url + "/login", timeout=10)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # No session row before a login: the cookie the login form sets is the CSRF one only.
    assert [c.name for c in response.cookies] == ["chibo_csrf"]
