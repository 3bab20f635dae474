"""The job state machine as an SVG, drawn from the transition table itself.

Positions are data (``LAYOUT``); the arrows are every (state, event) -> state pair of
``domain.job_states.TRANSITIONS`` that changes state, so a new transition appears in the
drawing without touching this file. ``previous`` targets (back from waiting or needs
attention) are drawn to the state the job will return to when it is known, else to
every active state. The job's current state is lit.
"""

from __future__ import annotations

from html import escape

from syncwright.domain.job_states import ACTIVE, PREVIOUS, TRANSITIONS, JobState

BOX_W, BOX_H = 118, 34
LAYOUT: dict[JobState, tuple[int, int]] = {  # centre of each state's box
    JobState.QUEUED: (70, 40),
    JobState.FETCHING: (210, 40),
    JobState.MAPPING: (350, 40),
    JobState.VALIDATING: (490, 40),
    JobState.UPLOADING: (630, 40),
    JobState.COMPLETED: (770, 40),
    JobState.WAITING: (280, 170),
    JobState.NEEDS_ATTENTION: (560, 170),
    JobState.CANCELLED: (770, 170),
}
WIDTH, HEIGHT = 840, 210


def edges(previous: JobState | None = None) -> list[tuple[JobState, JobState, str]]:
    """(from, to, event) for every state-changing transition, events merged per arrow."""
    merged: dict[tuple[JobState, JobState], list[str]] = {}
    for (state, event), target in TRANSITIONS.items():
        targets = (
            ([previous] if previous in ACTIVE else list(ACTIVE))
            if target == PREVIOUS
            else [JobState(target)]
        )
        for t in targets:
            if t is not None and t != state:
                merged.setdefault((state, t), []).append(event.value)
    return [(a, b, ", ".join(sorted(evs))) for (a, b), evs in merged.items()]


def _anchor(a: tuple[int, int], b: tuple[int, int]) -> tuple[float, float, float, float]:
    """Line from the border of box a towards box b (and back), so arrows meet edges."""
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1

    def clip(dx: float, dy: float) -> float:
        sx = (BOX_W / 2) / abs(dx) if dx else float("inf")
        sy = (BOX_H / 2) / abs(dy) if dy else float("inf")
        return min(sx, sy)

    s = clip(dx, dy)
    return x1 + dx * s, y1 + dy * s, x2 - dx * s, y2 - dy * s


def svg(current: JobState, previous: JobState | None = None) -> str:
    """The machine with ``current`` lit (an accessible, self-contained SVG)."""
    parts = [
        f'<svg class="machine" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="job state machine, current state {escape(current.value)}">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>',
    ]
    for a, b, label in edges(previous):
        x1, y1, x2, y2 = _anchor(LAYOUT[a], LAYOUT[b])
        kind = "edge cancel" if b == JobState.CANCELLED else "edge"
        parts.append(
            f'<line class="{kind}" x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
            f'marker-end="url(#arrow)"><title>{escape(a.value)} → {escape(b.value)}: '
            f"{escape(label)}</title></line>"
        )
    for state, (x, y) in LAYOUT.items():
        lit = " current" if state == current else ""
        parts.append(
            f'<g class="state{lit}" data-state="{state.value}">'
            f'<rect x="{x - BOX_W // 2}" y="{y - BOX_H // 2}" width="{BOX_W}" height="{BOX_H}" '
            f'rx="8"/><text x="{x}" y="{y + 5}" text-anchor="middle">'
            f"{escape(state.value.replace('_', ' '))}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)
