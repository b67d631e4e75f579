#!/usr/bin/env python3
"""Signed WhatsApp webhook bodies for .ci/bench-whatsapp, one per line:
`<X-Hub-Signature-256>\t<body>`. Each body carries one message with a unique wamid
from one of `messages // 2` users (about two messages a user, some BSUID-only);
wordings vary (templates x fillers x casual spelling), a third give a NIK.

    gen_whatsapp.py OUT MESSAGES APP_SECRET [--seed N]
"""
import argparse, hashlib, hmac, json, random, time

OPENERS = ["", "Halo, ", "Selamat pagi. ", "Permisi min, ", "Assalamualaikum, ", "Siang kak, ", "Hi, "]
ASKS = [
    "sertifikat vaksin {dose} saya belum muncul",
    "sy udh vaksin {dose} tp sertifikatnya gk ada",
    "SMS dari 1199 tidak pernah masuk ke hp saya",
    "nomor hp di pedulilindungi beda dgn yg didaftarkan",
    "nama saya salah tulis di sertifikat",
    "tanggal vaksin {dose} di sertifikat keliru",
    "my {dose_en} certificate never arrived",
    "I changed my phone number and lost the SMS link",
    "mohon bantuannya sertifikat ibu saya tidak bisa diunduh",
]
DOSES = ["dosis 1", "dosis kedua", "booster", "vaksin ke-2", ""]
DOSES_EN = ["first dose", "second dose", "booster", ""]
CLOSERS = ["", " Terima kasih.", " Mohon dibantu ya.", " tq", " Thanks!", " 🙏"]


def nik(rng):
    region = rng.choice(["327501", "317401", "357801", "517101", "647201"])
    day = rng.randint(1, 28) + rng.choice([0, 40])
    return f"{region}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}{rng.randint(1, 9999):04d}"


def text(rng):
    t = rng.choice(OPENERS) + rng.choice(ASKS).format(dose=rng.choice(DOSES), dose_en=rng.choice(DOSES_EN))
    if rng.random() < 0.33:
        t += rng.choice([". NIK {}", ", nik saya {}", ". NIK: {}"]).format(nik(rng))
    return (t + rng.choice(CLOSERS)).replace("  ", " ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("messages", type=int)
    ap.add_argument("secret")
    ap.add_argument("--seed", type=int, default=2021)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    users = max(1, a.messages // 2)
    now = int(time.time())
    with open(a.out, "w") as f:
        for i in range(a.messages):
            u = rng.randrange(users)
            contact = {"profile": {"name": f"Warga {u}"}, "user_id": f"ID.{7_000_000_000 + u}"}
            msg = {"id": f"wamid.BENCH{i:09d}", "timestamp": str(now), "type": "text",
                   "text": {"body": text(rng)}, "from_user_id": contact["user_id"]}
            if u % 5:  # one user in five has a username and no number in webhooks
                contact["wa_id"] = msg["from"] = f"6281{u:08d}"
            body = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "WABA", "changes": [
                {"field": "messages", "value": {"messaging_product": "whatsapp",
                 "metadata": {"display_phone_number": "621199", "phone_number_id": "1099123456789"},
                 "contacts": [contact], "messages": [msg]}}]}]}, ensure_ascii=False, separators=(",", ":"))
            raw = body.encode()
            sig = "sha256=" + hmac.new(a.secret.encode(), raw, hashlib.sha256).hexdigest()
            f.write(f"{sig}\t{body}\n")


if __name__ == "__main__":
    main()
