"""Credentials (issue #19 items 7, 8, 13): one credential per secret file, never echoed;
platform error bodies scrubbed before they are stored or printed; and a scan of
everything a user can see after syncs that fail every way the sandbox can make them fail.

Real sandbox simulators over loopback, the real CLI in subprocesses, a real store file,
and a real HTTP server that echoes credentials in its error bodies (as some platforms and
proxies do).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from syncwright.credentials import CredentialError, read_credential, scrub
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.sandbox import Sandbox
from syncwright.sandbox.webhooks_out import build_hubspot_delivery
from syncwright.service.serve import build_service
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import cli, lead_mapping
from tests.webhooks.fixtures import HUBSPOT_SECRET, running, secrets_env, wait_for, write_config

LEADS = lead_mapping()
FAST = {"max_attempts": 6, "base_seconds": 0.01, "cap_seconds": 0.05, "wait_in_process_seconds": 1}


def store_text(store: Path) -> bytes:
    """Every value of every table of the store, as bytes (for searching)."""
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        chunks = []
        for table in tables:
            for row in con.execute(f"SELECT * FROM {table}"):
                for value in row:
                    chunks.append(value if isinstance(value, bytes) else str(value).encode())
        return b"\n".join(chunks)
    finally:
        con.close()


def assert_absent(tokens: list[str], **places: str | bytes) -> None:
    for token in tokens:
        for enc in ("utf-8", "utf-16-le"):
            needle = token.encode(enc)
            for where, text in places.items():
                data = text if isinstance(text, bytes) else text.encode()
                assert needle not in data, f"{token[:6]}... found in {where}"


def job_file(folder: Path, source: dict[str, Any], dest: dict[str, Any], **extra: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mapping.yaml").write_text(yaml.safe_dump(LEADS))
    job = {
        "name": "secrets",
        "source": {"connection": "src", "object": "contacts"},
        "destination": {"connection": "dst", "object": "Lead"},
        "mapping": "mapping.yaml",
        "batch_size": 100,
        "on_reject": {"max_rejected_ratio": 1.0},
        "retry": FAST,
        "connections": {"src": source, "dst": dest},
        **extra,
    }
    path = folder / "job.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


# -- the rule for secret files ------------------------------------------------------------
def test_a_secret_file_holds_one_credential_comments_and_blank_lines_aside(tmp_path: Path) -> None:
    f = tmp_path / "token"
    f.write_text("# HubSpot private app, rotated 2026-11-01\n\n  pat-na1-abc123  \n# next: Feb\n")
    assert read_credential(None, f, "connection 'hs'") == "pat-na1-abc123"
    f.write_bytes(b"\xef\xbb\xbfpat-na1-abc123\r\n")  # a BOM and CRLF from an editor
    assert read_credential(None, f, "connection 'hs'") == "pat-na1-abc123"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "pat-na1-OLDVALUE\npat-na1-NEWVALUE\n",
            r"holds 2 lines that are not comments \(lines 1, 2\)",
        ),
        ("pat-na1-VALUE\nrotated on monday\n", r"holds 2 lines that are not comments"),
        ("pat-na1-VALUE with space\n", r"holds a space"),
        ("pat-na1-VÄLUE\n", r"non-ASCII or control character"),
        ("# only a comment\n", r"is empty \(or only comments\)"),
    ],
)
def test_a_secret_file_breaking_the_rule_is_refused_without_echo(
    tmp_path: Path, content: str, message: str
) -> None:
    f = tmp_path / "token"
    f.write_text(content)
    with pytest.raises(CredentialError, match=message) as err:
        read_credential(None, f, "connection 'hs'")
    assert str(f) in str(err.value)
    for word in ("OLDVALUE", "NEWVALUE", "VALUE", "monday", "VÄLUE"):
        assert word not in str(err.value)


def test_known_credential_shapes_are_scrubbed() -> None:
    text = (
        'Illegal header value b"Bearer pat-na1-1234abcd-5678-90ab-cdef-1234567890ab" '
        '{"access_token": "ya29.a0AfH6SMB", "sessionId": "00D5e000000SaNd!AQ4AQFakeSessionValue"} '
        "key 0123456789abcdef0123456789abcdef-us21 jwt eyJhbGciOi.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4 "
        "<sf:SessionId>00Dxx!AQcAQsession</sf:SessionId> and my-own-secret"
    )
    out = scrub(text, ["my-own-secret"])
    for leaked in ("pat-na1-1234", "ya29.a0", "FakeSession", "0123456789abcdef", "eyJhbGciOi",
                   "AQcAQsession", "my-own-secret"):  # fmt: skip
        assert leaked not in out, leaked
    assert "Illegal header value" in out  # the sense of the message stays


# -- the sandbox -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox) -> Sandbox:
    sandbox.reset()
    for platform in sandbox.platforms:
        sandbox.admin(platform).set_limits(enabled=False)
    return sandbox


def hubspot_conn(sb: Sandbox, **how: Any) -> dict[str, Any]:
    return {"platform": "hubspot", "base_url": sb.base_url("hubspot"), **how}


def salesforce_conn(sb: Sandbox, **how: Any) -> dict[str, Any]:
    return {"platform": "salesforce", "base_url": sb.base_url("salesforce"), **how}


def test_a_token_file_with_a_comment_line_works_and_never_shows(
    sb: Sandbox, tmp_path: Path
) -> None:
    """Item 7: the comment used to go into the Authorization header, and the error
    (`Illegal header value b'Bearer pat-...'`) into events, `inspect` and stdout."""
    sb.admin("hubspot").seed(150, seed=7)
    token = sb.credentials("hubspot")["token"]
    secret = tmp_path / "hubspot.token"
    secret.write_text(f"{token}\n# rotated 2026-11-01 by ops; next rotation 2027-02\n")
    job = job_file(
        tmp_path,
        hubspot_conn(sb, secret_file=str(secret)),
        {"platform": "jsonl", "path": "out/leads.jsonl"},
    )
    store = tmp_path / "s.db"
    ran = cli("run", str(job), store=store, cwd=tmp_path)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    status = cli("status", store=store)
    assert_absent([token], stdout=ran.stdout, stderr=ran.stderr, status=status.stdout,
                  store=store_text(store))  # fmt: skip


def test_a_non_ascii_token_is_a_named_credential_problem(sb: Sandbox, tmp_path: Path) -> None:
    """Item 13: a non-ASCII token was exit 70, "internal error"."""
    job = job_file(
        tmp_path,
        hubspot_conn(sb, token_env="SW_HARDEN_TOKEN"),
        {"platform": "jsonl", "path": "out/leads.jsonl"},
    )
    store = tmp_path / "s.db"
    ran = cli("run", str(job), store=store, cwd=tmp_path,
              extra_env={"SW_HARDEN_TOKEN": "pat-sändbox-hubspot-0001"})  # fmt: skip
    assert ran.returncode == 2, ran.stdout + ran.stderr  # bad input, the job file named
    assert "job.yaml: connections.src.token_env" in ran.stderr
    assert "internal error" not in ran.stderr.lower()
    assert "environment variable SW_HARDEN_TOKEN holds a non-ASCII" in ran.stdout + ran.stderr
    stored = store_text(store) if store.exists() else b""
    assert_absent(["sändbox"], stdout=ran.stdout, stderr=ran.stderr, store=stored)


ECHOED = "pat-na1-0badc0de-0000-4000-8000-00000000echo"


def _echo_app() -> Starlette:
    """A platform whose errors quote the request's credentials back (seen in the wild)."""

    async def refuse(request: Request) -> JSONResponse:
        auth = request.headers.get("authorization", "")
        return JSONResponse(
            {
                "status": "error",
                "message": f"Authentication credentials not valid: {auth}",
                "context": {"token": auth.removeprefix("Bearer ")},
                "sessionId": "00D5e000000SaNd!AQ4AQEchoedSessionValueXYZ",
            },
            status_code=400,
        )

    return Starlette(routes=[Route("/{path:path}", refuse, methods=["GET", "POST", "PATCH"])])


def test_error_bodies_that_echo_credentials_are_scrubbed_everywhere(tmp_path: Path) -> None:
    """Item 8: error bodies were stored and printed as they came."""
    with running(_echo_app()) as base:
        job = job_file(
            tmp_path,
            {"platform": "hubspot", "base_url": base, "token_env": "SW_HARDEN_TOKEN"},
            {"platform": "jsonl", "path": "out/leads.jsonl"},
        )
        store = tmp_path / "s.db"
        env = {"SW_HARDEN_TOKEN": ECHOED}
        # `run` checks the connection first (the error body is printed), and `resume`
        # of a created job meets it while fetching (the error body is stored).
        ran = cli("run", str(job), store=store, cwd=tmp_path, extra_env=env)
        assert ran.returncode == 2, ran.stdout + ran.stderr
        assert "Authentication credentials not valid" in ran.stderr  # the reason stays
        st = SQLiteStore(store)
        job_id = create_job(st, load_job_file(job))
        st.close()
        resumed = cli("resume", job_id, store=store, cwd=tmp_path, extra_env=env)
        assert resumed.returncode == 3, resumed.stdout + resumed.stderr
        shown = [cli(*a, store=store).stdout for a in (["status"], ["inspect", job_id],
                                                       ["events", job_id, "--json"])]  # fmt: skip
    assert "Authentication credentials not valid" in shown[1] + shown[2]
    assert_absent([ECHOED, "EchoedSessionValueXYZ"], stdout=ran.stdout + resumed.stdout,
                  stderr=ran.stderr + resumed.stderr, shown="\n".join(shown),
                  store=store_text(store))  # fmt: skip


# -- the scan ----------------------------------------------------------------------------
# Every fault kind the sandbox injects, two runs' worth (each rule fires once, in turn).
# Salesforce answers a 429 fault as its daily quota (REQUEST_LIMIT_EXCEEDED): a run would
# wait for the reset, so 429s go to HubSpot only.
FAULT_SETS: list[dict[str, list[dict[str, Any]]]] = [
    {
        "hubspot": [{"kind": "error", "status": 500}, {"kind": "drop"}, {"kind": "malformed"},
                    {"kind": "rate_limit", "retry_after": 0.05}],
        "salesforce": [{"kind": "error", "status": 500}, {"kind": "partial", "fraction": 0.5},
                       {"kind": "malformed"}, {"kind": "drop"}],
    },
    {
        "hubspot": [{"kind": "timeout", "hold_seconds": 2}, {"kind": "error", "status": 503},
                    {"kind": "latency", "latency_ms": 5}, {"kind": "rate_limit"}],
        "salesforce": [{"kind": "timeout", "hold_seconds": 2}, {"kind": "error", "status": 503},
                       {"kind": "latency", "latency_ms": 5}, {"kind": "partial"}],
    },
]  # fmt: skip


@pytest.mark.slow
def test_no_token_anywhere_after_syncs_failing_every_way(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hs_token = sb.credentials("hubspot")["token"]
    sf_token = sb.credentials("salesforce")["token"]
    wrong = "pat-na1-wrong0000-1111-2222-3333-444444444444"
    tokens = [hs_token, sf_token, wrong]
    sf_file = tmp_path / "salesforce.token"
    sf_file.write_text(f"# Salesforce session for syncwright\n{sf_token}\n# rotate monthly\n")
    sb.admin("hubspot").seed(120, seed=3)
    sb.admin("salesforce").seed(20, seed=4)
    store = tmp_path / "s.db"
    env = {"SW_SCAN_HS": hs_token, "SW_SCAN_WRONG": wrong}
    seen: dict[str, str | bytes] = {}
    job_ids: list[str] = []

    def sync(name: str, hs: dict[str, Any], **extra: Any) -> None:
        folder = tmp_path / name
        job = job_file(folder, hs, sf_quick, **extra)
        # Created as `submit` does, then run by `resume`: `run`'s pre-flight check would
        # meet the faults first (its output is scanned too, below).
        st = SQLiteStore(store)
        job_id = create_job(st, load_job_file(job))
        st.close()
        ran = cli("resume", job_id, store=store, cwd=folder, extra_env=env, timeout=120)
        assert ran.returncode in (0, 3, 4), ran.stdout + ran.stderr
        seen[f"{name} stdout"], seen[f"{name} stderr"] = ran.stdout, ran.stderr
        job_ids.append(job_id)
        checked = cli("run", str(job), store=tmp_path / "check.db", cwd=folder, extra_env=env)
        seen[f"{name} run"] = checked.stdout + checked.stderr

    hs_env = hubspot_conn(sb, token_env="SW_SCAN_HS", timeout_seconds=1)
    sf_quick = salesforce_conn(sb, secret_file=str(sf_file), timeout_seconds=1)
    for i, faults in enumerate(FAULT_SETS):
        for platform, rules in faults.items():
            sb.admin(platform).set_faults([{**r, "count": 1} for r in rules], seed=i)
        sync(f"faults-{i}", hs_env)
        for platform in faults:
            assert sb.admin(platform).fault_log(), f"no {platform} fault fired"
            sb.admin(platform).set_faults([])
    sync("wrong-token", hubspot_conn(sb, token_env="SW_SCAN_WRONG"))  # a 401 from HubSpot
    two = tmp_path / "two.token"
    two.write_text(f"{hs_token}\n{wrong}\n")
    sync("two-line-file", hubspot_conn(sb, secret_file=str(two)))

    # Webhook intake with the same credentials on its routes: responses and /metrics.
    (tmp_path / "hook").mkdir()
    for k, v in {**secrets_env(), **env}.items():
        monkeypatch.setenv(k, v)
    routes = {
        "connections": {"sf": salesforce_conn(sb, secret_file=str(sf_file))},
        "routes": [{"name": "to-sf", "on": ["contact.*"], "actions": [
            {"sync_record": {"connection": "sf", "object": "Lead", "mapping": {
                "match_key": "Email", "rules": [{"rename": "email", "to": "Email"},
                                                 {"constant": "Hook", "to": "LastName"},
                                                 {"constant": "Co", "to": "Company"}]}}}]}],
    }  # fmt: skip
    cfg = write_config(tmp_path / "hook", routes)
    service = build_service(cfg, str(store), poll_seconds=0.05)
    sb.admin("salesforce").set_faults([{"kind": "error", "status": 500, "count": 3}], seed=9)
    with running(service.app) as base:
        now = int(time.time() * 1000)
        for n in range(3):
            ev = [{"eventId": 90 + n, "portalId": 3, "occurredAt": now - 1000, "objectId": n,
                   "attemptNumber": 0, "subscriptionType": "contact.propertyChange",
                   "propertyName": "email", "propertyValue": f"hook{n}@example.com"}]  # fmt: skip
            d = build_hubspot_delivery(f"{base}/webhooks/hubspot/hs", HUBSPOT_SECRET, ev, now)
            r = httpx2.post(d.url, headers=d.headers, content=d.body, timeout=30)
            seen[f"webhook response {n}"] = r.text
        wait_for(
            lambda: "syncwright_webhook_deliveries_total" in httpx2.get(f"{base}/metrics").text
        )
        time.sleep(1.0)  # the route's retries run
        seen["/metrics"] = httpx2.get(f"{base}/metrics").text
        seen["/healthz"] = httpx2.get(f"{base}/healthz").text
    for n, job_id in enumerate(job_ids):
        shown = cli("events", job_id, "--json", store=store)
        seen[f"events {n}"] = shown.stdout + shown.stderr
    for job_id in job_ids[-2:]:  # the credential failures, as `inspect` tells them
        shown = cli("inspect", job_id, store=store)
        seen[f"inspect {job_id}"] = shown.stdout + shown.stderr
    for args in (["failures", job_ids[0]], ["status", "--json"]):
        shown = cli(*args, store=store)
        seen[args[0]] = shown.stdout + shown.stderr
    inbox = cli("inbox", "--json", store=store)
    actions = cli("actions", "--json", store=store)
    seen["inbox"], seen["actions"] = inbox.stdout + inbox.stderr, actions.stdout + actions.stderr

    seen["store"] = store_text(store)
    seen["check store"] = store_text(tmp_path / "check.db")
    assert b"two.token holds 2 lines that are not comments" in seen["store"]  # type: ignore[operator]
    assert_absent(tokens, **seen)


def test_the_docs_secret_file_example_reads_as_written(tmp_path: Path) -> None:
    docs = (Path(__file__).parents[2] / "docs" / "ADAPTERS.md").read_text(encoding="utf-8")
    section = docs[docs.index("## Credentials") :]
    block = section[section.index("```\n") + 4 : section.index("\n  ```", section.index("```\n"))]
    example = "\n".join(line.removeprefix("  ") for line in block.splitlines()) + "\n"
    f = tmp_path / "hubspot.token"
    f.write_text(example)
    assert read_credential(None, f, "docs") == "pat-na1-00000000-0000-0000-0000-000000000000"
