"""Sending what the outbox holds: Slack-compatible webhooks and SMTP mail, with retry.

A row is claimed (``sending`` with a lease) before it is sent and marked ``delivered``
after, so a crashed watcher's row is sent again by the next one, and a row is never sent
by two watchers at once. The only window for a second copy is a crash between the
receiver's answer and the ``delivered`` mark; every message carries the alert's stable id
(``Idempotency-Key`` header, the mail's ``Message-ID``) so a receiver can drop it.
Failures back off exponentially (2 s doubling, at most 5 min) and give up after
``MAX_ATTEMPTS`` with the reason kept on the row (``syncwright alerts``).
"""

from __future__ import annotations

import hashlib
from typing import Any

import httpx2
import orjson

from syncwright.alerts.config import AlertsConfig, Channel
from syncwright.store.side_tables import SideDb

MAX_ATTEMPTS = 20
CLAIM_SECONDS = 60.0


def _backoff(attempts: int) -> float:
    return float(min(300, 2**attempts))


def deliver(side: SideDb, config: AlertsConfig, by: str = "watch") -> int:
    """Send every due outbox row of the configured channels; returns how many went out."""
    channels = {c.name: c for c in config.channels}
    sent = 0
    while True:
        claimed = _claim(side, list(channels))
        if claimed is None:
            return sent
        alert_id, channel_name, payload, attempts = claimed
        try:
            _send(channels[channel_name], orjson.loads(payload))
        except Exception as exc:  # any failure is retried later, with its reason kept
            reason = _reason(exc)
            status = "failed" if attempts + 1 >= MAX_ATTEMPTS else "pending"
            with side.tx() as db:
                db.execute(
                    f"UPDATE alert_outbox SET status = ?, attempts = attempts + 1, next_at = {side.NOW} + ?, "
                    "last_error = ? WHERE id = ? AND channel = ?",
                    (status, _backoff(attempts + 1), reason, alert_id, channel_name),
                )
            continue
        with side.tx() as db:
            db.execute(
                f"UPDATE alert_outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = {side.NOW}, "
                "last_error = NULL WHERE id = ? AND channel = ?",
                (alert_id, channel_name),
            )
        sent += 1


def _claim(side: SideDb, channels: list[str]) -> tuple[str, str, str, int] | None:
    """Take the oldest due row (pending, or sending whose claim lapsed: a dead watcher)."""
    if not channels:
        return None
    marks = ", ".join("?" for _ in channels)
    with side.tx() as db:
        row = db.execute(
            "SELECT id, channel, payload, attempts FROM alert_outbox WHERE status IN ('pending', "
            f"'sending') AND next_at <= {side.NOW} AND channel IN ({marks}) "
            "ORDER BY created_at, id LIMIT 1",
            tuple(channels),
        ).fetchone()
        if row is None:
            return None
        db.execute(
            f"UPDATE alert_outbox SET status = 'sending', next_at = {side.NOW} + ? "
            "WHERE id = ? AND channel = ?",
            (CLAIM_SECONDS, row[0], row[1]),
        )
    return str(row[0]), str(row[1]), str(row[2]), int(row[3])


def _send(channel: Channel, alert: dict[str, Any]) -> None:
    if channel.webhook is not None:
        hook = channel.webhook
        body = {"text": f"*{alert['title']}*\n{alert['text']}"}
        r = httpx2.post(
            hook.resolve_url(),
            json=body,
            headers={"Idempotency-Key": alert["id"]},
            timeout=hook.timeout_seconds,
        )
        if r.status_code >= 300:
            raise RuntimeError(f"webhook answered {r.status_code}: {r.text[:200]}")
        return
    assert channel.smtp is not None
    _mail(channel, alert)


def _mail(channel: Channel, alert: dict[str, Any]) -> None:
    import os
    import smtplib  # (imported here: most processes never send mail)
    import ssl
    from email.message import EmailMessage

    cfg = channel.smtp
    assert cfg is not None
    msg = EmailMessage()
    msg["Subject"] = f"[syncwright] {alert['title']}"
    msg["From"] = cfg.sender
    msg["To"] = ", ".join(cfg.to)
    digest = hashlib.sha256(alert["id"].encode()).hexdigest()[:32]
    msg["Message-ID"] = f"<{digest}@syncwright>"
    msg["X-Syncwright-Alert"] = alert["id"]
    msg.set_content(f"{alert['text']}\n\nalert id: {alert['id']}\n")
    with smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds) as conn:
        if cfg.starttls:
            conn.starttls(context=ssl.create_default_context())
        if cfg.username_env and cfg.password_env:
            conn.login(os.environ.get(cfg.username_env, ""), os.environ.get(cfg.password_env, ""))
        conn.send_message(msg)


def _reason(exc: Exception) -> str:
    """One line, never a URL (it may hold a secret token)."""
    text = f"{type(exc).__name__}: {exc}".splitlines()[0]
    import re

    return re.sub(r"https?://\S+", "<url>", text)[:300]


def outbox(side: SideDb, limit: int = 100) -> list[dict[str, Any]]:
    """The newest outbox rows, for ``syncwright alerts``."""
    with side.read() as db:
        rows = db.execute(
            "SELECT id, channel, status, attempts, last_error, payload FROM alert_outbox "
            "ORDER BY created_at DESC, id LIMIT ?",
            (limit,),
        ).fetchall()
    return [
        {
            "id": r[0],
            "channel": r[1],
            "status": r[2],
            "attempts": r[3],
            "last_error": r[4],
            "title": orjson.loads(r[5])["title"],
        }
        for r in rows
    ]
