"""JSONL and CSV files as sources and as upsert destinations.

As a source a file is read page by page from a byte offset (the cursor), so memory
stays flat and a resumed job continues exactly where the last committed page ended.
As a destination it upserts by the mapping's match key (see ``keyed_file``), and
enforces the field rules declared on the connection the way a platform would.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, ClassVar, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field

from syncwright.adapters.base import (
    AdapterError,
    AdapterLimits,
    FieldInfo,
    Outcome,
    Page,
    Record,
    RecordOutcome,
    classify_local_error,
)
from syncwright.adapters.keyed_file import KeyedFile, _records
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.domain.field_checks import check_value
from syncwright.jsonl_records import BadLine, record_of


class FieldRule(BaseModel):
    """What a file destination accepts in one field (its 'schema', like a platform's)."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["string", "email", "integer", "number", "boolean"] = "string"
    required: bool = False
    max_length: int | None = Field(default=None, gt=0)


class FileConnection(BaseModel):
    """Settings of a file connection in a job file."""

    model_config = ConfigDict(extra="forbid")
    platform: Literal["jsonl", "csv"]
    path: Path
    primary_key: str = Field(default="id", description="source field that identifies a record")
    page_size: int = Field(default=1000, gt=0, le=100_000)
    fields: dict[str, FieldRule] = Field(default_factory=dict)


log = logging.getLogger(__name__)

CSV_FIELD_LIMIT = 1 << 30
"""The CSV module's default limit (128 KiB a field) is process-wide; fields of any size a
platform exports must read, so it is raised once, here, to 1 GiB."""
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))


def _bad_input(message: str) -> AdapterError:
    return AdapterError(Classified(ErrorKind.FATAL, message, code="BAD_SOURCE_DATA"))


class _FileAdapter:
    platform: ClassVar[str]
    config_model: ClassVar[type[BaseModel]] = FileConnection

    def __init__(self, config: FileConnection, context: object = None) -> None:
        self.config = config
        self.limits = AdapterLimits()
        self._sink: KeyedFile | None = None

    async def describe(self, obj: str) -> list[FieldInfo]:
        return [
            FieldInfo(name, rule.type, rule.required) for name, rule in self.config.fields.items()
        ]

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return [match_key]

    def record_key(self, obj: str, record: Record) -> str:
        value = record.get(self.config.primary_key)
        if value is None or value == "":
            raise _bad_input(
                f"{self.config.path}: a record has no {self.config.primary_key!r} "
                f"(the connection's primary_key): {orjson.dumps(record)[:200].decode()}"
            )
        return str(value)

    def classify_error(self, error: BaseException) -> Classified:
        return classify_local_error(error)

    def _unchecked(self) -> bool:
        """Whether ``_check`` passes every record (no field rules): the upload then skips it."""
        return not self.config.fields

    def _check(self, record: Record) -> tuple[str, str, str] | None:
        for name, rule in self.config.fields.items():
            problem = check_value(
                name,
                record.get(name),
                required=rule.required,
                kind=rule.type,
                max_length=rule.max_length,
            )
            if problem:
                return (name, *problem)
        return None

    def _encode(self, record: Record) -> bytes:
        raise NotImplementedError

    def _key_of_line(self, match_key: str) -> Any:
        raise NotImplementedError

    def _header(self, records: list[tuple[str, Record]]) -> bytes | None:
        return None

    @staticmethod
    def _complete(record: bytes) -> bool:
        return True

    def _open_sink(self, match_key: str, records: list[tuple[str, Record]]) -> KeyedFile:
        if self._sink is None:
            header = self._header(records)
            self._sink = KeyedFile(
                self.config.path, self._key_of_line(match_key), header, self._complete
            )
            recorded = self._sink.meta("match_key")
            if recorded is None:
                self._sink.set_meta("match_key", match_key)
            elif recorded != match_key:
                raise AdapterError(
                    Classified(
                        ErrorKind.PERMANENT,
                        f"{self.config.path} was written with match key {recorded!r}; "
                        f"this mapping uses {match_key!r}",
                    )
                )
        return self._sink

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        sink = self._open_sink(match_key, records)
        if self._unchecked():  # no rules: every record is written as it is
            encode = self._encode
            written_all = sink.upsert([(str(r[match_key]), encode(r)) for _, r in records])
            return [
                RecordOutcome(key, outcome)
                for (key, _), outcome in zip(records, written_all, strict=True)
            ]
        results: list[RecordOutcome | None] = []
        rows: list[tuple[str, bytes]] = []
        for key, record in records:
            problem = self._check(record)
            if problem:
                field, code, reason = problem
                results.append(RecordOutcome(key, Outcome.REJECTED, reason, code, field))
                continue
            results.append(None)
            rows.append((str(record[match_key]), self._encode(record)))
        written = iter(sink.upsert(rows))
        return [
            r if r is not None else RecordOutcome(key, next(written))
            for (key, _), r in zip(records, results, strict=True)
        ]

    async def finish_upload(self, obj: str, match_key: str) -> None:
        """The job's last batch is written (by this runner or one before it): verify the
        file and compact it to one record per key before the job may say ``completed``."""
        if self._sink is None and self.config.path.exists():
            self._open_sink(match_key, [])
        if self._sink is not None:
            self._sink.finish()

    async def close(self) -> None:
        if self._sink is not None:
            sink, self._sink = self._sink, None
            try:
                if sink.superseded:
                    sink.compact()
            except (OSError, sqlite3.Error, AdapterError) as exc:
                # The file stays valid (the last record of a key is its current one);
                # the next run's finish compacts it.
                log.warning("%s: not compacted now: %s", self.config.path, exc)
            finally:
                sink.close()


class JsonlAdapter(_FileAdapter):
    """One JSON object per line."""

    platform = "jsonl"

    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        path, size, loads = self.config.path, self.config.page_size, orjson.loads
        offset, line_no = (cursor or {}).get("offset", 0), (cursor or {}).get("line", 0)
        try:
            f = open(path, "rb")  # noqa: SIM115 - entered with `with f` below
        except OSError as exc:
            raise _bad_input(f"cannot open source file {path}: {exc.strerror}") from None
        with f:
            f.seek(offset)
            while True:
                records: list[Record] = []
                for line in f:
                    line_no += 1
                    offset += len(line)
                    try:  # the common case inline: a JSON object (else record_of says why)
                        rec = loads(line)
                    except orjson.JSONDecodeError:
                        rec = None
                    if type(rec) is not dict:
                        if not line.strip():
                            continue
                        try:
                            rec = record_of(line)
                        except BadLine as exc:
                            raise _bad_input(f"{path} line {line_no}: {exc}") from None
                    records.append(rec)
                    if len(records) >= size:
                        break
                done = len(records) < size
                yield Page(records, {"offset": offset, "line": line_no}, done)
                if done:
                    return

    def _encode(self, record: Record) -> bytes:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)  # no second copy

    def accepts_lines(self) -> bool:
        """Whether a mapped batch's record lines can be written as they are: a line here is
        exactly ``_encode``'s bytes (orjson, as ``engine/payloads.py`` writes them), and with
        no field rules nothing checks a record first."""
        return self._unchecked()

    async def upload_lines(
        self, obj: str, lines: list[tuple[str, str | None, bytes]], match_key: str
    ) -> list[RecordOutcome]:
        """``upload_batch`` for records already encoded: ``(source key, match value, line)``."""
        sink = self._open_sink(match_key, [])
        keyed = [(key, value, line) for key, value, line in lines if value is not None]
        written = iter(sink.upsert([(value, line) for _, value, line in keyed]))
        return [
            RecordOutcome(key, next(written))
            if value is not None
            else RecordOutcome(
                key,
                Outcome.REJECTED,
                f"match key {match_key!r} is empty",
                "MATCH_KEY_MISSING",
                match_key,
            )
            for key, value, _ in lines
        ]

    def _key_of_line(self, match_key: str) -> Any:
        return lambda line: str(orjson.loads(line)[match_key])


class CsvAdapter(_FileAdapter):
    """A CSV file with a header row (RFC 4180 quoting, UTF-8)."""

    platform = "csv"

    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        path, size = self.config.path, self.config.page_size
        try:
            f = open(path, encoding="utf-8", newline="")  # noqa: SIM115 - entered below
        except OSError as exc:
            raise _bad_input(f"cannot open source file {path}: {exc.strerror}") from None
        with f:
            header = next(csv.reader([f.readline()]), None)
            if not header:
                yield Page([], None, True)
                return
            if cursor:
                f.seek(cursor["offset"])
            row_no = (cursor or {}).get("row", 0)
            reader = csv.reader(iter(f.readline, ""))
            while True:
                records: list[Record] = []
                for row in reader:
                    row_no += 1
                    if not row:
                        continue
                    if len(row) != len(header):
                        raise _bad_input(
                            f"{path} row {row_no}: {len(row)} values for {len(header)} columns"
                        )
                    records.append(dict(zip(header, row, strict=True)))
                    if len(records) >= size:
                        break
                done = len(records) < size
                yield Page(records, {"offset": f.tell(), "row": row_no}, done)
                if done:
                    return

    def _columns(self, records: list[tuple[str, Record]]) -> list[str]:
        if self.config.fields:
            return list(self.config.fields)
        return list(records[0][1]) if records else []

    def _header(self, records: list[tuple[str, Record]]) -> bytes | None:
        """The file's own header when it has one (its columns rule), else the columns of
        the connection's ``fields`` or of the first record."""
        path = self.config.path
        first = None
        if path.exists():
            with open(path, "rb") as f:
                first = next(_records(f, 0, self._complete), None)
        if first is not None:
            self._cols = self._parse_row(first[1])
            return first[1]
        self._cols = self._columns(records)
        return self._encode_row(self._cols)

    @staticmethod
    def _complete(record: bytes) -> bool:
        """A CSV record ends at a newline outside quotes: an even number of quote marks."""
        return record.count(b'"') % 2 == 0

    @staticmethod
    def _parse_row(record: bytes) -> list[str]:
        return next(csv.reader(io.StringIO(record.decode("utf-8"), newline="")), [])

    @staticmethod
    def _encode_row(values: list[Any]) -> bytes:
        buf = io.StringIO()
        # The csv module quotes a field holding its line terminator ("\n") but not a bare
        # "\r", which every reader then takes for a line end: such rows are quoted whole.
        cr = any(isinstance(v, str) and "\r" in v for v in values)
        if cr:
            csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL).writerow(values)
        else:
            csv.writer(buf, lineterminator="\n").writerow(values)
        return buf.getvalue().encode()

    def _open_sink(self, match_key: str, records: list[tuple[str, Record]]) -> KeyedFile:
        if self._sink is None:
            self._header(records)
            if match_key not in self._cols:
                raise AdapterError(
                    Classified(
                        ErrorKind.PERMANENT,
                        f"the match key {match_key!r} is not a column of {self.config.path}",
                    )
                )
        return super()._open_sink(match_key, records)

    def _unchecked(self) -> bool:
        return False  # every record is checked against the file's columns

    def _check(self, record: Record) -> tuple[str, str, str] | None:
        extra = [k for k in record if k not in self._cols]
        if extra:
            return (
                extra[0],
                "UNKNOWN_FIELD",
                f"field {extra[0]!r} is not a column of {self.config.path}",
            )
        return super()._check(record)

    def _encode(self, record: Record) -> bytes:
        return self._encode_row(
            ["" if record.get(c) is None else record.get(c) for c in self._cols]
        )

    def _key_of_line(self, match_key: str) -> Any:
        def key_of(line: bytes) -> str:
            return self._parse_row(line)[self._cols.index(match_key)]

        return key_of
