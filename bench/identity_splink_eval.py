"""Splink (on DuckDB) on the two-emails scenario, for comparison with our linker.

Splink is not a dependency of syncwright: run this in an environment where it is
installed (``pip install splink``) next to syncwright. It normalises the scenario's
records with syncwright's normaliser (the same input our linker gets), trains a Splink
model (u by random sampling, m by EM on two blocking rules), predicts on the same blocking
keys, clusters at a match probability, and prints precision and recall of cross-system
links and of duplicates inside one system against the ground truth, with the times.

    python bench/identity_splink_eval.py --people 30000
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from identity_bench import normalise_all, pairs
from syncwright.identity.linker import features, link_records
from syncwright.sandbox.scenarios.two_emails import generate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--thresholds", default="0.95,0.999,0.99999",
                        help="match probabilities to cluster at (comma-separated)")
    args = parser.parse_args()
    try:
        import pyarrow as pa
        import splink.comparison_library as cl
        from splink import Linker, SettingsCreator, block_on
        from splink.backends.duckdb import DuckDBAPI
    except ImportError as exc:
        print(f"splink is not installed here ({exc}); pip install splink to run this")
        return
    scenario = generate(args.people, args.seed)
    records = normalise_all(scenario.records)
    feats = features(records)
    rows = [{"unique_id": i, "first": f.first or None, "first_group": f.group or None,
             "last": f.last or None, "name_key": f.name_key or None, "phone": f.phone or None,
             "company": f.company or None, "city": f.city or None,
             "email": r.emails[0] if r.emails else None,
             "email_local": f.locals[0] if f.locals else None}
            for i, (r, f) in enumerate(zip(records, feats, strict=True))]
    df = pa.Table.from_pylist(rows)
    logging.getLogger("splink").setLevel(logging.WARNING)
    t0 = time.perf_counter()
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("first", [0.92, 0.8]),
            cl.ExactMatch("first_group"),
            cl.JaroWinklerAtThresholds("last", [0.92, 0.8]).configure(
                term_frequency_adjustments=True),
            cl.ExactMatch("phone"),
            cl.JaroWinklerAtThresholds("company", [0.9]),
            cl.ExactMatch("city"),
            cl.ExactMatch("email"),
            cl.JaroWinklerAtThresholds("email_local", [0.9]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("name_key", "city"), block_on("name_key", "company"), block_on("phone"),
            block_on("first_group", "city", "company"), block_on("last", "city", "company"),
            block_on("email_local"), block_on("email"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    db_api = DuckDBAPI()
    linker = Linker(db_api.register(df), settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("email"), block_on("phone")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("phone"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("name_key"))
    t1 = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    t2 = time.perf_counter()
    splink_runs = []
    for threshold in (float(t) for t in args.thresholds.split(",")):
        c0 = time.perf_counter()
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
            predictions, threshold_match_probability=threshold).as_record_list()
        groups: dict[str, list[int]] = {}
        for row in clusters:
            groups.setdefault(str(row["cluster_id"]), []).append(int(row["unique_id"]))
        splink_runs.append((threshold, list(groups.values()), time.perf_counter() - c0))
    l0 = time.perf_counter()
    ours = link_records(records)
    l1 = time.perf_counter()
    systems = [r.system for r in scenario.records]
    truth: dict[str, list[int]] = {}
    for i, r in enumerate(scenario.records):
        truth.setdefault(r.person, []).append(i)
    true_cross, true_within = pairs(list(truth.values()), systems)
    print(f"{len(records):,} records ({args.people:,} two-email people, seed {args.seed})")
    version = __import__("splink").__version__
    runs = [(f"splink {version} duckdb, p >= {t}",
             c, f"train {t1 - t0:.1f} s + predict {t2 - t1:.1f} s + cluster {s_:.1f} s")
            for t, c, s_ in splink_runs]
    runs.append(("syncwright linker", ours.clusters, f"link {l1 - l0:.1f} s"))
    for name, clusters_, seconds in runs:
        got_cross, got_within = pairs(clusters_, systems)
        print(f"{name} ({seconds})")
        for what, t, g in (("cross-system", true_cross, got_cross),
                           ("inside one system", true_within, got_within)):
            hit = len(t & g)
            print(f"  {what}: precision {hit / max(1, len(g)):.4f} "
                  f"recall {hit / max(1, len(t)):.4f}")


if __name__ == "__main__":
    main()
