#!/usr/bin/env python3
"""Scores .ci/bench-intake: reads what certdesk made of each mail (the ticket its
Message-ID joined, the ticket's NIK, phone and language, the inbound mail's status) and
compares it with gen_intake.py's truth. Prints NIK and phone precision and recall,
threading, language, quarantine and robot counts, per class where it helps; exits 1
(FAIL: …) when a target is missed: NIK and phone recall at least 99 % at 100 %
precision (a readable mail that was lost still counts as expected), language at least
99 %, every mail ingested, every readable citizen's mail on a ticket, every reply on
its parent's ticket, every unreadable mail quarantined and no readable one.

usage: score_intake.py DATABASE TRUTH_JSONL   (DATABASE: an SQLite file or a postgres:// URL)
"""
import collections
import json
import sqlite3
import subprocess
import sys

db, truth_path = sys.argv[1:3]
truth = [json.loads(l) for l in open(truth_path)]


def rows(sql):
    if db.startswith("postgres"):
        out = subprocess.check_output(["psql", db, "-tAF", "\t", "-c", sql], text=True)
        return [tuple(None if v == "" else v for v in line.split("\t")) for line in out.splitlines() if line]
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    return [tuple(r) for r in conn.execute(sql)]


msgs = {r[0]: r[1:] for r in rows(
    "SELECT m.message_id, m.ticket_id, m.auto, t.nik, t.requester_phone, t.language "
    "FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id WHERE m.kind = 'inbound'")}
inbound = {r[0]: r[1] for r in rows("SELECT message_id, status FROM inbound_mail")}
# The ticket a reply joined holds what the whole thread gave.
by_id = {t["message_id"]: t for t in truth}

def final(t):
    """What the ticket of this mail should hold in the end (its thread's root)."""
    root = t
    while root.get("thread_of"):
        root = by_id[root["thread_of"]]
    return root

stats = collections.Counter()
per_class = collections.defaultdict(collections.Counter)
misses = []
lost = []  # readable citizen mails that never reached a ticket: the work failed
for t in truth:
    mid, cls = t["message_id"], t["class"]
    got = msgs.get(mid)
    status = inbound.get(mid)
    if status is None:
        stats["not_ingested"] += 1
        misses.append(f"{mid} ({cls}): never ingested (no inbound_mail row)")
    if t["quarantine"]:
        stats["quarantine_expected"] += 1
        if status == "quarantined":
            stats["quarantine_right"] += 1
        else:
            misses.append(f"{mid} ({cls}): not quarantined ({status})")
        continue
    # What this mail should put on its ticket is counted before anything can skip it: a
    # mail that was lost (quarantined, no ticket) must lower recall, not leave it alone.
    scored = (not t.get("thread_of") or cls == "below_reply") and cls != "ask_first"
    want_nik = want_phone = None
    if scored:
        want_nik = t["nik"] or (final(t)["nik"] if t.get("thread_of") else None)
        want_phone = t["phone"] if not t.get("thread_of") else final(t)["phone"]
        for kind, want in (("nik", want_nik), ("phone", want_phone)):
            if want:
                stats[f"{kind}_expected"] += 1
                per_class[cls][f"{kind}_expected"] += 1
        if not t.get("thread_of"):
            stats["language_expected"] += 1
    if t.get("thread_of"):
        stats["replies"] += 1
    if t["robot"]:
        stats["robots"] += 1
    if status == "quarantined":
        stats["quarantine_wrong"] += 1
        misses.append(f"{mid} ({cls}): quarantined, but readable")
        if not t["robot"]:
            lost.append(mid)
        continue
    if t["robot"]:
        if got is None or str(got[1]).lower() in ("1", "true", "t"):
            stats["robots_right"] += 1
        else:
            misses.append(f"{mid} ({cls}): an out-of-office counted as the citizen's mail")
    if t.get("thread_of"):
        parent = msgs.get(t["thread_of"])
        if got and parent and got[0] == parent[0]:
            stats["replies_threaded"] += 1
        else:
            misses.append(f"{mid} ({cls}): not on its parent's ticket")
    if got is None:
        if not t["robot"]:
            lost.append(mid)
            misses.append(f"{mid} ({cls}): no ticket")
        continue
    ticket_id, _auto, nik, phone, language = got
    # NIK and phone: what the thread's mails gave must be on the ticket in the end.
    if scored:
        for kind, want, have in (("nik", want_nik, nik), ("phone", want_phone, phone)):
            if have:
                stats[f"{kind}_found"] += 1
                if have == want:
                    stats[f"{kind}_right"] += 1
                    per_class[cls][f"{kind}_right"] += 1
                else:
                    misses.append(f"{mid} ({cls}): {kind} {have!r}, wrote {want!r}")
            elif want:
                misses.append(f"{mid} ({cls}): {kind} missed")
        if not t.get("thread_of"):
            if language == t["lang"]:
                stats["language_right"] += 1
            else:
                misses.append(f"{mid} ({cls}): language {language}, wrote {t['lang']}")

def ratio(a, b):
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"

s = stats
print(f"mails: {len(truth)}")
for kind in ("nik", "phone"):
    print(f"{kind}: recall {ratio(s[kind + '_right'], s[kind + '_expected'])}, precision {ratio(s[kind + '_right'], s[kind + '_found'])}")
print(f"threading: {ratio(s['replies_threaded'], s['replies'])}")
print(f"language: {ratio(s['language_right'], s['language_expected'])}")
print(f"quarantine: {ratio(s['quarantine_right'], s['quarantine_expected'])} of unreadable mail; {s['quarantine_wrong']} readable mails quarantined")
print(f"out-of-office replies kept out of the citizen's words: {ratio(s['robots_right'], s['robots'])}")
for cls, c in sorted(per_class.items()):
    print(f"  {cls}: nik {ratio(c['nik_right'], c['nik_expected'])}, phone {ratio(c['phone_right'], c['phone_expected'])}")
for m in misses[:25]:
    print("  miss:", m)
failed = []
for kind in ("nik", "phone"):
    if s[kind + "_right"] < 0.99 * s[kind + "_expected"]:
        failed.append(f"{kind} recall below 99% ({s[kind + '_right']}/{s[kind + '_expected']})")
    if s[kind + "_found"] != s[kind + "_right"]:
        failed.append(f"{kind} precision below 100% ({s[kind + '_right']}/{s[kind + '_found']})")
if s["not_ingested"]:
    failed.append(f"{s['not_ingested']} mails were never ingested")
if lost:
    failed.append(f"{len(lost)} readable mails got no ticket (e.g. {', '.join(lost[:3])})")
if s["quarantine_wrong"]:
    failed.append(f"{s['quarantine_wrong']} readable mails were quarantined")
if s["quarantine_right"] != s["quarantine_expected"]:
    failed.append(f"{s['quarantine_expected'] - s['quarantine_right']} of {s['quarantine_expected']} unreadable mails were not quarantined")
if s["replies_threaded"] != s["replies"]:
    failed.append(f"{s['replies'] - s['replies_threaded']} of {s['replies']} replies not on their parent's ticket")
if s["language_right"] < 0.99 * s["language_expected"]:
    failed.append(f"language right below 99% ({s['language_right']}/{s['language_expected']})")
if failed:
    print("FAIL: " + "; ".join(failed))
    sys.exit(1)
