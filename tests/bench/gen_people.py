#!/usr/bin/env python3
"""Writes N synthetic people with realistic Indonesian names as JSON lines (for
.ci/bench-search), and a sample of 1,000 of them (nik, full_name, birth_date) to
SAMPLE for the recall measurement.

Names mix Javanese, Sundanese, Arabic-derived and Christian given names, with the
variety real registrations have: old spellings (Soe-, Dj-, Tj-), abbreviations (Moh.,
M.), titles (H., Hj., Ir.) and compound names. NIKs are valid and agree with the birth
date and sex. Deterministic (seeded), streams, so N may be in the millions.
"""
import json
import random
import sys

out, n, sample_out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(20211123)
first_m = ("Muhammad Ahmad Agus Budi Bambang Dedi Eko Fajar Hendra Imam Joko Dwi Rudi Slamet Sutrisno "
           "Wahyu Yusuf Arif Andi Rizki Rizky Hadi Teguh Bayu Dimas Rahmat Taufik Irfan Ilham Nur Abdul "
           "Sigit Gunawan Heru Yohanes Petrus Stefanus Made Ketut Putu Wayan Aditya Galih Krisna").split()
first_f = ("Siti Sri Dewi Nur Ayu Ani Rina Wati Yuni Lestari Fitri Indah Putri Ratna Rahma Dian "
           "Kartika Novi Wulan Maria Theresia Agustina Eka Nining Endang Sumarni Suharti Ningsih "
           "Kadek Komang Aisyah Fatimah Khadijah Zahra Intan Mega Citra Melati Anisa").split()
middle = ("Adi Budi Cahya Dharma Eka Hidayat Indra Jaya Kurnia Laksana Mulia Nugraha Prasetya Putra "
          "Putri Rahayu Sari Santoso Setiawan Surya Tri Utama Wijaya Yudha Ramadhan Saputra Hakim "
          "Hasanah Maulana Firmansyah Kusuma Permana Pratama Wibowo Hartono Susanto").split()
last = ("Santoso Wijaya Saputra Pratama Setiawan Hidayat Nugroho Kurniawan Siregar Nasution Harahap "
        "Simanjuntak Sihombing Lubis Hutapea Tanjung Sinaga Pangaribuan Manurung Wibisono Susilo "
        "Purnomo Sulistyo Handoko Gunadi Hermawan Hasibuan Pohan Daulay Batubara Ginting Tarigan "
        "Sembiring Situmorang Panjaitan Rangkuti Matondang Sitompul Marpaung Sibarani Saragih Damanik "
        "Purba Rahman Hasan Husein Syahputra Ramadhani Wulandari Anggraini Permatasari Kusumawati "
        "Rahmawati Lestari Handayani Suryani Fitriani Astuti Susanti Widodo Sukarno Sudirman Suharto "
        "Prabowo Utomo Hartati Rahayu Pertiwi Maharani Safitri Oktaviani Novitasari Puspita").split()
old = [("u", "oe"), ("j", "dj"), ("c", "tj"), ("y", "j")]
mobile = "0812 0813 0821 0822 0852 0853 0856 0857 0858 0877 0878 0881 0895 0896 0838".split()
provinces = {"11": 15, "12": 30, "31": 5, "32": 27, "33": 35, "35": 38, "36": 8, "51": 9, "73": 24}


def name(female):
    words = [rng.choice(first_f if female else first_m)]
    if rng.random() < 0.7:
        words.append(rng.choice(middle))
    words.append(rng.choice(last))
    s = " ".join(words)
    r = rng.random()
    if r < 0.05:  # an old spelling, as on an old KTP
        a, b = rng.choice(old)
        s = s.replace(a, b, 1)
    elif r < 0.08 and s.startswith("Muhammad"):
        s = s.replace("Muhammad", rng.choice(["Moh.", "M.", "Mohamad", "Muhamad"]), 1)
    elif r < 0.11:
        s = (rng.choice(["Hj. ", "Ibu "]) if female else rng.choice(["H. ", "Ir. ", "Drs. "])) + s
    return s


sample_every = max(1, n // 1000)
serials = {}
with open(out, "w") as f, open(sample_out, "w") as sample:
    for i in range(n):
        female = rng.random() < 0.5
        prov = rng.choice(list(provinces))
        regency = f"{prov}{rng.randint(1, provinces[prov]):02d}"
        district = f"{rng.randint(1, 30):02d}"
        year = rng.randint(1945, 2005)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        prefix = f"{regency}{district}{day + 40 * female:02d}{month:02d}{year % 100:02d}"
        serial = serials.get(prefix, 0) + 1
        serials[prefix] = serial
        nik = f"{prefix}{serial:04d}"
        full = name(female)
        rec = {"nik": nik, "full_name": full, "birth_date": f"{year}-{month:02d}-{day:02d}",
               "sex": "F" if female else "M", "phone": f"{rng.choice(mobile)}{rng.randint(0, 99999999):08d}",
               "doses": [{"dose": 1, "vaccine": "coronavac", "date": "2021-07-12", "facility": "Puskesmas"}]}
        f.write(json.dumps(rec) + "\n")
        if i % sample_every == 0:
            sample.write(json.dumps({"nik": nik, "full_name": full, "birth_date": rec["birth_date"]}) + "\n")
