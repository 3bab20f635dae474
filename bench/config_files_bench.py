"""What the one YAML loader costs: config_files.load_yaml_file (YAML 1.2 scalars, duplicate
keys refused, ${VAR} expanded) against plain yaml.safe_load of the same text (both the
pure-Python PyYAML loader).

    .venv/bin/python bench/config_files_bench.py [--rounds 7] [--loads 200]

Alternating rounds in one process; prints the median per-load time of each and the
ratio. Config files are read once per job or service start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from syncwright.config_files import load_yaml_file

ROUTES = """\
connections:
  crm: {platform: jsonl, path: "${OUT_DIR:-out}/crm.jsonl"}
  seg_out: {platform: segment, base_url: "${SEGMENT_URL:-https://api.segment.io}", token_env: SEGMENT_WRITE_KEY}
routes:
""" + "".join(
    f"""  - name: route-{i}
    on: [form.submitted, "contact.*"]
    where: {{equals: {{event_name: "Form Submitted"}}, changed_any: [email, lifecyclestage]}}
    concurrency: 4
    retry: {{max_attempts: 8, base_seconds: 0.5, cap_seconds: 300}}
    actions:
      - sync_record: {{connection: crm, object: contacts, mapping: mappings/form.yaml}}
      - segment_track: {{connection: seg_out, event: "Lead Captured", user_id: email}}
"""
    for i in range(40)
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--loads", type=int, default=200)
    args = ap.parse_args()
    os.environ.setdefault("OUT_DIR", "out")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "routes.yaml"
        path.write_text(ROUTES)
        print(f"routes file: {len(ROUTES):,} bytes, 40 routes")
        ours: list[float] = []
        plain: list[float] = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            for _ in range(args.loads):
                yaml.safe_load(path.read_text(encoding="utf-8"))
            plain.append((time.perf_counter() - t) / args.loads)
            t = time.perf_counter()
            for _ in range(args.loads):
                load_yaml_file(path)
            ours.append((time.perf_counter() - t) / args.loads)
        p, o = statistics.median(plain), statistics.median(ours)
        print(f"yaml.safe_load           {p * 1e3:8.2f} ms per load")
        print(f"config_files (1.2, ${{}})  {o * 1e3:8.2f} ms per load  ({o / p:.2f} x safe_load)")


if __name__ == "__main__":
    main()
