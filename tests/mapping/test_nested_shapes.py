"""Nested destination shapes a v2 mapping writes reach the platform as the platform
documents them: Segment traits.x / properties.x, GA4 events[0].name / events[0].params.x."""

from __future__ import annotations

import pytest

from syncwright.adapters.ga4 import GA4Adapter, GA4Connection
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.segment import SegmentAdapter, SegmentConnection


@pytest.fixture
def secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SW_SHAPE_KEY", "k")


def test_segment_nested_traits_are_the_traits(secrets: None) -> None:
    seg = SegmentAdapter(
        SegmentConnection.model_validate(
            {"platform": "segment", "base_url": "http://127.0.0.1:9", "token_env": "SW_SHAPE_KEY"}
        ),
        AdapterContext("seg"),
    )
    nested = seg.event_for(
        "identify",
        "1",
        {"userId": "u1", "traits": {"email": "a@b.io", "company": {"name": "Acme"}}},
        "userId",
    )
    flat = seg.event_for(
        "identify", "1", {"userId": "u1", "email": "a@b.io", "company": {"name": "Acme"}}, "userId"
    )
    assert nested["traits"] == flat["traits"] == {"email": "a@b.io", "company": {"name": "Acme"}}
    track = seg.event_for(
        "track",
        "1",
        {"userId": "u1", "event": "Signed Up", "properties": {"plan": "pro"}},
        "userId",
    )
    assert track["properties"] == {"plan": "pro"}


def test_ga4_measurement_protocol_shape(secrets: None) -> None:
    ga4 = GA4Adapter(
        GA4Connection.model_validate(
            {
                "platform": "ga4",
                "base_url": "http://127.0.0.1:9",
                "token_env": "SW_SHAPE_KEY",
                "measurement_id": "G-1",
            }
        ),
        AdapterContext("ga4"),
    )
    nested = ga4.event_for(
        {
            "client_id": "c1",
            "events": [{"name": "generate_lead", "params": {"currency": "USD", "value": 5}}],
        }
    )
    flat = ga4.event_for(
        {"client_id": "c1", "name": "generate_lead", "currency": "USD", "value": 5}
    )
    assert not isinstance(nested, tuple) and not isinstance(flat, tuple)
    assert (
        nested.body
        == flat.body
        == {"name": "generate_lead", "params": {"currency": "USD", "value": 5}}
    )
    two = ga4.event_for({"client_id": "c1", "events": [{"name": "a"}, {"name": "b"}]})
    assert isinstance(two, tuple) and two[1] == "EVENTS_SHAPE"
