#!/usr/bin/env python3
"""Audit a fine-tuning dataset (Parquet or JSONL) on a Spark cluster, with the rules of
`sovereign-filter audit`, and optionally write the redacted copy.

    spark-submit --files /opt/sovereign-filter/libsovereign_filter.so --py-files sovereign_filter.zip \\
        spark_audit.py s3a://bucket/train.parquet --report report.json --redact-to s3a://bucket/train.redacted

- A pandas UDF audits each batch of records; the engine is built once per executor Python process
  (sovereign_filter.audit.shared_engine) and reused across batches and tasks.
- The report is the CLI's: {"datasets":[{"path","records","bytes","records_with_findings",
  "findings":{TYPE:count},"examples":[{"record","field","type","start","end"}]}],"verdict"} — counts and
  locations, never values. Records are numbered from 1 in the dataset's order (JSONL: the line number,
  as the CLI; Parquet: the row). "bytes": JSONL the file's bytes; Parquet the records as JSON text.
- Parquet rows are audited as JSON (to_json of the row), so --field paths are the same as for JSONL;
  the redacted Parquet copy is read back into the original schema (a redacted number column becomes
  null: name only text columns there).
- Exit code: 0 clean, 1 findings, 65 a malformed record (named), 64 a bad policy or option, 70 the
  job failed (e.g. the shared object missing on an executor).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator, Optional

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf

FINDINGS_SCHEMA = "array<struct<field:string,type:string,start:long,end:long>>"


def use_shipped_library() -> None:
    """A libsovereign_filter.so shipped with `spark-submit --files` is used when SOVEREIGN_FILTER_LIB
    does not name one (executors find it in SparkFiles' directory, in any deploy mode)."""
    import os
    if os.environ.get("SOVEREIGN_FILTER_LIB"):
        return
    try:
        from pyspark import SparkFiles
        p = os.path.join(SparkFiles.getRootDirectory(), "libsovereign_filter.so")
    except Exception:
        return
    if os.path.exists(p):
        os.environ["SOVEREIGN_FILTER_LIB"] = p


def make_udf(policy_json: Optional[str], fields: Optional[list[str]], redact: bool):
    """The pandas UDF: a batch of JSON records -> per record (n, findings JSON, redacted JSON, error).
    n is -1 for a line of white space only (no record, as in the CLI)."""

    @pandas_udf("n int, findings string, redacted string, error string")
    def audit_batch(values: pd.Series) -> pd.DataFrame:
        from sovereign_filter.audit import RecordError, audit_record, shared_engine

        use_shipped_library()
        engine = shared_engine(policy_json)
        ns, fs, rs, es = [], [], [], []
        for v in values:
            if v is None or v.strip(" \t\r") == "":
                ns.append(-1); fs.append(None); rs.append(None); es.append(None)
                continue
            try:
                a = audit_record(engine, v, fields, redact)
            except RecordError as e:
                ns.append(0); fs.append(None); rs.append(None); es.append(str(e))
                continue
            except Exception as e:  # invalid UTF-8, a limit, too large: the record is named, never skipped
                ns.append(0); fs.append(None); rs.append(None); es.append(f"{type(e).__name__}: {e}")
                continue
            ns.append(len(a.findings))
            fs.append(json.dumps([{"field": f, "type": x.type, "start": x.start, "end": x.end} for f, x in a.findings])
                      if a.findings else None)
            rs.append(a.redacted)
            es.append(None)
        return pd.DataFrame({"n": ns, "findings": fs, "redacted": rs, "error": es})

    return audit_batch


def load(spark: SparkSession, path: str, fmt: str) -> tuple[DataFrame, Optional[DataFrame]]:
    """(record number, JSON text) rows in the dataset's order, and the Parquet source (for its schema)."""
    if fmt == "jsonl":
        src = None
        lines = spark.read.text(path)
    else:
        src = spark.read.parquet(path)
        lines = src.select(F.to_json(F.struct(*[F.col(c) for c in src.columns])).alias("value"))
    indexed = lines.rdd.zipWithIndex().map(lambda r: (r[1] + 1, r[0][0])).toDF("record long, value string")
    return indexed, src


def audit(spark: SparkSession, path: str, fmt: str, policy_json: Optional[str], fields: Optional[list[str]],
          redact_to: Optional[str], max_examples: int) -> dict:
    rows, src = load(spark, path, fmt)
    udf = make_udf(policy_json, fields, redact_to is not None)
    res = rows.withColumn("a", udf("value")).select("record", "value", "a.*").persist()
    try:
        bad = res.filter(F.col("error").isNotNull()).orderBy("record").limit(1).collect()
        if bad:
            raise RecordFailure(f"{path}: record {bad[0]['record']}: {bad[0]['error']}")
        recs = res.filter("n >= 0")
        stats = recs.agg(F.count(F.lit(1)).alias("records"), F.sum((F.col("n") > 0).cast("long")).alias("dirty")).first()
        size = res.agg(F.sum(F.octet_length("value") + 1).alias("b")).first()["b"] or 0
        found = (res.filter("n > 0").select("record", F.posexplode(F.from_json("findings", FINDINGS_SCHEMA)))
                 .select("record", "pos", "col.*"))
        counts = {r["type"]: r["count"] for r in found.groupBy("type").count().collect()}
        examples = [{"record": r["record"], "field": r["field"], "type": r["type"], "start": r["start"], "end": r["end"]}
                    for r in found.orderBy("record", "pos").limit(max_examples).collect()] if max_examples else []
        if redact_to:
            out = res.orderBy("record").select(F.coalesce("redacted", "value").alias("value"))
            if fmt == "jsonl":
                out.write.mode("overwrite").text(redact_to)
            else:
                assert src is not None
                out.select(F.from_json("value", src.schema).alias("r")).select("r.*").write.mode("overwrite").parquet(redact_to)
        return {"path": path, "records": stats["records"], "bytes": int(size),
                "records_with_findings": int(stats["dirty"] or 0), "findings": dict(sorted(counts.items())),
                "examples": examples}
    finally:
        res.unpersist()


class RecordFailure(Exception):
    pass


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datasets", nargs="+", help="Parquet files/directories or JSONL files")
    ap.add_argument("--format", choices=["parquet", "jsonl"], help="default: .jsonl/.json/.ndjson(.gz) JSONL, else Parquet")
    ap.add_argument("--policy", help="policy JSON file (default: the built-in policy)")
    ap.add_argument("--field", action="append", help="JSON path of a text to scan (repeatable; default: the format's text fields)")
    ap.add_argument("--report", help="write the JSON report here (on the driver)")
    ap.add_argument("--redact-to", help="write the redacted copy here (a directory; with several datasets, one per dataset inside it)")
    ap.add_argument("--examples", type=int, default=50, help="at most this many example locations per dataset")
    ap.add_argument("--master", help="Spark master (e.g. local[2]); default: what spark-submit says")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    args = ap.parse_args(argv)

    policy_json = None
    if args.policy:
        try:
            with open(args.policy, encoding="utf-8") as fh:
                policy_json = fh.read()
            json.loads(policy_json)
        except (OSError, ValueError) as e:
            print(f"spark_audit: policy: {e}", file=sys.stderr)
            return 64
    if args.field:
        from sovereign_filter.audit import parse_path
        try:
            for f in args.field:
                parse_path(f)
        except ValueError as e:
            print(f"spark_audit: {e}", file=sys.stderr)
            return 64

    b = SparkSession.builder.appName("sovereign-filter audit")
    if args.master:
        b = b.master(args.master)
    for kv in args.conf:
        k, sep, v = kv.partition("=")
        if not sep:
            print(f"spark_audit: --conf {kv}: expected KEY=VALUE", file=sys.stderr)
            return 64
        b = b.config(k, v)
    spark = b.config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate()
    results = []
    try:
        # A bad policy fails here, once, on the driver (when the driver has the library), not in every task.
        from sovereign_filter import LibraryNotFoundError, PolicyError
        from sovereign_filter.audit import audit_engine
        use_shipped_library()
        try:
            audit_engine(policy_json).close()
        except PolicyError as e:
            print(f"spark_audit: policy: {e}", file=sys.stderr)
            return 64
        except LibraryNotFoundError:
            pass  # the executors may have it; they check the policy then
        for path in args.datasets:
            fmt = args.format or ("jsonl" if path.lower().rstrip("/").endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")) else "parquet")
            target = args.redact_to
            if target and len(args.datasets) > 1:
                target = target.rstrip("/") + "/" + path.rstrip("/").split("/")[-1]
            try:
                d = audit(spark, path, fmt, policy_json, args.field, target, args.examples)
            except RecordFailure as e:
                print(f"spark_audit: {e}", file=sys.stderr)
                return 65
            except Exception as e:  # the job failed (library not found on an executor, unreadable input…):
                # never exit 1, which means "findings"
                print(f"spark_audit: {path}: the audit failed: {e}", file=sys.stderr)
                return 70
            results.append(d)
            if d["records_with_findings"]:
                kinds = ", ".join(f"{k} {v}" for k, v in sorted(d["findings"].items(), key=lambda kv: (-kv[1], kv[0])))
                print(f"{path}: {d['records']} records, {d['records_with_findings']} with findings: {kinds}")
            else:
                print(f"{path}: {d['records']} records, clean")
            if target:
                print(f"  redacted copy: {target}")
    finally:
        spark.stop()
    from sovereign_filter.audit import report
    doc = report(results)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)
            fh.write("\n")
    return 1 if doc["verdict"] == "findings" else 0


if __name__ == "__main__":
    sys.exit(main())
