#!/usr/bin/env python3
"""Run the Crosscheck pipeline on Apache Spark with the crosscheck binary's JSON Lines filters.

Stages, as on one machine:
  1. article files are read as bytes (sc.binaryFiles) and partitioned across the cluster;
  2. each partition is piped through `crosscheck text` (ingest, normalization, metadata) and then
     `crosscheck claims` (sentences, entities, numbers, claims);
  3. source reliability is estimated once over all claims (`crosscheck reconcile
     --estimate-reliability`); claims are keyed by (subject, attribute) and partitioned so that every
     group lands whole in one partition, and each partition is piped through `crosscheck reconcile`
     with that estimate;
  4. documents, claims, conflicts and reconciled values are written as JSON Lines, sorted, so the
     output can be compared byte for byte with a single-machine run.

Usage:
  spark-submit Pipelines/spark/crosscheck_spark.py --input Corpus --output /tmp/out \
      --binary .build/release/crosscheck --pipeline Pipelines/default.yml [--partitions 8]

A manifest.json in an input directory is applied as on one machine: it fills the metadata that
the files do not carry. See Pipelines/spark/README.md for shipping the binary to workers.
"""
import argparse
import base64
import json
import os
import shlex
import sys

ARTICLE_EXTENSIONS = (".html", ".htm", ".xhtml", ".txt", ".text")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Crosscheck on Apache Spark")
    parser.add_argument("--input", action="append", required=True, help="a directory of articles (repeatable)")
    parser.add_argument("--output", required=True, help="a directory for the JSON Lines results")
    parser.add_argument("--binary", default="crosscheck",
                        help="the crosscheck binary on every worker (a path, or a file shipped with --files)")
    parser.add_argument("--pipeline", default="Pipelines/default.yml",
                        help="the pipeline file, readable at this path on every worker")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: Spark's parallelism)")
    parser.add_argument("--master", default=None, help="Spark master when not set by spark-submit, e.g. local[2]")
    return parser.parse_args(argv)


def manifest_entries(directory):
    """The manifest's metadata per file name, in the fields `crosscheck text` reads."""
    path = os.path.join(directory, "manifest.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        documents = json.load(f).get("documents", [])
    entries = {}
    for d in documents:
        entry = {}
        if d.get("published"):
            entry["published"] = d["published"]
            basis = d.get("published_basis") or "manifest"
            entry["published_basis"] = "estimate" if basis.startswith("estimate") else "manifest"
        for key, target in (("author", "author"), ("source", "site")):
            if d.get(key):
                entry[target] = d[key]
        entries[d["file"]] = entry
    return entries


def unwrap(line, key):
    """The inner object of a one-key wrapper line, as written."""
    return line[len(key) + 4:-1]


def main(argv):
    args = parse_arguments(argv)
    from pyspark.sql import SparkSession  # imported here so --help works without pyspark

    builder = SparkSession.builder.appName("crosscheck").config("spark.ui.enabled", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    partitions = args.partitions or sc.defaultParallelism

    roots = [os.path.abspath(p) for p in args.input]
    manifests = {root: manifest_entries(root) for root in roots}

    def relative(uri):
        path = uri[len("file:"):] if uri.startswith("file:") else uri
        path = os.path.abspath(path)
        for root in roots:
            if path.startswith(root + os.sep):
                return root, os.path.relpath(path, root)
        return None, os.path.basename(path)

    def to_line(item):
        uri, content = item
        root, name = relative(uri)
        line = {"id": name, "file": name, "bytes_base64": base64.b64encode(bytes(content)).decode("ascii")}
        line.update(manifests.get(root, {}).get(name, {}))
        return json.dumps(line, sort_keys=True)

    files = sc.union([sc.binaryFiles(os.path.join(root, "*"), minPartitions=partitions) for root in roots]
                     + [sc.binaryFiles(os.path.join(root, "*", "*"), minPartitions=partitions) for root in roots
                        if any(os.path.isdir(os.path.join(root, d)) for d in os.listdir(root))])
    articles = files.filter(lambda item: item[0].lower().endswith(ARTICLE_EXTENSIONS)).map(to_line)

    command = [args.binary]
    pipeline = ["--pipeline", args.pipeline]
    documents = articles.repartition(partitions).pipe(shlex.join(command + ["text"] + pipeline))
    documents = documents.filter(lambda line: '"error"' not in line[:12]).cache()
    claims = documents.pipe(shlex.join(command + ["claims"] + pipeline)).filter(lambda l: l.strip()).cache()

    def group_key(line):
        claim = json.loads(line)
        return (claim["subject"]["name"], claim["attribute"], claim.get("qualifier") or ""), line

    # Source reliability is estimated once over all claims (claims are small next to the pages),
    # then every partition reconciles its groups with it, as a single run does.
    estimate = claims.coalesce(1).pipe(shlex.join(command + ["reconcile", "--estimate-reliability"] + pipeline)).collect()
    reliability = next((line for line in estimate if line.startswith('{"reliability":')), '{"reliability":{}}')
    grouped = claims.map(group_key).partitionBy(partitions, lambda key: hash(key) & 0x7FFFFFFF).values()
    reconciled = grouped.pipe(shlex.join(command + ["reconcile"] + pipeline),
                              env={"CROSSCHECK_RELIABILITY": reliability}).filter(lambda l: l.strip())

    os.makedirs(args.output, exist_ok=True)

    def write(name, lines):
        with open(os.path.join(args.output, name), "w", encoding="utf-8") as f:
            for line in sorted(lines):
                f.write(line + "\n")

    # Results are collected to the driver here to write one sorted file each; for a corpus too large
    # for the driver, replace these with rdd.sortBy(...).saveAsTextFile(...).
    write("documents.jsonl", documents.collect())
    write("claims.jsonl", claims.collect())
    # `crosscheck reconcile` wraps each record as {"conflict":{...}} or {"reconciled":{...}}; the
    # inner bytes are kept as the binary wrote them, so they compare byte for byte.
    rows = reconciled.collect()
    write("conflicts.jsonl", [unwrap(line, "conflict") for line in rows if line.startswith('{"conflict":')])
    write("reconciled.jsonl", [unwrap(line, "reconciled") for line in rows if line.startswith('{"reconciled":')])
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
