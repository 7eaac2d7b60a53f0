#!/usr/bin/env python3
"""Writes synthetic claim records (the lines of claims.jsonl) for `crosscheck reconcile`.

Usage: python3 Benchmarks/make-claims.py OUT.jsonl [--claims N] [--subjects S] [--years Y] [--sources K]

Deterministic (fixed seed). Each claim gives one of S invented subjects a member count, a
workforce or a budget for one of Y years, from one of K sources; most sources agree on a true
value per (subject, attribute, year) within a few percent, some are off by a lot, so every verdict
and the reliability estimate have work to do.
"""
import argparse
import json
import random


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--subjects", type=int, default=20_000)
    ap.add_argument("--years", type=int, default=14)
    ap.add_argument("--sources", type=int, default=300)
    a = ap.parse_args()
    rng = random.Random(20261122)
    attributes = [("member_count", "members", 10, 60), ("workforce", "people", 200, 90_000),
                  ("budget", "EUR", 1_000_000, 900_000_000)]
    unreliable = set(rng.sample(range(a.sources), max(1, a.sources // 10)))
    truth = {}
    with open(a.out, "w") as out:
        for n in range(a.claims):
            subject = rng.randrange(a.subjects)
            attribute, unit, low, high = attributes[subject % len(attributes)]
            year = 2012 + rng.randrange(a.years)
            key = (subject, attribute, year)
            if key not in truth:
                truth[key] = rng.randint(low, high)
            value = truth[key]
            source = rng.randrange(a.sources)
            modifier = "exact"
            if source in unreliable and rng.random() < 0.5:
                value = int(value * rng.choice([0.5, 0.7, 1.4, 2.0]))
            elif rng.random() < 0.2:
                value = int(value * rng.uniform(0.97, 1.03))
                modifier = "about"
            name = f"Subject {subject:05d} Association"
            document = f"{n // 6:016x}"
            sentence = f"{name} had {value} {unit} in {year}."
            record = {
                "attribute": attribute, "document": document, "file": f"doc-{n // 6}.txt",
                "id": f"{n:016x}", "rule": "synthetic", "sentence": sentence,
                "source": f"source-{source:03d}.example", "span": {"start": 0, "end": len(sentence)},
                "subject": {"basis": "direct", "mention": name, "name": name, "type": "organization"},
                "time": {"basis": "explicit", "year": year}, "unit": unit,
                "value": {"low": value, "high": value, "modifier": modifier},
            }
            out.write(json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
