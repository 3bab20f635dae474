"""Registry files: shipped ones load, the schema matches the models, bad files name the problem."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from syncwright.limits.overrides import ConnectionLimits, parse_connection_limits, resolve_limits
from syncwright.limits.registry import (
    PLATFORMS,
    RegistryError,
    load_registry,
    load_registry_file,
    parse_registry,
    render_json_schema,
    shipped_json_schema,
)

GOOD: dict[str, Any] = {
    "platform": "acme",
    "default_tier": "basic",
    "tiers": ["basic", "pro"],
    "quotas": {
        "daily": {"reset": {"kind": "midnight", "timezone": "account"}, "limit": {"*": 1000}}
    },
    "groups": {
        "default": {
            "match": ["*"],
            "windows": [{"seconds": 10, "limit": {"basic": 100, "pro": 200}}],
            "quotas": ["daily"],
        }
    },
}


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "acme.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def broken(**edits: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    for dotted, value in edits.items():
        node = data
        *parents, last = dotted.split("__")
        for p in parents:
            node = node[int(p)] if isinstance(node, list) else node[p]
        node[last] = value
    return data


@pytest.mark.parametrize("platform", PLATFORMS)
def test_shipped_registries_load(platform: str) -> None:
    limits = load_registry(platform)
    assert limits.platform == platform
    assert limits.default_tier in limits.tiers
    assert limits.group_for("GET", "/anything")  # every platform has a catch-all group


def test_shipped_schema_equals_generated() -> None:
    assert shipped_json_schema() == render_json_schema()
    schema = json.loads(shipped_json_schema())
    assert schema["additionalProperties"] is False
    assert "pool" in schema["$defs"]["Window"]["properties"]


def test_good_file_loads(tmp_path: Path) -> None:
    limits = load_registry_file(write(tmp_path, GOOD))
    assert limits.groups["default"].windows[0].for_tier("pro") == 200
    assert limits.quotas["daily"].for_tier("pro") == 1000


@pytest.mark.parametrize(
    ("data", "key", "words"),
    [
        (broken(groups__default__concurrency="ten"), "groups.default.concurrency", "integer"),
        (
            broken(groups__default__windows=[{"seconds": -1, "limit": {"*": 1}}]),
            "groups.default.windows.0.seconds",
            "greater than 0",
        ),
        (broken(groups__default__colour="red"), "groups.default.colour", "Extra inputs"),
        (broken(extra_top="x"), "extra_top", "Extra inputs"),
        (
            broken(groups__default__quotas=["monthly"]),
            "groups.default.quotas",
            "unknown quota 'monthly'",
        ),
        (broken(default_tier="gold"), "default_tier", "unknown tier 'gold'"),
        (
            broken(groups__default__windows=[{"seconds": 1, "limit": {"platinum": 5, "*": 1}}]),
            "groups.default.windows.0.limit.platinum",
            "unknown tier 'platinum'",
        ),
        (
            broken(groups__default__windows=[{"seconds": 1, "limit": {"basic": 5}}]),
            "groups.default.windows.0.limit",
            "no value for tiers ['pro']",
        ),
        (
            broken(quotas={"daily": {"reset": {"kind": "rolling"}, "limit": {"*": 5}}}),
            "quotas.daily.reset.seconds",
            "needs seconds",
        ),
        (
            broken(
                quotas={
                    "daily": {
                        "reset": {"kind": "midnight", "timezone": "Mars/Olympus"},
                        "limit": {"*": 5},
                    }
                }
            ),
            "quotas.daily.reset.timezone",
            "unknown time zone",
        ),
        (
            broken(quotas={"daily": {"reset": {"kind": "weekly"}, "limit": {"*": 5}}}),
            "quotas.daily.reset.kind",
            "rolling",
        ),
        (
            broken(groups__default__windows=[{"seconds": 1, "limit": {"*": 0}}]),
            "groups.default.windows.0.limit.*",
            "positive",
        ),
    ],
)
def test_bad_file_names_file_platform_and_key(
    tmp_path: Path, data: dict[str, Any], key: str, words: str
) -> None:
    path = write(tmp_path, data)
    with pytest.raises(RegistryError) as err:
        load_registry_file(path)
    message = str(err.value)
    assert str(path) in message
    assert "platform 'acme'" in message
    assert f"key {key!r}" in message
    assert words in message


def test_missing_required_key(tmp_path: Path) -> None:
    data = copy.deepcopy(GOOD)
    del data["groups"]["default"]["match"]
    with pytest.raises(RegistryError, match=r"key 'groups\.default\.match': Field required"):
        load_registry_file(write(tmp_path, data))


def test_every_problem_is_listed(tmp_path: Path) -> None:
    data = broken(default_tier="gold", groups__default__quotas=["monthly"])
    with pytest.raises(RegistryError) as err:
        load_registry_file(write(tmp_path, data))
    assert len(str(err.value).splitlines()) == 2


def test_bad_json_names_file(tmp_path: Path) -> None:
    path = write(tmp_path, '{"platform": "acme",')
    with pytest.raises(RegistryError, match=r"acme\.json: not valid JSON"):
        load_registry_file(path)


def test_not_an_object() -> None:
    with pytest.raises(RegistryError, match=r"x\.json: platform '\?': key '\(top level\)'"):
        parse_registry("[1, 2]", "x.json")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read registry file"):
        load_registry_file(tmp_path / "missing.json")


def test_unknown_platform() -> None:
    with pytest.raises(RegistryError, match="no rate-limit registry for platform 'myspace'"):
        load_registry("myspace")


def test_group_for_first_match_in_file_order() -> None:
    hubspot = load_registry("hubspot")
    assert hubspot.group_for("POST", "/crm/v3/objects/contacts/search")[0] == "search"
    assert hubspot.group_for("post", "/crm/v3/objects/contacts/batch/upsert")[0] == "batch"
    assert hubspot.group_for("GET", "/crm/v3/objects/contacts")[0] == "default"
    sf = load_registry("salesforce")
    assert sf.group_for("PUT", "/jobs/ingest/750x/batches")[0] == "bulk_upload"
    assert sf.group_for("GET", "/jobs/ingest/750x")[0] == "bulk_ingest"
    assert sf.group_for("PATCH", "/composite/sobjects/Lead/Email")[0] == "collections"


def test_hubspot_groups_share_the_ten_second_pool() -> None:
    hubspot = load_registry("hubspot")
    assert hubspot.groups["batch"].windows[0].pool == hubspot.groups["default"].windows[0].pool
    assert hubspot.groups["search"].windows[0].pool is None


# -- per-connection overrides ----------------------------------------------------------


def test_override_raises_segment_rate() -> None:
    override = parse_connection_limits(
        {"groups": {"default": {"windows": [{"seconds": 1, "limit": {"*": 200}}]}}}, "seg"
    )
    resolved = resolve_limits("segment", override, "seg")
    assert resolved.limits.groups["default"].windows[0].for_tier("default") == 200
    assert resolved.limits.groups["batch"].windows[0].for_tier("default") == 50  # untouched
    assert resolved.limits.groups["default"].record_max_bytes == 32768  # kept


def test_override_quota_tier_timezone() -> None:
    override = ConnectionLimits(
        tier="enterprise",
        timezone="Europe/Paris",
        quotas={"daily_api_requests": {"enterprise": 150000}},
    )
    resolved = resolve_limits("salesforce", override, "sf")
    assert resolved.tier == "enterprise" and resolved.timezone == "Europe/Paris"
    assert resolved.limits.quotas["daily_api_requests"].for_tier("enterprise") == 150000
    assert resolved.limits.quotas["daily_api_requests"].for_tier("developer") == 15000


def test_override_registry_file(tmp_path: Path) -> None:
    resolved = resolve_limits("acme", ConnectionLimits(registry_file=write(tmp_path, GOOD)), "a")
    assert resolved.limits.platform == "acme" and resolved.tier == "basic"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"tier": "gold"}, "key 'limits.tier': unknown tier 'gold'"),
        (
            {"groups": {"nope": {"concurrency": 2}}},
            "key 'limits.groups.nope': unknown endpoint group",
        ),
        ({"quotas": {"monthly": {"*": 1}}}, "key 'limits.quotas.monthly': unknown quota"),
        ({"timezone": "Nowhere/Land"}, "key 'limits.timezone': unknown time zone"),
        (
            {"groups": {"default": {"windows": [{"seconds": 1, "limit": {"gold": 1, "*": 2}}]}}},
            "key 'groups.default.windows.0.limit.gold': unknown tier",
        ),
        ({"speed": "fast"}, "key 'limits.speed': Extra inputs"),
        ({"groups": {"default": {"concurrency": 0}}}, "key 'limits.groups.default.concurrency'"),
    ],
)
def test_bad_override_names_connection_and_key(data: dict[str, Any], words: str) -> None:
    with pytest.raises(RegistryError) as err:
        resolve_limits("hubspot", parse_connection_limits(data, "hs-1"), "hs-1")
    assert "connection 'hs-1'" in str(err.value)
    assert words in str(err.value)
