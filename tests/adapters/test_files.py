"""File adapters on real files: paging from a cursor, upserting sinks, crash recovery."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import orjson
import pytest

from syncwright.adapters.base import AdapterError, ConfigError, Outcome
from syncwright.adapters.files import CsvAdapter, FileConnection, JsonlAdapter
from syncwright.adapters.registry import validate_connection
from tests.helpers import read_jsonl, write_contacts


def pages(adapter: Any, cursor: Any = None) -> list[Any]:
    async def go() -> list[Any]:
        return [p async for p in adapter.fetch_records("contacts", cursor)]

    return asyncio.run(go())


def upload(adapter: Any, records: list[dict[str, Any]], key: str = "Email") -> list[Any]:
    return asyncio.run(
        adapter.upload_batch("leads", [(str(i), r) for i, r in enumerate(records)], key)
    )


def jsonl(path: Path, **kw: Any) -> JsonlAdapter:
    return JsonlAdapter(FileConnection(platform="jsonl", path=path, **kw))


def test_jsonl_source_pages_and_resumes_from_cursor(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    rows = write_contacts(src, 1050)
    got = pages(jsonl(src, page_size=200))
    assert [len(p.records) for p in got] == [200] * 5 + [50]
    assert [p.done for p in got] == [False] * 5 + [True]
    assert [r["id"] for p in got for r in p.records] == [r["id"] for r in rows]
    # Resuming from the third page's cursor gives exactly the rest.
    rest = pages(jsonl(src, page_size=200), got[2].next_cursor)
    assert [r["id"] for p in rest for r in p.records] == list(range(600, 1050))


def test_jsonl_source_bad_line_names_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    src.write_bytes(b'{"id": 1}\n{"id": 2\n')
    with pytest.raises(AdapterError, match=r"c.jsonl line 2: not JSON"):
        pages(jsonl(src))
    with pytest.raises(AdapterError, match="cannot open source file"):
        pages(jsonl(tmp_path / "missing.jsonl"))


def test_jsonl_sink_upserts_by_match_key(tmp_path: Path) -> None:
    out = tmp_path / "out" / "leads.jsonl"
    a = jsonl(out)
    recs = [{"Email": f"u{i}@x.io", "N": i} for i in range(5)]
    first = [o.outcome for o in upload(a, recs)]
    assert first == [Outcome.CREATED] * 5
    # Re-sending the same batch never duplicates; a changed record is an update in place.
    again = [o.outcome for o in upload(a, recs)]
    assert again == [Outcome.UNCHANGED] * 5
    changed = [
        o.outcome for o in upload(a, [{"Email": "u2@x.io", "N": 99}, {"Email": "new@x.io", "N": 7}])
    ]
    assert changed == [Outcome.UPDATED, Outcome.CREATED]
    asyncio.run(a.close())
    lines = read_jsonl(out)
    assert [r["Email"] for r in lines] == [f"u{i}@x.io" for i in range(5)] + ["new@x.io"]
    assert lines[2]["N"] == 99


def test_sink_survives_a_torn_write_and_unindexed_tail(tmp_path: Path) -> None:
    out = tmp_path / "leads.jsonl"
    a = jsonl(out)
    upload(a, [{"Email": "a@x.io"}, {"Email": "b@x.io"}])
    asyncio.run(a.close())
    # A crash after writing lines but before the index committed, mid-line.
    with open(out, "ab") as f:
        f.write(orjson.dumps({"Email": "c@x.io"}) + b"\n" + b'{"Email": "d@x')
    b = jsonl(out)
    res = [o.outcome for o in upload(b, [{"Email": "c@x.io"}, {"Email": "d@x.io"}])]
    assert res == [Outcome.UNCHANGED, Outcome.CREATED]
    asyncio.run(b.close())
    assert [r["Email"] for r in read_jsonl(out)] == ["a@x.io", "b@x.io", "c@x.io", "d@x.io"]


def test_sink_rejects_by_declared_fields_with_reason(tmp_path: Path) -> None:
    a = JsonlAdapter(
        FileConnection.model_validate(
            {
                "platform": "jsonl",
                "path": str(tmp_path / "o.jsonl"),
                "fields": {
                    "Email": {"type": "email", "required": True},
                    "LastName": {"required": True, "max_length": 5},
                },
            }
        )
    )
    res = upload(
        a,
        [
            {"Email": "ok@x.io", "LastName": "Li"},
            {"Email": "nope", "LastName": "Li"},
            {"Email": "z@x.io", "LastName": ""},
            {"Email": "y@x.io", "LastName": "Longname"},
        ],
    )
    assert [o.outcome for o in res] == [
        Outcome.CREATED,
        Outcome.REJECTED,
        Outcome.REJECTED,
        Outcome.REJECTED,
    ]
    assert res[1].code == "INVALID_EMAIL" and "'nope' is not a valid email" in (res[1].reason or "")
    assert res[2].code == "REQUIRED_FIELD_MISSING" and res[2].field == "LastName"
    assert res[3].code == "STRING_TOO_LONG"
    assert len(read_jsonl(tmp_path / "o.jsonl")) == 1


def test_sink_refuses_a_different_match_key(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    upload(jsonl(out), [{"Email": "a@x.io", "Id": "1"}])
    with pytest.raises(AdapterError, match="written with match key 'Email'"):
        upload(jsonl(out), [{"Email": "a@x.io", "Id": "1"}], key="Id")


def test_csv_source_and_sink_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text(
        'id,name,note\n1,Ann,"hello, world"\n2,Bo,"multi\nline"\n3,Cy,\n', encoding="utf-8"
    )
    adapter = CsvAdapter(FileConnection(platform="csv", path=src, page_size=2))
    got = pages(adapter)
    assert [r["id"] for p in got for r in p.records] == ["1", "2", "3"]
    assert got[0].records[1]["note"] == "multi\nline"
    rest = pages(
        CsvAdapter(FileConnection(platform="csv", path=src, page_size=2)), got[0].next_cursor
    )
    assert [r["id"] for p in rest for r in p.records] == ["3"]

    out = tmp_path / "o.csv"
    sink = CsvAdapter(FileConnection(platform="csv", path=out))
    recs = [{"Email": "a@x.io", "Note": "x, y"}, {"Email": "b@x.io", "Note": 'q"uote'}]
    assert [o.outcome for o in upload(sink, recs)] == [Outcome.CREATED] * 2
    assert [o.outcome for o in upload(sink, recs)] == [Outcome.UNCHANGED] * 2
    bad = upload(sink, [{"Email": "c@x.io", "Other": 1}])
    assert bad[0].outcome == Outcome.REJECTED and bad[0].code == "UNKNOWN_FIELD"
    asyncio.run(sink.close())
    assert out.read_text() == 'Email,Note\na@x.io,"x, y"\nb@x.io,"q""uote"\n'


def test_connection_errors_name_the_key() -> None:
    with pytest.raises(ConfigError, match=r"connections.crm.page_size"):
        validate_connection({"platform": "jsonl", "path": "x", "page_size": 0}, "connections.crm")
    with pytest.raises(ConfigError, match="unknown platform 'fax'"):
        validate_connection({"platform": "fax"}, "connections.crm")
    with pytest.raises(ConfigError, match=r"connections.crm.pth"):
        validate_connection({"platform": "jsonl", "path": "x", "pth": "y"}, "connections.crm")
