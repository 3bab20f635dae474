"""A GA4 event's name written flat beside params written in the event (round 35).

The GA4 catalog has two shapes: the Measurement Protocol's events[0].name with its params, and
a flat record's 'name' (a connection's event_name_field). 'name: high_value_lead' over
'params.value: ...' named the flat field while the params went into events[0]: a record of
both shapes, its event without a name. A record has one shape, so when other rules write into
events[0] and none names the event, the flat name is the event's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_FLAT, _IN_EVENT = "name", "events[0].name"


def one_event_shape(g: Grammar) -> None:
    """Move a flat event name into events[0] when the rest of the mapping writes there."""
    if g.dst_obj.get(_IN_EVENT) is None:
        return
    targets = {r.target for r in g.plan.rules}
    flat = g.plan.rule_for(_FLAT)
    if flat is None or _IN_EVENT in targets or not any(t.startswith("events[0].") for t in targets):
        return
    flat.target = _IN_EVENT
    g.plan.notes.append(f"{_FLAT}: the event's name, written in events[0] as the params are")
