"""Webhook intake, one signed Segment route, 16 connections: ``serve`` beside a bare endpoint.

    .venv/bin/python bench/intake_bench.py [--rounds 3] [--seconds 5] [--backlog-seconds 20]
        [--client wrk|python]

Both servers run in their own process (uvicorn, same HTTP parser and event loop), each on
a fresh SQLite file; the load is 16 keep-alive connections sending unique signed
deliveries as fast as they are answered. The client is wrk (Debian's `wrk`, 2 threads, a
Lua script cycling through deliveries signed beforehand, never sending one twice) when it
is installed: on a 2-core machine every cycle the client spends is the server's loss, and
wrk costs a fraction of any Python client. Without wrk (or with `--client python`) this
process sends them itself, as raw HTTP/1.1 over asyncio. Rounds alternate serve and bare;
medians of deliveries/s and p99 ack (request written to response read) are printed with
their ratio, and each server's CPU per delivery (a figure the client does not disturb).

"Same durability" means: a delivery is acknowledged only after the transaction holding it
has committed to a SQLite file in WAL mode with ``synchronous = NORMAL`` (what ``serve``
uses: survives any process crash, an OS crash may lose the last commits). The bare
endpoint verifies the HMAC, reads the message id, and inserts (id, body) with ``INSERT OR
IGNORE`` (de-duplication), one transaction per delivery in a worker thread: the plain way
to write such an endpoint. It has no route, no event store, no read models and no metrics.

Then ``serve`` takes the same load for ``--backlog-seconds`` while its route (a mapping
to a JSONL file) runs; the backlog (deliveries stored but not yet acted on) is sampled
every second. Flat means the route keeps up with intake.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.webhooks.fixtures import (  # noqa: E402
    MAPPING,
    SEGMENT_SECRET,
    free_port,
    secrets_env,
    write_config,
)

CONNECTIONS = 16
PATH = "/webhooks/segment/seg"
ROUTES = {
    "connections": {"out": {"platform": "jsonl", "path": "out/people.jsonl"}},
    "routes": [{"name": "people", "on": ["form.submitted"], "concurrency": 16,
                "actions": [{"sync_record": {"connection": "out", "object": "c", "mapping": MAPPING}}]}],
}  # fmt: skip


# -- the bare endpoint (run in its own process by ``--bare PORT DB``) --------------------------
def bare_app(db_path: str) -> object:
    import threading

    import anyio.to_thread
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    db = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS inbox (message_id TEXT PRIMARY KEY, body BLOB)")
    lock = threading.Lock()
    secret = SEGMENT_SECRET.encode()

    def insert(message_id: str, body: bytes) -> int:
        with lock:
            db.execute("BEGIN IMMEDIATE")
            cur = db.execute("INSERT OR IGNORE INTO inbox VALUES (?, ?)", (message_id, body))
            db.execute("COMMIT")
            return cur.rowcount

    async def intake(request: Request) -> Response:
        body = await request.body()
        expected = hmac.new(secret, body, hashlib.sha1).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("x-signature", "")):
            return JSONResponse({"error": "bad_signature"}, status_code=401)
        try:
            message_id = str(orjson.loads(body)["messageId"])
        except (orjson.JSONDecodeError, KeyError, TypeError):
            return JSONResponse({"error": "malformed_body"}, status_code=400)
        accepted = await anyio.to_thread.run_sync(insert, message_id, body)
        return JSONResponse({"ok": True, "accepted": accepted, "duplicates": 1 - accepted})

    async def healthz(request: Request) -> Response:
        return JSONResponse({"ok": True})

    return Starlette(routes=[Route(PATH, intake, methods=["POST"]),
                             Route("/healthz", healthz)])  # fmt: skip


def run_bare(port: int, db_path: str) -> None:
    import uvicorn

    uvicorn.run(bare_app(db_path), host="127.0.0.1", port=port, log_level="warning",  # type: ignore[arg-type]
                access_log=False)  # fmt: skip


# -- servers ------------------------------------------------------------------------------------
def _up(port: int) -> bool:
    import httpx2

    try:
        return httpx2.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except httpx2.HTTPError:
        return False


@contextlib.contextmanager
def server(kind: str, folder: Path) -> Iterator[tuple[int, Path, int]]:
    port = free_port()
    db = folder / f"{kind}-{port}.db"
    env = {**os.environ, **secrets_env()}
    if kind == "serve":
        cmd = [sys.executable, "-m", "syncwright", "serve", "--config",
               str(folder / "webhooks.yaml"), "--port", str(port), "--store", str(db)]  # fmt: skip
    else:
        cmd = [sys.executable, __file__, "--bare", str(port), str(db)]
    proc = subprocess.Popen(cmd, env=env, cwd=folder, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not _up(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{kind} server did not start")
            time.sleep(0.1)
        yield port, db, proc.pid
    finally:
        proc.terminate()
        proc.wait(30)


# -- load ---------------------------------------------------------------------------------------
def request_bytes(port: int, message_id: str) -> bytes:
    body = orjson.dumps(
        {"type": "track", "event": "Form Submitted", "userId": message_id,
         "messageId": message_id, "timestamp": "2026-01-01T00:00:00.000Z",
         "properties": {"email": f"{message_id}@example.com", "plan": "pro"}}
    )  # fmt: skip
    signature = hmac.new(SEGMENT_SECRET.encode(), body, hashlib.sha1).hexdigest()
    head = (
        f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"X-Signature: {signature}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _connection(
    port: int, tag: str, until: float, latencies: list[float], failures: list[str]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = 0
    try:
        while time.perf_counter() < until:
            i += 1
            data = request_bytes(port, f"{tag}-{i}")
            started = time.perf_counter()
            writer.write(data)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if not head.startswith(b"HTTP/1.1 200"):
                failures.append(f"{head.split(b' ', 2)[1].decode()} {body[:200]!r}")
                return
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()


async def load(port: int, tag: str, seconds: float) -> tuple[float, float, int]:
    """(deliveries/s, p99 ack in ms, deliveries acked) with 16 connections for ``seconds``."""
    latencies: list[float] = []
    failures: list[str] = []
    started = time.perf_counter()
    until = started + seconds
    await asyncio.gather(
        *(_connection(port, f"{tag}c{c}", until, latencies, failures) for c in range(CONNECTIONS))
    )
    elapsed = time.perf_counter() - started
    if failures:
        raise SystemExit(f"{tag}: a delivery was refused: {failures[0]}")
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    return len(latencies) / elapsed, p99, len(latencies)


WRK_SCRIPT = r"""
-- Each wrk thread sends its own share of pre-signed, unique deliveries (never one twice:
-- a duplicate would take serve's cheaper de-duplication path).
local counter, threads = 0, {}
function setup(thread)
  thread:set("id", counter); counter = counter + 1; table.insert(threads, thread)
end
function init(args)
  reqs, idx, wrapped, bad = {}, 0, 0, 0
  local nthreads, n = tonumber(args[2]), 0
  for line in io.lines(args[1]) do
    if n % nthreads == id then
      local tab = line:find("	")
      table.insert(reqs, wrk.format("POST", args[3], {["Content-Type"] = "application/json",
        ["X-Signature"] = line:sub(1, tab - 1)}, line:sub(tab + 1)))
    end
    n = n + 1
  end
end
function request()
  idx = idx + 1
  if idx > #reqs then idx = 1; wrapped = wrapped + 1 end
  return reqs[idx]
end
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local wraps, refused = 0, 0
  for _, t in ipairs(threads) do wraps = wraps + t:get("wrapped"); refused = refused + t:get("bad") end
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(99), wraps, refused))
end
"""
WRK_THREADS = 2
WRK_POOL_RATE = 15_000  # pre-signed deliveries per second of load: more than serve can take


def write_pool(folder: Path, port: int, tag: str, seconds: float) -> Path:
    """Deliveries signed beforehand for wrk, one ``signature<TAB>body`` line each."""
    pool = folder / f"{tag}.tsv"
    with pool.open("wb") as out:
        for i in range(int(WRK_POOL_RATE * seconds)):
            body = request_bytes(port, f"{tag}-{i}").split(b"\r\n\r\n", 1)[1]
            signature = hmac.new(SEGMENT_SECRET.encode(), body, hashlib.sha1).hexdigest()
            out.write(signature.encode() + b"\t" + body + b"\n")
    (folder / "intake.lua").write_text(WRK_SCRIPT)
    return pool


def run_wrk(port: int, pool: Path, tag: str, seconds: float) -> tuple[float, float, int]:
    """(deliveries/s, p99 ack in ms, deliveries acked) from one wrk run over ``pool``."""
    done = subprocess.run(
        ["wrk", "-t", str(WRK_THREADS), "-c", str(CONNECTIONS), "-d", f"{seconds:g}s",
         "--timeout", "10s", "-s", str(pool.parent / "intake.lua"),
         f"http://127.0.0.1:{port}{PATH}", "--", str(pool), str(WRK_THREADS), PATH],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    requests, micros, p99_us, wraps, refused = (int(x) for x in line.split()[1:])
    if wraps or refused:
        raise SystemExit(f"{tag}: wrk reused a delivery ({wraps}) or one was refused ({refused})")
    return requests / (micros / 1e6), p99_us / 1000, requests


def load_wrk(port: int, tag: str, seconds: float) -> tuple[float, float, int]:
    """``load`` with wrk as the client (C, far cheaper than any Python client: on a 2-core
    machine the client's CPU is the server's loss). The issue's figures were taken so."""
    with tempfile.TemporaryDirectory(prefix="syncwright-wrk-") as tmp:
        return run_wrk(port, write_pool(Path(tmp), port, tag, seconds), tag, seconds)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux ``/proc``): a cost that does not
    depend on how busy the rest of the machine is."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def backlog(db: Path) -> tuple[int, int]:
    """(deliveries stored, actions succeeded), read without taking any lock."""
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM webhook_inbox").fetchone()[0]
        done = conn.execute(
            "SELECT COUNT(*) FROM webhook_actions WHERE state = 'succeeded'"
        ).fetchone()[0]
    return int(stored), int(done)


async def _sample(db: Path, seconds: float, out: list[tuple[float, int, int]]) -> None:
    started = time.perf_counter()
    while (t := time.perf_counter() - started) < seconds:
        await asyncio.sleep(1.0)
        stored, done = await asyncio.to_thread(backlog, db)
        out.append((time.perf_counter() - started, stored, done))
    del t


async def sustained(
    port: int, db: Path, seconds: float, client: str
) -> list[tuple[float, int, int]]:
    samples: list[tuple[float, int, int]] = []
    with tempfile.TemporaryDirectory(prefix="syncwright-wrk-") as tmp:
        if client == "wrk":  # signed before the clock starts: the samples see only load
            pool = write_pool(Path(tmp), port, "sustained", seconds)
            loading = asyncio.to_thread(run_wrk, port, pool, "sustained", seconds)
        else:
            loading = load(port, "sustained", seconds)
        await asyncio.gather(loading, _sample(db, seconds, samples))
    return samples


def slope(points: list[tuple[float, int]]) -> float:
    """Least-squares growth per second."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0, help="load per side per round")
    parser.add_argument("--backlog-seconds", type=float, default=20.0)
    parser.add_argument(
        "--client", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python",
        help="the load generator (default: wrk when installed, `apt-get install wrk`)",
    )
    parser.add_argument("--bare", nargs=2, metavar=("PORT", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        run_bare(int(args.bare[0]), args.bare[1])
        return
    with contextlib.suppress(ImportError):
        import uvloop

        uvloop.install()
    rates: dict[str, list[float]] = {"serve": [], "bare": []}
    p99s: dict[str, list[float]] = {"serve": [], "bare": []}
    cpus: dict[str, list[float]] = {"serve": [], "bare": []}  # server CPU ms per delivery
    with tempfile.TemporaryDirectory(prefix="syncwright-intake-bench-") as tmp:
        folder = Path(tmp)
        (folder / "out").mkdir()
        write_config(folder, ROUTES)
        for n in range(args.rounds):
            for kind in ("serve", "bare") if n % 2 == 0 else ("bare", "serve"):
                with server(kind, folder) as (port, _db, pid):
                    cpu = cpu_seconds(pid)
                    tag = f"r{n}{kind}"
                    rate, p99, acked = (
                        load_wrk(port, tag, args.seconds)
                        if args.client == "wrk"
                        else asyncio.run(load(port, tag, args.seconds))
                    )
                    if kind == "serve":  # until the route has acted on every delivery
                        deadline = time.monotonic() + 60
                        while backlog(_db)[1] < acked and time.monotonic() < deadline:
                            time.sleep(0.05)
                    cpus[kind].append((cpu_seconds(pid) - cpu) * 1000 / acked)
                rates[kind].append(rate)
                p99s[kind].append(p99)
            ratio = rates["serve"][-1] / rates["bare"][-1]
            print(f"  round {n + 1}: serve {rates['serve'][-1]:,.0f}/s p99 "
                  f"{p99s['serve'][-1]:.1f} ms {cpus['serve'][-1]:.3f} CPU ms each; bare "
                  f"{rates['bare'][-1]:,.0f}/s p99 {p99s['bare'][-1]:.1f} ms "
                  f"{cpus['bare'][-1]:.3f} CPU ms each; {ratio:.2f} x", flush=True)  # fmt: skip
        with server("serve", folder) as (port, db, _pid):
            samples = asyncio.run(sustained(port, db, args.backlog_seconds, args.client))
    ratio = statistics.median(s / b for s, b in zip(rates["serve"], rates["bare"], strict=True))
    print(f"webhook intake, one signed Segment route, {CONNECTIONS} connections ({args.client} "
          f"client); medians of {args.rounds} alternating rounds of {args.seconds:g} s")  # fmt: skip
    for kind in ("serve", "bare"):
        print(f"  {kind:5}: {statistics.median(rates[kind]):7,.0f} deliveries/s, "
              f"p99 ack {statistics.median(p99s[kind]):5.1f} ms, server CPU "
              f"{statistics.median(cpus[kind]):.3f} ms per delivery")  # fmt: skip
    cpu_ratio = statistics.median(b / s for s, b in zip(cpus["serve"], cpus["bare"], strict=True))
    print(f"  serve / bare: {ratio:.2f} x deliveries/s (target >= 0.6; serve >= 5,000/s, "
          f"p99 < 25 ms); {cpu_ratio:.2f} x by CPU per delivery (bare / serve, serve "
          "including its route's actions)")  # fmt: skip
    print(f"sustained load on serve for {args.backlog_seconds:g} s (backlog = stored - acted on):")
    for t, stored, done in samples:
        print(f"  t={t:5.1f} s  stored {stored:7,}  acted on {done:7,}  backlog {stored - done:7,}")
    half = [(t, stored - done) for t, stored, done in samples if t >= args.backlog_seconds / 2]
    intake = slope([(t, stored) for t, stored, _ in samples])
    print(f"  intake {intake:,.0f}/s; backlog growth over the second half: "
          f"{slope(half):+,.0f} per s (flat: about 0)")  # fmt: skip


if __name__ == "__main__":
    main()
