"""Reads one table of data/exports with pandas, with the column types its
datapackage.json resource declares, and prints what pandas made of it as JSON:
each column's dtype, the Python types of its values, and the values (dates as
YYYY-MM-DD, missing as null).

Used by test/exports/clients.test.ts. Argument: a JSON object
{"path", "format": "csv"|"json"|"ndjson", "fields": [{"name", "type"}],
 "lists": [names], "delimiter", "missingValues"}.

Declared type -> pandas: string -> "string", number -> float64,
integer -> nullable "Int64", boolean -> nullable "boolean",
date -> datetime64 (parse_dates / convert_dates), array -> object (lists).
A list column of a CSV file is declared a string (its items joined by the
delimiter) and split here into lists.
"""
import json
import math
import sys

import pandas as pd

spec = json.loads(sys.argv[1])
fields = spec["fields"]
lists = set(spec["lists"])
PANDAS = {"string": "string", "number": "float64", "integer": "Int64", "boolean": "boolean"}
dates = [f["name"] for f in fields if f["type"] == "date"]
dtype = {f["name"]: PANDAS[f["type"]] for f in fields if f["type"] in PANDAS}

if spec["format"] == "csv":
    df = pd.read_csv(
        spec["path"],
        dtype=dtype,
        parse_dates=dates,
        keep_default_na=False,
        na_values=spec["missingValues"],
        encoding="utf-8",
    )
    for name in lists:
        df[name] = df[name].map(lambda s: s.split(spec["delimiter"]) if isinstance(s, str) else None)
else:
    for f in fields:
        if f["type"] == "array":
            dtype[f["name"]] = "object"
    df = pd.read_json(
        spec["path"],
        orient="records",
        lines=spec["format"] == "ndjson",
        dtype=dtype,
        convert_dates=dates,
        keep_default_dates=False,
        # pandas' default JSON float parser is not exact (1.715 reads as
        # 1.7149999999999999); the precise one reads what the file holds
        precise_float=True,
        encoding="utf-8",
    )


def plain(v):
    if isinstance(v, list):
        return [plain(x) for x in v]
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    if hasattr(v, "item"):
        return v.item()
    return v


def kind(v):
    if isinstance(v, list):
        return "list[" + ",".join(sorted({type(x).__name__ for x in v})) + "]" if v else "list[]"
    return type(v).__name__


out = {"columns": list(df.columns), "dtypes": {}, "pytypes": {}, "values": {}}
for name in df.columns:
    values = [plain(v) for v in df[name].tolist()]
    out["dtypes"][name] = str(df[name].dtype)
    out["pytypes"][name] = sorted({kind(v) for v in values if v is not None})
    out["values"][name] = values
print(json.dumps(out, ensure_ascii=False))
