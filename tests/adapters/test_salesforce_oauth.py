"""Salesforce OAuth against the sandbox's token endpoint: sessions that expire mid-sync are
renewed without the job leaving `uploading` (JWT bearer and refresh-token flows), sessions
are renewed before they time out, and a revoked refresh token stops the job in
`needs_attention` with Salesforce's words. Sessions never reach the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

import syncwright
from syncwright.sandbox import Sandbox

N = 400
RULES = [{"rename": "email", "to": "Email"}, {"rename": "name", "to": "LastName"},
         {"constant": "Acme", "to": "Company"}]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["salesforce"], no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox) -> Sandbox:
    sandbox.reset()
    sandbox.simulator("salesforce").oauth.restore()  # type: ignore[attr-defined]
    return sandbox


def _oauth(sb: Sandbox) -> Any:
    return sb.simulator("salesforce").oauth  # type: ignore[attr-defined]


def _settings(sb: Sandbox, flow: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              **extra: Any) -> dict[str, Any]:
    creds = sb.credentials("salesforce")
    monkeypatch.setenv("SW_SF_CLIENT_ID", creds["oauth_client_id"])
    settings: dict[str, Any] = {"flow": flow, "login_url": sb.server_url("salesforce"),
                                "client_id_env": "SW_SF_CLIENT_ID", **extra}
    if flow == "jwt_bearer":
        key = tmp_path / "sf.key"
        key.write_bytes(httpx2.get(sb.server_url("salesforce") + "/__sandbox/oauth/key").content)
        key.chmod(0o600)
        settings |= {"username": creds["oauth_username"], "private_key_file": str(key)}
    else:
        monkeypatch.setenv("SW_SF_REFRESH", creds["oauth_refresh_token"])
        monkeypatch.setenv("SW_SF_SECRET", creds["oauth_client_secret"])
        settings |= {"refresh_token_env": "SW_SF_REFRESH", "client_secret_env": "SW_SF_SECRET"}
    return settings


def _source(tmp_path: Path) -> syncwright.Endpoint:
    with open(tmp_path / "people.jsonl", "w") as f:
        for i in range(N):
            f.write(json.dumps({"id": i, "email": f"p{i}@example.com", "name": f"P{i}"}) + "\n")
    return syncwright.connection("jsonl", name="people", path=tmp_path / "people.jsonl").object("people")


def _run(sb: Sandbox, tmp_path: Path, oauth: dict[str, Any], when_batch: int | None,
         action: Any, states: list[tuple[str, str]]) -> syncwright.JobView:
    sf = syncwright.connection("salesforce", name="sf", base_url=sb.base_url("salesforce"),
                               oauth=oauth)
    done = {"fired": False}

    def progress(view: syncwright.JobView) -> None:
        if when_batch is not None and view.batches_uploaded >= when_batch and not done["fired"]:
            done["fired"] = True
            action()

    return syncwright.run_sync(
        source=_source(tmp_path), destination=sf.object("Lead"),
        mapping=syncwright.mapping(match_key="Email", rules=RULES), batch_size=50,
        retry={"max_attempts": 3, "base_seconds": 0.01, "cap_seconds": 0.02},
        store=tmp_path / "s.db", on_progress=progress,
        on_state_change=lambda before, v: states.append((before.value, v.state.value)),
    )


def _store_bytes(tmp_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.glob("s.db*"))


@pytest.mark.parametrize("flow", ["jwt_bearer", "refresh_token"])
def test_session_expiring_mid_sync_is_renewed_without_leaving_uploading(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flow: str
) -> None:
    oauth = _oauth(sb)
    states: list[tuple[str, str]] = []
    view = _run(sb, tmp_path, _settings(sb, flow, tmp_path, monkeypatch), 3,
                oauth.expire_sessions, states)
    assert view.state == syncwright.JobState.COMPLETED, view.reason
    assert states[-2:] == [("validating", "uploading"), ("uploading", "completed")]
    assert view.created == N
    assert oauth.stats.issued[flow] == 2  # the first session, and one after it ended
    assert len(sb.admin("salesforce").records("Lead")) == N
    store = syncwright.open_store(str(tmp_path / "s.db"))
    events = store.read_stream(f"job-{view.job_id}")
    assert not [e for e in events if e.type == "attempt_failed"]  # renewed inside the call
    store.close()
    raw = _store_bytes(tmp_path)
    leaked = [t for t in oauth.issued_tokens if t.encode() in raw or t.split("!")[1].encode() in raw]
    assert oauth.issued_tokens and not leaked  # no session, not even part of one, is stored


def test_sessions_are_renewed_before_they_time_out(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oauth = _oauth(sb)
    oauth.session_seconds = 1.0
    sb.admin("salesforce").set_faults(
        [{"match": "* /services/data/v60.0/composite/sobjects/*", "kind": "latency",
          "latency_ms": 200}]
    )
    settings = _settings(sb, "refresh_token", tmp_path, monkeypatch, session_seconds=1.0,
                         refresh_before_seconds=0.4)
    view = _run(sb, tmp_path, settings, None, None, [])
    assert view.state == syncwright.JobState.COMPLETED, view.reason
    assert oauth.stats.issued["refresh_token"] >= 2  # the sync outlived a session
    assert oauth.stats.expired_calls == 0  # and no call ever met an expired one


def test_revoked_refresh_token_stops_in_needs_attention_with_salesforce_words(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oauth = _oauth(sb)

    def revoke() -> None:
        oauth.revoke_refresh_tokens()
        oauth.expire_sessions()

    states: list[tuple[str, str]] = []
    view = _run(sb, tmp_path, _settings(sb, "refresh_token", tmp_path, monkeypatch), 2,
                revoke, states)
    assert view.state == syncwright.JobState.NEEDS_ATTENTION
    assert states[-1] == ("uploading", "needs_attention")
    assert view.reason is not None
    assert "invalid_grant: expired access/refresh token" in view.reason
    assert view.last_error is not None and view.last_error["kind"] == "auth"
    # A person re-approves the app (a new refresh token in the same variable), then resumes.
    oauth.restore()
    view = syncwright.resume(view.job_id, store=tmp_path / "s.db")
    assert view.state == syncwright.JobState.COMPLETED and view.created == N


def test_oauth_settings_are_validated(tmp_path: Path) -> None:
    with pytest.raises(syncwright.SyncError, match="jwt_bearer needs username"):
        syncwright.connection("salesforce", base_url="https://x.my.salesforce.com",
                              oauth={"flow": "jwt_bearer", "client_id": "c",
                                     "private_key_file": "k.pem"})
    with pytest.raises(syncwright.SyncError, match="give oauth or token_env"):
        syncwright.connection("salesforce", base_url="https://x.my.salesforce.com",
                              token_env="T", oauth={"flow": "refresh_token", "client_id": "c",
                                                    "refresh_token_env": "R"})
