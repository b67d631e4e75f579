#!/usr/bin/env python3
"""Meilisearch's own bulk indexing of the documents certdesk indexed, for .ci/bench-search:
the ceiling certdesk's indexing is compared with, measured in the same run.

Usage: meili_direct.py URL KEY SOURCE_INDEX WORKDIR

Exports every document of SOURCE_INDEX (certdesk's people index) to NDJSON, creates a
fresh index with the same settings, then sends the documents in large payloads enqueued
back to back (so Meilisearch batches them) and waits for the last task. Prints
`direct: N documents in S s (R/s)`; exits 1 (FAIL: ...) if a task fails or the fresh
index does not hold every document.
"""
import json
import os
import sys
import time
import urllib.request

url, key, source, work = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4]
target = f"{source}_direct"
PAYLOAD = 64 << 20  # bytes per request, under Meilisearch's default 100 MB limit


def call(method, path, body=None, ctype="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(f"{url}{path}", data=data, method=method)
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    if data is not None:
        req.add_header("Content-Type", ctype)
    with urllib.request.urlopen(req, timeout=600) as r:
        raw = r.read()
        return json.loads(raw) if raw else None


def wait(uid):
    while True:
        t = call("GET", f"/tasks/{uid}")
        if t["status"] in ("succeeded", "failed", "canceled"):
            if t["status"] != "succeeded":
                sys.exit(f"FAIL: Meilisearch task {uid} {t['status']}: {t.get('error')}")
            return t
        time.sleep(0.05)


def fail(msg):
    sys.exit(f"FAIL: {msg}")


total = call("GET", f"/indexes/{source}/stats")["numberOfDocuments"]
path = os.path.join(work, "direct.ndjson")
exported = 0
with open(path, "w") as f:
    offset = 0
    while True:
        page = call("POST", f"/indexes/{source}/documents/fetch", {"offset": offset, "limit": 20000})
        for d in page["results"]:
            f.write(json.dumps(d, separators=(",", ":")) + "\n")
        exported += len(page["results"])
        offset += len(page["results"])
        if not page["results"] or offset >= page["total"]:
            break
if exported != total:
    fail(f"exported {exported} documents of {total}")
settings = call("GET", f"/indexes/{source}/settings")
try:
    wait(call("DELETE", f"/indexes/{target}")["taskUid"])
except SystemExit:
    pass  # no such index: the usual case
wait(call("POST", "/indexes", {"uid": target, "primaryKey": "id"})["taskUid"])
wait(call("PATCH", f"/indexes/{target}/settings", settings)["taskUid"])
started = time.monotonic()
tasks = []
with open(path, "rb") as f:
    chunk = []
    size = 0
    for line in f:
        if size + len(line) > PAYLOAD and chunk:
            tasks.append(call("POST", f"/indexes/{target}/documents", b"".join(chunk), "application/x-ndjson")["taskUid"])
            chunk, size = [], 0
        chunk.append(line)
        size += len(line)
    if chunk:
        tasks.append(call("POST", f"/indexes/{target}/documents", b"".join(chunk), "application/x-ndjson")["taskUid"])
for uid in tasks:
    wait(uid)
secs = time.monotonic() - started
held = call("GET", f"/indexes/{target}/stats")["numberOfDocuments"]
wait(call("DELETE", f"/indexes/{target}")["taskUid"])
os.remove(path)
if held != total:
    fail(f"the fresh index holds {held} documents of {total}")
print(f"direct: {total} documents in {secs:.1f} s ({total / secs:.0f}/s)")
