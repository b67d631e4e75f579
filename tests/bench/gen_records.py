#!/usr/bin/env python3
"""Writes N synthetic vaccination records as JSON lines (for .ci/bench-records).

Valid NIKs (unique), two doses each; about 5% have an incomplete second dose and 1%
an unusable phone number. Streams, so N may be in the millions.

BENCH_FEED_BAD_LINES=K adds K records whose NIK names no province (00), as a broken
upstream feed would: the import must reject them, and a benchmark fed them must fail
(`.ci/bench-broken` uses it).
"""
import json
import os
import sys

out, n = sys.argv[1], int(sys.argv[2])
provinces = ["11", "12", "31", "32", "33", "35", "36", "51", "73"]
with open(out, "w") as f:
    for i in range(n):
        female = i % 2
        day = 1 + i % 28
        nik = f"{provinces[i % len(provinces)]}{(i // 7) % 90 + 10:02d}{(i // 11) % 50 + 10:02d}{day + 40 * female:02d}{1 + i % 12:02d}{60 + (i // 13) % 40:02d}{1 + (i // 4000) % 9999:04d}"
        doses = [{"dose": 1, "vaccine": "coronavac", "date": "2021-07-12", "facility": "Puskesmas Bekasi", "batch": "A1"}]
        second = {"dose": 2, "vaccine": "coronavac", "date": "2021-08-09", "facility": "Puskesmas Bekasi"}
        if i % 20 == 0:
            second["date"] = None
        doses.append(second)
        phone = "021-555" if i % 100 == 0 else f"0812{i % 100000000:08d}"
        f.write(json.dumps({"nik": nik, "full_name": f"Warga Nomor {i}", "birth_date": f"19{60 + (i // 13) % 40}-{1 + i % 12:02d}-{day:02d}",
                            "sex": "F" if female else "M", "phone": phone, "doses": doses}) + "\n")
    for i in range(int(os.environ.get("BENCH_FEED_BAD_LINES", "0"))):
        f.write(json.dumps({"nik": f"0071011203{90 + i % 10:02d}{1 + i:04d}", "full_name": f"Warga Rusak {i}", "birth_date": "1990-03-12",
                            "sex": "M", "phone": f"0813{i:08d}", "doses": [{"dose": 1, "vaccine": "coronavac", "date": "2021-07-12",
                                                                             "facility": "Puskesmas Bekasi", "batch": "A1"}]}) + "\n")
