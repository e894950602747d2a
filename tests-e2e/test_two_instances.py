"""Two instances of the server on one PostgreSQL serve the same users: a browser session started
on one works on the other, and so does an API token. Run by scripts/test.sh with both addresses."""

import os
import re

import pytest
import requests

FIRST = os.environ.get("CHIBO_BASE_URL", "")
SECOND = os.environ.get("CHIBO_SECOND_BASE_URL", "")
pytestmark = pytest.mark.skipif(not SECOND, reason="needs two instances (scripts/test.sh starts them)")


def test_a_session_started_on_one_instance_works_on_the_other():
    password = os.environ["CHIBO_DEMO_PASSWORD"]
    s = requests.Session()
    page = s.get(FIRST + "/login", timeout=20).text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    r = s.post(FIRST + "/login", data={"_csrf": token, "username": "bt01", "password": password}, allow_redirects=False, timeout=20)
    assert r.status_code == 303 and r.headers["location"] == "/"
    # The same cookie, the other instance.
    home = s.get(SECOND + "/", allow_redirects=False, timeout=20)
    assert home.status_code == 200, home.status_code
    assert 'id="whoami"' in home.text and "bt01" in home.text
    # A form whose CSRF token was issued by the second instance is accepted by the first.
    page = s.get(SECOND + "/account", timeout=20).text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    out = s.post(FIRST + "/logout", data={"_csrf": token}, allow_redirects=False, timeout=20)
    assert out.status_code == 303
    assert s.get(SECOND + "/", allow_redirects=False, timeout=20).status_code == 303  # logged out everywhere


def test_an_api_token_from_one_instance_works_on_the_other():
    password = os.environ["CHIBO_DEMO_PASSWORD"]
    token = requests.post(FIRST + "/api/v1/auth/token", json={"username": "vanphong", "password": password}, timeout=20).json()["token"]
    me = requests.get(SECOND + "/api/v1/me", headers={"Authorization": "Bearer " + token}, timeout=20)
    assert me.status_code == 200 and me.json()["username"] == "vanphong"
