#!/usr/bin/env python3
"""What a records feed (JSON lines, as tests/bench/gen_records.py writes) should leave
behind, for the benchmarks to check their work against. Prints one line of five
numbers:

    people complete_doses pending_doses unusable_phones sms

people: distinct NIKs (a later line wins, as in the import); complete_doses: doses with
a vaccine, a date and a facility (one certificate each); pending_doses: the others;
unusable_phones: lines whose phone is given but is no Indonesian mobile number (the
import keeps the person and warns); sms: complete doses of people with a usable phone
(one certificate SMS each; the rest are phone_missing).

usage: feed_expect.py FEED_JSONL
"""
import json
import re
import sys

MOBILE = re.compile(r"(?:\+?62|0)8\d{7,11}")

people = {}  # nik -> (complete, pending, usable phone)
unusable = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        p = json.loads(line)
        phone = re.sub(r"[\s.\-()]", "", p.get("phone") or "")
        usable = bool(MOBILE.fullmatch(phone))
        if phone and not usable:
            unusable += 1
        complete = sum(1 for d in p.get("doses", []) if d.get("vaccine") and d.get("date") and d.get("facility"))
        people[p["nik"]] = (complete, len(p.get("doses", [])) - complete, usable)
complete = sum(c for c, _, _ in people.values())
pending = sum(q for _, q, _ in people.values())
sms = sum(c for c, _, u in people.values() if u)
print(len(people), complete, pending, unusable, sms)
