"""The Grafana dashboard in docs/ is valid JSON and queries only metrics syncwright serves."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import orjson
from prometheus_client.parser import text_string_to_metric_families

from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.metrics import build_registry, render
from syncwright.service.metrics import Metrics
from syncwright.store import open_store
from tests.helpers import write_job

DASHBOARD = Path(__file__).resolve().parents[2] / "docs" / "grafana" / "syncwright-dashboard.json"


def test_dashboard_queries_only_served_metrics(tmp_path: Path) -> None:
    st = open_store(str(tmp_path / "s.db"))
    job_id = create_job(st, load_job_file(write_job(tmp_path / "j", n=500)))
    asyncio.run(JobRunner(st, job_id).run())
    registry = build_registry(st)
    hooks = Metrics(registry)  # serve's webhook counters, on the same registry
    hooks.deliveries.labels("hubspot", "stored").inc()  # (a labelled series shows once used)
    hooks.rejected.labels("hubspot", "bad_signature").inc()
    hooks.action_outcome("route", "succeeded")
    served = set()
    for family in text_string_to_metric_families(render(registry).decode()):
        served.add(family.name)
        served.update(s.name for s in family.samples)
    dash = orjson.loads(DASHBOARD.read_bytes())
    assert dash["panels"] and dash["uid"] == "syncwright-overview"
    used = {
        name
        for panel in dash["panels"]
        for target in panel["targets"]
        for name in re.findall(r"syncwright_[a-z_]+", target["expr"])
    }
    assert len(used) >= 15
    missing = {n for n in used if n not in served}
    assert not missing, missing
    st.close()
