"""Turning health into alerts: one alert per change, a resolved message on recovery.

For every (subject, rule) the last known answer is kept in ``alert_state``. When the
answer changes, one transaction moves the state by compare-and-set and puts one message
per channel in ``alert_outbox`` under a stable id (subject, rule, since, firing or
resolved). Several watchers may evaluate at once: only one wins the compare-and-set, and
the outbox's primary key refuses a second copy. The outbox row is the alert's durable
record; ``deliver.py`` sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from syncwright.alerts.config import AlertsConfig, Rule
from syncwright.domain.job import JobView
from syncwright.domain.job_states import NOT_TERMINAL
from syncwright.health import Health, HealthStatus, fmt_duration, jobs_health
from syncwright.store.base import Store
from syncwright.store.side_tables import SideDb

HEALTH_RULES = {
    "stalled": HealthStatus.STALLED,
    "crashed": HealthStatus.CRASHED,
    "needs_attention": HealthStatus.NEEDS_ATTENTION,
    "slow": HealthStatus.SLOW,
}


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    subject: str  # job:<id> or schedule:<name>
    rule: str
    firing: bool
    title: str
    text: str

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "rule": self.rule,
            "status": "firing" if self.firing else "resolved",
            "title": self.title,
            "text": self.text,
        }


def _condition(rule: Rule, v: JobView, h: Health, now: datetime) -> str | None:
    """The sentence when ``rule`` holds for this job now, else None."""
    if rule.when in HEALTH_RULES:
        return h.sentence if h.status == HEALTH_RULES[rule.when] else None
    if rule.when == "reject_ratio" and v.fetched:
        ratio = v.open_rejections / v.fetched
        if ratio > (rule.above or 0):
            return f"{v.open_rejections} of {v.fetched} records rejected ({ratio:.1%}), above {rule.above:.1%}"
        return None
    if rule.when == "running_longer" and v.state in NOT_TERMINAL and len(v.timeline) > 1:
        started = datetime.fromisoformat(v.timeline[1]["at"])
        took = (now - started).total_seconds()
        if took > (rule.minutes or 0) * 60:
            return (
                f"running for {fmt_duration(took)}, longer than {rule.minutes:g} min; {h.sentence}"
            )
    return None


def evaluate(
    store: Store, side: SideDb, config: AlertsConfig, now: datetime | None = None
) -> list[Alert]:
    """Compare every job (and schedule) with the rules; enqueue an alert per change."""
    now = now or datetime.now(UTC)
    with side.tx() as db:
        state = {
            (str(s), str(r)): (bool(f), float(t))
            for s, r, f, t in db.execute("SELECT subject, rule, firing, since FROM alert_state")
        }
    firing_subjects = {s for (s, _r), (f, _t) in state.items() if f}
    views = [
        v
        for v in store.list_jobs()
        if v.state in NOT_TERMINAL or f"job:{v.job_id}" in firing_subjects
    ]
    healths = jobs_health(store, views, side=side)
    channels = [c.name for c in config.channels]
    raised: list[Alert] = []
    for v, h in zip(views, healths, strict=True):
        subject = f"job:{v.job_id}"
        for rule in config.rules:
            if rule.when == "schedule_missed" or not rule.applies_to(v.name):
                continue
            sentence = _condition(rule, v, h, now)
            was, since = state.get((subject, rule.key), (False, 0.0))
            if (sentence is not None) == was:
                continue
            firing = sentence is not None
            title = (
                f"{rule.key}: {v.name} (job {v.job_id})"
                if firing
                else f"resolved {rule.key}: {v.name} (job {v.job_id})"
            )
            text = sentence if sentence is not None else f"recovered: {h.sentence}"
            alert = _enqueue(
                side, subject, rule.key, was, since, firing, title, text, channels, now
            )
            if alert is not None:
                raised.append(alert)
    if any(r.when == "schedule_missed" for r in config.rules):
        raised += _missed_slots(side, config, channels, now)
    return raised


def _enqueue(
    side: SideDb,
    subject: str,
    rule: str,
    was: bool,
    since: float,
    firing: bool,
    title: str,
    text: str,
    channels: list[str],
    now: datetime,
) -> Alert | None:
    at = now.timestamp()
    # the firing alert and its resolution share the firing moment in their ids
    anchor = at if firing else since
    alert_id = f"{subject}:{rule}:{anchor:.3f}:{'firing' if firing else 'resolved'}"
    alert = Alert(alert_id, subject, rule, firing, title, text)
    with side.tx() as db:
        if was or since:
            won = db.execute(
                "UPDATE alert_state SET firing = ?, since = ? WHERE subject = ? AND rule = ? "
                "AND firing = ? RETURNING subject",
                (int(firing), at if firing else since, subject, rule, int(was)),
            ).fetchone()
        else:
            won = db.execute(
                "INSERT INTO alert_state (subject, rule, firing, since) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (subject, rule) DO NOTHING RETURNING subject",
                (subject, rule, int(firing), at),
            ).fetchone()
        if won is None:
            return None  # another watcher saw the change first
        for channel in channels:
            db.execute(
                "INSERT INTO alert_outbox (id, channel, payload, status, attempts, next_at, "
                f"created_at) VALUES (?, ?, ?, 'pending', 0, {side.NOW}, {side.NOW}) "
                "ON CONFLICT (id, channel) DO NOTHING",
                (alert_id, channel, orjson.dumps(alert.payload()).decode()),
            )
    return alert


def _missed_slots(
    side: SideDb, config: AlertsConfig, channels: list[str], now: datetime
) -> list[Alert]:
    """One alert per schedule slot recorded as missed (no resolution: it is an event)."""
    rules = [r for r in config.rules if r.when == "schedule_missed"]
    with side.tx() as db:
        try:
            rows = db.execute(
                "SELECT name, slot_at, reason FROM schedule_slots WHERE status = 'skipped' "
                "AND reason LIKE 'missed%' ORDER BY slot_at"
            ).fetchall()
        except Exception:
            return []
    out = []
    for name, slot_at, reason in rows:
        if not any(r.applies_to(str(name)) for r in rules):
            continue
        slot = datetime.fromtimestamp(float(slot_at), UTC).isoformat()
        subject = f"schedule:{name}:{slot}"
        with side.tx() as db:
            known = db.execute(
                "SELECT 1 FROM alert_state WHERE subject = ? AND rule = 'schedule_missed'",
                (subject,),
            ).fetchone()
        if known:
            continue
        alert = _enqueue(
            side,
            subject,
            "schedule_missed",
            False,
            0.0,
            True,
            f"schedule_missed: {name} at {slot}",
            f"the run of {name} due at {slot} did not start: {reason}",
            channels,
            now,
        )
        if alert is not None:
            out.append(alert)
    return out
