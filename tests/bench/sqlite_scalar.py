#!/usr/bin/env python3
"""Prints the one value a query returns from a SQLite database, opened read-only;
a timestamp is printed as seconds since the epoch (the benchmarks compare it with
their own clock).  usage: sqlite_scalar.py DB SQL"""
import datetime
import sqlite3
import sys

db, sql = sys.argv[1:3]
value = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(sql).fetchone()[0]
if isinstance(value, str):
    value = datetime.datetime.fromisoformat(value).timestamp()
print(value if value is not None else "")
