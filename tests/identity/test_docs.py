"""The examples in docs/IDENTITY.md load as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from syncwright.engine.jobfile import load_job_file
from syncwright.identity.config import load_identity_file

DOC = Path(__file__).parents[2] / "docs" / "IDENTITY.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(), re.S)


def test_identity_file_example_loads(tmp_path: Path) -> None:
    path = tmp_path / "identity.yaml"
    path.write_text(_yaml_blocks()[0])
    sources = load_identity_file(path)
    assert [(c, o) for c, o, _ in sources] == [
        ("hubspot", "contacts"), ("salesforce", "Lead"), ("salesforce", "Contact")]
    # identity asks HubSpot and Salesforce for the attributes it reads
    assert "phone" in sources[0][2]["properties"]["contacts"]
    assert "External_Id__c" in sources[1][2]["fields"]["Lead"]


def test_job_example_matching_on_the_person_loads(tmp_path: Path) -> None:
    path = tmp_path / "job.yaml"
    path.write_text(_yaml_blocks()[1])
    definition = load_job_file(path)
    assert definition["identity"] == {"match": "person", "source": None, "destination": None}


def test_identity_file_errors_name_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "identity.yaml"
    path.write_text("connections: {}\nsources: [{connection: crm, object: contacts}]\n")
    with pytest.raises(ValueError, match=r"identity.yaml: sources.0.connection 'crm' is not"):
        load_identity_file(path)


def test_rules_example_loads(tmp_path: Path) -> None:
    from syncwright.identity.plan import Source, load_rules

    path = tmp_path / "rules.yaml"
    path.write_text(_yaml_blocks()[2])
    rules = load_rules(path)
    assert rules.fields["phone"] == "longest"
    assert rules.fields["company"] == Source(source="salesforce", field="Company")
