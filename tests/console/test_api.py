"""The REST API over real HTTP: every endpoint's authorisation, and the features a
marketing-ops person uses (grouped failures, fix, bulk fix, retry, search, lineage)."""

from __future__ import annotations

import re
import time
from typing import Any

import httpx2
import orjson
import pytest

from syncwright.console import api
from syncwright.engine.orchestrator import stream_of
from tests.console.conftest import Console, bearer, sign_in

PARAMS = {"job_id": "JOB", "key": "0", "action_id": "a1", "name": "viewer", "token_id": "t1"}


def _routes(method: str) -> list[str]:
    out = []
    for route in api.ROUTES:
        methods = getattr(route, "methods", None) or set()
        if method in methods:
            out.append(re.sub(r"{(\w+)}", lambda m: PARAMS[m.group(1)], route.path))  # type: ignore[attr-defined]
    return out


def _url(c: Console, path: str) -> str:
    return c.base + path.replace("JOB", c.job_id)


def _event_count(c: Console) -> int:
    return int(c.store.query("SELECT COUNT(*) FROM events")[0][0])


def test_openapi_document_lists_every_endpoint(console: Console) -> None:
    doc = httpx2.get(console.base + "/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for route in api.ROUTES:
        path = route.path  # type: ignore[attr-defined]
        assert path in doc["paths"], path
        for method in route.methods - {"HEAD"}:  # type: ignore[attr-defined]
            op = doc["paths"][path][method.lower()]
            assert op["summary"]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_no_session_or_token_gets_401_everywhere(console: Console, method: str) -> None:
    paths = _routes(method)
    assert paths
    for path in paths:
        r = httpx2.request(method, _url(console, path), json={})
        assert r.status_code == 401, (method, path, r.text)
        assert "error" in r.json()
        bad = httpx2.request(method, _url(console, path), headers=bearer("sw_nope_nope"))
        assert bad.status_code == 401, (method, path)


def test_viewer_token_gets_403_on_every_write_and_nothing_changes(console: Console) -> None:
    before = _event_count(console)
    writes = _routes("POST")
    assert len(writes) >= 10
    for path in writes:
        r = httpx2.post(
            _url(console, path),
            headers=bearer(console.tokens["viewer"]),
            json={"set": {"Email": "x@example.com"}, "code": "INVALID_EMAIL", "name": "x"},
        )
        assert r.status_code == 403, (path, r.text)
    assert _event_count(console) == before
    # ... while reads work for a viewer
    for path in _routes("GET"):
        if "/users" in path:
            continue
        r = httpx2.get(
            _url(console, path), headers=bearer(console.tokens["viewer"]), params={"q": "1"}
        )
        assert r.status_code in (200, 404, 409), (path, r.text)


def test_operator_cannot_manage_users(console: Console) -> None:
    op = bearer(console.tokens["operator"])
    assert httpx2.get(console.base + "/api/users", headers=op).status_code == 403
    r = httpx2.post(
        console.base + "/api/users",
        headers=op,
        json={"name": "eve", "role": "admin", "password": "x" * 12},
    )
    assert r.status_code == 403
    assert (
        httpx2.get(console.base + "/api/users", headers=bearer(console.tokens["admin"])).status_code
        == 200
    )


def _page_routes(c: Console, method: str) -> list[str]:
    from syncwright.console import pages

    return [
        re.sub(r"{(\w+)}", lambda m: PARAMS[m.group(1)], route.path).replace("JOB", c.job_id)  # type: ignore[attr-defined]
        for route in pages.ROUTES
        if method in (getattr(route, "methods", None) or set()) and route.path != "/login"  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_every_page_without_a_session_gets_401_and_the_sign_in_form(
    console: Console, method: str
) -> None:
    before = _event_count(console)
    paths = _page_routes(console, method)
    assert len(paths) >= 8
    for path in paths:
        for headers in ({}, bearer(console.tokens["admin"])):  # a page needs a session
            r = httpx2.request(method, console.base + path, headers=headers, data={"x": "1"})
            assert r.status_code == 401, (method, path, r.text[:200])
            assert 'action="/login"' in r.text
    assert _event_count(console) == before


def test_every_form_post_without_its_csrf_token_is_refused(console: Console) -> None:
    client, _csrf = sign_in(console.base, "admin")  # allowed everything but the token
    before = _event_count(console)
    paths = [p for p in _page_routes(console, "POST") if p != "/logout"]
    assert len(paths) >= 12
    for path in paths:
        for token in (None, "wrong"):
            data = {"key": "0", "field": "Email", "value": "x@example.com", "text": "map email",
                    "from": "hubspot.contacts", "to": "salesforce.Lead", "name": "eve",
                    "role": "admin", "password": "x" * 12} | ({"csrf": token} if token else {})  # fmt: skip
            r = client.post(path, data=data)
            assert r.status_code == 403 and "CSRF" in r.text, (path, r.status_code)
    assert _event_count(console) == before


def test_session_writes_need_the_csrf_token(console: Console) -> None:
    client, csrf = sign_in(console.base, "operator")
    url = f"/api/jobs/{console.job_id}/cancel"
    before = _event_count(console)
    assert client.post(url).status_code == 403
    assert client.post(url, headers={"X-CSRF-Token": "wrong"}).status_code == 403
    # a form post without the token is refused too, and changes nothing
    r = client.post(f"/jobs/{console.job_id}/cancel", data={})
    assert r.status_code == 403 and "CSRF" in r.text
    assert _event_count(console) == before
    ok = client.post(url, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 200 and ok.json()["state"] == "cancelled"
    last = console.store.read_stream(stream_of(console.job_id))[-1]
    assert last.type == "job_cancelled" and last.metadata["actor"] == "console:operator"


def test_login_cookie_flags_and_wrong_password(console: Console) -> None:
    client = httpx2.Client(base_url=console.base)
    page = client.get("/")
    assert page.status_code == 401 and 'action="/login"' in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf is not None
    bad = client.post(
        "/login", data={"name": "admin", "password": "nope nope", "csrf": csrf.group(1)}
    )
    assert bad.status_code == 401 and "wrong name or password" in bad.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', bad.text)
    assert csrf is not None
    ok = client.post(
        "/login", data={"name": "admin", "password": "correct horse battery", "csrf": csrf.group(1)}
    )
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # plain http on loopback
    assert ok.headers["content-security-policy"].startswith("default-src 'self'")
    # a login form post without its own CSRF token is refused
    again = httpx2.post(
        console.base + "/login", data={"name": "admin", "password": "correct horse battery"}
    )
    assert again.status_code == 403


def test_cookie_is_secure_behind_https(console: Console) -> None:
    r = httpx2.get(console.base + "/login", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in r.headers["set-cookie"]


def _api(c: Console, role: str, method: str, path: str, **kw: Any) -> Any:
    r = httpx2.request(method, c.base + path, headers=bearer(c.tokens[role]), timeout=30, **kw)
    assert r.status_code == 200, r.text
    return r.json()


def test_grouped_failures_fix_bulk_fix_retry_and_complete(console: Console) -> None:
    c, job = console, console.job_id
    jobs = _api(c, "viewer", "GET", "/api/jobs")
    row = next(j for j in jobs["jobs"] if j["job_id"] == job)
    assert row["state"] == "needs_attention" and row["health"] == "needs_attention"
    assert row["rejected"] == 30 and jobs["states"]["needs_attention"] == 1

    groups = _api(c, "viewer", "GET", f"/api/jobs/{job}/failure-groups")
    assert [(g["code"], g["count"]) for g in groups] == [("INVALID_EMAIL", 30)]
    assert (
        groups[0]["example_reason"] == "field 'Email': 'bad-email-0' is not a valid email address"
    )
    page1 = _api(
        c,
        "viewer",
        "GET",
        f"/api/jobs/{job}/failures",
        params={"code": "INVALID_EMAIL", "limit": 15},
    )
    assert page1["total"] == 30 and len(page1["items"]) == 15 and page1["next_after"]
    page2 = _api(
        c,
        "viewer",
        "GET",
        f"/api/jobs/{job}/failures",
        params={"code": "INVALID_EMAIL", "limit": 30, "after": page1["next_after"]},
    )
    keys = [f["record_key"] for f in page1["items"] + page2["items"]]
    assert len(keys) == len(set(keys)) == 30 and page2["next_after"] is None

    first = keys[0]
    fixed = _api(
        c,
        "operator",
        "POST",
        f"/api/jobs/{job}/failures/{first}/fix",
        json={"set": {"Email": "fixed@example.com"}},
    )
    assert fixed["fix"] == {"Email": "fixed@example.com"}
    bulk = _api(
        c,
        "operator",
        "POST",
        f"/api/jobs/{job}/failures/fix-group",
        json={"code": "INVALID_EMAIL", "set": {"Email": "bulk@example.com"}},
    )
    assert bulk["fixed"] == 30
    events = c.store.read_stream(stream_of(job))
    fixes = [e for e in events if e.type == "record_fixed"]
    assert len(fixes) == 31 and {e.metadata["actor"] for e in fixes} == {"api:operator"}

    started = _api(c, "operator", "POST", f"/api/jobs/{job}/retry")
    assert started["run"] == "console"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = _api(c, "viewer", "GET", f"/api/jobs/{job}")["job"]["state"]
        if state == "completed":
            break
        time.sleep(0.1)
    detail = _api(c, "viewer", "GET", f"/api/jobs/{job}")
    assert detail["job"]["state"] == "completed" and detail["job"]["open_rejections"] == 0
    assert _api(c, "viewer", "GET", f"/api/jobs/{job}/failure-groups") == []
    out = (c.folder / "out" / "leads.jsonl").read_bytes()
    assert b"bulk@example.com" in out


def test_resume_and_cancel_conflicts_are_409(console: Console) -> None:
    c, job = console, console.job_id
    op = bearer(c.tokens["operator"])
    assert httpx2.post(f"{c.base}/api/jobs/{job}/cancel", headers=op).status_code == 200
    r = httpx2.post(f"{c.base}/api/jobs/{job}/resume", headers=op)
    assert r.status_code == 409 and "cancelled" in r.json()["error"]
    assert httpx2.get(f"{c.base}/api/jobs/nope", headers=op).status_code == 404


def test_search_by_any_key_and_readable_lineage(console: Console) -> None:
    c, job = console, console.job_id
    by_email = _api(
        c, "viewer", "GET", f"/api/jobs/{job}/records", params={"q": "USER50@example.com"}
    )
    assert by_email == [{"job_id": job, "record_key": "50", "matched_on": "source field email"}]
    by_id = _api(c, "viewer", "GET", f"/api/jobs/{job}/records", params={"q": "9"})
    assert {"job_id": job, "record_key": "9", "matched_on": "source id"} in by_id
    lineage = _api(c, "viewer", "GET", f"/api/jobs/{job}/records/9")
    steps = [s["step"] for s in lineage["steps"]]
    assert steps[:3] == ["fetched", "mapped", "validated"] and "uploaded" in steps
    rejected = next(s for s in lineage["steps"] if s["step"] == "uploaded")
    assert "INVALID_EMAIL" in rejected["detail"]
    assert {"field": "Email", "source": "", "sent": "bad-email-9"} in lineage["fields"]


def test_users_and_tokens_never_show_secrets(console: Console) -> None:
    c = console
    made = _api(
        c,
        "admin",
        "POST",
        "/api/users",
        json={"name": "ann", "role": "operator", "password": "a long password"},
    )
    assert made == {"name": "ann", "role": "operator"}
    token = _api(c, "admin", "POST", "/api/users/ann/tokens", json={"label": "report"})["token"]
    assert token.startswith("sw_")
    me = httpx2.get(c.base + "/api/me", headers=bearer(token)).json()
    assert me == {"name": "ann", "role": "operator", "via": "token"}
    listing = httpx2.get(c.base + "/api/users", headers=bearer(c.tokens["admin"])).text
    assert "argon2" not in listing and token.split("_", 2)[2] not in listing
    # nothing secret in the store's events either: hashes only
    raw = orjson.dumps(
        [r for r in c.store.query("SELECT data FROM events WHERE stream_id LIKE 'access-%'")]
    ).decode()
    assert token.split("_", 2)[2] not in raw and "a long password" not in raw
    token_id = token.split("_")[1]
    _api(c, "admin", "POST", f"/api/tokens/{token_id}/revoke")
    assert httpx2.get(c.base + "/api/me", headers=bearer(token)).status_code == 401


def test_every_page_renders_for_an_admin(console: Console) -> None:
    client, _ = sign_in(console.base, "admin")
    job = console.job_id
    for path in ("/", "/?state=needs_attention", f"/jobs/{job}", f"/jobs/{job}/failures",
                 f"/jobs/{job}/failures?code=INVALID_EMAIL", f"/jobs/{job}/failures?q=user50@example.com",
                 f"/jobs/{job}/records/9", "/mappings", "/webhooks", "/limits", "/users",
                 "/?fragment=1", f"/jobs/{job}?fragment=1", "/limits?fragment=1"):  # fmt: skip
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:500])
        assert "argon2" not in r.text
    assert 'class="state current" data-state="needs_attention"' in client.get(f"/jobs/{job}").text


def test_viewer_sees_no_action_buttons_and_is_refused_forms(console: Console) -> None:
    client, csrf = sign_in(console.base, "viewer")
    page = client.get(f"/jobs/{console.job_id}/failures").text
    assert "Save fix" not in page and "Retry failed" not in page
    r = client.post(f"/jobs/{console.job_id}/retry", data={"csrf": csrf})
    assert r.status_code == 403
    before = _event_count(console)
    from syncwright.console import pages

    forms = [
        re.sub(r"{(\w+)}", lambda m: PARAMS[m.group(1)], route.path).replace("JOB", console.job_id)  # type: ignore[attr-defined]
        for route in pages.ROUTES
        if "POST" in (getattr(route, "methods", None) or set())
        and route.path not in ("/login", "/logout")  # type: ignore[attr-defined]
    ]
    assert len(forms) >= 10
    for path in forms:
        data = {"csrf": csrf, "key": "0", "field": "Email", "value": "x@example.com",
                "code": "INVALID_EMAIL", "name": "eve", "role": "admin", "password": "x" * 12}  # fmt: skip
        assert client.post(path, data=data).status_code == 403, path
    assert _event_count(console) == before


def test_resume_runs_the_job_and_records_who_asked(console: Console) -> None:
    c, job = console, console.job_id
    before = c.store.get_job(job).version
    r = _api(c, "operator", "POST", f"/api/jobs/{job}/resume")
    assert r["run"] in ("console", "already running")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        v = c.store.get_job(job)
        if v.version > before + 1 and v.state.value in ("needs_attention", "completed"):
            break
        time.sleep(0.1)
    events = c.store.read_stream(stream_of(job), before + 1)
    assert events[0].type == "job_resumed" and events[0].metadata["actor"] == "api:operator"
    # the console ran it: the runner's own events follow (it stops again: 30 rejects of
    # 400 are still over the 5% the job allows)
    assert any(e.metadata["actor"].startswith("runner:") for e in events[1:])
    assert c.store.get_job(job).state.value == "needs_attention"


def _corrected(c: Console, **changes: Any) -> str:
    import yaml

    raw = yaml.safe_load((c.folder / "job.yaml").read_text())
    raw.update(changes)
    path = c.folder / "job-fixed.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False))
    return str(path)


def test_resume_with_a_corrected_job_file(console: Console) -> None:
    c, job = console, console.job_id
    good = _corrected(c, on_reject={"max_rejected_ratio": 0.1})
    denied = httpx2.post(f"{c.base}/api/jobs/{job}/resume-with-file",
                         headers=bearer(c.tokens["operator"]), json={"job_file": good})  # fmt: skip
    assert denied.status_code == 403  # changing connections and policies is an admin's
    admin = bearer(c.tokens["admin"])
    missing = httpx2.post(f"{c.base}/api/jobs/{job}/resume-with-file", headers=admin,
                          json={"job_file": str(c.folder / "nope.yaml")})  # fmt: skip
    assert missing.status_code == 400 and "nope.yaml" in missing.json()["error"]
    ok = httpx2.post(
        f"{c.base}/api/jobs/{job}/resume-with-file", headers=admin, json={"job_file": good}
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["changed"] == [
        "on_reject: {'max_rejected_ratio': 0.05} -> {'max_rejected_ratio': 0.1}"
    ]
    deadline = time.monotonic() + 60
    while c.store.get_job(job).state.value != "completed" and time.monotonic() < deadline:
        time.sleep(0.1)
    v = c.store.get_job(job)
    assert v.state.value == "completed" and v.open_rejections == 30  # 7.5% < 10% now
    redefined = [e for e in c.store.read_stream(stream_of(job)) if e.type == "job_redefined"]
    assert len(redefined) == 1 and redefined[0].metadata["actor"] == "api:admin"
    again = httpx2.post(
        f"{c.base}/api/jobs/{job}/resume-with-file", headers=admin, json={"job_file": good}
    )
    assert again.status_code == 409 and "completed" in again.json()["error"]
