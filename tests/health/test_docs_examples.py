"""The YAML examples of docs/HEALTH.md, loaded as written: the alerts file and the
schedule block."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from syncwright.alerts import parse_alerts
from syncwright.engine.jobfile import load_job_file
from tests.helpers import write_job

DOC = Path(__file__).resolve().parents[2] / "docs" / "HEALTH.md"


def _example(name: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(rf"<!-- docs-example: {name} -->\n```yaml\n(.*?)```", text, re.S)
    assert m, f"docs/HEALTH.md has no {name} example"
    return m.group(1)


def test_alerts_example_is_a_valid_alerts_file() -> None:
    config = parse_alerts(yaml.safe_load(_example("alerts")), "docs/HEALTH.md")
    assert [r.key for r in config.rules] == [
        "stalled",
        "crashed",
        "needs_attention",
        "reject_ratio>0.05",
        "running_longer>420m",
        "schedule_missed",
    ]
    assert [c.name for c in config.channels] == [
        "webhook:SLACK_WEBHOOK_URL",
        "smtp:smtp.example.com:ops@example.com",
    ]


def test_schedule_example_loads_in_a_job_file(tmp_path: Path) -> None:
    block = yaml.safe_load(_example("schedule"))
    job = write_job(tmp_path, extra=block)
    definition = load_job_file(job)
    assert definition["schedule"] == {
        "cron": "0 2 * * *",
        "timezone": "Europe/Berlin",
        "overlap": "skip",
        "missed": "run_once",
    }
