"""The job file in docs/TWO_WAY.md, as written, is a valid two-way definition, and the
routes example there parses as a routes file whose action requests that run."""

from __future__ import annotations

import re
from pathlib import Path

from syncwright.config_files import parse_yaml
from syncwright.twoway.definition import load_two_way
from syncwright.webhooks.routes import parse_routes

DOC = Path(__file__).resolve().parents[2] / "docs" / "TWO_WAY.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_documented_job_file_loads(tmp_path: Path) -> None:
    job_text = next(b for b in _yaml_blocks() if "mode: two_way" in b)
    path = tmp_path / "jobs" / "contacts-both-ways.yaml"
    path.parent.mkdir()
    path.write_text(job_text)
    d = load_two_way(path)
    assert d["name"] == "sf-mailchimp" and d["mode"] == "two_way"
    assert d["source"]["object"] == "Contact" and d["destination"]["object"] == "members"


def test_the_documented_route_requests_a_two_way_run(tmp_path: Path) -> None:
    routes_text = next(b for b in _yaml_blocks() if "start_job" in b)
    table = parse_routes(parse_yaml(routes_text, "routes.yaml"), "routes.yaml", tmp_path)
    (route,) = table.routes
    assert route.name == "mailchimp-changes"
    (action,) = route.definition.actions
    assert action.start_job is not None
    assert str(action.start_job.job_file).endswith("jobs/contacts-both-ways.yaml")
