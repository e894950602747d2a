"""Fixtures for the end-to-end tests.

scripts/test.sh starts the real server with demo data and sets
CHIBO_BASE_URL (e.g. http://127.0.0.1:PORT) and CHIBO_DEMO_PASSWORD (the
password of every demo account) before running pytest here.

Each browser is its own headless Chromium session (so its own cookie jar)
with a phone-sized 360 x 800 viewport.
"""

import os
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import NamedTuple
from urllib.parse import urlparse

import pytest
import requests
from selenium import webdriver
from selenium.common.exceptions import (
    StaleElementReferenceException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_WIDTH, PHONE_HEIGHT = 360, 800
WAIT_SECONDS = 15

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


# ---- helpers -------------------------------------------------------------------

def fold(text: str) -> str:
    """Lowercase `text` without Vietnamese diacritics: "Đặng Thị Hà" -> "dang thi ha"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped).lower()


def squash(text: str) -> str:
    """Collapses runs of whitespace, as a reader sees the text."""
    return " ".join((text or "").split())


VIETNAM = timezone(timedelta(hours=7))


def today_iso() -> str:
    # The server's today is Vietnam's (UTC+7, as AppClock reads it): between 17:00 and 24:00 UTC
    # it is already tomorrow there, and a step the server dates "today" would come after a
    # meeting the test dated by UTC.
    return datetime.now(VIETNAM).date().isoformat()


def this_year() -> int:
    """The server's current year (Vietnam's)."""
    return datetime.now(VIETNAM).year


class MemberRow(NamedTuple):
    """One `tr.member` of a `table#members`."""
    name: str
    path: str  # /members/{uuid}
    id: str
    unit: str


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run the end-to-end tests through scripts/test.sh", pytrace=False)
    return value


def new_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # needed when running as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=vi",
        f"--window-size={PHONE_WIDTH},{PHONE_HEIGHT}",
    ):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "vi-VN,vi"})
    # A window cannot be made narrower than 500 px, so emulate a phone's screen:
    # that gives a real 360 px viewport and, as on a phone, honours
    # <meta name="viewport" content="width=device-width">.
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": {"width": PHONE_WIDTH, "height": PHONE_HEIGHT, "pixelRatio": 2.0}},
    )
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


class Browser:
    """One Chromium session with small helpers for the ChiBo pages."""

    def __init__(self, driver: webdriver.Chrome, base_url: str):
        self.driver = driver
        self.base_url = base_url

    # -- navigation and lookup
    def open(self, path: str) -> None:
        self.driver.get(self.base_url + path)

    @property
    def path(self) -> str:
        return urlparse(self.driver.current_url).path

    def wait(self, condition, what: str):
        """Waits until `condition(driver)` is true; fails saying `what` did not happen."""
        try:
            return WebDriverWait(
                self.driver,
                WAIT_SECONDS,
                # Pages change under the conditions: retry on any browser error until the time is up.
                ignored_exceptions=(WebDriverException,),
            ).until(condition)
        except TimeoutException:
            raise AssertionError(f"waited {WAIT_SECONDS}s in vain: {what} ({self.describe()})") from None

    def find(self, css: str):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def texts(self, css: str) -> list:
        """Texts of the elements matching `css` (also hidden ones), read in one go."""
        found = self.driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)", css)
        return [squash(t) for t in found]

    def text(self, css: str) -> str:
        """Text of the first element matching `css`, or ""."""
        found = self.texts(css)
        return found[0] if found else ""

    @property
    def h1(self) -> str:
        return self.text("h1")

    @property
    def body_text(self) -> str:
        return self.text("body")

    def describe(self) -> str:
        """Where the browser is, for assertion messages."""
        try:
            return f"at {self.driver.current_url}, h1={self.h1!r}, page: {self.body_text[:400]!r}"
        except WebDriverException as error:  # e.g. the page changed meanwhile
            return f"at {self.driver.current_url} ({type(error).__name__})"

    def wait_for_new_page(self, action) -> None:
        """Runs `action` (a click, a key press) and waits until the next page has loaded."""
        old_html = self.find("html")
        action()
        self.wait(lambda d: _is_stale(old_html), "a new page to load")
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete", "the page to finish loading")

    def click_and_wait_for_new_page(self, element) -> None:
        self.wait_for_new_page(element.click)

    # -- the app
    def login(self, username: str, password: str) -> None:
        self.open("/login")
        form = self.find("form#login")
        form.find_element(By.NAME, "username").send_keys(username)
        form.find_element(By.NAME, "password").send_keys(password)
        self.click_and_wait_for_new_page(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        assert self.path == "/", f"login as {username} did not lead to / ({self.describe()})"
        whoami = self.text("#whoami")
        assert username in whoami, f"#whoami is {whoami!r} after logging in as {username}"

    def member_rows(self) -> list:
        """The rows of the `table#members` on the current page."""
        rows = []
        for tr in self.find_all("table#members tr.member"):
            link = tr.find_element(By.CSS_SELECTOR, "a.member-link")
            path = urlparse(link.get_attribute("href")).path
            match = UUID_RE.search(path)
            assert match, f"member link {path!r} carries no id"
            unit = tr.find_elements(By.CSS_SELECTOR, "td.member-unit")
            rows.append(MemberRow(
                name=squash(link.get_attribute("textContent")),
                path=path,
                id=match.group(0),
                unit=squash(unit[0].get_attribute("textContent")) if unit else "",
            ))
        return rows

    def unit_paths(self) -> list:
        """Paths of the links to unit pages on the current page, in page order."""
        paths = []
        for a in self.find_all("a[href*='/units/']"):
            path = urlparse(a.get_attribute("href")).path
            if re.fullmatch(r"/units/" + UUID_RE.pattern, path) and path not in paths:
                paths.append(path)
        return paths

    def http_session(self) -> requests.Session:
        """A requests session carrying this browser's cookies (to see real status codes)."""
        session = requests.Session()
        for cookie in self.driver.get_cookies():
            session.cookies.set(cookie["name"], cookie["value"])
        return session


def _is_stale(element) -> bool:
    try:
        element.tag_name
        return False
    except StaleElementReferenceException:
        return True


# ---- fixtures ------------------------------------------------------------------

@pytest.fixture(scope="session")
def base_url() -> str:
    return _env("CHIBO_BASE_URL").rstrip("/")


@pytest.fixture(scope="session")
def demo_password() -> str:
    return _env("CHIBO_DEMO_PASSWORD")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # Lets fixtures see whether their test failed (item.rep_call).
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)


@pytest.fixture
def new_browser(request, base_url):
    """Factory: each call opens a fresh browser session (own cookies); all are closed after the test."""
    browsers = []

    def make() -> Browser:
        browser = Browser(new_driver(), base_url)
        browsers.append(browser)
        return browser

    yield make
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    for browser in browsers:
        if failed:  # shown under "Captured stdout teardown"
            try:
                print("browser", browser.describe())
            except Exception as error:  # the browser may be gone
                print("browser: could not describe:", error)
        browser.driver.quit()


@pytest.fixture
def login_as(new_browser, demo_password):
    """Factory: a fresh browser session logged in as the given demo account."""

    def login(username: str) -> Browser:
        browser = new_browser()
        browser.login(username, demo_password)
        return browser

    return login


@pytest.fixture
def api_token(base_url, demo_password):
    """Factory: an API bearer token for the given demo account."""

    def token(username: str) -> str:
        response = requests.post(
            f"{base_url}/api/v1/auth/token",
            json={"username": username, "password": demo_password},
            timeout=10,
        )
        assert response.status_code == 200, f"token for {username}: {response.status_code} {response.text[:300]}"
        return response.json()["token"]

    return token
