#!/usr/bin/env python3
"""Enumeration timing for .ci/bench-portal: the status and identity checks for a record
that matches, one whose name is wrong, and a NIK with no record, interleaved, each from
its own address. Prints median and p90 per case; they should be alike.

usage: portal_timing.py BASE_URL LOOKUPS_CSV COOKIE CSRF [N]
"""
import http.client
import statistics
import sys
import time
import urllib.parse

base, lookups, cookie, csrf = sys.argv[1:5]
n = int(sys.argv[5]) if len(sys.argv) > 5 else 300
host = urllib.parse.urlparse(base).netloc
rows = [l.strip().split(",") for l in open(lookups)]
matches = [r for i, r in enumerate(rows) if i % 4][: n * 2]

def post(conn, path, fields, ip):
    body = urllib.parse.urlencode(dict(fields, csrf=csrf))
    t = time.perf_counter()
    conn.request("POST", path, body, {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "cd_csrf=" + cookie,
        "X-Forwarded-For": ip,
    })
    r = conn.getresponse()
    r.read()
    return (time.perf_counter() - t) * 1000, r.status

conn = http.client.HTTPConnection(host)
for path in ["/portal/status", "/portal/verify"]:
    times = {"match": [], "wrong name": [], "no record": []}
    for i in range(n):
        nik, name, birth, vacc = matches[i + (n if path == "/portal/verify" else 0)]
        unknown = nik[:12] + f"{9000 + i:04d}"
        for k, (case, fields) in enumerate([
            ("match", {"nik": nik, "full_name": name}),
            ("wrong name", {"nik": nik, "full_name": "Nama Lain"}),
            ("no record", {"nik": unknown, "full_name": name}),
        ]):
            if path == "/portal/verify":
                fields = dict(fields, birth_date=birth, vaccinated_on=vacc, vaccine="coronavac")
            ms, status = post(conn, path, fields, f"2001:db8:{0xf000 + k:x}:{i:x}::1")
            if status not in (200, 303):
                sys.exit(f"FAIL: {path} ({case}) answered {status}, not 200/303; no timing is reported")
            times[case].append(ms)
    print(f"{path}: " + "; ".join(
        f"{case} median {statistics.median(v):.2f} ms, p90 {sorted(v)[int(len(v) * 0.9)]:.2f} ms"
        for case, v in times.items()))
