#!/usr/bin/env python3
"""Writes N complaint mails for .ci/bench-intake, with the truth about each in
truth.jsonl: the NIK and phone the citizen wrote (if any), the language, whether it
answers an earlier mail, and whether nothing readable is in it.

Wording varies: every mail is assembled from pools of greetings, complaints, ways of
introducing a NIK or a number, closings and client footers, in Bahasa Indonesia or
English, and numbers are written in many shapes; noise (a family-card number, a bank
account, a landline) sits next to them. Classes: plain complaints, Papua NIKs,
forwards (Gmail, Apple, Outlook), replies written below the quote that bring the NIK,
numbers only in a signature the text points to, "Re:" to a mail without subject,
out-of-office replies known only by their subject, and unreadable mail.
usage: gen_intake.py OUT_DIR N [SEED]
"""
import base64
import json
import os
import random
import sys

out, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2021)
os.makedirs(out, exist_ok=True)

FIRST = ["Muhamad", "Siti", "Budi", "Dewi", "Agus", "Rina", "Yohanes", "Maria", "Wayan", "Ketut", "Nur", "Andi",
         "Fransiska", "Daniel", "Ayu", "Hendra", "Lukas", "Theresia", "Imam", "Putu"]
LAST = ["Rizki", "Aminah", "Santoso", "Lestari", "Salim", "Wati", "Kambu", "Wonda", "Sitompul", "Pratama",
        "Hidayat", "Rumbiak", "Mandacan", "Setiawan", "Nugroho", "Fonataba"]
REGENCIES = ["3275", "3171", "3578", "1101", "5171", "7371", "6471", "9103", "9202", "9271", "9101", "9301",
             "9401", "9501", "9601", "3201", "3374", "1271", "6171", "8171"]
MOBILE = ["812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "895", "896", "881", "831"]


def nik_digits(female):
    day = rnd.randint(1, 28) + (40 if female else 0)
    return f"{rnd.choice(REGENCIES)}{rnd.randint(1, 30):02d}{day:02d}{rnd.randint(1, 12):02d}{rnd.randint(55, 99):02d}{rnd.randint(1, 9999):04d}"


def nik_written(d):
    return rnd.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", f"{d[:6]}.{d[6:12]}.{d[12:]}",
                       f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}", f"{d[:6]} {d[6:12]} {d[12:]}"])


def phone_digits():
    return rnd.choice(MOBILE) + "".join(rnd.choice("0123456789") for _ in range(rnd.choice([7, 8])))


def phone_written(nat):
    a, b, c = nat[:3], nat[3:7], nat[7:]
    sep = rnd.choice([" ", "-", ".", ""])
    return rnd.choice([f"0{a}{sep}{b}{sep}{c}", f"+62 {a}{sep}{b}{sep}{c}", f"+62-{a}-{b}-{c}", f"62 {a} {b} {c}",
                       f"(+62) {a} {b} {c}", f"+62 ({a}) {b}-{c}", f"(0{a}) {b} {c}", f"0{a}{b}{c}", f"+62{a}{b}{c}",
                       f"62{a}{b}{c}", f"0{a}\u00a0{b}\u00a0{c}"])


ID = {
    "greet": ["Selamat pagi,", "Selamat siang Bapak/Ibu,", "Permisi min,", "Assalamualaikum,", "Yth. Admin,", "Halo kak,", ""],
    "complaint": ["Saya sudah vaksin dosis {d} tapi sertifikat belum muncul.", "Sertifikat vaksin dosis {d} saya belum keluar sampai sekarang.",
                  "SMS dari 1199 tidak pernah sampai ke HP saya.", "Di PeduliLindungi sertifikat dosis {d} tidak ada.",
                  "Sudah {w} minggu sejak vaksin kedua, sertifikat belum ada.", "Nama di sertifikat salah ketik, mohon diperbaiki."],
    "nik": ["NIK saya {nik}.", "NIK: {nik}", "No. KTP {nik}", "nik sy {nik}", "Nomor Induk Kependudukan {nik}", "KTP: {nik} ya"],
    "phone": ["No HP {p}.", "Nomor HP saya {p}", "WA: {p}", "hp sy {p}", "Bisa dihubungi di {p}.", "Nomor yang terdaftar {p}"],
    "noise": ["No KK {kk} (kartu keluarga).", "Telepon rumah (021) 8765 4321.", "Rekening {bank} jangan dipakai.", ""],
    "close": ["Terima kasih.", "Mohon bantuannya.", "Tks.", "Salam,", "Wassalam.", "Mohon segera dibantu ya."],
    "below": ["Mohon hubungi saya di nomor di bawah.", "Silakan WA ke no hp yang tertera di bawah."],
    "fwd_note": ["Tolong dibantu untuk ibu saya.", "Saya teruskan keluhan bapak saya.", "Ini keluhan saya kemarin, belum dibalas."],
    "wrote": ["Pada {date} Layanan Sertifikat <sertifikat@certdesk.local> menulis:", "Layanan Sertifikat menulis:"],
    "ask": ["> Mohon kirimkan NIK Anda agar kami dapat memeriksa data vaksinasi.", "> Mohon kirim NIK.\n> Terima kasih"],
    "answer": ["Ini NIK saya {nik}", "NIK {nik}", "Baik, NIK saya {nik}. Terima kasih"],
    "subject": ["Sertifikat vaksin belum ada", "sertifikat dosis {d}", "Tolong sertifikat", "SMS 1199 tidak masuk", "Keluhan sertifikat"],
    "ooo": ["Balasan otomatis: {s}", "Sedang cuti", "Di luar kantor: {s}"],
    "footer": ["", "\n\nDikirim dari Yahoo Mail di Android", "\n\nDikirim dari iPhone saya", ""],
}
EN = {
    "greet": ["Hello,", "Dear Sir/Madam,", "Hi,", "Good morning,", ""],
    "complaint": ["I got dose {d} but my certificate has not arrived.", "Where is my certificate for dose {d}?",
                  "I never received the SMS from 1199.", "My vaccine certificate is still not in the app.",
                  "It has been {w} weeks since my second dose and there is no certificate."],
    "nik": ["My NIK is {nik}.", "NIK: {nik}", "ID number {nik}", "my KTP number is {nik}"],
    "phone": ["My phone is {p}.", "Mobile: {p}", "You can reach me at {p}.", "WhatsApp {p}"],
    "noise": ["Family card (KK) {kk}.", "Office line (021) 5550 1234.", ""],
    "close": ["Thank you.", "Thanks,", "Regards,", "Please help."],
    "below": ["Please contact me on the number below.", "Call me at the number below."],
    "fwd_note": ["Please help my mother.", "Forwarding my father's complaint."],
    "wrote": ["On {date} Certificate Service <sertifikat@certdesk.local> wrote:"],
    "ask": ["> Please send us your NIK so we can check your vaccination record.", "> Please send your NIK.\n>\n> Thanks"],
    "answer": ["Here it is: {nik}", "My NIK is {nik}", "NIK {nik}, thanks"],
    "subject": ["Certificate not received", "vaccine certificate", "No SMS from 1199", "Help with certificate"],
    "ooo": ["Out of Office: {s}", "Automatic reply: {s}", "Auto-Reply: {s}"],
    "footer": ["", "\n\nSent from my iPhone", "\n\nSent from Outlook for Android"],
}


def pick(pool, key, **kw):
    return rnd.choice(pool[key]).format(**kw)


def mail(i, frm, subject, body, extra="", ctype="text/plain; charset=utf-8"):
    head = (f"From: {frm}\r\nTo: sertifikat@certdesk.local\r\nSubject: {subject}\r\nMessage-ID: <intake-{i}@mail.example.id>\r\n"
            f"Date: Mon, 12 Jul 2021 10:{i % 60:02d}:00 +0700\r\n{extra}MIME-Version: 1.0\r\nContent-Type: {ctype}\r\n\r\n")
    return head + body.replace("\n", "\r\n")


truth = []
files = {}
i = 0
while i < n:
    lang = "en" if rnd.random() < 0.25 else "id"
    L = EN if lang == "en" else ID
    name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    frm = f"{name} <{name.lower().replace(' ', '.')}{i}@mail.example.id>"
    d, w = rnd.choice([1, 2, 3]), rnd.randint(2, 9)
    nik = nik_digits(rnd.random() < 0.5) if rnd.random() < 0.85 else None
    nat = phone_digits() if rnd.random() < 0.8 else None
    kk, bank = nik_digits(False), "".join(rnd.choice("0123456789") for _ in range(10))
    cls = rnd.choices(["plain", "forward", "below_reply", "signature", "empty_subject", "ooo", "unreadable"],
                      [55, 10, 10, 7, 6, 6, 6])[0]
    if cls == "below_reply" and not nik:
        cls = "plain"
    subject = pick(L, "subject", d=d)
    parts = [pick(L, "greet"), pick(L, "complaint", d=d, w=w)]
    nik_part = pick(L, "nik", nik=nik_written(nik)) if nik else None
    if nik_part:
        parts.append(nik_part)
    if rnd.random() < 0.3:
        parts.append(pick(L, "noise", kk=kk, bank=bank))
    if nat and cls != "signature":
        parts.append(pick(L, "phone", p=phone_written(nat)))
    rnd.shuffle(parts[2:])
    text = "\n".join(p for p in parts if p)
    rec = {"message_id": f"intake-{i}@mail.example.id", "lang": lang, "nik": nik, "phone": f"+62{nat}" if nat else None,
           "class": cls, "thread_of": None, "quarantine": False, "robot": False}
    if cls == "signature" and nat:
        text += "\n" + pick(L, "below") + "\n" + pick(L, "close") + f"\n-- \n{name}\nHP {phone_written(nat)}\n"
    else:
        text += "\n" + pick(L, "close") + f"\n{name}" + pick(L, "footer")
    if cls == "forward":
        hdr = rnd.choice([
            f"---------- Forwarded message ---------\nFrom: {frm}\nDate: Sun, 11 Jul 2021\nSubject: {subject}\nTo: <sertifikat@certdesk.local>\n\n",
            f"---------- Pesan yang diteruskan ---------\nDari: {frm}\nTanggal: Min, 11 Jul 2021\nSubjek: {subject}\nKepada: sertifikat@certdesk.local\n\n",
            f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: 11 July 2021\nTo: sertifikat@certdesk.local\n\n",
        ])
        body = pick(L, "fwd_note") + "\n\n" + hdr + text
        files[i] = mail(i, frm, "Fwd: " + subject, body)
    elif cls == "below_reply" and nik:
        # First mail without the NIK; the answer below the quote brings it.
        first = "\n".join(p for p in parts if p and p is not nik_part)
        first_rec = dict(rec, nik=None, **{"class": "ask_first"})
        files[i] = mail(i, frm, subject, first + "\n" + pick(L, "close"))
        truth.append(first_rec)
        i += 1
        answer = pick(L, "wrote", date="Sen, 12 Jul 2021") + "\n" + pick(L, "ask") + "\n\n" + pick(L, "answer", nik=nik_written(nik))
        rec = dict(rec, message_id=f"intake-{i}@mail.example.id", thread_of=first_rec["message_id"], phone=None)
        files[i] = mail(i, frm, "Re: " + subject, answer,
                        extra=f"In-Reply-To: <{first_rec['message_id']}>\r\nReferences: <{first_rec['message_id']}>\r\n")
    elif cls == "empty_subject":
        first_rec = dict(rec, **{"class": "empty_first"})
        files[i] = mail(i, frm, "", text)
        truth.append(first_rec)
        i += 1
        rec = {"message_id": f"intake-{i}@mail.example.id", "lang": lang, "nik": None, "phone": None, "class": cls,
               "thread_of": first_rec["message_id"], "quarantine": False, "robot": False}
        files[i] = mail(i, frm, "Re:", rnd.choice(["Masih belum ada kabar.", "Any news?", "Sudah 3 hari belum dibalas."]))
    elif cls == "ooo":
        first_rec = dict(rec, **{"class": "ooo_first"})
        files[i] = mail(i, frm, subject, text)
        truth.append(first_rec)
        i += 1
        rec = {"message_id": f"intake-{i}@mail.example.id", "lang": lang, "nik": None, "phone": None, "class": cls,
               "thread_of": first_rec["message_id"], "quarantine": False, "robot": True}
        files[i] = mail(i, frm, pick(L, "ooo", s="Re: " + subject),
                        rnd.choice(["Saya sedang cuti sampai 20 Juli.", "I am out of the office until Monday.", "Terima kasih, pesan Anda akan saya balas setelah kembali."]),
                        extra=f"In-Reply-To: <{first_rec['message_id']}>\r\n")
    elif cls == "unreadable":
        rec = dict(rec, nik=None, phone=None, quarantine=True)
        kind = rnd.choice(["binary", "base64", "boundary"])
        if kind == "binary":
            noise = "".join(chr(rnd.choice(list(range(1, 9)) + list(range(14, 31)) + [0xFFFD] * 40)) for _ in range(rnd.randint(200, 900)))
            files[i] = mail(i, frm, subject, noise)
        elif kind == "base64":
            b64 = base64.b64encode(text.encode() * 4).decode()
            cut = b64[: rnd.randint(len(b64) // 3, len(b64) - 5)]
            lines = "\n".join(cut[k:k + 76] for k in range(0, len(cut), 76))
            files[i] = mail(i, frm, subject, lines + "\n", ctype="text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit")
        else:
            files[i] = mail(i, frm, subject, f"--wrong{i}\nContent-Type: text/plain\n\n{text}\n--wrong{i}--\n" + "x" * 300,
                            ctype=f"multipart/mixed; boundary=\"right{i}\"")
    else:
        files[i] = mail(i, frm, subject, text)
    truth.append(rec)
    i += 1

for k, raw in files.items():
    with open(os.path.join(out, f"{k:07d}.eml"), "w", encoding="utf-8", newline="") as f:
        f.write(raw)
with open(os.path.join(out, "..", "truth.jsonl"), "w") as f:
    for r in truth:
        f.write(json.dumps(r) + "\n")
