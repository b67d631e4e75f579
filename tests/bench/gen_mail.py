#!/usr/bin/env python3
"""Writes N synthetic complaint mails of mixed shapes as .eml files (for .ci/bench-mail).

Shapes: plain text with a NIK and phone, multipart/alternative, HTML only,
quoted-printable Latin-1, a small attachment, a reply to an earlier mail (threads),
and an auto-reply (robot). Deterministic for a given N.
"""
import base64
import os
import random
import sys

out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
rnd = random.Random(2021)
names = ["Muhamad Rizki", "Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Wati"]
png = base64.b64encode(bytes(range(256)) * 8).decode()


def nik(i):
    day = 1 + i % 28 + (40 if i % 2 else 0)
    return f"3275{i % 90 + 10:02d}{day:02d}{1 + i % 12:02d}{60 + i % 40:02d}{1 + i % 9999:04d}"


for i in range(n):
    who = names[i % len(names)]
    addr = f"warga{i % 5000}@mail.example.id"
    mid = f"bench-{i}@mail.example.id"
    subject = f"Sertifikat vaksin belum diterima {i}"
    text = (f"Selamat siang, nama saya {who}. NIK saya {nik(i)}, HP 0812{i % 100000000:08d}.\n"
            "Saya sudah vaksin dosis 2 tetapi belum menerima SMS sertifikat dari 1199. Mohon dibantu.\n")
    head = f"From: {who} <{addr}>\r\nTo: sertifikat@certdesk.local\r\nMessage-ID: <{mid}>\r\nDate: Mon, 12 Jul 2021 10:00:00 +0700\r\n"
    shape = i % 7
    if shape == 0:
        body = f"Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}"
    elif shape == 1:
        body = (f"Subject: {subject}\r\nContent-Type: multipart/alternative; boundary=b{i}\r\n\r\n"
                f"--b{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
                f"--b{i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{text}</p>\r\n--b{i}--\r\n")
    elif shape == 2:
        body = f"Subject: {subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>{text}</p><script>x()</script></body></html>"
    elif shape == 3:
        body = (f"Subject: =?ISO-8859-1?Q?Sertifikat_belum_diterima_{i}?=\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{text.replace('=', '=3D')}")
    elif shape == 4:
        body = (f"Subject: {subject}\r\nContent-Type: multipart/mixed; boundary=m{i}\r\n\r\n"
                f"--m{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
                f"--m{i}\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=ktp{i}.png\r\n"
                f"Content-Transfer-Encoding: base64\r\n\r\n{png}\r\n--m{i}--\r\n")
    elif shape == 5 and i > 7:
        prev = f"bench-{i - 5}@mail.example.id"
        body = (f"Subject: Re: Sertifikat vaksin belum diterima {i - 5}\r\nIn-Reply-To: <{prev}>\r\nReferences: <{prev}>\r\n"
                f"Content-Type: text/plain; charset=utf-8\r\n\r\nMasih belum ada kabar.\r\n\r\n> {text}")
    else:
        body = f"Subject: Out of office\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain\r\n\r\nSaya sedang cuti.\r\n"
    with open(os.path.join(out, f"{i:07d}.eml"), "w", encoding="latin-1" if shape == 3 else "utf-8", newline="") as f:
        f.write(head + body)
