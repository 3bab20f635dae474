"""Alerts: SMTP delivery (a local aiosmtpd server), the durable outbox (a failing receiver
is retried, a crash between raising and sending loses nothing and doubles nothing),
several watchers raising each change once, and the alerts file's bad input."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiosmtpd.controller import Controller

from syncwright.alerts import AlertsFileError, deliver, evaluate, load_alerts, parse_alerts
from syncwright.engine.orchestrator import JobRunner
from syncwright.store import open_store
from syncwright.store.side_tables import open_side_db
from tests.health.conftest import Receiver
from tests.helpers import cli, write_job


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def _attention_job(tmp_path: Path) -> tuple[Path, str]:
    """A job stopped in needs_attention: too many invalid records."""
    job = write_job(
        tmp_path,
        n=200,
        bad_every=4,
        max_rejected_ratio=0.05,
        validate=[{"field": "Email", "format": "email"}],
    )
    store = tmp_path / "store.db"
    done = cli("run", str(job), store=store)
    assert done.returncode == 3, done.stderr
    st = open_store(str(store))
    job_id = st.list_jobs()[0].job_id
    st.close()
    return store, job_id


def test_needs_attention_is_mailed_once_then_resolved(
    tmp_path: Path, smtp: tuple[_Inbox, int]
) -> None:
    inbox, port = smtp
    store, job_id = _attention_job(tmp_path)
    alerts = tmp_path / "alerts.yaml"
    alerts.write_text(
        yaml.safe_dump(
            {
                "rules": [{"when": "needs_attention"}, {"when": "reject_ratio", "above": 0.1}],
                "channels": [
                    {
                        "smtp": {
                            "host": "127.0.0.1",
                            "port": port,
                            "from": "sync@example.com",
                            "to": ["ops@example.com"],
                        }
                    }
                ],
            }
        )
    )
    for _ in range(3):  # three rounds: one mail per change, not per round
        ran = cli("watch", "--alerts", str(alerts), "--once", store=store)
        assert ran.returncode == 0, ran.stderr
    subjects = sorted(m["Subject"].strip() for m in inbox.messages)
    assert subjects == [
        f"[syncwright] needs_attention: contacts-to-leads (job {job_id})",
        f"[syncwright] reject_ratio>0.1: contacts-to-leads (job {job_id})",
    ]
    assert all(m["To"] == "ops@example.com" and m["X-Syncwright-Alert"] for m in inbox.messages)
    body = next(m for m in inbox.messages if "needs_attention" in m["Subject"]).get_content()
    assert "needs attention" in body and "rejected" in body
    # cancelled: no longer needs attention, so a resolved message follows
    assert cli("cancel", job_id, store=store).returncode == 0
    cli("watch", "--alerts", str(alerts), "--once", store=store)
    resolved = [m["Subject"].strip() for m in inbox.messages if "resolved" in m["Subject"]]
    assert resolved == [f"[syncwright] resolved needs_attention: contacts-to-leads (job {job_id})"]
    listed = cli("alerts", "--json", store=store)
    assert {r["status"] for r in __import__("orjson").loads(listed.stdout)} == {"delivered"}


def test_outbox_survives_a_crash_and_a_failing_receiver(tmp_path: Path, receiver: Receiver) -> None:
    store, _job_id = _attention_job(tmp_path)
    config = parse_alerts(
        {"rules": [{"when": "needs_attention"}], "channels": [{"webhook": {"url": receiver.url}}]},
        "test",
    )
    st = open_store(str(store))
    side = open_side_db(st)
    assert side is not None
    # raised, then the watcher "crashes" before delivering: the alert waits in the outbox
    (alert,) = evaluate(st, side, config)
    assert evaluate(st, side, config) == []  # a second watcher raises nothing new
    side.close()
    st.close()
    # a new watcher process; the receiver is down (503): kept, retried with backoff
    receiver.status = 503
    st = open_store(str(store))
    side = open_side_db(st)
    assert side is not None
    assert deliver(side, config) == 0
    with side.tx() as db:
        status, attempts, error = db.execute(
            "SELECT status, attempts, last_error FROM alert_outbox"
        ).fetchone()
    assert (status, attempts) == ("pending", 1) and "503" in error and "127.0.0.1" not in error
    receiver.status = 200
    with side.tx() as db:  # the backoff has passed
        db.execute("UPDATE alert_outbox SET next_at = 0")
    assert deliver(side, config) == 1
    assert deliver(side, config) == 0
    assert [p["key"] for p in receiver.posts] == [alert.id]
    side.close()
    st.close()


def test_alerts_file_errors_name_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "alerts.yaml"
    path.write_text(
        yaml.safe_dump(
            {"rules": [{"when": "reject_ratio"}], "channels": [{"webhook": {"url": "http://x"}}]}
        )
    )
    with pytest.raises(AlertsFileError, match=r"alerts.yaml: rules.0: reject_ratio needs `above"):
        load_alerts(path)
    path.write_text(yaml.safe_dump({"rules": [{"when": "exploded"}], "channels": []}))
    ran = cli("watch", "--alerts", str(path), "--once", store=tmp_path / "s.db")
    assert (
        ran.returncode == 2
        and "alerts.yaml: rules.0.when" in ran.stderr
        and "Traceback" not in ran.stderr
    )


def test_runner_not_needed_for_alert_state(tmp_path: Path) -> None:
    """A job still queued raises nothing (no rule matches), and leaves no alert state."""
    job = write_job(tmp_path, n=10)
    from syncwright.engine.commands import create_job
    from syncwright.engine.jobfile import load_job_file

    st = open_store(str(tmp_path / "s.db"))
    job_id = create_job(st, load_job_file(job))
    side = open_side_db(st)
    assert side is not None
    config = parse_alerts(
        {
            "rules": [{"when": "stalled"}],
            "channels": [{"webhook": {"url": "http://127.0.0.1:9/x"}}],
        },
        "t",
    )
    assert evaluate(st, side, config) == []
    asyncio.run(JobRunner(st, job_id).run())
    assert evaluate(st, side, config) == []
    side.close()
    st.close()
