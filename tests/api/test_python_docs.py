"""docs/PYTHON.md runs as written: every ```python block, in order, in one namespace (as a
reader would paste them into one session)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "PYTHON.md"
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.slow
def test_python_docs_run_as_written(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    text = DOC.read_text(encoding="utf-8")
    blocks = [(text[: m.start()].count("\n") + 2, m.group(1)) for m in FENCE.finditer(text)]
    assert len(blocks) >= 5
    monkeypatch.chdir(tmp_path)
    for var in ("LEAD_SOURCE", "OUT_DIR", "HUBSPOT_TOKEN", "SALESFORCE_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    try:
        for line, code in blocks:
            exec(compile("\n" * (line - 1) + code, str(DOC), "exec"), namespace)
    finally:
        sandbox = namespace.get("sandbox")
        if sandbox is not None:
            sandbox.stop()  # type: ignore[attr-defined]
        for var in ("LEAD_SOURCE", "HUBSPOT_TOKEN", "SALESFORCE_TOKEN"):
            os.environ.pop(var, None)
