#!/usr/bin/env python3
"""Scores .ci/bench-triage: for each labelled complaint, did certdesk link the right
person and find the right cause? Reads the SQLite database directly.

usage: score_triage.py DB_FILE LABELS_CSV
"""
import collections
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
per = collections.defaultdict(lambda: [0, 0, 0])
person_ok = cause_ok = total = 0
wrong = collections.Counter()
for line in open(sys.argv[2]):
    mid, nik, cause, sc = line.strip().split(",")
    row = db.execute(
        "SELECT p.nik, d.cause FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id "
        "LEFT JOIN person p ON p.id = t.person_id LEFT JOIN ticket_diagnosis d ON d.ticket_id = t.id "
        "WHERE m.message_id = ? OR m.message_id = ?", (mid, f"<{mid}>")).fetchone()
    got_nik, got_cause = row if row else (None, None)
    total += 1
    per[sc][0] += 1
    if got_nik == nik:
        person_ok += 1
        per[sc][1] += 1
    if got_cause == cause:
        cause_ok += 1
        per[sc][2] += 1
    else:
        wrong[(sc, got_cause)] += 1
print(f"complaints: {total}")
print(f"right person: {person_ok / total:.1%} ({person_ok}/{total})")
print(f"right cause:  {cause_ok / total:.1%} ({cause_ok}/{total})")
for sc, (n, p, c) in sorted(per.items()):
    print(f"  {sc:22s} person {p / n:6.1%}  cause {c / n:6.1%}  (n={n})")
for (sc, got), k in wrong.most_common(8):
    print(f"  wrong: {sc} -> {got}: {k}")
