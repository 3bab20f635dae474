"""Limiter throughput against a loopback server allowing R requests/s, beside a plain client.

Prints, for the same run length, the achieved rate as a fraction of R and the number of
429s: first through the shared limiter (targets: >= 0.95 and 0), then a plain
retry-on-429 loop with full-jitter backoff and no limiter.

    .venv/bin/python bench/limits_bench.py --duration 60 --rate 50 --tasks 8
"""

from __future__ import annotations

import argparse
import asyncio

from syncwright.limits.limiter import Limiter, LimiterSettings, open_state
from syncwright.limits.loopback import (
    DriveResult,
    drive_limited,
    drive_plain,
    loopback_limits,
    serve,
    window_app,
)


def report(name: str, result: DriveResult, rate: int) -> str:
    achieved = result.ok / result.elapsed
    return (
        f"{name:<28} ok={result.ok:<6} 429s={result.rejected:<6} "
        f"rate={achieved:7.2f}/s  fraction_of_R={achieved / rate:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per client")
    parser.add_argument("--rate", type=int, default=50, help="R: requests/s the server allows")
    parser.add_argument("--tasks", type=int, default=8, help="concurrent senders (jobs)")
    parser.add_argument("--store", default=None, help="SQLite limiter state (default: memory)")
    args = parser.parse_args()

    print(
        f"loopback server: {args.rate} requests per 1 s sliding window; "
        f"{args.tasks} tasks; {args.duration:g} s each"
    )
    for name, run in (("limiter", "limited"), ("plain retry-on-429", "plain")):
        app, _ = window_app(args.rate, 1.0)
        with serve(app) as url:
            if run == "limited":
                limiter = Limiter(open_state(args.store), settings=LimiterSettings(max_wait=60))
                result = asyncio.run(
                    drive_limited(
                        limiter,
                        url,
                        loopback_limits(args.rate),
                        tasks=args.tasks,
                        duration=args.duration,
                    )
                )
            else:
                result = asyncio.run(drive_plain(url, tasks=args.tasks, duration=args.duration))
        print(report(name, result, args.rate))


if __name__ == "__main__":
    main()
