#!/usr/bin/env python3
"""Labelled synthetic complaints against synthetic records, for .ci/bench-triage.

usage: gen_triage.py OUT_DIR N
Writes OUT_DIR/records.jsonl (imported first), OUT_DIR/reissue.jsonl (imported after
the first SMS went out: those records get a new certificate version whose SMS is still
queued), OUT_DIR/mail/*.eml (one complaint each) and OUT_DIR/labels.csv
(message_id, expected NIK, expected cause, scenario).

Scenarios, in turn: the SMS was delivered; the citizen writes from / mentions another
number; no phone on record; the record is still pending input; the citizen says the
name is wrong; the person has a duplicate record; a new certificate version is queued;
no NIK but the mail comes from the address on record; no NIK but the text gives the
number on record; a family-card (KK) number written before the NIK. Every third mail
also quotes an earlier mail with another NIK and phone, and ends with a signature
carrying an office landline: noise the extraction must ignore.
"""
import json
import os
import random
import sys

out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(out, "mail"), exist_ok=True)
rng = random.Random(2021)
FIRST = ["Siti", "Muhamad", "Dewi", "Agus", "Rina", "Budi", "Nur", "Ahmad", "Sri", "Eko", "Putri", "Joko", "Ayu", "Hendra"]
LAST = ["Aminah", "Rizki", "Lestari", "Santoso", "Wijaya", "Hidayat", "Saputra", "Rahmawati", "Kusuma", "Pratama"]
SCENARIOS = ["sms_delivered", "phone_mismatch", "phone_missing", "record_pending", "data_error",
             "duplicate_record", "certificate_available", "by_email", "by_phone", "kk_noise"]
EXPECTED = {"by_email": "sms_delivered", "by_phone": "sms_delivered", "kk_noise": "sms_delivered"}
PROVINCES = ["31", "32", "33", "35", "36", "51", "73"]


def nik(i, female, born):
    d, m, y = born
    prov = PROVINCES[i % len(PROVINCES)]
    return f"{prov}{1 + (i // 9000) % 70:02d}{1 + (i // 700) % 40:02d}{d + 40 * female:02d}{m:02d}{y % 100:02d}{1 + i % 9000:04d}"


def fmt_nik(s, style):
    return [s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:6]}.{s[6:12]}.{s[12:]}", f"{s[:2]}-{s[2:6]}-{s[6:]}"][style % 4]


def person(i, name, born, female, phone, email, pending=False, batch="A1"):
    d, m, y = born
    doses = [{"dose": 1, "vaccine": "coronavac", "date": None if pending else "2021-07-12", "facility": "Puskesmas Bekasi", "batch": batch}]
    return {"nik": nik(i, female, born), "full_name": name, "birth_date": f"{y}-{m:02d}-{d:02d}", "sex": "F" if female else "M",
            "phone": phone, "email": email, "doses": doses}


records, reissue, labels = [], [], []
for i in range(n):
    sc = SCENARIOS[i % len(SCENARIOS)]
    female = rng.random() < 0.5
    born = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2003))
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
    phone = f"0812{10000000 + i:08d}"
    email = f"warga{i}@mail.example.id" if sc == "by_email" else None
    p = person(i, name, born, female, None if sc == "phone_missing" else phone, email, pending=(sc == "record_pending"))
    records.append(p)
    if sc == "duplicate_record":
        # The same person again under another NIK (dose 2 booked on another number).
        records.append(person(n + i, name, born, female, f"0813{10000000 + i:08d}", None))
    if sc == "certificate_available":
        reissue.append(dict(p, doses=[dict(p["doses"][0], batch="B2")]))
    shown = fmt_nik(p["nik"], i)
    body = {
        "sms_delivered": f"Selamat siang, saya sudah vaksin tapi sertifikat belum ada. NIK saya {shown}.",
        "phone_mismatch": f"Sertifikat belum saya terima. NIK {shown}, nomor HP saya sekarang 0857{20000000 + i:08d}.",
        "phone_missing": f"Mohon bantuannya, NIK: {shown}. Sampai sekarang tidak ada SMS dari 1199.",
        "record_pending": f"Saya sudah vaksin dosis 1 tapi di aplikasi belum muncul. NIK {shown}",
        "data_error": f"Nama salah di sertifikat saya, mohon diperbaiki. NIK {shown}",
        "duplicate_record": f"Dosis 2 saya tidak tercatat, padahal sudah vaksin. NIK {shown}",
        "certificate_available": f"Tolong kirim sertifikat saya. NIK {shown}",
        "by_email": "Sertifikat vaksin saya belum ada, mohon dibantu. Terima kasih.",
        "by_phone": f"Sertifikat belum masuk ke HP saya {phone[:4]}-{phone[4:8]}-{phone[8:]}. Mohon dicek.",
        "kk_noise": f"No. KK {p['nik'][:12]}{(int(p['nik'][12:]) + 4321) % 10000:04d}, NIK saya {shown}. Sertifikat belum ada.",
    }[sc]
    if i % 3 == 0:
        # Noise that must not mislead: a quoted earlier mail naming someone else's NIK
        # and phone, and a signature with an office landline.
        other = nik(n * 2 + i, not female, born)
        body += (f"\r\n\r\nPada 12 Agu 2021, Admin menulis:\r\n> NIK {other}, HP 0857{30000000 + i:08d}\r\n"
                 f"\r\n-- \r\n{name}\r\nKantor: 021-555{i % 10000:04d}\r\n")
    sender = email or f"pengirim{i}@contoh.example.id"
    mid = f"triage{i}@contoh.example.id"
    mail = (f"From: {name} <{sender}>\r\nTo: sertifikat@certdesk.test\r\nSubject: Sertifikat vaksin\r\n"
            f"Message-ID: <{mid}>\r\nDate: Mon, 16 Aug 2021 09:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n")
    with open(os.path.join(out, "mail", f"{i:06d}.eml"), "w") as f:
        f.write(mail)
    labels.append((mid, p["nik"], EXPECTED.get(sc, sc), sc))

with open(os.path.join(out, "records.jsonl"), "w") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
with open(os.path.join(out, "reissue.jsonl"), "w") as f:
    for r in reissue:
        f.write(json.dumps(r) + "\n")
with open(os.path.join(out, "labels.csv"), "w") as f:
    for row in labels:
        f.write(",".join(row) + "\n")
