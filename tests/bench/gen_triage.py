#!/usr/bin/env python3
"""Labelled synthetic complaints against a synthetic register, for .ci/bench-triage.

usage: gen_triage.py OUT_DIR N [--pool dev|heldout|fresh|fourth|fifth|sixth|seventh|eighth|ninth|tenth] [--seed S] [--people P]

Writes
  OUT_DIR/records.jsonl   the register (P people, default max(10*N, 2000)), imported first
  OUT_DIR/reissue.jsonl   people whose certificate gets a new version after the first SMS
                          went out (a changed batch), so their newest SMS is still queued
  OUT_DIR/mail/*.eml      one complaint each
  OUT_DIR/labels.csv      message_id, nik, cause, scenario, field, dose, lang, shape
                          (header row; `field` only for data_error, `dose` when one dose
                          is what the complaint is about)

Every complaint is assembled from templates x slot fillers x noise: Bahasa Indonesia
(formal and chatty, with the abbreviations people type), English and mixed; greetings,
sign-offs, signatures with office landlines, quoted earlier mail carrying other NIKs and
numbers, replies written below the quote, forwarded complaints, and the odd typo. Ten
pairwise disjoint phrase pools, `dev`, `heldout`, `fresh`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth`,
`ninth` and `tenth`: a rule tuned on one is measured on another. `fresh` was written after the rules had been looked at against
`heldout`, so its wording was new to the rules when written. `fourth`
(tests/bench/triage_pool_fourth.py, merged in below) was written by a helper who read neither the
rules nor any mail the product failed on, only this generator. The rules have since been tuned on
all four, so `fifth` (tests/bench/triage_pool_fifth.py, merged in the same way) was written blind
the same way, by another such helper who read only this generator and the fourth pool's file (for
the interface). `sixth` (tests/bench/triage_pool_sixth.py, merged in the same way) was written blind
once more, by a helper who read only this generator and the fifth pool's file (for the interface).
`seventh` (tests/bench/triage_pool_seventh.py, merged in the same way) was written blind again, by a
helper who read only this generator and the sixth pool's file (for the interface). `eighth`
(tests/bench/triage_pool_eighth.py, merged in the same way) was written blind once more, by a helper who
read only this generator and the seventh pool's file (for the interface). `ninth`
(tests/bench/triage_pool_ninth.py, merged in the same way) was written blind once more, by a helper who
read only this generator and the eighth pool's file (for the interface), neither the rules nor any mail
the product failed on. `tenth` (tests/bench/triage_pool_tenth.py, merged in the same way) was written blind
once more, by a helper who read only this generator and the ninth pool's file (for the interface), neither
the rules nor any mail the product failed on: it is the honest held-out measure.

The register state behind each complaint is built to match its label, and checked
before anything is written (see `self_check`). This file is written independently of
the product: it reads nothing of certdesk's sources and carries its own reference data
(region codes, vaccine codes, names). tests/bench/check_triage_independent.py enforces it.

SMS failure is not generated: the bench's log gateway reports every SMS delivered and
the bench has no way to inject a failed delivery receipt, so `sms_failed` cannot be
produced honestly and is left out rather than mislabelled.
"""
import argparse
import collections
import csv
import datetime as dt
import json
import os
import random
import re
import sys

import triage_pool_fourth  # the fourth phrase pool, a sibling file (standard library only)
import triage_pool_fifth  # the fifth phrase pool, written blind like the fourth (standard library only)
import triage_pool_sixth  # the sixth phrase pool, written blind like the fifth (standard library only)
import triage_pool_seventh  # the seventh phrase pool, written blind like the sixth (standard library only)
import triage_pool_eighth  # the eighth phrase pool, written blind like the seventh (standard library only)
import triage_pool_ninth  # the ninth phrase pool, written blind like the eighth (standard library only)
import triage_pool_tenth  # the tenth phrase pool, written blind like the ninth (standard library only)

# The pools written in files of their own, each with the same tables and formatters.
POOL_FILES = {"fourth": triage_pool_fourth, "fifth": triage_pool_fifth, "sixth": triage_pool_sixth,
              "seventh": triage_pool_seventh, "eighth": triage_pool_eighth, "ninth": triage_pool_ninth,
              "tenth": triage_pool_tenth}

# ---------------------------------------------------------------------------------------
# Reference data, written for this benchmark.
# ---------------------------------------------------------------------------------------

# Kemendagri regency/city codes (first four NIK digits) by province. 9101/9102/9104 are
# Papua codes as issued before the 2022 split (older NIKs keep them); 93-96 are the new
# provinces' codes, seen only on NIKs issued since.
REGENCIES = {
    "11": ["1101", "1106", "1171", "1173"], "12": ["1201", "1204", "1271", "1272"],
    "13": ["1301", "1304", "1371"], "14": ["1401", "1403", "1471", "1472"], "15": ["1501", "1571"],
    "16": ["1601", "1603", "1671"], "17": ["1702", "1771"], "18": ["1801", "1802", "1871"],
    "19": ["1901", "1971"], "21": ["2101", "2171", "2172"],
    "31": ["3171", "3172", "3173", "3174", "3175"],
    "32": ["3201", "3204", "3205", "3209", "3273", "3275", "3276", "3277"],
    "33": ["3302", "3309", "3372", "3374", "3376"], "34": ["3402", "3404", "3471"],
    "35": ["3506", "3507", "3509", "3573", "3578"], "36": ["3603", "3604", "3671", "3674"],
    "51": ["5103", "5104", "5171"], "52": ["5202", "5203", "5271"], "53": ["5301", "5304", "5371"],
    "61": ["6101", "6171"], "62": ["6202", "6271"], "63": ["6303", "6371", "6372"],
    "64": ["6402", "6471", "6472"], "65": ["6501", "6571"], "71": ["7102", "7171", "7172"],
    "72": ["7202", "7271"], "73": ["7306", "7308", "7371", "7373"], "74": ["7402", "7471"],
    "75": ["7501", "7571"], "76": ["7602", "7604"], "81": ["8101", "8171"], "82": ["8203", "8271"],
    "91": ["9101", "9102", "9103", "9104", "9171"], "92": ["9202", "9206"],
    "93": ["9301", "9302"], "94": ["9401", "9404"], "95": ["9501", "9503"], "96": ["9601", "9671"],
}
PROVINCES = set(REGENCIES)
# Where people live, roughly by population.
PROVINCE_WEIGHT = {"31": 10, "32": 18, "33": 13, "34": 2, "35": 15, "36": 5, "11": 2, "12": 5, "13": 2, "14": 2,
                   "15": 1, "16": 3, "17": 1, "18": 3, "19": 1, "21": 1, "51": 2, "52": 2, "53": 2, "61": 2,
                   "62": 1, "63": 2, "64": 1, "65": 1, "71": 1, "72": 1, "73": 3, "74": 1, "75": 1, "76": 1,
                   "81": 1, "82": 1, "91": 1, "92": 1}
TZ = {**{p: "+0700" for p in ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34",
                              "35", "36", "61", "62"]},
      **{p: "+0800" for p in ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]},
      **{p: "+0900" for p in ["81", "82", "91", "92", "93", "94", "95", "96"]}}

# Mobile prefixes (after the trunk 0).
MOBILE = ["811", "812", "813", "821", "822", "823", "851", "852", "853", "855", "856", "857", "858", "859",
          "877", "878", "881", "895", "896", "831"]
LANDLINE_AREAS = ["21", "22", "24", "31", "61", "274", "341", "361", "411", "431", "967", "711", "751"]

# Vaccine brand codes as the facilities' feed writes them.
PRIMARY = [("coronavac", 40, (14, 28)), ("astrazeneca", 20, (56, 84)), ("comirnaty", 12, (21, 42)),
           ("moderna", 8, (28, 42)), ("sinopharm", 10, (21, 28)), ("biofarma", 8, (14, 28)),
           ("sputnik-v", 1, (21, 28)), ("convidecia", 1, (21, 28))]
BOOSTER = [("astrazeneca", 30), ("comirnaty", 30), ("moderna", 20), ("coronavac", 8), ("biofarma", 6),
           ("convidecia", 3), ("novavax", 3)]

FACILITY_PLACES = ["Bantar Gebang", "Cilandak", "Tebet", "Sukajadi", "Kebayoran Baru", "Tegalsari", "Ciputat",
                   "Lowokwaru", "Kuta Alam", "Medan Baru", "Rappocini", "Abepura", "Sentani", "Depok Jaya",
                   "Cimahi Selatan", "Gamping", "Banguntapan", "Wonokromo", "Denpasar Barat", "Ampenan",
                   "Oebobo", "Pontianak Kota", "Banjarmasin Tengah", "Samarinda Ulu", "Wenang", "Palu Timur",
                   "Kendari Barat", "Sirimau", "Ternate Selatan", "Manokwari Barat", "Merauke", "Wamena"]
FACILITY_KINDS = ["Puskesmas {p}", "Puskesmas Kecamatan {p}", "RSUD {p}", "Klinik Pratama {p} Sehat",
                  "Gerai Vaksinasi Polres {p}", "Sentra Vaksinasi {p}", "RS Bhayangkara {p}",
                  "Posko Vaksinasi Kodim {p}", "Balai Desa {p}"]

# Names, by origin: (male first names, female first names, family/second names, home provinces).
ORIGINS = {
    "jawa": (["Budi", "Agus", "Joko", "Slamet", "Bambang", "Heru", "Eko", "Wahyu", "Hadi", "Sugeng", "Teguh",
              "Bayu", "Yudi", "Rudi", "Anton", "Dwi", "Tri", "Priyo", "Sutrisno", "Suparman", "Gatot", "Darmanto"],
             ["Sri", "Endang", "Dewi", "Rina", "Yuni", "Tutik", "Wulan", "Ratna", "Indah", "Retno", "Eka",
              "Sumarni", "Suparmi", "Purwanti", "Sulastri", "Tri", "Dwi", "Ambar", "Wiwik", "Siti"],
             ["Santoso", "Wibowo", "Susanto", "Setiawan", "Nugroho", "Prasetyo", "Purnomo", "Hartono", "Wijayanti",
              "Rahayu", "Lestari", "Handayani", "Wahyuni", "Kurniawan", "Utomo", "Saputro", "Widodo", "Suryani",
              "Astuti", "Ningsih", "Pamungkas", "Sulistyowati", "Haryanto", "Wulandari"],
             ["33", "34", "35", "31", "32"]),
    "sunda": (["Asep", "Ujang", "Dede", "Cecep", "Iwan", "Yayan", "Deden", "Encep", "Ade", "Dadang", "Jajang"],
              ["Cucu", "Euis", "Neneng", "Imas", "Lilis", "Yati", "Enok", "Teti", "Rini", "Ai", "Nining"],
              ["Saepudin", "Sunandar", "Hidayat", "Suryana", "Kurniasih", "Rohaeti", "Nurhasanah", "Permana",
               "Gunawan", "Setiadi", "Sopian", "Komariah", "Rahmat"],
              ["32", "36"]),
    "muslim": (["Muhammad", "Muhamad", "Mohammad", "M.", "Ahmad", "Ilham", "Fajar", "Rizki", "Arif", "Yusuf",
                "Ikhsan", "Hafiz", "Abdul", "Syafi'i", "Ma'ruf", "Fauzan"],
               ["Nur", "Siti", "Fatimah", "Aisyah", "Zahra", "Nabila", "Annisa", "Nur'aini", "Khadijah", "Rahmi",
                "Nurul", "Aulia"],
               ["Ramadhan", "Hidayatullah", "Maulana", "Firdaus", "Alfarizi", "Rahmawati", "Khairunnisa",
                "Azzahra", "Fitriani", "Nurhaliza", "Maharani", "Hakim", "Syahputra", "Rizqullah", "Aminah",
                "Hasanah", "Kamila"],
               ["31", "32", "35", "36", "16", "18"]),
    "batak": (["Sahat", "Parlin", "Togar", "Hotman", "Bonar", "Samuel", "Yosua", "Rudolf", "Maruli", "Jonny"],
              ["Maria", "Rosmawati", "Lamtiur", "Dameria", "Ruth", "Tiurma", "Nurmala", "Erika", "Sondang"],
              ["Simanjuntak", "Situmorang", "Hutapea", "Nainggolan", "Siregar", "Harahap", "Lubis", "Sitompul",
               "Panjaitan", "Sinaga", "Manurung", "Pardede", "Silalahi", "Hutagalung"],
              ["12", "14", "21"]),
    "bali": (["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Komang", "I Kadek"],
             ["Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Komang", "Ni Kadek", "Ni Luh"],
             ["Sudarta", "Arsana", "Suarjana", "Astawa", "Suartini", "Sriasih", "Ariani", "Widiastuti",
              "Budiarta", "Mahendra", "Ayu Lestari", "Sukerti", "Adnyana"],
             ["51"]),
    "minang": (["Rahmat", "Fauzi", "Zulkifli", "Yusrizal", "Afrizal", "Hendri", "Syafrizal"],
               ["Desi", "Yelni", "Mardiana", "Rosnita", "Yusnidar", "Elfi"],
               ["Chaniago", "Tanjung", "Koto", "Piliang", "Sikumbang", "Jambak", "Caniago"],
               ["13", "14"]),
    "bugis": (["Andi Baso", "Andi", "Muh.", "Syahrir", "Irwan", "Amiruddin", "Darwis", "Baharuddin"],
              ["Andi Tenri", "Nurhayati", "Nurhaedah", "Hasnah", "St.", "Besse", "Hasriani"],
              ["Amir", "Mappasessu", "Pawelloi", "Ramli", "Rasyid", "Tahir", "Sainal", "Ajeng", "Nurdin"],
              ["73", "74", "76", "64"]),
    "tionghoa": (["Hendra", "Kevin", "Budi", "William", "Anton", "Steven", "Johan", "Michael", "Hengky"],
                 ["Lily", "Yohana", "Stephanie", "Felicia", "Jessica", "Linda", "Melinda", "Vivian", "Grace"],
                 ["Wijaya", "Halim", "Tanoto", "Gunawan", "Salim", "Tjandra", "Lim", "Tan", "Hartanto", "Sutanto",
                  "Kusuma", "Liem", "Setiabudi", "Chandra"],
                 ["31", "35", "12", "61", "21"]),
    "minahasa": (["Jefri", "Stevanus", "Frangky", "Yohanis", "Rico", "Fransiskus", "Ronny"],
                 ["Meiske", "Olivia", "Vonny", "Jeane", "Deisy", "Marlyn", "Christin"],
                 ["Rumengan", "Lumowa", "Sumampouw", "Wowor", "Mandagi", "Pattiasina", "Latuheru", "Tuhumury",
                  "Pangemanan", "Kaunang"],
                 ["71", "81", "82"]),
    "papua": (["Yohanes", "Marthen", "Demianus", "Yulius", "Naftali", "Matius", "Otniel", "Yakob", "Set"],
              ["Yosina", "Fince", "Agustina", "Elisabeth", "Martha", "Yuliana", "Dorkas", "Ester"],
              ["Kambu", "Wonda", "Rumbiak", "Mandacan", "Fonataba", "Wenda", "Kogoya", "Tabuni", "Mote", "Gobai",
               "Waromi", "Yikwa", "Rumaropen", "Kaize", "Gebze"],
              ["91", "92", "93", "94", "95", "96"]),
    "aceh": (["Teuku", "T.", "Zulfikar", "Mawardi", "Fadli", "Munawar"],
             ["Cut", "Safrida", "Nurul Fadhilah", "Rahmi", "Cut Meutia", "Raudhah"],
             ["Rizal", "Fadli", "Yusuf", "Ibrahim", "Hasballah", "Ridwan", "Mukhlis"],
             ["11"]),
    "ntt": (["Yohanes Bosco", "Fransiskus", "Agustinus", "Petrus", "Blasius"],
            ["Maria Goreti", "Yasinta", "Theresia", "Florentina", "Margareta"],
            ["Laka", "Nggadas", "Bere", "Tefa", "Pello", "Rihi", "Ndun", "Fanggidae"],
            ["53"]),
}
ORIGIN_WEIGHT = {"jawa": 30, "sunda": 12, "muslim": 18, "batak": 6, "bali": 4, "minang": 4, "bugis": 5,
                 "tionghoa": 5, "minahasa": 4, "papua": 6, "aceh": 3, "ntt": 2}
# Second names that are (nearly) only given to women, or to men.
FEMININE = {"Wijayanti", "Rahayu", "Lestari", "Handayani", "Wahyuni", "Suryani", "Astuti", "Ningsih", "Sulistyowati",
            "Wulandari", "Kurniasih", "Rohaeti", "Nurhasanah", "Komariah", "Rahmawati", "Khairunnisa", "Azzahra",
            "Fitriani", "Nurhaliza", "Maharani", "Aminah", "Hasanah", "Kamila", "Suartini", "Sriasih", "Ariani",
            "Widiastuti", "Ayu Lestari", "Sukerti", "Ajeng"}
MASCULINE = {"Ramadhan", "Hidayatullah", "Maulana", "Alfarizi", "Syahputra", "Rizqullah", "Hakim", "Santoso", "Wibowo",
             "Susanto", "Setiawan", "Nugroho", "Prasetyo", "Purnomo", "Hartono", "Kurniawan", "Utomo", "Saputro",
             "Widodo", "Pamungkas", "Haryanto", "Saepudin", "Sunandar", "Hidayat", "Suryana", "Permana", "Gunawan",
             "Setiadi", "Sopian", "Rahmat", "Sudarta", "Arsana", "Suarjana", "Astawa", "Budiarta", "Mahendra",
             "Adnyana", "Mappasessu", "Ramli", "Rasyid", "Tahir", "Sainal", "Nurdin", "Amir"}
# Family names children share with their parents.
FAMILY_NAMES = {"batak", "tionghoa", "minahasa", "papua", "ntt"}
JAVA_SINGLE = {"M": ["Sutrisno", "Paijo", "Suyatno", "Sukirman", "Wagiman", "Tukiman", "Sarmin"],
               "F": ["Tukiyem", "Sumini", "Painem", "Sarinah", "Juminten", "Ngatini", "Poniyem"]}
MAIL_DOMAINS = ["gmail.example.com", "yahoo.example.co.id", "mail.example.id", "outlook.example.com",
                "ymail.example.com", "kantor.example.go.id", "student.example.ac.id", "contoh.example.id"]
COMPANIES = ["PT Maju Bersama", "CV Sinar Jaya", "Dinas Pendidikan Kota", "PT Kereta Nusantara", "Koperasi Sejahtera",
             "SMP Negeri 4", "Kantor Kecamatan", "PT Bank Daerah", "Universitas Negeri", "Toko Bangunan Makmur"]
TITLES = ["Staf Administrasi", "Guru", "Kepala Bagian Umum", "Marketing", "Operator", "Wiraswasta", "Perawat",
          "Staff Finance", "Admin Gudang", "Dosen"]
STREETS = ["Jl. Merdeka", "Jl. Sudirman", "Jl. Melati", "Jl. Pahlawan", "Jl. Diponegoro", "Gg. Mawar",
           "Jl. Raya Bogor", "Jl. Kenanga"]

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_ID_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN_SHORT = [m[:3] for m in MONTHS_EN]

# ---------------------------------------------------------------------------------------
# Phrase pools. `dev`, `heldout`, `fresh`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth`, `ninth` and `tenth` (each of
# the last seven its own file, merged in after SEX_WORDS) pairwise share no multi-word phrase (checked at start-up).
# `ninth` was written blind by a helper who read only this generator and the eighth pool's interface; `tenth`
# likewise, by one who read only this generator and the ninth pool's interface.
# Templates use {slots}: fillers (from FILL) are expanded first, then values.
# ---------------------------------------------------------------------------------------

FILL = {
    "dev": {
        "id": {
            "cert": ["sertifikat", "sertifikat vaksin", "sertifikat vaksinasi", "sertifikat covid"],
            "app": ["PeduliLindungi", "aplikasi PeduliLindungi", "aplikasi"],
            "notyet": ["belum muncul", "belum keluar", "belum ada", "belum juga terbit"],
            "req": ["Mohon dibantu.", "Mohon bantuannya untuk dicek.", "Terima kasih atas perhatiannya.",
                    "Mohon segera ditindaklanjuti.", "Atas bantuannya saya ucapkan terima kasih."],
            "fixreq": ["Mohon diperbaiki.", "Mohon dikoreksi datanya.", "Bagaimana cara memperbaikinya?",
                       "Mohon bantuan perbaikan data."],
            "inactive": ["sudah tidak aktif", "sudah mati", "sudah hangus", "sudah tidak bisa dipakai",
                         "sudah diblokir operator"],
            "newnum": ["nomor baru saya", "nomor aktif saya", "yang aktif sekarang", "sekarang saya pakai nomor"],
            "notinput": ["belum diinput", "belum masuk ke sistem", "belum tercatat", "belum terdaftar"],
        },
        "en": {
            "cert": ["certificate", "vaccine certificate", "vaccination certificate"],
            "app": ["PeduliLindungi", "the PeduliLindungi app", "the app"],
            "notyet": ["has not appeared", "is not there", "has not been issued"],
            "req": ["Please help.", "Please check.", "Thank you for your help.", "I hope you can assist."],
            "fixreq": ["Please correct it.", "How can I get this fixed?", "Please fix the record."],
            "inactive": ["is no longer active", "is dead", "has been disconnected", "stopped working"],
            "newnum": ["my new number is", "please use", "I can be reached on"],
            "notinput": ["has not been entered", "is not in the system", "was never recorded"],
        },
    },
    "heldout": {
        "id": {
            "cert": ["e-sertifikat", "kartu vaksin digital", "serti vaksin", "sertifikat vaksin covid-19"],
            "app": ["aplikasi PL", "web pedulilindungi", "SatuSehat Mobile", "aplikasi SatuSehat"],
            "notyet": ["masih kosong", "tidak kunjung terbit", "tak kunjung datang", "belum nongol"],
            "req": ["Mohon pencerahannya.", "Saya tunggu kabarnya.", "Sekian dan terima kasih.",
                    "Mohon info lebih lanjut.", "Besar harapan saya bisa segera dibantu."],
            "fixreq": ["Mohon diralat.", "Mohon direvisi secepatnya.", "Apa saja syarat untuk revisinya?",
                       "Tolong dibetulkan ya."],
            "inactive": ["sudah non-aktif", "sudah kadaluarsa", "sudah lewat masa tenggang", "sudah ditutup",
                         "tidak bisa menerima SMS lagi"],
            "newnum": ["nomor pengganti", "nomor terkini", "kontak baru saya", "sekarang di nomor"],
            "notinput": ["belum diunggah", "belum terekam", "belum tersinkron", "belum di-entry"],
        },
        "en": {
            "cert": ["digital certificate", "vaccination card", "COVID certificate", "vax cert"],
            "app": ["SatuSehat", "the PL app", "the pedulilindungi website"],
            "notyet": ["never came through", "is still missing", "hasn't shown up"],
            "req": ["Looking forward to your reply.", "Appreciate any help.", "Kindly advise.",
                    "Hoping for a quick fix."],
            "fixreq": ["Kindly amend it.", "What do I need to send to have it changed?", "Could this be rectified?"],
            "inactive": ["has lapsed", "was cut off", "expired months ago", "isn't mine anymore"],
            "newnum": ["the current one is", "reach me on", "I'm on"],
            "notinput": ["hasn't been uploaded", "never synced", "isn't on file"],
        },
    },
    "fresh": {
        "id": {
            "cert": ["sertif vaksin", "surat keterangan vaksin", "bukti vaksin digital", "sertifikat vaksinasi covid",
                     "kartu sertifikat vaksin"],
            "app": ["apk PeduliLindungi", "Peduli Lindungi", "situs pedulilindungi.id", "apk SatuSehat", "app Satu Sehat"],
            "notyet": ["belum tersedia", "masih belum kelihatan", "nggak ada sama sekali", "tidak tampil"],
            "req": ["Mohon arahannya.", "Ditunggu respon cepatnya.", "Semoga bisa segera diproses.",
                    "Mohon dibantu secepatnya nggih.", "Saya sangat berharap bantuan Bapak/Ibu.",
                    "Tolong ya min, penting bgt."],
            "fixreq": ["Bisa dibenerin gak min?", "Mohon dilakukan pembetulan.",
                       "Apa yang harus saya kirim supaya datanya diganti?", "Mohon perbaikan secepatnya krn mau dipakai.",
                       "Perlu lampiran KTP/KK tidak untuk pembetulannya?"],
            "inactive": ["udah mati total", "sudah dicabut", "sudah tidak saya pakai", "nonaktif sejak tahun lalu",
                         "sudah hilang masa aktifnya"],
            "newnum": ["skrg pakai", "mohon diganti ke", "ganti jadi", "nomor saya yg sekarang"],
            "notinput": ["belum dimasukkan", "belum diproses petugas", "belum dilaporkan faskes",
                         "belum dikirim puskesmas"],
        },
        "en": {
            "cert": ["vaccine cert", "COVID-19 vaccination certificate", "e-certificate", "vaccination proof"],
            "app": ["the SatuSehat app", "PeduliLindungi.id", "the Peduli Lindungi application"],
            "notyet": ["is nowhere to be found", "still isn't available", "hasn't arrived", "never materialised"],
            "req": ["Your help is much appreciated.", "Please get back to me.", "Grateful for any assistance.",
                    "I'd appreciate a prompt response.", "Hope this can be sorted soon."],
            "fixreq": ["Please update the record accordingly.", "What's the procedure to get it corrected?",
                       "Can this be changed on your side?", "I'd like this corrected asap."],
            "inactive": ["is no longer in use", "got deactivated", "has been terminated", "belongs to someone else now",
                         "no longer receives texts"],
            "newnum": ["my current number is", "contact me at", "I now use", "new number:"],
            "notinput": ["hasn't been keyed in", "still hasn't been processed", "hasn't been reported by the clinic",
                         "is still pending upload"],
        },
    },
}

DOSE = {
    "dev": {
        "id": {1: ["dosis 1", "dosis pertama", "vaksin pertama"], 2: ["dosis 2", "vaksin kedua", "dosis kedua"],
               3: ["booster", "dosis 3", "vaksin booster"]},
        "en": {1: ["first dose", "dose 1"], 2: ["second dose", "dose 2", "2nd shot"],
               3: ["booster", "third dose", "booster dose"]},
    },
    "heldout": {
        "id": {1: ["suntikan pertama", "vaksin ke-1", "dosis I"], 2: ["suntikan kedua", "vaksin ke-2", "dosis II"],
               3: ["vaksin lanjutan", "dosis ketiga", "suntikan booster", "dosis penguat"]},
        "en": {1: ["first jab", "jab number one"], 2: ["second jab", "dose two", "2nd vaccination"],
               3: ["booster shot", "3rd jab", "dose three"]},
    },
    "fresh": {
        "id": {1: ["vaksin 1", "suntik pertama", "vaksinasi pertama"], 2: ["vaksin 2", "suntik kedua", "vaksinasi kedua"],
               3: ["vaksin 3", "booster pertama", "vaksin penguat", "dosis lanjutan"]},
        "en": {1: ["1st dose", "initial shot", "first vaccination"], 2: ["2nd dose", "second shot", "dose #2"],
               3: ["first booster", "3rd dose", "booster jab"]},
    },
}

# (written, short, sex of the relative, age: older/younger generation, same, sibling)
REL = {
    "dev": {
        "id": [("ibu saya", "ibu", "F", "older"), ("bapak saya", "bapak", "M", "older"),
               ("anak saya", "anak saya", None, "younger"), ("suami saya", "suami", "M", "same"),
               ("istri saya", "istri", "F", "same")],
        "en": [("my mother", "my mother", "F", "older"), ("my father", "my father", "M", "older"),
               ("my son", "my son", "M", "younger"), ("my wife", "my wife", "F", "same"),
               ("my husband", "my husband", "M", "same")],
    },
    "heldout": {
        "id": [("mama saya", "mama", "F", "older"), ("ayah saya", "ayah", "M", "older"),
               ("mertua saya", "mertua", None, "older"), ("nenek saya", "nenek", "F", "older"),
               ("putri saya", "putri saya", "F", "younger"), ("adik saya", "adik", None, "sibling"),
               ("kakak saya", "kakak", None, "sibling")],
        "en": [("my mum", "my mum", "F", "older"), ("my dad", "my dad", "M", "older"),
               ("my daughter", "my daughter", "F", "younger"), ("my grandmother", "my grandmother", "F", "older"),
               ("my brother", "my brother", "M", "sibling"), ("my mother-in-law", "my mother-in-law", "F", "older")],
    },
    "fresh": {
        "id": [("ibunda saya", "ibunda", "F", "older"), ("bapak mertua saya", "bapak mertua", "M", "older"),
               ("eyang putri saya", "eyang", "F", "older"), ("putra saya", "putra saya", "M", "younger"),
               ("adik perempuan saya", "adik perempuan", "F", "sibling"), ("bini saya", "bini", "F", "same"),
               ("om saya", "om", "M", "older")],
        "en": [("my stepfather", "my stepdad", "M", "older"), ("my grandpa", "grandpa", "M", "older"),
               ("my aunt", "my aunt", "F", "older"), ("my youngest son", "my boy", "M", "younger"),
               ("my sister", "my sister", "F", "sibling"), ("my hubby", "my hubby", "M", "same"),
               ("my father-in-law", "my father-in-law", "M", "older")],
    },
}

VAXNAME = {
    "dev": {"coronavac": ["Sinovac", "CoronaVac"], "astrazeneca": ["AstraZeneca"], "comirnaty": ["Pfizer"],
            "moderna": ["Moderna"], "sinopharm": ["Sinopharm"], "biofarma": ["Bio Farma"],
            "sputnik-v": ["Sputnik V"], "convidecia": ["CanSino"], "novavax": ["Novavax"]},
    "heldout": {"coronavac": ["sinovac", "Coronavac (Sinovac)"], "astrazeneca": ["AZ", "Astra Zeneca"],
                "comirnaty": ["Pfizer-BioNTech", "Comirnaty"], "moderna": ["Moderna (Spikevax)"],
                "sinopharm": ["Sinopharm BIBP"], "biofarma": ["vaksin Biofarma"], "sputnik-v": ["Sputnik-V"],
                "convidecia": ["Convidecia"], "novavax": ["Covovax/Novavax"]},
    "fresh": {"coronavac": ["SINOVAC", "Sinovak"], "astrazeneca": ["Astra", "Oxford-AstraZeneca"],
              "comirnaty": ["BioNTech", "Pfizer Comirnaty"], "moderna": ["Spikevax", "moderna mRNA"],
              "sinopharm": ["Sinofarm", "Sinopharm Vero Cell"], "biofarma": ["Biofarma", "PT Bio Farma"],
              "sputnik-v": ["Sputnik", "Gam-COVID-Vac"], "convidecia": ["Cansinobio", "CanSino Convidecia"],
              "novavax": ["Nuvaxovid", "Novavax Nuvaxovid"]},
}

SLANG = {
    "dev": {"saya": ["sy"], "tidak": ["tdk"], "sudah": ["udh", "sdh"], "belum": ["blm"], "yang": ["yg"],
            "tolong": ["tlg"], "dengan": ["dg"], "terima kasih": ["makasih"], "untuk": ["utk"]},
    "heldout": {"saya": ["aku", "sya"], "tidak": ["gk", "ga", "nggak"], "sudah": ["udah", "dah"],
                "belum": ["blom", "lom"], "sampai": ["sampe"], "terima kasih": ["trims", "thx"],
                "bagaimana": ["gimana"], "kenapa": ["knp"], "mohon": ["mhn"]},
    "fresh": {"saya": ["sy"], "tidak": ["gk", "ngga", "tdk"], "sudah": ["udh", "sdh"], "belum": ["blm", "blum"],
              "tapi": ["tp"], "karena": ["krn", "krna"], "dengan": ["dgn"], "harus": ["hrs"],
              "bagaimana": ["bgmn", "gmn"], "yang": ["yg"], "sekarang": ["skrg", "skr"], "juga": ["jg"],
              "tanggal": ["tgl"], "kalau": ["klo", "kl"], "terima kasih": ["trmksh", "makasi"], "banyak": ["byk"]},
}

T = {"dev": {"id": {}, "en": {}, "mix": {}}, "heldout": {"id": {}, "en": {}, "mix": {}},
     "fresh": {"id": {}, "en": {}, "mix": {}}}


def put(pool, lang, key, items):
    T[pool][lang][key] = items


# --- dev, Bahasa Indonesia -------------------------------------------------------------
put("dev", "id", "greet", ["Selamat pagi,", "Selamat siang Bapak/Ibu,", "Yth. Admin,", "Assalamualaikum wr. wb.",
                           "Halo min,", "Dengan hormat,", ""])
put("dev", "id", "close", ["Terima kasih.", "Hormat saya,", "Salam,", "Wassalam.", "Terima kasih banyak.",
                           "Mohon segera dibantu ya."])
put("dev", "id", "subject", ["Sertifikat vaksin belum ada", "Mohon bantuan sertifikat", "Keluhan sertifikat vaksin",
                             "sertifikat tidak muncul", "Tolong cek data vaksin saya"])
put("dev", "id", "subject_fix", ["Perbaikan data sertifikat", "Koreksi data vaksin", "Data sertifikat salah"])
put("dev", "id", "subject_phone", ["Ganti nomor HP", "Nomor HP tidak aktif", "SMS sertifikat tidak masuk"])
put("dev", "id", "generic", [
    "{Cert} saya {notyet} padahal sudah vaksin {dlast}.",
    "Saya sudah divaksin tapi sampai sekarang {cert} {notyet}.",
    "Mohon bantuan, {cert} saya {notyet} di {app}.",
    "Sudah {w} minggu sejak vaksin tapi saya tidak menerima SMS {cert}.",
    "Kenapa {cert} saya {notyet} ya? Sudah vaksin {dlast} dari tanggal {when}.",
    "Saya belum menerima {cert}, mohon dicek.",
    "Tolong dong min, {cert} saya {notyet} nih.",
    "Saya tidak bisa menemukan {cert} saya di {app}.",
])
put("dev", "id", "sms_lost", [
    "Sepertinya SMS {cert} tidak sengaja saya hapus.", "HP saya direset pabrik jadi semua SMS hilang.",
    "Dulu sepertinya ada SMS dari 1199 tapi sudah terhapus.", "Inbox SMS saya penuh, mungkin terlewat.",
    "Saya ganti HP (nomornya tetap sama) dan SMS lama tidak terbawa.", "Mungkin SMS-nya masuk tapi saya tidak lihat.",
])
put("dev", "id", "no_phone", [
    "Waktu vaksin saya tidak mencantumkan nomor HP.", "Dulu saya belum punya HP waktu vaksin.",
    "Petugas tidak menanyakan nomor HP saya.", "Saya lupa mengisi nomor HP saat pendaftaran.",
    "Di formulir vaksin kolom HP saya kosong.", "Saya tidak punya nomor HP sendiri waktu itu.",
])
put("dev", "id", "resend", [
    "Katanya data saya sudah diperbaiki, tapi {cert} yang baru belum saya terima.", "Mohon kirim ulang {cert} saya.",
    "Saya butuh {cert} terbaru untuk perjalanan.", "Setelah koreksi data, {cert} baru belum ada.",
    "Bisa tolong dikirimkan {cert}nya?", "Saya perlu {cert} untuk syarat masuk kerja.",
])
put("dev", "id", "dose_pending", [
    "{Cert} {dose} saya {notyet}, padahal {prev} sudah ada.",
    "Sudah vaksin {dose} tanggal {when} di {fac} tapi di {app} belum tercatat.",
    "Yang muncul hanya {cert} {prev}, {dose} belum ada.",
    "Saya sudah {dose} tapi statusnya masih {prev}.",
    "Mohon bantuan, data {dose} saya belum masuk.",
    "{Dose} sudah saya terima {w} minggu lalu, {cert}nya {notyet}.",
    "{Cert} untuk {prev} sudah dapat, tapi untuk {dose} belum.",
])
put("dev", "id", "rec_pending", [
    "Saya sudah vaksin tanggal {when} di {fac} tapi data vaksin saya belum ada sama sekali.",
    "Di {app} status saya masih belum vaksin.",
    "Data vaksinasi saya {notinput} padahal sudah vaksin {dfirst}.",
    "Sudah {w} minggu sejak vaksin tapi data saya {notinput}.",
    "Kartu vaksin fisik ada, tapi di {app} tidak ada data sama sekali.",
    "Tiket vaksin dan {cert} saya {notyet}, padahal sudah disuntik.",
])
put("dev", "id", "fix_full_name", [
    'Nama saya tertulis "{wrong}", seharusnya "{right}".',
    "Nama di {cert} salah ketik: {wrong}. Nama yang benar {right}.",
    "Mohon perbaiki nama di {cert}, tertulis {wrong} padahal nama saya {right}.",
    "Ejaan nama saya keliru di {cert} ({wrong}), harusnya {right} sesuai KTP.",
    "Nama pada {cert} tidak sesuai KTP. Di {cert}: {wrong}, di KTP: {right}.",
    "Ada kesalahan penulisan nama: {wrong} -> {right}.",
])
put("dev", "id", "fix_birth_date", [
    "Tanggal lahir saya di {cert} tertulis {wrong}, seharusnya {right}.",
    "Tgl lahir di {cert} tidak sesuai, yang benar {right}.",
    "Mohon koreksi tanggal lahir: {wrong} menjadi {right}.",
    "Tanggal lahir di data vaksin saya {wrong} padahal di KTP {right}.",
    "Data kelahiran saya keliru ({wrong}), harusnya {right}.",
    "Ada kesalahan tanggal lahir di {cert} saya, lahir saya {right} bukan {wrong}.",
])
put("dev", "id", "fix_vaccinated_on", [
    "Tanggal vaksin {dose} di {cert} salah, seharusnya {right}.",
    "Di {cert} tertulis vaksin tanggal {wrong}, padahal saya vaksin {right}.",
    "Mohon perbaiki tanggal vaksinasi {dose}: {wrong} menjadi {right}.",
    "Tanggal penyuntikan {dose} tidak sesuai, yang benar {right}.",
    "Saya divaksin {right} tapi {cert} menunjukkan {wrong}.",
    "Tgl vaksin {dose} keliru di {app} ({wrong}).",
])
put("dev", "id", "fix_vaccine", [
    "Jenis vaksin di {cert} tertulis {wrong} padahal saya disuntik {right}.",
    "Vaksin {dose} saya {right}, tapi di {cert} tertulis {wrong}.",
    "Merk vaksin di {cert} keliru, seharusnya {right}.",
    "Mohon perbaiki jenis vaksin {dose}: {wrong} menjadi {right}.",
    "Di {app} vaksin saya tercatat {wrong}, yang benar {right}.",
    "Saya vaksin {right} bukan {wrong}.",
])
put("dev", "id", "fix_nik", [
    "NIK di {cert} beda satu angka dengan KTP saya: tertulis {wrong}, seharusnya {right}.",
    "NIK yang tercantum di {cert} {wrong}, padahal NIK saya {right}.",
    "Mohon perbaiki NIK pada data vaksin saya dari {wrong} menjadi {right}.",
    "Ada salah ketik NIK di {cert}: {wrong}. NIK asli {right}.",
    "NIK saya {right}, tapi {cert} keluar atas NIK {wrong}.",
    "Data vaksin saya tercatat dengan NIK {wrong}, itu keliru.",
])
put("dev", "id", "fix_sex", [
    "Jenis kelamin di {cert} tertulis {wrong}, padahal saya {right}.",
    "Di {cert} saya tercatat {wrong}, seharusnya {right}.",
    "Mohon koreksi jenis kelamin saya menjadi {right}.",
    "Kolom jenis kelamin keliru ({wrong}).",
    "Saya {right} tapi di data vaksin tertulis {wrong}.",
    "Ada kesalahan data jenis kelamin: {wrong}, yang benar {right}.",
])
put("dev", "id", "phone_changed", [
    "Nomor lama saya {old} {inactive}, sekarang pakai {new}.",
    "Saya sudah ganti nomor. Dulu {old}, sekarang {new}.",
    "HP saya hilang bersama nomor {old}, mohon kirim ke {newnum} {new}.",
    "Nomor yang saya daftarkan waktu vaksin ({old}) {inactive}, {newnum} {new}.",
    "Mohon ganti nomor HP di data vaksin dari {old} ke {new}.",
    "Kartu SIM {old} {inactive}, tolong kirim SMS ke {new}.",
    "Saya sudah tidak pakai nomor {old} lagi, {newnum} {new}.",
])
put("dev", "id", "phone_lost", [
    "HP saya hilang, nomor {old} tidak bisa dipakai lagi. Mohon kirim lewat email saja.",
    "Nomor {old} yang terdaftar sudah tidak aktif, saya belum punya nomor baru.",
])
put("dev", "id", "contact", [
    "Mohon kirim {cert} ke nomor {phone}.", "Nomor HP saya {phone}.", "Silakan hubungi saya di {phone}.",
    "No HP/WA: {phone}", "SMS {cert} tidak pernah masuk ke {phone}.",
    "Saya sudah menunggu SMS di nomor {phone} tapi tidak ada.",
])
put("dev", "id", "duplicate", [
    "{Dose} saya tidak tercatat, padahal sudah vaksin.",
    "Di {app} vaksin kedua saya malah tercatat sebagai {prev}.",
    "Saya punya dua {cert} {prev}, {dose} tidak ada.",
    "Waktu {dose} saya daftar pakai nomor {other}, sepertinya datanya jadi dobel.",
    "Data saya sepertinya ganda, {cert}nya keluar dua kali sebagai dosis pertama.",
    "{Dose} saya terdaftar atas NIK lain.",
])
put("dev", "id", "nik_self", ["NIK saya {nik}.", "NIK: {nik}", "No. KTP {nik}", "Nomor NIK {nik}",
                              "Berikut NIK saya: {nik}", "NIK a.n. {name}: {nik}"])
put("dev", "id", "nik_kk", ["No. KK {kk}, NIK saya {nik}.", "Nomor KK: {kk}\nNIK: {nik}", "KK {kk} / NIK {nik}",
                            "Data saya: KK {kk}, NIK {nik}.", "Nomor kartu keluarga {kk} dan NIK {nik}.",
                            "No KK: {kk}\nNo KTP: {nik}"])
put("dev", "id", "phone_record", [
    "Nomor HP yang terdaftar {phone}.", "Waktu vaksin saya daftar pakai nomor {phone}.",
    "Nomor yang saya pakai saat pendaftaran vaksin: {phone}", "HP terdaftar: {phone}",
    "Saya daftar vaksin dengan nomor {phone}, silakan dicek.", "Data saya bisa dicari pakai nomor {phone}.",
])
put("dev", "id", "when_where", ["Saya vaksin tanggal {when} di {fac}.", "Vaksinnya di {fac} tgl {when}.",
                                "Tempat vaksin {fac}, tanggal {when}.", "Saya disuntik di {fac} pada {when}."])
put("dev", "id", "ob_intro", [
    "Saya menulis untuk {rel}.", "Mohon bantuan untuk {cert} {rel}.", "{Rel} tidak punya email, jadi saya yang mengirim.",
    "Tolong cek data vaksin {rel}.", "Saya mewakili {rel} yang kesulitan memakai HP.", "Ini keluhan {rel}, bukan saya.",
])
put("dev", "id", "ob_nik", ["NIK {relshort}: {nik}", "NIK beliau {nik}.", "Berikut NIK {relshort} {nik}.",
                            "No. KTP {relshort}: {nik}", "NIK atas nama {name}: {nik}", "NIK {name} adalah {nik}."])
put("dev", "id", "ob_generic", [
    "{Cert}nya {notyet} sampai sekarang.", "Beliau belum menerima SMS dari 1199.",
    "Beliau sudah vaksin {dlast} tapi {cert}nya {notyet}.", "{Cert} {relshort} tidak ada di {app}.",
    "Sudah {w} minggu {cert} beliau {notyet}.", "Kami tidak menemukan {cert} beliau.",
])
put("dev", "id", "ob_pending", [
    "Beliau sudah vaksin tanggal {when} di {fac} tapi datanya belum masuk.", "Di {app} beliau masih tercatat belum vaksin.",
    "Data vaksin {relshort} tidak ditemukan.", "Petugas bilang data beliau belum diinput.",
    "Padahal beliau sudah disuntik {dfirst}.", "Status vaksinasi {relshort} masih kosong.",
])
put("dev", "id", "ob_dose", [
    "{Dose} beliau belum tercatat, {prev} sudah.", "{Cert} {dose} {relshort} {notyet}.",
    "Beliau sudah {dose} tanggal {when} tapi yang muncul hanya {prev}.", "Data {dose} beliau belum masuk.",
    "{Dose} {relshort} di {fac} tidak ada di {app}.", "Yang ada cuma {cert} {prev} saja.",
])
put("dev", "id", "ob_contact", ["Nomor saya (anaknya/keluarga) {phone}.", "Bisa hubungi saya di {phone}.",
                                "HP saya {phone}, silakan kalau perlu konfirmasi.", "Kontak saya {phone}.",
                                "Kalau ada yang kurang bisa WA saya ke {phone}.", "Nomor pelapor: {phone}"])
put("dev", "id", "two_self", [
    "NIK saya {nik}. {Rel} (NIK {relnik}) sudah dapat {cert}, tinggal punya saya yang {notyet}.",
    "Punya {rel} dengan NIK {relnik} sudah beres, tapi {cert} saya (NIK {nik}) {notyet}.",
    "Kami berdua vaksin bersama. {Cert} {rel} ({relnik}) sudah ada, milik saya {nik} belum.",
    "NIK {relshort} {relnik} sudah aman. Yang bermasalah NIK saya {nik}.",
    "{Cert} saya {notyet}. NIK saya {nik}; NIK {relshort} {relnik} tidak ada masalah.",
    "Mohon cek NIK saya {nik} saja, untuk {rel} ({relnik}) sudah keluar.",
])
put("dev", "id", "typo_fix", [
    "Maaf, NIK yang saya kirim sebelumnya salah ({bad}). Yang benar {nik}.",
    "Ralat: NIK saya {nik}, bukan {bad} seperti di email sebelumnya.",
    "Kemarin saya salah tulis NIK jadi {bad}, NIK yang benar {nik}.",
    "NIK {bad} itu salah ketik, mohon pakai {nik}.",
    "Koreksi NIK: {nik} (sebelumnya saya tulis {bad}).",
    "Mohon abaikan NIK {bad}; NIK saya yang betul {nik}.",
])
put("dev", "id", "reporter", [
    "Saya {mename} (NIK {menik}) melaporkan untuk {rel} dengan NIK {nik}.",
    "Pelapor: {mename}, NIK {menik}. Yang bermasalah {rel}, NIK {nik}.",
    "Perkenalkan saya {mename}, NIK {menik}. Saya mengurus {cert} {rel} (NIK {nik}).",
    "Data pelapor NIK {menik}. Data {rel}: NIK {nik}.",
    "Saya (NIK {menik}) ingin menanyakan {cert} {rel}, NIK {nik}.",
    "Untuk verifikasi, NIK saya {menik}. {Cert} yang belum keluar milik {rel}: {nik}.",
])
put("dev", "id", "listed", ["Data kami: {aname} {anik} dan {bname} {bnik}.", "NIK keluarga: {anik} ({aname}), {bnik} ({bname}).",
                            "{aname} - {anik}\n{bname} - {bnik}", "Berikut NIK kami berdua: {anik}, {bnik}.",
                            "NIK {aname}: {anik}; NIK {bname}: {bnik}.", "Kami vaksin berdua: {anik} dan {bnik}."])
put("dev", "id", "listed_tail", ["Yang belum dapat {cert} hanya saya.", "Punya saya yang {notyet}.",
                                 "Yang satunya sudah beres, tinggal punya saya.", "{Cert} saya sendiri yang {notyet}.",
                                 "Yang bermasalah hanya milik saya.", "Mohon dicek punya saya."])
put("dev", "id", "fwd_note", ["Mohon dibantu, ini keluhan saya sebelumnya.", "Saya teruskan email saya yang belum dibalas.",
                              "Meneruskan keluhan saya minggu lalu.", "Mohon ditindaklanjuti email di bawah."])
put("dev", "id", "fwd_note_ob", ["Tolong dibantu untuk {rel}.", "Saya teruskan keluhan {rel}.",
                                 "Meneruskan email dari {rel}, mohon dibantu.", "Ini email {rel}, belum ada balasan."])
put("dev", "id", "quote_hdr", ["Pada {date} {oname} <{oemail}> menulis:", "Pada {date} pukul 10.15, {oname} menulis:"])
put("dev", "id", "desk_hdr", ["Pada {date}, Layanan Sertifikat <sertifikat@certdesk.local> menulis:",
                              "Pada {date} Layanan Sertifikat Vaksin menulis:"])
put("dev", "id", "noise_person", ["Mohon dicek juga untuk adik saya NIK {onik}, HP {ophone}.",
                                  "Ini data ibu: NIK {onik}, nomor HP {ophone}. Tolong diurus ya.",
                                  "Punya saya sudah keluar, NIK {onik} nomor {ophone}."])
put("dev", "id", "noise_desk", ["Terima kasih, sertifikat untuk NIK {onik} sudah kami kirim ulang ke {ophone}.",
                                "Data NIK {onik} sudah kami perbarui. Nomor terdaftar {ophone}.",
                                "Sertifikat NIK {onik} sudah aman, nomor {ophone} sudah menerima SMS."])
put("dev", "id", "ask", ["Mohon kirimkan NIK Anda agar kami dapat memeriksa data vaksinasi.",
                         "Mohon lengkapi NIK dan nomor HP yang didaftarkan saat vaksinasi.",
                         "Untuk pengecekan, mohon sebutkan NIK sesuai KTP."])
put("dev", "id", "footer", ["Dikirim dari Yahoo Mail di Android", "Dikirim dari iPhone saya", "Dikirim dari ponsel Samsung"])

# --- dev, English ----------------------------------------------------------------------
put("dev", "en", "greet", ["Hello,", "Dear Sir/Madam,", "Hi,", "Good morning,", "Dear certificate team,", ""])
put("dev", "en", "close", ["Thank you.", "Regards,", "Best regards,", "Thanks,", "Sincerely,"])
put("dev", "en", "subject", ["Certificate not received", "Vaccine certificate missing", "Help with certificate",
                             "No SMS from 1199", "Where is my certificate"])
put("dev", "en", "subject_fix", ["Correction of certificate data", "Wrong data on certificate", "Certificate correction"])
put("dev", "en", "subject_phone", ["Change of phone number", "New mobile number", "SMS not received"])
put("dev", "en", "generic", [
    "My {cert} {notyet} although I was vaccinated on {when}.", "I still haven't received my {cert}.",
    "I got my {dlast} but there is no {cert} in {app}.", "Could you check why I never got the SMS with my {cert}?",
    "It has been {w} weeks and my {cert} is still missing.", "Please help, I cannot find my {cert}.",
])
put("dev", "en", "sms_lost", ["I think I deleted the SMS by mistake.", "I reset my phone and lost all messages.",
                              "Maybe the text arrived but I missed it.",
                              "I changed handsets (same number) and the old messages are gone.",
                              "My inbox was full, so I may have missed it.", "Could you resend the SMS?"])
put("dev", "en", "no_phone", ["I did not give a phone number when I was vaccinated.", "I had no phone at the time.",
                              "Nobody asked for my number at the vaccination site.",
                              "I forgot to fill in my phone number at registration.",
                              "The phone field on my form was left empty.", "I do not have my own mobile number."])
put("dev", "en", "resend", ["I was told my data was corrected but I have not received the new {cert}.",
                            "Please resend my {cert}.", "I need the latest {cert} for travel.",
                            "After the correction no new {cert} arrived.", "Could you send me the {cert}?",
                            "I need the {cert} for my employer."])
put("dev", "en", "dose_pending", [
    "I received my {dose} on {when} but the {cert} {notyet}.", "The {cert} for my {prev} came, but nothing for the {dose}.",
    "The app only shows my {prev}; my {dose} is missing.", "I had the {dose} at {fac} and it is not recorded.",
    "Please update my {dose}, I already got it {w} weeks ago.", "Still waiting for the {cert} of my {dose}.",
])
put("dev", "en", "rec_pending", [
    "I was vaccinated on {when} at {fac} but my record is not in the system at all.",
    "{App} still says I am unvaccinated.", "My vaccination data cannot be found.",
    "My vaccination {notinput} even though I got the {dfirst}.",
    "The facility says my data {notinput} yet.", "I have the paper card but nothing online.",
])
put("dev", "en", "fix_full_name", [
    'My name is written as "{wrong}" but it should be "{right}".',
    "The {cert} has a typo in my name: {wrong} instead of {right}.", "Please correct my name from {wrong} to {right}.",
    "My name on the {cert} is spelled {wrong}; the correct spelling is {right}.",
    "The name doesn't match my KTP ({right}); the {cert} says {wrong}.", "There's an error in my name, it shows {wrong}.",
])
put("dev", "en", "fix_birth_date", [
    "My date of birth on the {cert} is {wrong}, it should be {right}.",
    "The birth date is incorrect: {wrong} instead of {right}.", "Please correct my date of birth to {right}.",
    "My birthday is {right} but the {cert} shows {wrong}.", "The {cert} has an incorrect birth date ({wrong}).",
    "DOB error: the record says {wrong}, my KTP says {right}.",
])
put("dev", "en", "fix_vaccinated_on", [
    "The vaccination date for my {dose} is not right, it should be {right}.",
    "The {cert} says I was vaccinated on {wrong} but it was {right}.",
    "Please correct the date of my {dose} from {wrong} to {right}.", "My {dose} date is incorrect on the {cert}.",
    "I got my {dose} on {right}, not {wrong}.", "Incorrect vaccination date ({wrong}) for the {dose}.",
])
put("dev", "en", "fix_vaccine", [
    "The vaccine type on my {cert} says {wrong} but I received {right}.", "My {dose} was {right}, not {wrong}.",
    "Please correct the vaccine brand from {wrong} to {right}.", "The {cert} lists {wrong} as my vaccine; it was {right}.",
    "Vaccine brand mismatch for the {dose}: {wrong} instead of {right}.", "I was given {right} but {app} shows {wrong}.",
])
put("dev", "en", "fix_nik", [
    "The NIK on my {cert} is off by one digit: {wrong} instead of {right}.",
    "My NIK was recorded as {wrong}; the correct one is {right}.",
    "Please fix the NIK on my vaccination record to {right} (currently {wrong}).",
    "The {cert} shows NIK {wrong}, which is not my ID number ({right}).", "Typo in my NIK: {wrong}.",
    "My ID number on the {cert} has one digit different from my KTP ({right}): {wrong}.",
])
put("dev", "en", "fix_sex", ["The gender on my {cert} says {wrong}, but I am {right}.",
                             "I am registered as {wrong}; it should be {right}.", "Please correct my sex to {right}.",
                             "The sex field is incorrect ({wrong}).", "I'm {right} but the record says {wrong}.",
                             "Gender error on the {cert}: {wrong} instead of {right}."])
put("dev", "en", "phone_changed", [
    "My old number {old} {inactive}; {newnum} {new}.", "I changed my phone number from {old} to {new}.",
    "I lost my phone with the number {old}. Please send it to {new}.",
    "The number registered at vaccination ({old}) {inactive}, {newnum} {new}.",
    "Please update my mobile number: old {old}, new {new}.", "{old} was my previous SIM; {newnum} {new}.",
])
put("dev", "en", "phone_lost", ["I lost my phone, so {old} cannot receive anything. Please email me instead.",
                                "The registered number {old} is disconnected and I have no new one yet."])
put("dev", "en", "contact", ["Please send the {cert} to {phone}.", "My phone number is {phone}.",
                             "You can call me on {phone}.", "Mobile: {phone}", "No SMS ever arrived at {phone}.",
                             "I've been waiting for the text on {phone}."])
put("dev", "en", "duplicate", [
    "My {dose} is not recorded although I got it.", "The app shows my second shot as a {prev}.",
    "I have two {cert}s for the first dose and none for the {dose}.",
    "When I got my {dose} I registered with {other}; I think that created a second record.",
    "It looks like I have a duplicate record.", "My {dose} is under a different record.",
])
put("dev", "en", "nik_self", ["My NIK is {nik}.", "NIK: {nik}", "ID number: {nik}", "my KTP number is {nik}",
                              "Here is my NIK: {nik}", "NIK of {name}: {nik}"])
put("dev", "en", "nik_kk", ["Family card (KK) {kk}, NIK {nik}.", "KK: {kk}\nNIK: {nik}", "KK number {kk}; my NIK is {nik}.",
                            "Family card no. {kk} / NIK {nik}", "My KK is {kk} and my NIK is {nik}.",
                            "KK {kk}\nID {nik}"])
put("dev", "en", "phone_record", ["The number I registered with is {phone}.", "My registered phone is {phone}.",
                                  "I gave {phone} when I was vaccinated.", "Registered mobile: {phone}",
                                  "You can find my record by the number {phone}.", "I signed up with {phone}."])
put("dev", "en", "when_where", ["I was vaccinated on {when} at {fac}.", "Vaccination at {fac} on {when}.",
                                "Place: {fac}, date: {when}.", "I got the shot at {fac} on {when}."])
put("dev", "en", "ob_intro", ["I am writing on behalf of {rel}.", "Please help {rel} with the {cert}.",
                              "{Rel} has no email, so I am writing for them.", "Could you check {rel}'s vaccination record?",
                              "This is about {rel}, not me.", "I'm contacting you for {rel}."])
put("dev", "en", "ob_nik", ["{Relshort}'s NIK: {nik}", "Their NIK is {nik}.", "NIK of {name}: {nik}",
                            "The NIK is {nik}.", "{name} - NIK {nik}", "ID number of {relshort}: {nik}"])
put("dev", "en", "ob_generic", ["The {cert} {notyet}.", "No SMS from 1199 ever came.", "They got the {dlast} but no {cert}.",
                                "There is no {cert} in {app}.", "It has been {w} weeks without a {cert}.",
                                "We can't find the {cert} anywhere."])
put("dev", "en", "ob_pending", ["They were vaccinated on {when} at {fac} but the data is not in yet.",
                                "{App} still lists them as unvaccinated.", "The vaccination record cannot be found.",
                                "The staff said the data has not been entered.", "They already had the {dfirst}.",
                                "The vaccination status is empty."])
put("dev", "en", "ob_dose", ["The {dose} is not recorded, the {prev} is.", "The {cert} for the {dose} {notyet}.",
                             "They had the {dose} on {when} but only the {prev} shows.", "The {dose} data is missing.",
                             "The {dose} at {fac} is not in {app}.", "Only the {prev} {cert} exists."])
put("dev", "en", "ob_contact", ["My number is {phone}.", "You can reach me on {phone}.", "Call me at {phone} if needed.",
                                "Contact: {phone}", "WhatsApp me on {phone} for anything missing.", "Reporter's phone: {phone}"])
put("dev", "en", "two_self", [
    "My NIK is {nik}. {Rel} (NIK {relnik}) already got the {cert}; only mine is missing.",
    "{Rel}'s ({relnik}) is fine, but my {cert} (NIK {nik}) {notyet}.",
    "We were vaccinated together. {Rel}'s {cert} ({relnik}) is there, mine ({nik}) is not.",
    "NIK {relnik} ({relshort}) is sorted. The problem is my NIK {nik}.",
    "My {cert} {notyet}. My NIK is {nik}; {relshort} ({relnik}) has no problem.",
    "Please only check my NIK {nik}; {rel}'s ({relnik}) came through.",
])
put("dev", "en", "typo_fix", ["Sorry, the NIK I sent before was wrong ({bad}). The right one is {nik}.",
                              "Correction: my NIK is {nik}, not {bad} as in my earlier mail.",
                              "Yesterday I mistyped my NIK as {bad}; it is {nik}.", "NIK {bad} was a typo, please use {nik}.",
                              "NIK correction: {nik} (I wrote {bad} before).", "Please ignore NIK {bad}; mine is {nik}."])
put("dev", "en", "reporter", ["I am {mename} (NIK {menik}), reporting for {rel}, NIK {nik}.",
                              "Reporter: {mename}, NIK {menik}. The person concerned is {rel}, NIK {nik}.",
                              "My name is {mename}, NIK {menik}. I'm handling the {cert} of {rel} (NIK {nik}).",
                              "Reporter NIK {menik}. Data of {rel}: NIK {nik}.",
                              "I (NIK {menik}) am asking about {rel}'s {cert}, NIK {nik}.",
                              "For verification my NIK is {menik}. The missing {cert} belongs to {rel}: {nik}."])
put("dev", "en", "listed", ["Our data: {aname} {anik} and {bname} {bnik}.", "Family NIKs: {anik} ({aname}), {bnik} ({bname}).",
                            "{aname} - {anik}\n{bname} - {bnik}", "Here are both our NIKs: {anik}, {bnik}.",
                            "NIK {aname}: {anik}; NIK {bname}: {bnik}.", "We were vaccinated together: {anik} and {bnik}."])
put("dev", "en", "listed_tail", ["Only mine is missing.", "My {cert} {notyet}.", "The other one is fine, only mine.",
                                 "It's my own {cert} that {notyet}.", "The problem is only with mine.", "Please check mine."])
put("dev", "en", "fwd_note", ["Please help, this is my earlier complaint.", "Forwarding my unanswered mail.",
                              "Forwarding my complaint from last week.", "Please follow up on the mail below."])
put("dev", "en", "fwd_note_ob", ["Please help {rel}.", "Forwarding {rel}'s complaint.", "Forwarding a mail from {rel}, please help.",
                                 "This is {rel}'s mail, still no answer."])
put("dev", "en", "quote_hdr", ["On {date} {oname} <{oemail}> wrote:", "On {date} at 10:15, {oname} wrote:"])
put("dev", "en", "desk_hdr", ["On {date}, Certificate Service <sertifikat@certdesk.local> wrote:",
                              "On {date} the Vaccine Certificate Service wrote:"])
put("dev", "en", "noise_person", ["Please also check my sister, NIK {onik}, phone {ophone}.",
                                  "Mum's details: NIK {onik}, mobile {ophone}. Can you sort it?",
                                  "Mine came through already, NIK {onik} number {ophone}."])
put("dev", "en", "noise_desk", ["Thank you, the certificate for NIK {onik} has been resent to {ophone}.",
                                "The data for NIK {onik} has been updated. Registered number {ophone}.",
                                "The certificate for NIK {onik} is fine; {ophone} received the SMS."])
put("dev", "en", "ask", ["Please send us your NIK so we can check your vaccination record.",
                         "Please provide your NIK and the phone number you registered with.",
                         "To check, please give the NIK on your KTP."])
put("dev", "en", "footer", ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy"])
put("dev", "mix", "greet", ["Hi min,", "Halo admin, good morning.", "Dear admin,"])
put("dev", "mix", "close", ["Thanks ya.", "Makasih, regards.", "Thank you banyak."])
put("dev", "mix", "generic", ["Min, my {cert} {notyet} padahal sudah vaksin.", "Sertifikat saya not yet arrived, please cek.",
                              "Sorry min, {cert} saya {notyet} sampai sekarang, please help."])

# --- heldout, Bahasa Indonesia ---------------------------------------------------------
put("heldout", "id", "greet", ["Selamat sore,", "Permisi kak,", "Kepada Yth. Tim Layanan,", "Salam sejahtera,",
                               "Pagi admin,", "Shalom,", ""])
put("heldout", "id", "close", ["Demikian, terima kasih.", "Salam hormat,", "Tabik,", "Matur nuwun.",
                               "Ditunggu kabar baiknya.", "Hatur nuhun."])
put("heldout", "id", "subject", ["Pengaduan: sertifikat tidak terbit", "Minta tolong cek sertifikat", "sertifikat kosong",
                                 "Pertanyaan tentang kartu vaksin", "Laporan kendala sertifikat"])
put("heldout", "id", "subject_fix", ["Permohonan ralat data vaksin", "Revisi identitas di sertifikat", "Data tidak sesuai KTP"])
put("heldout", "id", "subject_phone", ["Update nomor handphone", "Nomor lama sudah mati", "Tidak terima pesan 1199"])
put("heldout", "id", "generic", [
    "Izin bertanya, {cert} punya saya kok {notyet}?",
    "{Dlast} sudah saya jalani {when}, namun {cert}nya {notyet}.",
    "Sampai hari ini saya belum pegang {cert} sama sekali.",
    "Pas dicek di {app}, {cert} saya {notyet}.",
    "Admin, {cert} saya {notyet} padahal sudah {w} minggu.",
    "Saya mengalami kendala: {cert} tidak tersedia atas nama saya.",
    "Pesan dari 1199 tidak pernah sampai, {cert} juga {notyet}.",
    "Bagaimana cara mendapatkan {cert}? Sampai sekarang {notyet}.",
])
put("heldout", "id", "sms_lost", [
    "Pesan dari 1199 kayaknya kehapus waktu bersih-bersih HP.", "Semua SMS lama sudah saya hapus.",
    "HP-nya baru, nomornya masih yang sama, pesan lama tidak ada.", "Mungkin terselip di antara SMS promo.",
    "Anak saya menghapus pesan-pesan di HP tanpa sengaja.", "Pesan dari 1199 sempat masuk tapi link-nya sudah tidak bisa dibuka.",
])
put("heldout", "id", "no_phone", [
    "Pas vaksin massal tidak ada yang minta nomor HP.", "Kolom nomor telepon saya kosong di formulir.",
    "Waktu itu HP saya rusak jadi tidak saya isi.", "Saya vaksin lewat kantor, nomor HP tidak diminta.",
    "Saya jarang pakai handphone jadi tidak mendaftarkan nomor.", "Mungkin nomor saya tidak tercatat saat vaksin.",
])
put("heldout", "id", "resend", [
    "Setelah data saya dibetulkan, {cert} versi baru tidak kunjung datang.", "Bisa minta dikirim lagi {cert}nya?",
    "Saya perlu {cert} paling baru untuk naik pesawat.", "Revisi data katanya selesai, tapi {cert} barunya mana ya?",
    "Minta link {cert} lagi dong.", "{Cert} dibutuhkan untuk pendaftaran sekolah anak.",
])
put("heldout", "id", "dose_pending", [
    "Kenapa {dose} saya tidak terdata ya? {Prev} aman.",
    "Riwayat vaksin saya cuma sampai {prev}, padahal {dose} sudah {when}.",
    "Saya sudah disuntik {dose} di {fac}, tapi {cert} belum terbit.",
    "Untuk {prev} sudah beres, yang {dose} masih {notyet}.",
    "Status di {app} masih belum lengkap, {dose} tidak terbaca.",
    "Tolong dicek min, {dose} saya belum nongol di {app}.",
    "Ikut {dose} tanggal {when}, sampai sekarang belum terekam.",
])
put("heldout", "id", "rec_pending", [
    "Saya cek NIK di {app} hasilnya data tidak ditemukan.",
    "Kata petugas {fac} datanya {notinput}, sudah {w} minggu.",
    "Riwayat vaksin saya kosong melompong, padahal {when} sudah ikut vaksinasi.",
    "Status vaksinasi saya belum terupdate sama sekali.",
    "Saya peserta vaksinasi massal {when} tapi datanya {notinput}.",
    "Hasil pengecekan: belum ada data vaksin untuk NIK saya.",
])
put("heldout", "id", "fix_full_name", [
    "Penulisan nama saya di {cert} kurang tepat, jadi {wrong}. Mestinya {right}.",
    "Tolong ganti nama {wrong} menjadi {right} ya min.",
    "Nama di {cert} beda dengan KTP, {wrong} vs {right}.",
    "Namaku tercetak {wrong}, yang betul {right}.",
    "Nama saya di {app} muncul sebagai {wrong}; nama asli saya {right}.",
    "Mohon revisi nama: dari {wrong} jadi {right}.",
])
put("heldout", "id", "fix_birth_date", [
    "Lahir saya {right}, tapi di {cert} jadi {wrong}.",
    "Tanggal kelahiran yang tercantum {wrong}, tidak sama dengan KTP ({right}).",
    "Min, tanggal lahirku di {app} ketukar jadi {wrong}, yang bener {right}.",
    "Mohon ubah tgl lahir dari {wrong} ke {right}.",
    "Di {cert} umur saya jadi tidak cocok karena tanggal lahir tertulis {wrong}.",
    "Tanggal lahir saya harusnya {right}.",
])
put("heldout", "id", "fix_vaccinated_on", [
    "Jadwal suntik {dose} yang tercatat {wrong}, aslinya {right}.",
    "Waktu vaksin {dose} di {app} beda dengan kartu vaksin saya ({right}).",
    "Mohon ralat tanggal vaksinasi, saya disuntik {right} bukan {wrong}.",
    "Tanggal pelaksanaan vaksin {dose} tercetak {wrong}.",
    "{Dose} saya tercatat tanggal {wrong}, harusnya {right} sesuai kartu.",
    "Tanggalnya ngaco min, {wrong} padahal vaksin {right}.",
])
put("heldout", "id", "fix_vaccine", [
    "Nama vaksin yang tercantum {wrong}, padahal yang disuntikkan {right}.",
    "Produk vaksin {dose} saya tertukar, tercatat {wrong} harusnya {right}.",
    "Kok vaksinnya jadi {wrong}? Saya dapatnya {right}.",
    "Brand vaksin di {cert} tidak sesuai ({wrong}), aslinya {right}.",
    "Mohon ganti keterangan vaksin dari {wrong} ke {right}.",
    "{Dose} saya pakai {right}, di {cert} malah {wrong}.",
])
put("heldout", "id", "fix_nik", [
    "Nomor KTP di {cert} tidak sama dengan KTP asli ({right}); yang tercetak {wrong}.",
    "Satu digit NIK saya tertukar di data vaksin: {wrong} (harusnya {right}).",
    "Petugas keliru input NIK, jadi {wrong}. Yang benar {right}.",
    "NIK di {cert} {wrong}, mohon diganti {right}.",
    "Saat vaksin NIK saya diketik {wrong}, seharusnya {right}.",
    "Digit NIK di {app} ada yang beda: {wrong} vs KTP {right}.",
])
put("heldout", "id", "fix_sex", [
    "Saya ini {right}, kok di {cert} ditulis {wrong}?", "Keterangan jenis kelamin tertukar jadi {wrong}.",
    "Gender saya di {app} keliru, harusnya {right}.", "Mohon ubah data kelamin dari {wrong} ke {right}.",
    "Tercatat sebagai {wrong}, padahal {right}.", "Data gender di {cert} tidak sesuai KTP ({right}).",
])
put("heldout", "id", "phone_changed", [
    "Nomor {old} itu nomor saya yang dulu, {inactive}. Yang dipakai sekarang {new}.",
    "Handphone saya dicuri, jadi nomor {old} {inactive}. Pakai {new} saja.",
    "Kartu perdana {old} {inactive}, {newnum} {new}.",
    "Mohon update no hp: lama {old} / baru {new}.",
    "SMS pasti masuk ke {old}, tapi nomor itu {inactive}. {Newnum} {new}.",
    "Waktu daftar vaksin saya pakai {old}, sekarang nomornya sudah ganti ke {new}.",
])
put("heldout", "id", "phone_lost", [
    "Nomor {old} sudah tidak saya kuasai karena HP hilang, bisa dikirim via email?",
    "Kartu {old} terblokir dan belum saya urus, jadi tolong lewat email.",
])
put("heldout", "id", "contact", [
    "Tolong kirimkan ke WA saya {phone} ya.", "Nomor aktif saya {phone}, belum ada SMS sama sekali.", "Kontak saya: {phone}",
    "Kalau perlu verifikasi bisa telepon {phone}.", "Di HP {phone} tidak ada pesan dari 1199.",
    "HP saya {phone} kok tidak dapat SMS ya?",
])
put("heldout", "id", "duplicate", [
    "Aneh, saya dapat SMS {cert} {prev} dua kali, tapi {dose} tidak pernah.",
    "Riwayat vaksin saya terpecah jadi dua akun.", "Suntikan kedua dicatat sebagai suntikan pertama lagi.",
    "Pas {dose} saya pakai nomor istri ({other}), jadinya tercatat terpisah.",
    "Kayaknya data vaksin saya dobel min, {dose} tidak kebaca.", "Ada dua data vaksinasi atas nama saya.",
])
put("heldout", "id", "nik_self", ["Nomor Induk Kependudukan: {nik}", "NIK (KTP) {nik}", "KTP saya {nik}",
                                  "No induk kependudukan saya {nik}", "Data diri: NIK {nik}", "nik {nik} atas nama {name}"])
put("heldout", "id", "nik_kk", ["Nomor Kartu Keluarga {kk}; NIK pribadi {nik}", "KK: {kk}, KTP: {nik}",
                                "No. KK {kk}\nNomor Induk Kependudukan {nik}", "Kartu keluarga {kk}, nik saya {nik}",
                                "Identitas: KK {kk} - NIK {nik}", "Nomor KK saya {kk}. Nomor KTP {nik}."])
put("heldout", "id", "phone_record", [
    "Dulu daftar vaksin pakai nomor {phone}.", "Nomor HP di data vaksin saya {phone}.",
    "Silakan cari pakai nomor {phone}, itu yang didaftarkan.", "No. telepon saat registrasi: {phone}",
    "Nomor yang tercatat waktu vaksin {phone}.", "Pendaftaran vaksin saya atas nomor {phone}.",
])
put("heldout", "id", "when_where", ["Lokasi vaksin: {fac}, {when}.", "Disuntik {when} di {fac}.",
                                    "Ikut vaksinasi di {fac} hari {when}.", "Vaksinasinya {when}, lokasi {fac}."])
put("heldout", "id", "ob_intro", [
    "Izin mewakili {rel}.", "Ini soal {cert} punya {rel}, bukan punya saya.", "{Rel} minta tolong saya kirim email ke sini.",
    "Keluhan ini untuk {rel}.", "Saya bantu {rel} yang tidak bisa pakai email.", "Saya mengurus {cert} atas nama {rel}.",
])
put("heldout", "id", "ob_nik", ["Nomor KTP {relshort}: {nik}", "NIK yang bersangkutan {nik}", "Identitas {relshort} NIK {nik}",
                                "nik {relshort} {nik} ya", "Atas nama {name} dengan NIK {nik}.", "KTP beliau: {nik}"])
put("heldout", "id", "ob_generic", [
    "Sampai sekarang {cert} beliau {notyet}.", "Beliau tidak pernah dapat pesan dari 1199.",
    "{Relshort} sudah {dlast} tapi {cert} {notyet}.", "Di {app} punya {relshort} kosong.",
    "Sudah lewat {w} minggu, {cert} beliau belum ada kabar.", "Kami sudah cari-cari {cert} beliau tapi tidak ketemu.",
])
put("heldout", "id", "ob_pending", [
    "Beliau ikut vaksin di {fac} {when}, tapi datanya belum terekam.", "Status {relshort} di {app} masih belum vaksin.",
    "Riwayat vaksin beliau kosong.", "Kata puskesmas data {relshort} belum diupload.",
    "Beliau sudah disuntik {dfirst}, tapi tidak tercatat.", "Hasil cek data vaksin {relshort}: tidak ditemukan.",
])
put("heldout", "id", "ob_dose", [
    "{Prev} beliau ada, {dose} tidak ada.", "{Relshort} sudah {dose} {when}, tapi tidak terdata.",
    "Yang terekam baru {prev}, {dose} beliau belum.", "{Dose} {relshort} belum masuk ke {app}.",
    "Beliau sudah ikut {dose} di {fac}, datanya belum keluar.", "Riwayat beliau berhenti di {prev}.",
])
put("heldout", "id", "ob_contact", ["Nomor yang bisa dihubungi (saya): {phone}", "Silakan kontak saya di {phone}.",
                                    "WA saya {phone}.", "Telepon saya saja di {phone}.", "HP pelapor {phone}",
                                    "Kalau ada pertanyaan, nomor saya {phone}."])
put("heldout", "id", "two_self", [
    "{Cert} {rel} sudah terbit (NIK {relnik}), punya saya sendiri NIK {nik} masih {notyet}.",
    "NIK {relshort}: {relnik} - sudah beres. NIK saya: {nik} - belum.",
    "Saya dan {rel} vaksin di tempat yang sama; {relnik} sudah ada, {nik} (saya) belum.",
    "Yang perlu dicek NIK saya {nik}. {Rel} ({relnik}) sudah aman.",
    "Cuma punya saya yang {notyet}. NIK saya {nik}, sedangkan {relshort} {relnik} sudah.",
    "Tolong cek atas nama saya, NIK {nik}; {rel} NIK {relnik} tidak ada kendala.",
])
put("heldout", "id", "typo_fix", [
    "Mohon maaf, di email tadi NIK saya kurang tepat ({bad}). Seharusnya {nik}.",
    "Revisi: NIK yang benar {nik}, bukan {bad}.", "Tadi saya ketik {bad}, keliru. NIK saya {nik}.",
    "NIK {bad} itu bukan punya saya, salah ketik. Yang benar {nik}.",
    "Pembetulan NIK: {nik} (sebelumnya tertulis {bad}).", "NIK saya {nik}. Yang {bad} tolong diabaikan.",
])
put("heldout", "id", "reporter", [
    "Nama saya {mename}, NIK {menik}, keluarga dari {rel} (NIK {nik}).",
    "Identitas pelapor: {mename} / {menik}. Yang bersangkutan: {rel} / {nik}.",
    "Saya {mename} ({menik}) menanyakan status {cert} {rel} bernomor NIK {nik}.",
    "Pengirim: NIK {menik}. Untuk {rel}: NIK {nik}.",
    "Saya sendiri NIK {menik}, sedangkan {rel} NIK {nik} yang {cert}nya {notyet}.",
    "NIK saya {menik} sebagai penanggung jawab. Mohon cek {rel}, NIK {nik}.",
])
put("heldout", "id", "listed", ["Identitas kami: {aname} ({anik}) dan {bname} ({bnik}).", "{anik} a.n. {aname}\n{bnik} a.n. {bname}",
                                "Kami berdua: {aname} NIK {anik}, {bname} NIK {bnik}.", "NIK: {anik} / {bnik}",
                                "{aname}: {anik}. {bname}: {bnik}.", "Ada dua NIK, {anik} dan {bnik}."])
put("heldout", "id", "listed_tail", ["Yang satu sudah dapat, yang punya saya belum.", "Tinggal milik saya yang {notyet}.",
                                     "Yang bermasalah atas nama saya sendiri.", "Punya saya saja yang tolong dicek.",
                                     "Hanya {cert} saya yang belum ada.", "Mohon fokus ke data saya."])
put("heldout", "id", "fwd_note", ["Email ini belum ada tanggapan, saya kirim lagi.", "Saya kirim ulang keluhan saya.",
                                  "Ini email saya yang kemarin, mohon direspons.", "Meneruskan pesan saya ke alamat yang benar."])
put("heldout", "id", "fwd_note_ob", ["Mohon bantuannya untuk {rel}, email aslinya di bawah.", "Keluhan {rel}, saya teruskan.",
                                     "{Rel} minta saya meneruskan ini.", "Mohon dibaca email {rel} di bawah ini."])
put("heldout", "id", "quote_hdr", ["Pada tanggal {date}, {oname} <{oemail}> menulis:",
                                   "-----Pesan Asli-----\nDari: {oname} <{oemail}>\nTerkirim: {date}"])
put("heldout", "id", "desk_hdr", ["-----Pesan Asli-----\nDari: Layanan Sertifikat <sertifikat@certdesk.local>\nTerkirim: {date}",
                                  "Pada tanggal {date}, Tim Layanan Sertifikat <sertifikat@certdesk.local> menulis:"])
put("heldout", "id", "noise_person", ["NIK {onik} punya kakak saya sudah beres, nomornya {ophone}. Terima kasih.",
                                      "Tolong juga untuk tetangga saya NIK {onik} (HP {ophone}).",
                                      "Data bapak mertua: {onik}, hp {ophone}."])
put("heldout", "id", "noise_desk", ["Kami informasikan sertifikat atas NIK {onik} sudah terkirim ke {ophone}.",
                                    "NIK {onik} / {ophone} sudah kami verifikasi.",
                                    "Permohonan untuk NIK {onik} sudah selesai, notifikasi dikirim ke {ophone}."])
put("heldout", "id", "ask", ["Agar dapat kami proses, mohon balas dengan NIK sesuai KTP.",
                             "Silakan balas email ini dengan menyertakan NIK serta nomor handphone.",
                             "Kami memerlukan NIK Bapak/Ibu untuk melakukan pengecekan."])
put("heldout", "id", "footer", ["Dikirim dari Gmail untuk Android", "Dikirim dari perangkat Huawei saya", "Dikirim via Outlook"])

# --- heldout, English ------------------------------------------------------------------
put("heldout", "en", "greet", ["Good afternoon,", "Hi there,", "To whom it may concern,", "Dear support team,", "Hey,", ""])
put("heldout", "en", "close", ["Many thanks.", "Kind regards,", "Cheers,", "Yours faithfully,", "Thanks in advance."])
put("heldout", "en", "subject", ["Complaint: no certificate issued", "Vaccination card problem", "Missing vax cert",
                                 "Question about my certificate", "Nothing received after vaccination"])
put("heldout", "en", "subject_fix", ["Request to amend my data", "Incorrect details on vaccination card", "Data mismatch with KTP"])
put("heldout", "en", "subject_phone", ["Updating my mobile", "Old SIM disconnected", "Never got the 1199 text"])
put("heldout", "en", "generic", [
    "Where can I get my {cert}? Nothing has shown up so far.", "I was jabbed on {when} and there's still no {cert} for me.",
    "No sign of my {cert} in {app} after {w} weeks.", "Hi team, my {cert} {notyet}.",
    "I'm missing my {cert}; nothing on {app} and no text message either.",
    "Kindly look into my {cert}; it hasn't been issued to me as far as I can tell.",
])
put("heldout", "en", "sms_lost", ["The text may have been wiped when I cleaned up my phone.",
                                  "Got a new phone, kept my number, but old texts didn't transfer.",
                                  "It probably got buried among promo messages.", "My kid cleared my messages.",
                                  "I did get a link once but it no longer opens.", "Please send the link again."])
put("heldout", "en", "no_phone", ["At the mass vaccination nobody took my number.", "My form had the phone field blank.",
                                  "My handset was broken back then, so I left the number out.",
                                  "I was vaccinated through work and they never asked for a mobile.",
                                  "I rarely use a mobile so I didn't register one.", "Maybe my number never got recorded."])
put("heldout", "en", "resend", ["After my data was fixed, the updated {cert} never reached me.", "Can I have the {cert} sent again?",
                                "I need the most recent {cert} to board a flight.", "The correction is done apparently, so where's the new {cert}?",
                                "Mind sending me the link to the {cert} once more?", "The {cert} is needed for my child's school enrolment."])
put("heldout", "en", "dose_pending", [
    "Got my {dose} at {fac} on {when}, yet {app} still lists only the {prev}.",
    "My record seems stuck at the {prev} even though I've had the {dose}.", "The {dose} I took isn't showing anywhere.",
    "Why is my {dose} not in the system?", "{App} says I'm not up to date but I had the {dose} on {when}.",
    "Only the {prev} {cert} exists; the {dose} one {notyet}.",
])
put("heldout", "en", "rec_pending", [
    "Looking up my NIK returns 'data not found'.", "Nothing at all shows up for my vaccination from {when}.",
    "The clinic tells me my jab {notinput}.", "My vaccination history is blank.",
    "I attended the mass vaccination at {fac} but I'm not registered as vaccinated.", "The system has no trace of my shot.",
])
put("heldout", "en", "fix_full_name", [
    "Could you fix the spelling of my name? It reads {wrong}, should read {right}.",
    "My name got mangled on the {cert}: {wrong}. It's {right}.",
    "{App} shows my name as {wrong}; that's not how it's spelled ({right}).",
    "The {cert} misprints my name ({wrong} vs {right} on my ID).",
    "Name on record: {wrong}. Name on KTP: {right}. Please update.", "I need my name changed from {wrong} to {right}.",
])
put("heldout", "en", "fix_birth_date", [
    "I was born on {right}, not {wrong} as the {cert} states.", "The {cert} lists {wrong} as my birthday, which is incorrect.",
    "Can you update my DOB from {wrong} to {right}?", "Birthdate mismatch: {app} shows {wrong}.",
    "Someone typed my birth date as {wrong}; correct is {right}.", "My age is off on the {cert} because the birthdate reads {wrong}.",
])
put("heldout", "en", "fix_vaccinated_on", [
    "The jab date recorded for my {dose} ({wrong}) doesn't match my card ({right}).",
    "{App} shows my {dose} on {wrong}; I actually had it on {right}.", "The date of my {dose} needs fixing to {right}.",
    "A mistaken date is recorded for the {dose}: it says {wrong}.", "My {dose} happened on {right} but your system has {wrong}.",
    "Could you amend the date of the {dose}? Should be {right}.",
])
put("heldout", "en", "fix_vaccine", [
    "{App} has me down as having had {wrong}, but the shot was {right}.",
    "The product name for my {dose} is off; it should say {right}.", "Recorded vaccine {wrong} is not what I got ({right}).",
    "They put {wrong} on the {cert}; my card says {right}.", "Please amend the manufacturer: {right}, not {wrong}.",
    "My {dose} shows up as {wrong}.",
])
put("heldout", "en", "fix_nik", [
    "The ID number printed on the {cert} ({wrong}) doesn't match my KTP {right}.",
    "A digit of my NIK got mistyped at the clinic, it's stored as {wrong}.", "Record has NIK {wrong}; mine is {right}.",
    "Could you correct my KTP number to {right}? The {cert} says {wrong}.",
    "The vaccination data was entered under {wrong} by mistake; my real NIK is {right}.",
    "NIK mismatch between the {cert} ({wrong}) and my ID card ({right}).",
])
put("heldout", "en", "fix_sex", ["I'm {right}, yet the {cert} has me as {wrong}.", "My sex got recorded as {wrong}.",
                                 "Gender on {app} is off, should be {right}.", "Please switch the gender from {wrong} to {right}.",
                                 "Listed as {wrong} although I am {right}.", "The gender doesn't match my KTP ({right})."])
put("heldout", "en", "phone_changed", [
    "I don't have access to {old} anymore; {newnum} {new}.",
    "My phone got stolen, so anything sent to {old} is gone. Reach me on {new}.",
    "The SIM {old} {inactive}, {newnum} {new}.", "Could you replace {old} with {new} on my record?",
    "Texts go to {old}, which {inactive}; {newnum} {new}.", "I registered with {old} but have since moved to {new}.",
])
put("heldout", "en", "phone_lost", ["{old} went with my stolen phone; email is the only way to reach me for now.",
                                    "The SIM {old} is blocked and I haven't replaced it, please use email."])
put("heldout", "en", "contact", ["Text me at {phone} please.", "Reach me via WhatsApp on {phone}.", "The number I use is {phone}.",
                                 "Nothing from 1199 on {phone}.", "Phone contact: {phone}", "My handphone {phone} never got anything."])
put("heldout", "en", "duplicate", [
    "I got two texts for the {prev} and none for the {dose}.", "My vaccination history seems split across two accounts.",
    "The second jab was logged as a first jab again.", "I used my husband's number ({other}) for the {dose}, now it's separate.",
    "There appear to be two entries for me.", "My {dose} ended up on another profile.",
])
put("heldout", "en", "nik_self", ["National ID (NIK) {nik}", "KTP no. {nik}", "My identity number: {nik}", "NIK -> {nik}",
                                  "ID (KTP): {nik}", "{name}, NIK {nik}"])
put("heldout", "en", "nik_kk", ["Family card number {kk}; personal NIK {nik}", "KK no. {kk} - NIK {nik}",
                                "Household card {kk}\nNational ID {nik}", "KK: {kk}, KTP: {nik}",
                                "My family card is {kk}, my own NIK {nik}.", "Identity: KK {kk} / NIK {nik}"])
put("heldout", "en", "phone_record", ["I signed up for the vaccine using {phone}.", "The mobile on my vaccination data is {phone}.",
                                      "Search by {phone}, that's the registered one.", "Phone at registration: {phone}",
                                      "The number recorded when I was vaccinated is {phone}.", "Registration was under {phone}."])
put("heldout", "en", "when_where", ["Location: {fac}, {when}.", "Jabbed on {when} at {fac}.", "I went to {fac} on {when}.",
                                    "Vaccination took place on {when}, venue {fac}."])
put("heldout", "en", "ob_intro", ["Writing for {rel}, who isn't comfortable with email.", "Asking on behalf of {rel}.",
                                  "{Rel} asked me to reach out about the {cert}.", "The issue concerns {rel}.",
                                  "I'm helping {rel} sort out the {cert}.", "Sending this for {rel}."])
put("heldout", "en", "ob_nik", ["Their KTP number: {nik}", "NIK of the person concerned: {nik}", "{Relshort}'s ID {nik}",
                                "ID no. {nik} ({relshort})", "Name {name}, NIK {nik}.", "KTP: {nik}"])
put("heldout", "en", "ob_generic", ["There's still no {cert} for them.", "They never got a text from 1199.",
                                    "{Relshort} had the {dlast} but the {cert} {notyet}.", "Nothing under their name on {app}.",
                                    "{w} weeks later, still nothing.", "We've searched everywhere for their {cert}."])
put("heldout", "en", "ob_pending", ["They got vaccinated at {fac} on {when} but nothing was recorded.",
                                    "{App} shows them as not vaccinated.", "Their vaccination history is empty.",
                                    "The clinic says the data hasn't been uploaded.", "They had the {dfirst} but it isn't recorded.",
                                    "Looking them up returns nothing."])
put("heldout", "en", "ob_dose", ["The {prev} is there, the {dose} is not.", "{Relshort} had the {dose} on {when} but it isn't recorded.",
                                 "Only the {prev} is recorded so far.", "The {dose} hasn't reached {app}.",
                                 "They attended the {dose} at {fac}, but no data yet.", "Their record stops at the {prev}."])
put("heldout", "en", "ob_contact", ["Best number for me: {phone}", "Feel free to ring me on {phone}.", "My WhatsApp: {phone}",
                                    "Phone me at {phone}.", "Reporter phone {phone}", "Questions? I'm on {phone}."])
put("heldout", "en", "two_self", [
    "{Rel}'s {cert} was issued (NIK {relnik}); mine, NIK {nik}, {notyet}.",
    "NIK {relnik} ({relshort}) is done. My NIK {nik} is not.",
    "{Rel} and I went together; {relnik} is fine, {nik} (me) isn't.", "The one to check is my NIK {nik}. {Rel} ({relnik}) is fine.",
    "Only mine is missing. I'm {nik}, {relshort} is {relnik} and already sorted.",
    "Please look up my record, NIK {nik}; {rel} (NIK {relnik}) has no issue.",
])
put("heldout", "en", "typo_fix", ["Apologies, I gave the wrong NIK earlier ({bad}). It should be {nik}.",
                                  "Update: the correct NIK is {nik}, not {bad}.", "I typed {bad} before, my mistake. NIK is {nik}.",
                                  "{bad} isn't mine, it was a typo. Use {nik}.", "Amended NIK: {nik} (previously written {bad}).",
                                  "My NIK is {nik}. Disregard {bad}."])
put("heldout", "en", "reporter", ["I'm {mename}, NIK {menik}, family of {rel} (NIK {nik}).",
                                  "Reporter: {mename} / {menik}. Person concerned: {rel} / {nik}.",
                                  "I, {mename} ({menik}), am asking about the {cert} of {rel}, NIK {nik}.",
                                  "Sender: NIK {menik}. For {rel}: NIK {nik}.",
                                  "I'm NIK {menik}; {rel}, NIK {nik}, is the one whose {cert} {notyet}.",
                                  "My NIK {menik} as the responsible person. Please check {rel}, NIK {nik}."])
put("heldout", "en", "listed", ["Our IDs: {aname} ({anik}) and {bname} ({bnik}).", "{anik} for {aname}\n{bnik} for {bname}",
                                "Both of us: {aname} NIK {anik}, {bname} NIK {bnik}.", "NIKs: {anik} / {bnik}",
                                "{aname}: {anik}. {bname}: {bnik}.", "Two NIKs, {anik} and {bnik}."])
put("heldout", "en", "listed_tail", ["One of us got it, I didn't.", "Just mine {notyet}.", "The issue is under my own name.",
                                     "Only mine needs checking.", "Only my {cert} is missing.", "Please focus on my data."])
put("heldout", "en", "fwd_note", ["No reply to this yet, sending again.", "Resending my complaint.",
                                  "This is my mail from yesterday, please respond.", "Forwarding my message to the right address."])
put("heldout", "en", "fwd_note_ob", ["Please assist {rel}, original below.", "{Rel}'s complaint, forwarded.",
                                     "{Rel} asked me to pass this on.", "Please read {rel}'s mail below."])
put("heldout", "en", "quote_hdr", ["On {date}, {oname} <{oemail}> wrote:",
                                   "-----Original Message-----\nFrom: {oname} <{oemail}>\nSent: {date}"])
put("heldout", "en", "desk_hdr", ["-----Original Message-----\nFrom: Certificate Service <sertifikat@certdesk.local>\nSent: {date}",
                                  "On {date}, the Certificate Helpdesk <sertifikat@certdesk.local> wrote:"])
put("heldout", "en", "noise_person", ["NIK {onik} for my brother is sorted, his number is {ophone}. Thanks.",
                                      "Please also help my neighbour, NIK {onik} (phone {ophone}).",
                                      "Father-in-law: {onik}, mobile {ophone}."])
put("heldout", "en", "noise_desk", ["We confirm the certificate for NIK {onik} was sent to {ophone}.",
                                    "NIK {onik} / {ophone} verified.",
                                    "The request for NIK {onik} is complete; a notification went to {ophone}."])
put("heldout", "en", "ask", ["So that we can process this, please reply with the NIK on your KTP.",
                             "Please reply including your NIK and mobile number.", "We need your NIK to look into this."])
put("heldout", "en", "footer", ["Sent from Gmail for Android", "Sent from my Huawei", "Get Outlook for iOS"])
put("heldout", "mix", "greet", ["Hello kak,", "Pagi team,", "Hi admin, selamat siang."])
put("heldout", "mix", "close", ["Thx ya.", "Tengkyu, salam.", "Regards, trims."])
put("heldout", "mix", "generic", ["Kak, my {cert} masih belum ada nih, sudah {w} weeks.",
                                  "Sorry ganggu, {cert} saya still missing.", "Help dong, {cert} {notyet} until now."])

# --- fresh, Bahasa Indonesia -----------------------------------------------------------
# Written after the rules had been tuned on `dev` and looked at against `heldout`: formal
# letters, WhatsApp spelling, Jakarta slang, a Javanese or Sundanese greeting, some shouting.
put("fresh", "id", "greet", ["Selamat malam,", "Met pagi min,", "Kepada Bapak/Ibu petugas yang terhormat,",
                             "Sugeng enjing, nyuwun sewu,", "Punten admin,", "Halo kak, permisi nggih,", "Siang min", ""])
put("fresh", "id", "close", ["Matur suwun sanget.", "Suwun nggih.", "Mkasih bnyk min", "Hormat kami,", "Salam sehat,",
                             "Ditunggu ya min, makasih.", "Terima kasih atas kerja samanya."])
put("fresh", "id", "subject", ["sertif vaksin gak keluar2", "Permohonan penerbitan sertifikat vaksin",
                               "TOLONG SERTIFIKAT VAKSIN SAYA", "Tanya: bukti vaksin tidak ada di aplikasi",
                               "Sertifikat vaksinasi belum diterima", "keluhan vaksin"])
put("fresh", "id", "subject_fix", ["Salah data di sertif vaksin", "Permohonan pembetulan identitas pada sertifikat",
                                   "data sertif gak cocok", "PERBAIKAN DATA VAKSINASI"])
put("fresh", "id", "subject_phone", ["Ganti no hp utk sertifikat", "Permohonan perubahan nomor telepon",
                                     "no lama udh mati", "SMS 1199 gak pernah sampe"])
put("fresh", "id", "generic", [
    "Sy udh {dlast} tgl {when} tp {cert} {notyet} smp skrg.",
    "Dengan ini saya sampaikan bahwa {cert} atas nama saya hingga saat ini {notyet}, walaupun saya telah mengikuti vaksinasi.",
    "Gue udah vaksin dari {when}, kok {cert} gue {notyet} ya?",
    "Min, {cert} sy kok {notyet} di {app}? Udh {w} minggu lho.",
    "Sudah saya telusuri di {app}, hasilnya {cert} saya {notyet}; SMS pun tidak pernah datang.",
    "{w} MINGGU NUNGGU {cert} TAPI {notyet}, TOLONG DICEK!!",
    "Mau tanya min, {cert} sy kagak ada di {app} padahal udh divaksin.",
    "Dari {when} sampai sekarang sy nunggu {cert}, tp {notyet}.",
    "Sudah ikut vaksin di {fac}, namun {cert} belum saya dapatkan.",
])
put("fresh", "id", "sms_lost", [
    "Kayaknya SMS-nya kebuang pas sy hapus2 pesan lama.", "HP saya sempat diinstal ulang, isi pesan lenyap semua.",
    "Ada SMS masuk dari 1199 waktu itu, tp gak sengaja kehapus.", "Memori HP penuh, pesan-pesan lama otomatis terhapus.",
    "Mungkin SMS-nya udah dateng tp sy gak ngeh.", "Pesan-pesan di HP dibersihkan cucu saya, jadi SMS itu hilang.",
])
put("fresh", "id", "no_phone", [
    "Waktu vaksin sy gk kasih nomor HP krn gk punya.", "Saat pendaftaran, nomor telepon tidak saya cantumkan.",
    "Dulu vaksinnya didaftarin pak RT, nomor HP sy gak dimasukin.",
    "Saya vaksin di sekolah dan hanya diminta NIK, tanpa nomor HP.",
    "Saya sudah sepuh, tidak pegang HP, jadi dulu tidak ada nomor yang didaftarkan.",
    "Pas daftar cuma ngasih KTP, nomor hp gak ditanyain sama sekali.",
])
put("fresh", "id", "resend", [
    "Data sy udh dibenerin katanya, tp {cert} versi revisinya blm sampe ke sy.",
    "Mohon dikirimkan kembali {cert} yang sudah diperbarui.",
    "{Cert} terakhir diperlukan untuk syarat umroh, mohon dikirim.",
    "Habis ada perbaikan data, {cert} yang baru nggak pernah nongol di HP sy.",
    "Tolong kirim lagi link {cert} sy dong min.",
    "Kantor minta {cert} versi paling update, bisa dikirim ulang?",
    "Saya dapat info batch vaksin saya sudah diupdate, tapi {cert} barunya belum masuk.",
])
put("fresh", "id", "dose_pending", [
    "{Prev} sy udh tercatat, tp {dose} tgl {when} blm muncul di {app}.",
    "Saya telah menerima {dose} pada {when} di {fac}, namun hingga kini belum terdata.",
    "Di {app} cuma ada {prev}, padahal {dose} udah dari {w} minggu lalu.",
    "Gue udah {dose} di {fac}, tp statusnya mentok di {prev}.",
    "Mohon dicek data {dose} saya, sebab yang tampil hanya {prev}.",
    "{Dose} sy tanggal {when} nggak nyangkut di sistem, yg kebaca baru {prev}.",
    "SUDAH {dose} TAPI {cert}NYA BELUM KELUAR, {prev} ADA.",
    "Mohon maaf, untuk {dose} yang saya jalani di {fac} belum ada {cert}nya, sedangkan {prev} sudah.",
])
put("fresh", "id", "rec_pending", [
    "Pas NIK sy dimasukin ke {app} keluarnya 'belum vaksin', padahal sy udh disuntik {when}.",
    "Sejak vaksin di {fac} tanggal {when}, catatan vaksin saya {notinput}.",
    "Sy udh {dfirst} tp nama sy sama sekali gk ada di data vaksinasi.",
    "Udah {w} minggu tp data vaksin gue kagak ada, kata petugas {notinput}.",
    "Saya memegang kartu vaksin kertas dari {fac}, tetapi secara online tidak ada data apa pun.",
    "Riwayat vaksin di {app} masih nol, seolah-olah saya belum pernah divaksin.",
    "MOHON DICEK, DATA VAKSIN SAYA TIDAK ADA PADAHAL SUDAH DISUNTIK {when}",
])
put("fresh", "id", "fix_full_name", [
    "Nama sy di {cert} salah huruf, tertulis {wrong}, yg bener {right}.",
    "Dengan hormat, terdapat kekeliruan penulisan nama pada {cert} saya: {wrong}. Nama sesuai KTP adalah {right}.",
    "Namaku kok jadi {wrong} ya min? Harusnya {right}.",
    "Nama yang tercetak {wrong}, mohon diganti jadi {right} biar sama dgn paspor.",
    "Nama lengkap saya {right}, bukan {wrong}.",
    "Di {app} nama gue ketulis {wrong}, padahal nama gue {right}.",
    "Tolong nama {wrong} dibetulkan, sesuai akta namanya {right}.",
])
put("fresh", "id", "fix_birth_date", [
    "Tgl lahir sy berubah jd {wrong} di {cert}, aslinya {right}.",
    "Mohon berkenan membetulkan tanggal lahir saya yang tercatat {wrong}; yang benar {right} sesuai akta kelahiran.",
    "Lahir gue {right}, di {app} malah {wrong}.",
    "Tanggal lahir di {cert} tidak cocok dengan KTP ({right}).",
    "Kelahiran saya tercatat {wrong}, mohon disesuaikan menjadi {right}.",
    "Tahun/bulan lahir saya ngaco di {cert}: {wrong}. Yg bener {right}.",
    "TANGGAL LAHIR SALAH!! {wrong} harusnya {right}",
])
put("fresh", "id", "fix_vaccinated_on", [
    "Tgl {dose} sy di {cert} ketulis {wrong}, padahal sy disuntik {right}.",
    "Tanggal pelaksanaan {dose} pada {cert} kurang tepat; seharusnya {right}.",
    "Sy {dose} tanggal {right}, bukan {wrong} seperti di {app}.",
    "Tanggal {dose} tolong diganti jd {right} ya, yg sekarang {wrong}.",
    "Penyuntikan {dose} sy bukan {wrong}, cek aja kartu vaksinnya.",
    "Di {cert} tanggal {dose} saya {wrong}, padahal di kartu vaksin tertulis {right}.",
    "Tanggal vaksinnya meleset, {dose} gue tuh {right}.",
])
put("fresh", "id", "fix_vaccine", [
    "Untuk {dose} sy disuntik {right}, tp di {cert} ketulis {wrong}.",
    "Jenis vaksin pada {dose} saya tercatat {wrong}, sedangkan yang saya terima adalah {right}.",
    "Kok di {app} merek vaksinnya {wrong}? Gue dapetnya {right}.",
    "Keterangan vaksin di {cert} salah, harusnya {right}.",
    "Saya menerima {right} untuk {dose}, bukan {wrong}; mohon disesuaikan.",
    "{Dose} ketulis {wrong}, padahal di kartu vaksin sy {right}.",
    "Vaksin yg sy dapet {right}, bukan {wrong}!!",
])
put("fresh", "id", "fix_nik", [
    "NIK di {cert} ketulis {wrong}, NIK sy yg asli {right}.",
    "Terdapat kesalahan satu angka pada NIK di {cert} saya, tercatat {wrong} padahal di KTP {right}.",
    "NIK gue salah input jadi {wrong}, harusnya {right}.",
    "Mohon NIK {wrong} pada data vaksinasi saya dibetulkan menjadi {right}.",
    "Data vaksin sy nyangkut di NIK {wrong}, padahal NIK sy {right}.",
    "Angka NIK di {app} beda dgn e-KTP: {wrong} (KTP: {right}).",
    "NIK SAYA BUKAN {wrong}!! yang benar {right}",
])
put("fresh", "id", "fix_sex", [
    "Jenis kelamin sy di {cert} malah {wrong}, padahal sy {right}.",
    "Pada {cert} saya tercantum jenis kelamin {wrong}; mohon diubah menjadi {right}.",
    "Gue {right} tapi di {app} ditulis {wrong}, lucu banget.",
    "Kelamin di data vaksin kebalik, harusnya {right}.",
    "Masa saya dicatat {wrong}, saya kan {right}.",
    "Tolong ganti jenis kelamin di {cert}, yg bener {right}.",
])
put("fresh", "id", "phone_changed", [
    "No HP lama sy {old} {inactive}, {newnum} {new}.",
    "Nomor yang dulu didaftarkan ({old}) {inactive}. Mohon diganti dengan {new}.",
    "Gue udah ga pake {old} lagi, skrg pake {new}.",
    "Nomor {old} {inactive}, jadi SMS sertifikat tdk pernah sampai. Nomor baru saya {new}.",
    "Mohon perkenan memperbarui nomor telepon saya dari {old} menjadi {new}.",
    "HP sy dicopet, nomor {old} ikut hilang. {Newnum} {new}.",
    "SIM card {old} {inactive} krn lupa isi pulsa, {newnum} {new}.",
])
put("fresh", "id", "phone_lost", [
    "HP sy dijambret, nomor {old} gk bisa dipake dan blm beli nomor baru. Kirim via email aja ya.",
    "Saya tidak bisa lagi memakai nomor {old} dan belum punya nomor lain; mohon dikirim ke alamat email ini.",
    "Kartu {old} hilang bareng dompet, sementara hubungi sy lewat email saja.",
])
put("fresh", "id", "contact", [
    "No WA sy {phone}, tolong dikirim ke situ.", "Untuk konfirmasi dapat menghubungi saya di nomor {phone}.",
    "HP gue {phone}, SMS dari 1199 kagak pernah masuk.", "Telp/WA: {phone}",
    "Ke nomor {phone} tidak ada kiriman apa pun dari 1199.", "Kirim aja ke {phone} ya min.",
    "Bisa dihubungi di {phone} (WA aktif).",
])
put("fresh", "id", "duplicate", [
    "{Dose} sy malah kecatat sbg {dfirst} lagi.",
    "Untuk {dose} pendaftarannya lewat nomor {other} (punya kantor), mungkin karena itu muncul data baru atas nama saya.",
    "Kenapa ada dua akun vaksin atas nama saya? {Dose} masuk ke akun yang lain.",
    "{Cert} yang keluar malah {dfirst} lagi, padahal itu {dose} saya.",
    "Data sy kayaknya kembar min, {dose} nyasar ke data yg satunya.",
    "Riwayat saya hanya sampai {prev}; {dose} tercatat di data terpisah dengan nomor {other}.",
    "Masa {cert} {dfirst} sy ada dua, {dose} nya kemana?",
])
put("fresh", "id", "nik_self", ["NIK sy {nik}", "Identitas saya, NIK {nik} a.n. {name}.", "nik gue {nik}",
                                "No. NIK/KTP: {nik}", "{name} / NIK {nik}", "Sebagai data, NIK saya {nik}.",
                                "e-KTP: {nik}"])
put("fresh", "id", "nik_kk", ["KK sy {kk}, NIK {nik}", "Nomor KK {kk} (kepala keluarga), NIK saya sendiri {nik}.",
                              "No.KK: {kk} | NIK: {nik}", "Kartu Keluarga no {kk}\nNIK pemohon {nik}",
                              "Data KK {kk}, data KTP {nik}.", "Ini no KK {kk}, kalau NIK sy {nik}."])
put("fresh", "id", "phone_record", [
    "Waktu daftar vaksin sy pake no {phone}.", "Pada saat vaksinasi saya memberikan nomor {phone}.",
    "Cek aja pake no hp {phone}, itu yg didaftarin.", "Registrasi vaksin atas no. {phone}.",
    "Saya tercatat dengan nomor {phone} waktu vaksin.", "Di formulir skrining dulu sy tulis nomor {phone}.",
    "Data sy mestinya nyantol di nomor {phone}.",
])
put("fresh", "id", "when_where", ["Tempat sy vaksin {fac}, waktu itu {when}.", "Vaksinasi dilaksanakan pada {when} bertempat di {fac}.",
                                  "Disuntiknya di {fac} pas {when}.", "Tmpt: {fac}, tgl: {when}", "Tanggal {when}, di {fac}."])
put("fresh", "id", "ob_intro", [
    "Sy nulis ini utk {rel}.", "Perkenankan saya menyampaikan keluhan atas nama {rel}.",
    "{Rel} gaptek, jadi sy yg bantu kirim email.", "Ini soal {cert} {rel} ya min, bukan punya sy.",
    "Mewakili {rel}, saya mau menanyakan {cert}nya.", "Saya diminta {rel} untuk menanyakan ini.",
    "Urusan {cert} {rel} nih min, tolong bantu.",
])
put("fresh", "id", "ob_nik", ["NIK {relshort} {nik}", "Adapun NIK {relshort} adalah {nik}.", "nik nya {nik}",
                              "Atas nama {name}, no KTP {nik}.", "Data {relshort}: {name}, NIK {nik}", "KTP {relshort} no {nik}"])
put("fresh", "id", "ob_generic", [
    "{Cert} {relshort} {notyet} sampe skrg.", "Vaksinasi beliau sudah sampai {dlast}, akan tetapi {cert}nya {notyet}.",
    "Dia ga pernah nerima SMS apa2 dari 1199.", "Di {app} kami cari {cert} {relshort} tp gak ketemu.",
    "Udah {w} minggu lebih, {cert}nya belum ada juga.", "{Relshort} menanyakan terus kapan {cert}nya keluar.",
])
put("fresh", "id", "ob_pending", [
    "{Relshort} udah vaksin {when} di {fac}, tp datanya ga ada di sistem.",
    "Status beliau di {app} tertulis belum divaksinasi.", "Data vaksinasi {relshort} sama sekali belum ada.",
    "Kata petugas {fac}, data beliau {notinput}.", "Padahal {relshort} sudah {dfirst}, tapi riwayatnya kosong.",
    "NIK-nya dimasukin ke {app}, hasilnya nihil.",
])
put("fresh", "id", "ob_dose", [
    "Di {app} {relshort} baru sampai {prev}, {dose}nya belum kebaca.",
    "Beliau menerima {dose} pada {when} di {fac}, namun data tersebut belum tercatat.",
    "{Dose} {relshort} tgl {when} kok ga ada di {app}?", "Yg tampil cuma {cert} {prev}, yg {dose} kagak ada.",
    "Mohon dicek {dose} milik {relshort}; hingga kini yang terdata hanya {prev}.",
    "{Relshort} sudah {dose} {w} minggu lalu tapi belum masuk.",
])
put("fresh", "id", "ob_contact", ["HP sy sbg keluarga: {phone}", "Apabila diperlukan, saya dapat dihubungi di {phone}.",
                                  "WA gue {phone}", "Hubungi sy aja di {phone} ya.",
                                  "Kontak keluarga yg bisa dihubungi: {phone}",
                                  "Kalau perlu data tambahan, telp sy di {phone}."])
put("fresh", "id", "two_self", [
    "{Cert} {rel} (NIK {relnik}) udh keluar, yg blm punya sy, NIK {nik}.",
    "Kami vaksin bareng, tapi cuma {cert} {relshort} ({relnik}) yang terbit. NIK saya {nik} belum.",
    "Punya {relshort} aman ({relnik}), punya gue ({nik}) yg belum.",
    "Mohon yang dicek NIK {nik} (saya), bukan {relnik} milik {rel} karena itu sudah beres.",
    "NIK saya: {nik} -- bermasalah. NIK {relshort}: {relnik} -- sudah ada {cert}nya.",
    "{Rel} udah dapet, NIK-nya {relnik}. Sy sendiri NIK {nik} blm dapet apa2.",
])
put("fresh", "id", "typo_fix", [
    "Maaf min, NIK yg td sy kirim salah ketik ({bad}), yg bener {nik}.",
    "Perlu saya luruskan, NIK {bad} yang saya cantumkan sebelumnya keliru. Mestinya {nik}.",
    "Eh salah, NIK gue {nik}, bukan {bad}.", "NIK {bad} di pesan kemarin typo ya, pakai {nik}.",
    "Ada angka yg ketuker di NIK sebelumnya ({bad}). Ini yg benar: {nik}.",
    "Saya tulis ulang: NIK {nik}. Angka {bad} kemarin itu salah tulis.",
])
put("fresh", "id", "reporter", [
    "Sy {mename}, NIK {menik}, mau nanya {cert} {rel} NIK {nik}.",
    "Yang bertanda tangan di bawah ini, {mename} (NIK {menik}), mengajukan keluhan untuk {rel}, NIK {nik}.",
    "Gue {mename} ({menik}), ini buat {rel}, NIK-nya {nik}.",
    "Dari: {mename} ({menik}) // ybs: {rel}, nik {nik}",
    "NIK pelapor {menik}. Adapun {rel} yang {cert}nya {notyet} ber-NIK {nik}.",
    "Saya mewakili {rel} (NIK {nik}). Data saya sendiri: {mename}, NIK {menik}.",
])
put("fresh", "id", "listed", ["NIK kami: {aname} {anik}, {bname} {bnik}",
                              "Berikut data kami berdua:\n1. {aname} - NIK {anik}\n2. {bname} - NIK {bnik}",
                              "{aname} ({anik}) & {bname} ({bnik})",
                              "Kami sekeluarga vaksin bareng: {anik} ({aname}) sama {bnik} ({bname}).",
                              "NIK {anik} milik {aname}; NIK {bnik} milik {bname}.", "{aname} NIK {anik} / {bname} NIK {bnik}"])
put("fresh", "id", "listed_tail", ["Yg blm keluar cuma punya sy.", "Dari dua itu, cuma punya saya pribadi yg {notyet}.",
                                   "Punya gue doang yg bermasalah.", "Yang lain sudah terbit, kecuali punya saya.",
                                   "Yg kosong {cert} sy pribadi.", "Mohon dicek data saya aja, yg satu lagi udh oke."])
put("fresh", "id", "fwd_note", ["Sy forward lagi email sy sebelumnya, blm ada jawaban.",
                                "Dengan hormat, bersama ini saya teruskan kembali pengaduan saya terdahulu.",
                                "Udah seminggu gak dibales, ini email gue yg kemarin.",
                                "Mohon ditanggapi, berikut pesan saya sebelumnya."])
put("fresh", "id", "fwd_note_ob", ["Ini pesan {rel} sy forward ke sini ya min.", "Bersama ini saya teruskan pengaduan dari {rel}.",
                                   "{Rel} udah kirim email ini tapi gak dibales, tolong dibantu.",
                                   "Tolong bantu {rel}, pesannya ada di bawah."])
put("fresh", "id", "quote_hdr", ["Pada {date}, {oname} <{oemail}> telah menulis:", "{oname} <{oemail}> menulis pada {date}:",
                                 "Tanggal {date}, {oname} menulis:"])
put("fresh", "id", "desk_hdr", ["Pada {date}, Helpdesk Sertifikat Vaksin <sertifikat@certdesk.local> menulis:",
                                "--- Pesan sebelumnya ---\nDari: sertifikat@certdesk.local\nTanggal: {date}",
                                "{date}, sertifikat@certdesk.local menulis:"])
put("fresh", "id", "noise_person", ["Min, sekalian punya suami sy NIK {onik} no {ophone} dicek jg ya.",
                                    "Untuk ayah saya sudah aman, NIK {onik}, HP {ophone}.",
                                    "Titip data om gue: {onik} / {ophone}."])
put("fresh", "id", "noise_desk", ["Untuk NIK {onik}, sertifikat telah diterbitkan ulang dan dikirim ke nomor {ophone}.",
                                  "Nomor HP untuk NIK {onik} sudah kami ubah menjadi {ophone}.",
                                  "Pengaduan NIK {onik} telah kami tutup; SMS sudah diterima di {ophone}."])
put("fresh", "id", "ask", ["Mohon informasikan NIK yang tertera di KTP Anda.",
                           "Bapak/Ibu, tanpa NIK dan no. ponsel waktu vaksin kami belum bisa mengecek.",
                           "Data belum dapat kami cek karena NIK belum dicantumkan."])
put("fresh", "id", "footer", ["Dikirim dari Xiaomi saya", "Dikirim dari ponsel OPPO", "Dikirim dari Yahoo Mail untuk iPhone",
                              "Dikirim dari Mail untuk Windows"])

# --- fresh, English (Indonesians abroad, expatriate spouses, office English) -----------
put("fresh", "en", "greet", ["Greetings,", "Dear Ministry of Health,", "Hello there team,", "Good evening,",
                             "Dear Madam/Sir,", "Hiya,", ""])
put("fresh", "en", "close", ["With thanks,", "Warm regards,", "Thank you kindly.", "Respectfully,", "Appreciate it,", "Best,"])
put("fresh", "en", "subject", ["Vaccination certificate not showing", "Still waiting for my COVID certificate",
                               "URGENT - no vaccine certificate", "Request for vaccination certificate",
                               "No certificate in PeduliLindungi", "vaccine cert issue"])
put("fresh", "en", "subject_fix", ["Error in my vaccination record", "Please amend certificate details",
                                   "Incorrect information on my COVID certificate"])
put("fresh", "en", "subject_phone", ["My phone number has changed", "Please update my contact number",
                                     "Lost SIM - vaccine certificate"])
put("fresh", "en", "generic", [
    "I had my {dlast} on {when} and still no {cert} has come through.",
    "My {cert} {notyet}, despite my having been vaccinated.",
    "I'm currently working overseas and need my {cert}, but it {notyet}.",
    "Can you tell me why {app} shows no {cert} for me? I was vaccinated {w} weeks ago.",
    "Been {w} weeks since my jab - no {cert}, no SMS, nothing.",
    "I'm studying abroad and can't find my {cert} anywhere in {app}.",
    "WHERE IS MY {cert}?? I got vaccinated at {fac} and heard nothing since.",
])
put("fresh", "en", "sms_lost", [
    "I might have accidentally swiped the SMS away.", "My phone was wiped after a software update, so old texts are gone.",
    "A message from 1199 did come in a while ago but I can't find it now.",
    "My storage was full and older SMS got auto-deleted.",
    "I have a feeling the text came while I was travelling and I overlooked it.",
    "I moved my SIM to a new handset and the old SMS stayed on the old one.",
])
put("fresh", "en", "no_phone", [
    "I didn't have a local SIM when I was vaccinated, so no number was given.",
    "No phone number was put down on my registration.", "I was vaccinated at my office and only my NIK was taken.",
    "I'm elderly and don't own a mobile, so none was registered.",
    "The volunteers who registered me never wrote a number down.",
    "Back then the whole family used one phone, and it wasn't mine, so I left it out.",
])
put("fresh", "en", "resend", [
    "My details were amended recently, but the corrected {cert} hasn't come through.",
    "Would it be possible to get the {cert} sent over again?", "I need the updated {cert} for my visa application.",
    "I heard my vaccine batch number was updated, but no new {cert} has reached me.",
    "Please send me the latest version of my {cert}.",
    "The university abroad wants the most current {cert}, so I'd like it resent.",
])
put("fresh", "en", "dose_pending", [
    "My {prev} is on record, but the {dose} I had on {when} isn't.",
    "I received my {dose} at {fac} {w} weeks ago and {app} still doesn't show it.",
    "Only my {prev} appears; the {dose} {notyet}.",
    "Could you add my {dose}? The {cert} only covers up to the {prev}.",
    "My {dose} from {when} seems to have gone missing in the system.",
    "{App} thinks I've only had the {prev}, but I got the {dose} at {fac}.",
])
put("fresh", "en", "rec_pending", [
    "My jab was on {when}, yet you have no record of me whatsoever.",
    "When I enter my NIK in {app}, it says I haven't been vaccinated.", "My vaccination at {fac} {notinput}.",
    "It's been {w} weeks since my {dfirst} and my data still isn't there.",
    "I hold a paper vaccination card but have no digital record at all.",
    "The vaccination centre said my details {notinput}.",
])
put("fresh", "en", "fix_full_name", [
    "You've spelt my name {wrong}; my KTP says {right}.", "The {cert} reads {wrong} - my actual name is {right}.",
    "Please change the name on my record to {right}; at the moment it's {wrong}.",
    "My passport says {right}, so the {cert} showing {wrong} is a problem for travel.",
    "Wrong name on {app}: {wrong}. Correct: {right}.", "There is a spelling error in my name - it should be {right}.",
])
put("fresh", "en", "fix_birth_date", [
    "They've put my birthday down as {wrong}; it's actually {right}.",
    "The DOB on my {cert} ({wrong}) doesn't match my passport ({right}).",
    "My KTP gives {right} as my birth date, please align the record.", "I was born {right}, yet {app} has {wrong}.",
    "My birth date is wrong on the {cert}.", "Date of birth error - should be {right}, not {wrong}.",
])
put("fresh", "en", "fix_vaccinated_on", [
    "My {dose} is dated {wrong} on the {cert}, but the injection was on {right}.",
    "Wrong date for my {dose} - should read {right}.",
    "According to my vaccination card the {dose} was given on {right}; {app} says {wrong}.",
    "The {dose} date needs changing to {right}, it currently reads {wrong}.",
    "There's a mix-up with the date of my {dose}.", "{Dose} date on file: {wrong}. Real date: {right}.",
])
put("fresh", "en", "fix_vaccine", [
    "My {dose} was with {right}, but the {cert} says {wrong}.",
    "The {cert} names the wrong vaccine ({wrong}); I got {right}.",
    "Please change the vaccine on my {dose} to {right}.",
    "I was injected with {right} for the {dose}, but {app} records {wrong}.",
    "Vaccine listed: {wrong}. Vaccine received: {right}.", "The brand recorded for my {dose} is incorrect.",
])
put("fresh", "en", "fix_nik", [
    "Somebody keyed my NIK in as {wrong} - on my KTP it's {right}.",
    "The {cert} was issued under NIK {wrong}, but my KTP number is {right}.",
    "One digit is wrong in my NIK: {wrong} should be {right}.",
    "The vaccination record carries {wrong} as my NIK, which isn't what my ID card says.",
    "My ID number appears as {wrong} in {app}.", "NIK on file {wrong} vs NIK on my e-KTP {right}.",
])
put("fresh", "en", "fix_sex", [
    "The {cert} says I'm {wrong}, which I'm not - I'm {right}.", "My record lists me as {wrong} by mistake.",
    "Could you change my gender on the record? I am {right}.", "{App} has registered me as {wrong}.",
    "The gender field is wrong; I am {right}, not {wrong}.",
    "Apparently I'm {wrong} according to my {cert} :) I am {right}.",
])
put("fresh", "en", "phone_changed", [
    "I no longer use {old}; {newnum} {new}.", "{old} {inactive}. {Newnum} {new}.",
    "When I moved back from abroad I got a new SIM ({new}); the old one, {old}, {inactive}.",
    "Kindly update my contact number to {new}; the old one was {old}.",
    "My old SIM {old} {inactive}, so please send to {new}.", "I've switched providers and {old} {inactive}; {newnum} {new}.",
])
put("fresh", "en", "phone_lost", [
    "My phone was stolen along with {old}, and I don't have a new number yet - please reply by email.",
    "I can't use {old} any more and haven't got another number; email works best.",
    "I'm abroad and {old} has been suspended; please contact me via email only.",
])
put("fresh", "en", "contact", ["Happy for you to send it to {phone}.", "My WhatsApp number is {phone}.", "Tel. {phone}",
                               "Not a single text from 1199 has reached {phone}.",
                               "Feel free to call {phone} if you need more details.", "I'm reachable on {phone} (WhatsApp too)."])
put("fresh", "en", "duplicate", [
    "My {dose} was registered as another {dfirst} under a separate record.",
    "It seems I have two profiles - the {dose} is on the other one.",
    "I gave a different number ({other}) when booking the {dose}, and now that jab sits under a separate profile.",
    "Instead of a {cert} for my {dose}, I got another one for the {dfirst}.",
    "My record appears to be duplicated.",
    "My main record ends at the {prev}; the {dose} was logged on a second profile with {other}.",
])
put("fresh", "en", "nik_self", ["NIK (national ID): {nik}", "For reference, my NIK: {nik}", "e-KTP number {nik}",
                                "{name} - ID no. {nik}", "My Indonesian ID (NIK) is {nik}.", "NIK = {nik}"])
put("fresh", "en", "nik_kk", ["KK (family card): {kk}; NIK: {nik}", "Family registration (KK) no. {kk} - my ID {nik}.",
                              "KK {kk} | NIK {nik}", "Kartu Keluarga {kk}\nMy NIK {nik}", "Household KK {kk}; NIK (me) {nik}.",
                              "KK no {kk}, individual NIK {nik}."])
put("fresh", "en", "phone_record", ["I registered for the jab with {phone}.",
                                    "The number on my vaccination registration should be {phone}.",
                                    "Try searching under {phone}; that's the number I used.", "Number used at sign-up: {phone}",
                                    "I put down {phone} on the screening form.", "When I booked my vaccination I gave {phone}."])
put("fresh", "en", "when_where", ["It was at {fac}, on {when}.", "{fac} was where I was vaccinated, on {when}.",
                                  "Date/place: {when}, {fac}", "My injection was given at {fac} ({when})."])
put("fresh", "en", "ob_intro", ["This message concerns the {cert} of {rel}.", "I've been asked by {rel} to contact you for them.",
                                "I'm following up for {rel}, who is not very tech-savvy.",
                                "I'd like to raise an issue with {rel}'s vaccination.", "On behalf of {rel}:",
                                "To be clear, I'm asking about {rel} here."])
put("fresh", "en", "ob_nik", ["{Relshort}'s ID number is {nik}.", "{name}, national ID {nik}", "Their KTP/NIK number: {nik}",
                              "NIK ({relshort}) {nik}", "ID details: {name} / {nik}", "The NIK we have for {relshort} is {nik}."])
put("fresh", "en", "ob_generic", ["{Relshort} still hasn't received a {cert}.", "They've had the {dlast} yet the {cert} {notyet}.",
                                  "No SMS from 1199 has reached them.", "Their {cert} doesn't appear in {app}.",
                                  "We've been waiting {w} weeks for their {cert}.",
                                  "I've tried {app} for them but no {cert} is there."])
put("fresh", "en", "ob_pending", ["{Relshort} got the injection on {when} at {fac}, yet there is no vaccination data.",
                                  "According to {app}, {relshort} has never been vaccinated - which is wrong.",
                                  "No vaccination record exists for them.", "The puskesmas told us their data {notinput}.",
                                  "{Relshort} definitely got the {dfirst}; the system just doesn't know about it.",
                                  "Searching their NIK brings up no vaccination at all."])
put("fresh", "en", "ob_dose", ["{Relshort}'s {prev} is recorded but the {dose} is missing.",
                               "They received the {dose} on {when} at {fac}, but it hasn't been logged.",
                               "{App} shows only their {prev}.", "The {dose} for {relshort} {notyet}.",
                               "They're missing the {dose} on their record - it was {w} weeks ago.",
                               "Their {cert} covers the {prev} only, not the {dose}."])
put("fresh", "en", "ob_contact", ["You can contact me (family member) at {phone}.", "My mobile: {phone}",
                                  "Please call or WhatsApp me on {phone}.", "I'm the contact person: {phone}",
                                  "Reach me, not them, at {phone}.", "Contact number (mine): {phone}"])
put("fresh", "en", "two_self", [
    "{Rel} received a {cert} without trouble ({relnik}), whereas for me ({nik}) it {notyet}.",
    "We were jabbed on the same day, yet only {relshort}'s {cert} ({relnik}) came through - mine, {nik}, didn't.",
    "It's only my NIK {nik} that has the problem; {relshort}'s {relnik} is OK.",
    "{relnik} belongs to {rel} and is sorted. Mine, {nik}, is still outstanding.",
    "My NIK: {nik} (missing). {Rel}: {relnik} (received).",
    "Please leave {rel}'s NIK {relnik} aside, that one is done - mine, {nik}, is the problem.",
])
put("fresh", "en", "typo_fix", ["Oops - {bad} was a slip of the finger last time. Correct NIK: {nik}.",
                                "Please note: earlier I typed {bad} by mistake - my NIK is actually {nik}.",
                                "Small correction - it's {nik}, not {bad}.",
                                "The NIK {bad} in my previous email has a typo. Go with {nik} instead.",
                                "I got a digit wrong earlier ({bad}). My actual NIK is {nik}.",
                                "Re-sending my correct NIK: {nik} (the earlier {bad} was wrong)."])
put("fresh", "en", "reporter", ["My name is {mename} (NIK {menik}) and I'm enquiring for {rel}, whose NIK is {nik}.",
                                "Submitted by {mename} (NIK {menik}); the patient is {rel}, NIK {nik}.",
                                "I, {mename}, NIK {menik}, am the family contact for {rel}; their NIK is {nik}.",
                                "From: {mename} / NIK {menik}. Concerning: {rel} / NIK {nik}.",
                                "{Rel}'s NIK is {nik} - that's who has the problem. Mine, for your records, is {menik}.",
                                "{mename} here (NIK {menik}) - this is regarding {rel}, NIK {nik}, and their {cert}."])
put("fresh", "en", "listed", ["NIKs: {aname} {anik}; {bname} {bnik}.", "1) {aname}, {anik}\n2) {bname}, {bnik}",
                              "{aname} / {anik} and {bname} / {bnik}",
                              "ID numbers for us both: {aname} = {anik}, {bname} = {bnik}.",
                              "{anik} is {aname}, {bnik} is {bname}.",
                              "We got vaccinated as a pair: {aname} ({anik}) and {bname} ({bnik})."])
put("fresh", "en", "listed_tail", ["Mine is the one missing.", "One of those is fine; the issue is mine.",
                                   "Everything's fine except mine.", "Only my record needs looking at.",
                                   "Could you look into mine specifically?", "The other person's {cert} arrived; mine hasn't."])
put("fresh", "en", "fwd_note", ["Following up on my email below, which hasn't been answered.",
                                "Re-forwarding my original complaint.", "Sending this again as I haven't heard back.",
                                "See my earlier message below - any update?"])
put("fresh", "en", "fwd_note_ob", ["Forwarding on behalf of {rel}.", "Below is {rel}'s original email - can you help?",
                                   "{Rel} wrote to you earlier without a reply; passing it on.",
                                   "Please see the message from {rel} underneath."])
put("fresh", "en", "quote_hdr", ["On {date}, {oname} ({oemail}) wrote:", "{oname} <{oemail}> wrote on {date}:"])
put("fresh", "en", "desk_hdr", ["On {date}, Vaccine Cert Support <sertifikat@certdesk.local> wrote:",
                                "--- Previous message ---\nFrom: sertifikat@certdesk.local\nDate: {date}"])
put("fresh", "en", "noise_person", ["Could you check my cousin too? NIK {onik}, mobile {ophone}.",
                                    "My husband's is sorted - NIK {onik}, number {ophone}.",
                                    "Adding my uncle's details: {onik} / {ophone}."])
put("fresh", "en", "noise_desk", ["The certificate linked to NIK {onik} has been reissued to {ophone}.",
                                  "We have updated the mobile number for NIK {onik} to {ophone}.",
                                  "Case for NIK {onik} closed; the SMS was delivered to {ophone}."])
put("fresh", "en", "ask", ["Could you please tell us the NIK shown on your KTP?",
                           "We are unable to check without your NIK - please reply with it and your registered mobile.",
                           "Kindly share your NIK and we will look up your record."])
put("fresh", "en", "footer", ["Sent from Yahoo Mail on Android", "Sent from my Xiaomi", "Sent from Mail for Windows",
                              "Sent from my iPad"])
put("fresh", "mix", "greet", ["Halo min, good afternoon.", "Hi kak, permisi.", "Dear min,", "Morning min,"])
put("fresh", "mix", "close", ["Thanks a lot ya min.", "Makasih, best regards.", "Tks ya, cheers.", "Thank you, salam sehat."])
put("fresh", "mix", "generic", ["Min, udah {w} weeks tapi my {cert} {notyet}, please check.",
                                "Sorry to bother, {cert} sy kok {notyet} ya? Already vaccinated.",
                                "Hi admin, I already vaksin tapi {cert} {notyet}, tolong dibantu.",
                                "Please help min, {cert} gue {notyet}, need it asap."])

SEX_WORDS = {"dev": {"id": {"M": ["laki-laki"], "F": ["perempuan"]}, "en": {"M": ["male"], "F": ["female"]}},
             "heldout": {"id": {"M": ["pria", "cowok"], "F": ["wanita", "cewek"]}, "en": {"M": ["a man"], "F": ["a woman"]}},
             "fresh": {"id": {"M": ["lelaki", "cowo"], "F": ["cewe", "prempuan"]},
                       "en": {"M": ["a guy", "a male"], "F": ["a lady", "a female"]}}}

# The pools written apart from the rules (tests/bench/triage_pool_<name>.py), filed
# under their names in every table.
for _name, _module in POOL_FILES.items():
    for _table, _own in ((T, _module.T), (FILL, _module.FILL), (DOSE, _module.DOSE), (REL, _module.REL),
                         (VAXNAME, _module.VAXNAME), (SLANG, _module.SLANG), (SEX_WORDS, _module.SEX_WORDS)):
        _table[_name] = _own

CAUSES = ["record_pending", "phone_missing", "phone_mismatch", "sms_delivered", "data_error", "duplicate_record",
          "certificate_available"]

# scenario -> weight (per 100 mails)
SCENARIOS = {
    "dose_pending": 10, "record_pending": 7, "data_error": 16, "phone_changed": 7, "phone_other": 5,
    "two_nik_self": 3, "nik_typo_fixed": 3, "two_nik_reporter": 3, "two_nik_sender": 2, "on_behalf": 8,
    "phone_missing": 6, "sms_delivered": 8, "certificate_available": 5, "duplicate_record": 5, "by_email": 4,
    "by_phone": 4, "kk_noise": 4,
}
FIELDS = [("full_name", 5), ("birth_date", 3), ("vaccinated_on", 3), ("vaccine", 3), ("nik", 2), ("sex", 1)]

PH = re.compile(r"\{(\w+)\}")
WORD = re.compile(r"[A-Za-z]{4,}")


def check_pools_disjoint():
    """No multi-word phrase (template, filler, dose, relative, vaccine or sex word) may be in
    two pools; every pool has every key of every other pool."""
    def phrases(pool):
        out = set()
        for lang in T[pool].values():
            for items in lang.values():
                out.update(s for s in items if " " in s.strip())
        for lang in FILL[pool].values():
            for items in lang.values():
                out.update(s for s in items if " " in s.strip())
        for lang in DOSE[pool].values():
            for items in lang.values():
                out.update(s for s in items if " " in s.strip())
        for lang in REL[pool].values():
            out.update(r[0] for r in lang if " " in r[0])
        for names in VAXNAME[pool].values():
            out.update(s for s in names if " " in s.strip())
        for lang in SEX_WORDS[pool].values():
            for words in lang.values():
                out.update(s for s in words if " " in s.strip())
        return out
    pools = sorted(T)
    for table in (FILL, DOSE, REL, VAXNAME, SLANG, SEX_WORDS):
        assert sorted(table) == pools, f"pools {sorted(table)} != {pools}"
    got = {pool: phrases(pool) for pool in pools}
    for i, a in enumerate(pools):
        for b in pools[i + 1:]:
            both = got[a] & got[b]
            assert not both, f"phrases in both {a} and {b}: {sorted(both)[:10]}"
            for lang in ("id", "en", "mix"):
                assert set(T[a][lang]) == set(T[b][lang]), (a, b, lang, set(T[a][lang]) ^ set(T[b][lang]))
            for lang in ("id", "en"):
                assert set(FILL[a][lang]) == set(FILL[b][lang]), (a, b, lang)
                assert set(DOSE[a][lang]) == set(DOSE[b][lang]) == {1, 2, 3}, (a, b, lang)
                assert set(SEX_WORDS[a][lang]) == set(SEX_WORDS[b][lang]) == {"M", "F"}, (a, b, lang)
            assert set(VAXNAME[a]) == set(VAXNAME[b]), (a, b)
    for pool in T:
        for lang in ("id", "en"):
            for key, items in T[pool][lang].items():
                assert len([s for s in items if s]) >= 6 or key in SMALL_KEYS, (pool, lang, key, len(items))


SMALL_KEYS = {"subject", "subject_fix", "subject_phone", "phone_lost", "when_where", "fwd_note", "fwd_note_ob",
              "quote_hdr", "desk_hdr", "noise_person", "noise_desk", "ask", "footer", "close", "greet"}


# ---------------------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------------------

def nik_of(region, district, born, sex, serial):
    day = born.day + (40 if sex == "F" else 0)
    return f"{region}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def nik_valid(s):
    if not re.fullmatch(r"\d{16}", s) or s[:2] not in PROVINCES or s[12:] == "0000":
        return False
    day, month, yy = int(s[6:8]), int(s[8:10]), int(s[10:12])
    if day > 40:
        day -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    for century in (1900, 2000):
        try:
            dt.date(century + yy, month, day)
            return True
        except ValueError:
            pass
    return False


def nik_date(s):
    """(day, month, yy, sex) encoded in a NIK."""
    day, month, yy = int(s[6:8]), int(s[8:10]), int(s[10:12])
    return (day - 40 if day > 40 else day), month, yy, ("F" if day > 40 else "M")


PARTICLES = {"i", "ni", "st", "andi", "cut", "teuku", "t", "luh", "dr", "h", "hj"}
MUHAMMAD = {"m", "muh", "moh", "mhd", "moch", "muhammad", "muhamad", "mohammad", "mohamad", "mochammad"}


def name_key(name):
    """The name's tokens as consonant skeletons (spelling variants of one name share a
    key), without particles such as I/Ni/Andi."""
    out = set()
    for t in re.findall(r"[a-z]+", name.lower()):
        if t in PARTICLES:
            continue
        if t in MUHAMMAD:
            t = "muhammad"
        sk = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", t.replace("dj", "j").replace("oe", "u")))
        out.add(sk or t)
    return frozenset(out)


def given(name):
    """The first name that is not a particle (I Made Arsana -> made)."""
    toks = [t for t in re.findall(r"[a-z]+", name.lower()) if t not in PARTICLES]
    return toks[0] if toks else name.lower()


def names_clash(a, b):
    """Could a matcher take these for the same name? Equal keys, or one inside the other."""
    return bool(a) and bool(b) and (a <= b or b <= a)


class Person:
    __slots__ = ("nik", "name", "birth", "sex", "phone", "email", "doses", "origin", "province", "true", "role",
                 "reissue", "dup_of")

    def record(self):
        return {"nik": self.nik, "full_name": self.name, "birth_date": self.birth.isoformat(), "sex": self.sex,
                "phone": self.phone_on_record(), "email": self.email,
                "doses": [{"dose": d["dose"], "vaccine": d["vaccine"],
                           "date": d["date"].isoformat() if d["date"] else None,
                           "facility": d["facility"], "batch": d["batch"]} for d in self.doses]}

    def phone_on_record(self):
        if not self.phone:
            return None
        nat = self.phone
        style = int(self.nik[-1]) % 4
        return [f"0{nat}", f"+62{nat}", f"62{nat}", f"0{nat[:3]}-{nat[3:7]}-{nat[7:]}"][style]

    def complete(self):
        return [d for d in self.doses if d["date"]]

    def pending(self):
        return [d for d in self.doses if not d["date"]]


class Register:
    def __init__(self, rng):
        self.rng = rng
        self.people = []
        self.niks = set()        # every NIK generated, registered or not
        self.phones = set()      # every mobile generated, registered or not
        self.emails = set()
        self.names_by_birth = collections.defaultdict(list)

    # -- identities --------------------------------------------------------------------
    def origin(self):
        return self.rng.choices(list(ORIGIN_WEIGHT), list(ORIGIN_WEIGHT.values()))[0]

    def province(self, origin):
        homes = ORIGINS[origin][3]
        if self.rng.random() < 0.75:
            if origin == "papua":
                return self.rng.choices(homes, [50, 16, 9, 9, 8, 8])[0]
            return self.rng.choice(homes)
        return self.rng.choices(list(PROVINCE_WEIGHT), list(PROVINCE_WEIGHT.values()))[0]

    def name(self, origin, sex):
        males, females, families, _ = ORIGINS[origin]
        first = self.rng.choice(males if sex == "M" else females)
        unfit = MASCULINE if sex == "F" else FEMININE
        last = self.rng.choice([f for f in families if f not in unfit])
        r = self.rng.random()
        if origin == "jawa" and r < 0.15:
            return self.rng.choice(JAVA_SINGLE[sex])
        if origin in ("muslim", "sunda", "jawa") and r < 0.35:
            # Three-part names are common.
            middle = self.rng.choice(ORIGINS["muslim"][0 if sex == "M" else 1])
            if middle != first and not middle.endswith("."):
                return f"{first} {middle} {last}"
        return f"{first} {last}"

    def new_nik(self, province, born, sex, region=None):
        while True:
            region = region or self.rng.choice(REGENCIES[province])
            serial = self.rng.choice([self.rng.randint(1, 300), self.rng.randint(1, 3000), self.rng.randint(1, 9999)])
            nik = nik_of(region, self.rng.randint(1, 30), born, sex, serial)
            if nik not in self.niks:
                self.niks.add(nik)
                return nik

    def new_phone(self):
        while True:
            nat = self.rng.choice(MOBILE) + "".join(self.rng.choice("0123456789") for _ in range(self.rng.choice([7, 8, 8])))
            if nat not in self.phones:
                self.phones.add(nat)
                return nat

    def new_email(self, name, born):
        parts = [p for p in re.findall(r"[a-z]+", name.lower()) if len(p) > 1] or ["warga"]
        first, last = parts[0], parts[-1]
        while True:
            n = self.rng.randint(1, 999)
            local = self.rng.choice([f"{first}.{last}{n}", f"{first}{last}{born.year % 100:02d}", f"{first}_{n}",
                                     f"{last}.{first}", f"{first}{n}", f"{first[0]}{last}{born.year}",
                                     f"{first}{last[0]}.{n}"])
            addr = f"{local}@{self.rng.choice(MAIL_DOMAINS)}"
            if addr not in self.emails:
                self.emails.add(addr)
                return addr

    def birth(self, lo=1940, hi=2004):
        while True:
            d = dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))
            if not (d.month == 2 and d.day == 29):
                return d

    def name_free(self, name, born):
        key = name_key(name)
        return not any(names_clash(key, other) for other in self.names_by_birth[born])

    def claim_name(self, name, born):
        self.names_by_birth[born].append(name_key(name))

    # -- doses -------------------------------------------------------------------------
    def facility(self):
        return self.rng.choice(FACILITY_KINDS).format(p=self.rng.choice(FACILITY_PLACES))

    def batch(self, brand):
        pre = {"coronavac": "J2021", "biofarma": "BF", "astrazeneca": "CTMAV", "comirnaty": "FG", "moderna": "0",
               "sinopharm": "2021", "sputnik-v": "II", "convidecia": "NCOV", "novavax": "NVX"}[brand]
        return f"{pre}{self.rng.randint(100, 99999)}{self.rng.choice(['', 'A', 'B', 'C'])}"

    def schedule(self, n, born):
        """The doses a person really had: n of them, dated."""
        brand, _, (lo, hi) = self.rng.choices(PRIMARY, [w for _, w, _ in PRIMARY])[0]
        start = dt.date(2021, 1, 14) if born.year < 1962 else dt.date(2021, 3, 1)
        if born.year > 2003:
            start = dt.date(2021, 7, 1)
        d1 = start + dt.timedelta(days=self.rng.randint(0, 270))
        doses = [(1, brand, d1)]
        if n >= 2:
            doses.append((2, brand, d1 + dt.timedelta(days=self.rng.randint(lo, hi))))
        if n >= 3:
            b3 = self.rng.choices([b for b, _ in BOOSTER], [w for _, w in BOOSTER])[0]
            earliest = max(doses[1][2] + dt.timedelta(days=183), dt.date(2022, 1, 12))
            doses.append((3, b3, earliest + dt.timedelta(days=self.rng.randint(0, 150))))
        return doses

    def make_doses(self, real, pending=(), vaccine_unknown=False):
        fac = self.facility()
        out = []
        for no, brand, when in real:
            if self.rng.random() < 0.2:
                fac = self.facility()
            if no in pending:
                out.append({"dose": no, "vaccine": None if vaccine_unknown else brand, "date": None,
                            "facility": fac if self.rng.random() < 0.6 else None, "batch": None, "real": when,
                            "real_brand": brand})
            else:
                out.append({"dose": no, "vaccine": brand, "date": when, "facility": fac, "batch": self.batch(brand),
                            "real": when, "real_brand": brand})
        return out

    # -- people ------------------------------------------------------------------------
    def person(self, state="delivered", n_doses=None, sex=None, origin=None, born=None, email=None, role="subject",
               phone=True, name=None, region=None, register=True):
        """A person in `state`: delivered (all doses done, phone), no_phone, pending_all,
        pending_dose (the last dose pending input), reissued (like delivered, newer version queued)."""
        rng = self.rng
        p = Person()
        p.origin = origin or self.origin()
        p.sex = sex or rng.choice("MF")
        p.role = role
        p.reissue = False
        p.dup_of = None
        if n_doses is None:
            n_doses = rng.choices([1, 2, 3], [12, 58, 30])[0] if state != "pending_dose" else rng.choice([2, 2, 3])
        if state == "pending_dose":
            n_doses = max(2, n_doses)
        for _ in range(200):
            b = born or self.birth(1940, 2004 if n_doses >= 3 else 2006)
            nm = name or self.name(p.origin, p.sex)
            if self.name_free(nm, b):
                break
            if born is not None and name is not None:
                raise RuntimeError("cannot place a fixed name and birth date")
        else:
            raise RuntimeError("no free name")
        p.birth, p.name = b, nm
        p.province = self.province(p.origin) if not region else region[:2]
        p.nik = self.new_nik(p.province, b, p.sex, region)
        p.phone = self.new_phone() if phone and state != "no_phone" else None
        p.email = email
        real = self.schedule(n_doses, b)
        if state == "pending_all":
            if rng.random() < 0.35:
                p.doses = []
                p.true = {"real": real[:1]}
            else:
                k = rng.choice([1, 1, 2])
                p.doses = self.make_doses(real[:k], pending={1, 2}, vaccine_unknown=rng.random() < 0.2)
                p.true = {"real": real[:k]}
        elif state == "pending_dose":
            p.doses = self.make_doses(real, pending={n_doses})
            p.true = {"real": real}
        else:
            p.doses = self.make_doses(real)
            p.true = {"real": real}
        p.reissue = state == "reissued"
        if register:
            self.claim_name(p.name, p.birth)
            self.people.append(p)
        return p

    def duplicate(self, p):
        """A second record for p: the later dose booked under another number became a new dose 1."""
        rng = self.rng
        q = Person()
        q.origin, q.sex, q.birth, q.province, q.role, q.reissue = p.origin, p.sex, p.birth, p.province, "duplicate", False
        q.name = p.name if rng.random() < 0.85 else p.name.upper()
        q.dup_of = p
        q.nik = self.new_nik(p.province, p.birth, p.sex)
        q.phone = self.new_phone()
        q.email = None
        moved = p.doses.pop()  # p keeps dose 1 (and 2 if it had three)
        q.doses = [dict(moved, dose=1, facility=self.facility(), batch=self.batch(moved["vaccine"]))]
        q.true = {"real": []}
        self.claim_name(q.name, q.birth)
        self.people.append(q)
        return q, moved["dose"]


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------

def fmt_nik(rng, s):
    return rng.choice([s, s, s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:6]}.{s[6:12]}.{s[12:]}",
                       f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}", f"{s[:6]} {s[6:12]} {s[12:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}"])


def fmt_phone(rng, nat, pool):
    a, b, c = nat[:3], nat[3:7], nat[7:]
    shapes = [f"0{nat}", f"0{a}-{b}-{c}", f"0{a} {b} {c}", f"+62 {a} {b} {c}", f"+62{nat}", f"62{nat}",
              f"0{a}.{b}.{c}", f"+62 {a}-{b}-{c}", f"0{a}{b} {c}"]
    if pool in POOL_FILES:
        shapes += POOL_FILES[pool].phone_shapes(a, b, c)
    else:
        shapes += {"dev": [f"62-{a}-{b}-{c}", f"(+62) {a} {b} {c}"], "heldout": [f"+62 ({a}) {b}-{c}", f"0 {a} {b} {c}"],
                   "fresh": [f"0{a}-{b}{c}", f"+62 {a}{b}{c}", f"0{a} {b[:2]} {b[2:]} {c}"]}[pool]
    return rng.choice(shapes)


def fmt_landline(rng):
    area = rng.choice(LANDLINE_AREAS)
    num = "".join(rng.choice("0123456789") for _ in range(7 if len(area) == 2 else 6))
    return rng.choice([f"(0{area}) {num[:4]} {num[4:]}", f"0{area}-{num}", f"+62 {area} {num}", f"0{area} {num[:3]} {num[3:]}"])


def fmt_date(rng, d, pool, lang, style=None):
    id_dev = [lambda: f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}", lambda: f"{d.day:02d}-{d.month:02d}-{d.year}",
              lambda: f"{d.day:02d}/{d.month:02d}/{d.year}"]
    en_dev = [lambda: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", lambda: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
              lambda: f"{d.day:02d}/{d.month:02d}/{d.year}"]
    id_held = [lambda: f"{d.day} {MONTHS_ID_SHORT[d.month - 1]} {d.year}", lambda: f"{d.day}/{d.month}/{d.year % 100:02d}",
               lambda: f"{d.day:02d}.{d.month:02d}.{d.year}", lambda: f"{DAYS_ID[d.weekday()]}, {d.day} {MONTHS_ID[d.month - 1]} {d.year}"]
    en_held = [lambda: f"{d.day} {MONTHS_EN_SHORT[d.month - 1]} {d.year}", lambda: d.isoformat(),
               lambda: f"{MONTHS_EN_SHORT[d.month - 1]} {d.day} {d.year}"]
    nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    id_fresh = [lambda: f"{d.day}-{d.month}-{d.year}", lambda: f"{d.day} {MONTHS_ID[d.month - 1].lower()} {d.year}",
                lambda: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", lambda: f"{d.day:02d} - {d.month:02d} - {d.year}"]
    en_fresh = [lambda: f"{d.day}{nth} of {MONTHS_EN[d.month - 1]} {d.year}", lambda: f"{d.day}.{d.month}.{d.year}",
                lambda: f"{d.day:02d}-{MONTHS_EN_SHORT[d.month - 1]}-{d.year}"]
    if pool in POOL_FILES:
        opts = POOL_FILES[pool].date_formats(d, lang)
    else:
        opts = {("dev", "id"): id_dev, ("dev", "en"): en_dev, ("heldout", "id"): id_held, ("heldout", "en"): en_held,
                ("fresh", "id"): id_fresh, ("fresh", "en"): en_fresh}[(pool, lang)]
    return opts[style % len(opts)]() if style is not None else rng.choice(opts)()


def typo(rng, w):
    i = rng.randint(1, len(w) - 2)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


class Writer:
    """Renders templates for one mail: its pool, language, register and typo rate."""

    def __init__(self, rng, pool, lang, informal, typo_rate):
        self.rng, self.pool, self.lang, self.informal, self.typo_rate = rng, pool, lang, informal, typo_rate
        self.skeleton = []       # sentences as written, values left as {slots}
        self.plain = []          # the same before abbreviations and typos
        self.last_template = ""

    def sub_lang(self, key):
        if self.lang != "mix":
            return self.lang
        if key in T[self.pool]["mix"] and self.rng.random() < 0.4:
            return "mix"
        return self.rng.choice(["id", "en"])

    def fill(self, lang, text, values):
        def rep(m):
            side = self.rng.choice(["id", "en"]) if lang == "mix" else lang
            fl, dl = FILL[self.pool][side], DOSE[self.pool][side]
            k = m.group(1)
            low = k[0].lower() + k[1:]
            cap = k[0].isupper()
            if low in fl:
                v = self.rng.choice(fl[low])
            elif low in ("dose", "prev", "dlast", "dfirst") and low in values:
                v = self.rng.choice(dl[values[low]])
            else:
                return m.group(0)
            return v[0].upper() + v[1:] if cap else v
        for _ in range(2):
            text = PH.sub(rep, text)
        return text

    def style(self, lang, text):
        """Abbreviations and typos on the words of the template, never on the values."""
        parts = re.split(r"(\{\w+\})", text)
        out = []
        for part in parts:
            if PH.fullmatch(part):
                out.append(part)
                continue
            if self.informal and lang != "en":
                for word, subs in SLANG[self.pool].items():
                    part = re.sub(rf"\b{word}\b", lambda m: self.rng.choice(subs) if self.rng.random() < 0.7 else m.group(0), part)
                    part = re.sub(rf"\b{word.capitalize()}\b",
                                  lambda m: self.rng.choice(subs).capitalize() if self.rng.random() < 0.7 else m.group(0), part)
            if self.typo_rate:
                part = WORD.sub(lambda m: typo(self.rng, m.group(0)) if self.rng.random() < self.typo_rate and m.group(0) != "1199" else m.group(0), part)
            out.append(part)
        return "".join(out)

    def say(self, key, core=True, **values):
        lang = self.sub_lang(key)
        pool = T[self.pool][lang]
        if key not in pool:
            lang = "id" if lang == "mix" else lang
            pool = T[self.pool][lang]
        t = self.rng.choice(pool[key])
        t = self.fill(lang, t, values)
        if core:
            self.plain.append(t)
        t = self.style(lang, t)
        if core:
            self.skeleton.append(t)
        vals = {k: v for k, v in values.items() if k not in ("dose", "prev", "dlast", "dfirst")}
        vals.update({k[0].upper() + k[1:]: (str(v)[0].upper() + str(v)[1:] if v else v) for k, v in vals.items()})

        def rep(m):
            k = m.group(1)
            if k not in vals:
                raise KeyError(f"{key}: no value for {{{k}}} in {t!r}")
            return str(vals[k])
        self.last_template = t
        return PH.sub(rep, t)

    def lang_of(self, key):
        return "en" if self.lang == "en" else "id"


# ---------------------------------------------------------------------------------------
# Scenarios
# ---------------------------------------------------------------------------------------

class Gen:
    def __init__(self, args):
        self.args = args
        self.pool = args.pool
        self.rng = random.Random(f"{args.seed}-{args.pool}")
        self.reg = Register(self.rng)
        self.mails = []      # (file name, raw)
        self.labels = []
        self.checks = []     # (label row, facts for self_check)
        self.skeletons = collections.defaultdict(set)
        self.plain = collections.defaultdict(set)
        self.first = collections.defaultdict(set)

    # -- small helpers -----------------------------------------------------------------
    def writer(self):
        r = self.rng.random()
        lang = "id" if r < 0.62 else "en" if r < 0.85 else "mix"
        informal = lang != "en" and self.rng.random() < 0.35
        typo_rate = 0.0 if self.rng.random() < 0.55 else self.rng.choice([0.02, 0.04, 0.07])
        return Writer(self.rng, self.pool, lang, informal, typo_rate)

    def base_state(self, allow=("delivered", "pending_all", "pending_dose", "no_phone", "reissued")):
        weights = {"delivered": 40, "pending_all": 12, "pending_dose": 12, "no_phone": 16, "reissued": 14}
        keys = [k for k in weights if k in allow]
        return self.rng.choices(keys, [weights[k] for k in keys])[0]

    @staticmethod
    def cause_of(state):
        return {"delivered": "sms_delivered", "pending_all": "record_pending", "pending_dose": "record_pending",
                "no_phone": "phone_missing", "reissued": "certificate_available"}[state]

    def dose_of(self, p, state):
        return str(p.pending()[-1]["dose"]) if state == "pending_dose" else ""

    def when(self, w, d):
        return fmt_date(self.rng, d, self.pool, w.lang_of("when"))

    def dose_values(self, p):
        real = p.true["real"]
        last = real[-1][0] if real else 1
        return {"dlast": last, "dfirst": 1}

    def state_sentence(self, w, p, state, hint=True):
        """The complaint itself, in the first person, for a person in `state`; with `hint`,
        sometimes a second sentence that fits the state (a deleted SMS, no phone given, …)."""
        rng = self.rng
        dv = self.dose_values(p)
        real = p.true["real"]
        when = self.when(w, real[-1][2]) if real else self.when(w, dt.date(2021, 8, 2))
        fac = (p.doses[-1]["facility"] if p.doses and p.doses[-1]["facility"] else self.reg.facility())
        common = dict(when=when, fac=fac, w=rng.randint(2, 12), **dv)
        out = []
        if state == "pending_dose":
            pend = p.pending()[-1]["dose"]
            out.append(w.say("dose_pending", dose=pend, prev=pend - 1, **common))
        elif state == "pending_all":
            out.append(w.say("rec_pending", **common))
            if hint and rng.random() < 0.4:
                out.append(w.say("when_where", when=when, fac=fac))
        else:
            out.append(w.say("generic", **common))
            if hint and rng.random() < 0.45:
                out.append(w.say({"delivered": "sms_lost", "no_phone": "no_phone", "reissued": "resend"}[state]))
        return out

    def sender_of(self, p, use_record_email=None):
        """(display name, address) for mail written by p."""
        rng = self.rng
        if use_record_email is None:
            use_record_email = p.email is not None and rng.random() < 0.5
        real_name = p.true.get("name", p.name)
        addr = p.email if (use_record_email and p.email) else self.reg.new_email(real_name, p.birth)
        shown = real_name
        r = rng.random()
        if r < 0.15:
            shown = real_name.split()[0]
        elif r < 0.25:
            shown = real_name.upper()
        elif r < 0.3:
            shown = ""
        return shown, addr

    def nik_block(self, w, p, name=None):
        return w.say("nik_self", nik=fmt_nik(self.rng, p.nik), name=name or p.name)

    # -- the scenarios -----------------------------------------------------------------
    def sc_generic(self, kind):
        """sms_delivered, phone_missing, certificate_available: one person, a generic complaint."""
        state = {"sms_delivered": "delivered", "phone_missing": "no_phone", "certificate_available": "reissued"}[kind]
        p = self.reg.person(state, email=None)
        if self.rng.random() < 0.3:
            p.email = self.reg.new_email(p.name, p.birth)
        w = self.writer()
        core = self.state_sentence(w, p, state) + [self.nik_block(w, p)]
        if state == "no_phone" and self.rng.random() < 0.35:
            core.append(w.say("contact", phone=fmt_phone(self.rng, self.reg.new_phone(), self.pool)))
        elif state != "no_phone" and self.rng.random() < 0.3:
            core.append(w.say("contact", phone=fmt_phone(self.rng, p.phone, self.pool)))
        return dict(w=w, subject=p, writer=p, core=core, cause=self.cause_of(state), sig_phone=p.phone,
                    mentioned=[p])

    def sc_dose_pending(self):
        p = self.reg.person("pending_dose")
        w = self.writer()
        core = self.state_sentence(w, p, "pending_dose") + [self.nik_block(w, p)]
        if self.rng.random() < 0.3:
            pend = p.pending()[-1]
            core.append(w.say("when_where", when=self.when(w, pend["real"]), fac=pend["facility"] or self.reg.facility()))
        return dict(w=w, subject=p, writer=p, core=core, cause="record_pending", dose=self.dose_of(p, "pending_dose"),
                    sig_phone=p.phone, mentioned=[p], subject_dose=p.pending()[-1]["dose"])

    def sc_record_pending(self):
        p = self.reg.person("pending_all")
        w = self.writer()
        core = self.state_sentence(w, p, "pending_all") + [self.nik_block(w, p)]
        return dict(w=w, subject=p, writer=p, core=core, cause="record_pending", sig_phone=p.phone, mentioned=[p])

    def sc_duplicate(self):
        p = self.reg.person("delivered", n_doses=self.rng.choice([2, 2, 3]))
        q, moved = self.reg.duplicate(p)
        w = self.writer()
        dv = self.dose_values(p)
        core = [w.say("duplicate", dose=moved, prev=moved - 1, other=fmt_phone(self.rng, q.phone, self.pool), **dv),
                self.nik_block(w, p)]
        return dict(w=w, subject=p, writer=p, core=core, cause="duplicate_record", dose=str(moved), sig_phone=p.phone,
                    mentioned=[p, q], dup=q)

    def sc_data_error(self):
        rng, reg = self.rng, self.reg
        field = rng.choices([f for f, _ in FIELDS], [wt for _, wt in FIELDS])[0]
        p = reg.person("delivered", n_doses=rng.choice([1, 2, 2, 3]))
        w = self.writer()
        lang = w.lang_of("x")
        style = rng.randint(0, 5)
        dose = ""
        quote_name = p.name
        if field == "full_name":
            right = p.name
            wrong = self.misspell(right)
            reg.claim_name(wrong, p.birth)
            p.name = wrong if rng.random() < 0.6 else wrong.upper()
            quote_name = right
            vals = dict(wrong=p.name if rng.random() < 0.7 else wrong, right=right)
            p.true["name"] = right
        elif field == "birth_date":
            right = p.birth
            wrong = self.wrong_date(right, ok=lambda d: reg.name_free(p.name, d))
            p.birth = wrong
            reg.claim_name(p.name, wrong)
            vals = dict(wrong=fmt_date(rng, wrong, self.pool, lang, style), right=fmt_date(rng, right, self.pool, lang, style))
            p.true["birth"] = right
        elif field == "sex":
            right = p.sex
            p.sex = "F" if right == "M" else "M"
            sw = SEX_WORDS[self.pool][lang]
            vals = dict(wrong=rng.choice(sw[p.sex]), right=rng.choice(sw[right]))
            p.true["sex"] = right
        elif field == "vaccinated_on":
            d = rng.choice(p.doses)
            dose = str(d["dose"])
            right = d["date"]
            lo = p.doses[d["dose"] - 2]["date"] + dt.timedelta(days=1) if d["dose"] > 1 else dt.date(2021, 1, 13)
            hi = p.doses[d["dose"]]["date"] - dt.timedelta(days=1) if d["dose"] < len(p.doses) else dt.date(2022, 12, 31)
            try:
                wrong = self.wrong_date(right, lo, hi)
            except RuntimeError:
                # A last booster given after `hi` leaves no candidate: allow a month past it.
                # (Only reached where this used to abort, so runs that worked are unchanged.)
                wrong = self.wrong_date(right, lo, max(hi, right + dt.timedelta(days=30)))
            d["date"] = wrong
            vals = dict(wrong=fmt_date(rng, wrong, self.pool, lang, style), right=fmt_date(rng, right, self.pool, lang, style),
                        dose=d["dose"])
            p.true["vaccinated_on"] = (d["dose"], right)
        elif field == "vaccine":
            d = rng.choice(p.doses)
            dose = str(d["dose"])
            right = d["vaccine"]
            wrong = rng.choice([b for b, _, _ in PRIMARY if b != right])
            d["vaccine"] = wrong
            names = VAXNAME[self.pool]
            vals = dict(wrong=rng.choice(names[wrong]), right=rng.choice(names[right]), dose=d["dose"])
            p.true["vaccine"] = (d["dose"], right)
        else:  # nik: the record carries a NIK one digit off the citizen's real one
            right = p.nik
            wrong = self.one_digit_off(right)
            reg.niks.add(wrong)
            p.nik = wrong
            vals = dict(wrong=fmt_nik(rng, wrong), right=fmt_nik(rng, right))
            p.true["nik"] = right
        if "dose" not in vals:
            vals["dose"] = int(dose or 1)
        core = [w.say(f"fix_{field}", **vals)]
        quotes_wrong = "{wrong}" in w.last_template
        if field != "nik":
            core.append(w.say("nik_self", nik=fmt_nik(rng, p.nik), name=quote_name))
        if rng.random() < 0.5:
            core.append(self.fill_line(w, "fixreq"))
        return dict(w=w, subject=p, writer=p, core=core, cause="data_error", field=field, dose=dose, sig_phone=p.phone,
                    mentioned=[p], display=quote_name, quoted=vals, quotes_wrong=quotes_wrong, subj_key="subject_fix",
                    style=style)

    def fill_line(self, w, key):
        lang = w.lang_of(key)
        s = self.rng.choice(FILL[self.pool][lang][key])
        w.plain.append(s)
        s = w.style(lang, s)
        w.skeleton.append(s)
        return s

    def sc_phone_changed(self):
        rng, reg = self.rng, self.reg
        p = reg.person("delivered")
        w = self.writer()
        new = reg.new_phone()
        old_s, new_s = fmt_phone(rng, p.phone, self.pool), fmt_phone(rng, new, self.pool)
        if rng.random() < 0.12:
            core = [w.say("phone_lost", old=old_s), self.nik_block(w, p)]
            sig = None
        else:
            core = [w.say("phone_changed", old=old_s, new=new_s), self.nik_block(w, p)]
            sig = new if rng.random() < 0.3 else None
        if rng.random() < 0.5:
            core.insert(0, self.state_sentence(w, p, "delivered", hint=False)[0])
        return dict(w=w, subject=p, writer=p, core=core, cause="phone_mismatch", sig_phone=sig, mentioned=[p],
                    subj_key="subject_phone", new_phone=new)

    def sc_phone_other(self):
        rng, reg = self.rng, self.reg
        p = reg.person("delivered")
        w = self.writer()
        new = reg.new_phone()
        core = self.state_sentence(w, p, "delivered", hint=False) + [self.nik_block(w, p)]
        if rng.random() < 0.75:
            core.append(w.say("contact", phone=fmt_phone(rng, new, self.pool)))
            sig = new if rng.random() < 0.3 else None
        else:
            sig = new  # only the signature carries the number
        return dict(w=w, subject=p, writer=p, core=core, cause="phone_mismatch", sig_phone=sig, mentioned=[p],
                    new_phone=new, force_sig=True)

    def relative_pair(self, w):
        """(relative tuple, writer sex/birth constraints)."""
        rel = self.rng.choice(REL[self.pool][w.lang_of("rel")])
        return rel

    def related_people(self, rel, rel_state, writer_in_register, writer_state="delivered"):
        """The relative (the person the mail is about, or not) and the writer."""
        rng, reg = self.rng, self.reg
        _, _, rsex, age = rel
        rsex = rsex or rng.choice("MF")
        origin = reg.origin()
        if age == "older":
            wb, rb = reg.birth(1970, 2002), reg.birth(1940, 1965)
        elif age == "younger":
            wb, rb = reg.birth(1950, 1978), reg.birth(1985, 2004)
        elif age == "sibling":
            wb = reg.birth(1950, 2000)
            rb = reg.birth(max(1940, wb.year - 12), min(2004, wb.year + 12))
        else:
            wb = reg.birth(1955, 1995)
            rb = reg.birth(max(1940, wb.year - 6), min(2004, wb.year + 6))
        relative = reg.person(rel_state, born=rb, sex=rsex, origin=origin)
        wsex = rng.choice("MF")
        if rel[0] in ("suami saya", "my husband", "my hubby"):
            wsex = "F"
        elif rel[0] in ("istri saya", "my wife", "bini saya"):
            wsex = "M"
        # The writer's own name: another first name, the family name shared where that is the custom.
        for attempt in range(400):
            if attempt and attempt % 50 == 0:
                wb = reg.birth(wb.year - 1, wb.year + 1)
            wname = reg.name(origin, wsex)
            in_law = "mertua" in rel[0] or "in-law" in rel[0]
            if origin in FAMILY_NAMES and age != "same" and not in_law and len(wname.split()) > 1 and rng.random() < 0.6:
                wname = " ".join(wname.split()[:-1] + relative.name.split()[-1:])
            if given(wname) != given(relative.name) and wname != relative.name and reg.name_free(wname, wb):
                break
        else:
            raise RuntimeError(f"no name for the writer: {relative.name} {origin} {wsex} {wname}")
        writer = reg.person(writer_state, born=wb, sex=wsex, origin=origin, register=writer_in_register, name=wname)
        return relative, writer

    def sc_on_behalf(self):
        rng, reg = self.rng, self.reg
        w = self.writer()
        rel = self.relative_pair(w)
        state = self.base_state(("delivered", "pending_all", "pending_dose", "no_phone", "reissued"))
        in_reg = rng.random() < 0.45
        relative, writer = self.related_people(rel, state, in_reg)
        if not writer.phone:
            writer.phone = reg.new_phone()
        if in_reg and rng.random() < 0.5:
            writer.email = reg.new_email(writer.name, writer.birth)
        if not in_reg and relative.phone and state != "no_phone" and rng.random() < 0.25:
            # The child registered the parent with the child's own number: no mismatch either way.
            reg.phones.discard(relative.phone)
            relative.phone = writer.phone
        relw, relshort = rel[0], rel[1]
        vals = dict(rel=relw, relshort=relshort)
        forward = rng.random() < 0.2
        if forward:
            # The relative's own (first-person) mail, forwarded by the writer.
            inner_w = Writer(rng, self.pool, w.lang, w.informal, w.typo_rate)
            inner = self.state_sentence(inner_w, relative, state) + [self.nik_block(inner_w, relative)]
            w.skeleton.extend(inner_w.skeleton)
            w.plain.extend(inner_w.plain)
            note = [w.say("fwd_note_ob", **vals)]
            if rng.random() < 0.7:
                note.append(w.say("ob_contact", phone=fmt_phone(rng, writer.phone, self.pool)))
            return dict(w=w, subject=relative, writer=writer, core=note, cause=self.cause_of(state),
                        dose=self.dose_of(relative, state), sig_phone=writer.phone if rng.random() < 0.4 else None,
                        mentioned=[relative, writer], fwd_inner=(relative, inner), behalf=True)
        core = [w.say("ob_intro", **vals)]
        core += self.third_person(w, relative, state, vals)
        core.append(w.say("ob_nik", nik=fmt_nik(rng, relative.nik), name=relative.name, **vals))
        if rng.random() < 0.75:
            core.append(w.say("ob_contact", phone=fmt_phone(rng, writer.phone, self.pool)))
        return dict(w=w, subject=relative, writer=writer, core=core, cause=self.cause_of(state),
                    dose=self.dose_of(relative, state), sig_phone=writer.phone if rng.random() < 0.5 else None,
                    mentioned=[relative, writer], behalf=True)

    def third_person(self, w, p, state, vals):
        rng = self.rng
        dv = self.dose_values(p)
        real = p.true["real"]
        when = self.when(w, real[-1][2]) if real else self.when(w, dt.date(2021, 8, 2))
        fac = p.doses[-1]["facility"] if p.doses and p.doses[-1]["facility"] else self.reg.facility()
        common = dict(when=when, fac=fac, w=rng.randint(2, 12), **dv, **vals)
        if state == "pending_dose":
            pend = p.pending()[-1]["dose"]
            return [w.say("ob_dose", dose=pend, prev=pend - 1, **{k: v for k, v in common.items()})]
        if state == "pending_all":
            return [w.say("ob_pending", **common)]
        return [w.say("ob_generic", **common)]

    def sc_two_nik_self(self):
        rng = self.rng
        w = self.writer()
        rel = self.relative_pair(w)
        state = self.base_state(("delivered", "no_phone", "reissued", "pending_all"))
        relative, me = self.related_people(rel, "delivered", True, writer_state=state)
        vals = dict(rel=rel[0], relshort=rel[1], nik=fmt_nik(rng, me.nik), relnik=fmt_nik(rng, relative.nik))
        core = [w.say("two_self", **vals)]
        if rng.random() < 0.5:
            core.insert(0, self.state_sentence(w, me, state, hint=False)[0])
        return dict(w=w, subject=me, writer=me, core=core, cause=self.cause_of(state), sig_phone=me.phone,
                    mentioned=[me, relative])

    def sc_nik_typo_fixed(self):
        rng, reg = self.rng, self.reg
        state = self.base_state(("delivered", "no_phone", "reissued", "pending_all", "pending_dose"))
        me = reg.person(state)
        w = self.writer()
        bad = self.one_digit_off(me.nik)
        reg.niks.add(bad)
        mentioned = [me]
        if rng.random() < 0.4:
            # The mistyped NIK happens to be someone else's.
            # Only district or serial digits differ, so the birth date and sex are the same.
            other = reg.person("delivered", born=me.birth, sex=me.sex)
            reg.niks.discard(other.nik)
            other.nik = bad
            other.role = "noise"
            mentioned.append(other)
        core = self.state_sentence(w, me, state, hint=False) + [w.say("typo_fix", bad=fmt_nik(rng, bad), nik=fmt_nik(rng, me.nik))]
        return dict(w=w, subject=me, writer=me, core=core, cause=self.cause_of(state), dose=self.dose_of(me, state),
                    sig_phone=me.phone, mentioned=mentioned)

    def sc_two_nik_reporter(self):
        rng = self.rng
        w = self.writer()
        rel = self.relative_pair(w)
        state = self.base_state(("delivered", "pending_all", "pending_dose", "no_phone", "reissued"))
        relative, me = self.related_people(rel, state, True)
        if rng.random() < 0.4:
            me.email = self.reg.new_email(me.name, me.birth)
        vals = dict(rel=rel[0], relshort=rel[1], mename=me.name, menik=fmt_nik(rng, me.nik), nik=fmt_nik(rng, relative.nik))
        core = [w.say("reporter", **vals)] + self.third_person(w, relative, state, dict(rel=rel[0], relshort=rel[1]))
        return dict(w=w, subject=relative, writer=me, core=core, cause=self.cause_of(state),
                    dose=self.dose_of(relative, state), sig_phone=me.phone if rng.random() < 0.4 else None,
                    mentioned=[relative, me], behalf=True)

    def sc_two_nik_sender(self):
        rng = self.rng
        w = self.writer()
        rel = self.relative_pair(w)
        state = self.base_state(("delivered", "no_phone", "reissued", "pending_all"))
        relative, me = self.related_people(rel, "delivered", True, writer_state=state)
        if rng.random() < 0.5:
            me.email = self.reg.new_email(me.name, me.birth)
        a, b = (me, relative) if rng.random() < 0.5 else (relative, me)
        core = self.state_sentence(w, me, state, hint=False) + [
            w.say("listed", aname=a.name, anik=fmt_nik(rng, a.nik), bname=b.name, bnik=fmt_nik(rng, b.nik)),
            w.say("listed_tail")]
        return dict(w=w, subject=me, writer=me, core=core, cause=self.cause_of(state), sig_phone=me.phone,
                    mentioned=[me, relative], display_full=True, use_record_email=bool(me.email))

    def sc_by_email(self):
        state = self.base_state(("delivered", "no_phone", "reissued", "pending_all", "pending_dose"))
        p = self.reg.person(state)
        p.email = self.reg.new_email(p.name, p.birth)
        w = self.writer()
        core = self.state_sentence(w, p, state)
        return dict(w=w, subject=p, writer=p, core=core, cause=self.cause_of(state), dose=self.dose_of(p, state),
                    sig_phone=p.phone if self.rng.random() < 0.3 else None, mentioned=[p], use_record_email=True,
                    no_nik=True)

    def sc_by_phone(self):
        state = self.base_state(("delivered", "reissued", "pending_all", "pending_dose"))
        p = self.reg.person(state)
        w = self.writer()
        core = self.state_sentence(w, p, state) + [w.say("phone_record", phone=fmt_phone(self.rng, p.phone, self.pool))]
        return dict(w=w, subject=p, writer=p, core=core, cause=self.cause_of(state), dose=self.dose_of(p, state),
                    sig_phone=None, mentioned=[p], use_record_email=False, no_nik=True)

    def sc_kk_noise(self):
        rng, reg = self.rng, self.reg
        state = self.base_state()
        p = reg.person(state)
        w = self.writer()
        # A family card number: region code, issue date, serial; it is no one's NIK.
        issued = dt.date(rng.randint(2005, 2020), rng.randint(1, 12), rng.randint(1, 28))
        while True:
            kk = f"{p.nik[:6]}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{rng.randint(1, 9999):04d}"
            if kk not in reg.niks:
                reg.niks.add(kk)
                break
        core = self.state_sentence(w, p, state) + [w.say("nik_kk", kk=fmt_nik(rng, kk), nik=fmt_nik(rng, p.nik))]
        return dict(w=w, subject=p, writer=p, core=core, cause=self.cause_of(state), dose=self.dose_of(p, state),
                    sig_phone=p.phone, mentioned=[p], kk=kk)

    # -- value mutations ---------------------------------------------------------------
    def misspell(self, name):
        rng = self.rng
        for _ in range(50):
            toks = name.split()
            i = rng.randrange(len(toks))
            t = toks[i]
            op = rng.choice(["drop", "swap", "double", "vowel", "end", "cut"])
            if op == "cut" and len(toks) > 2:
                del toks[i]
            elif len(t) >= 4 and t.isalpha():
                j = rng.randint(1, len(t) - 2)
                if op == "drop":
                    t = t[:j] + t[j + 1:]
                elif op == "swap":
                    t = t[:j] + t[j + 1] + t[j] + t[j + 2:]
                elif op == "double":
                    t = t[:j] + t[j] + t[j:]
                elif op == "vowel":
                    t = re.sub(r"[aeiou]", lambda m: {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o"}[m.group(0)], t, count=1)
                else:
                    t = t[:-1] + rng.choice("hnmy" if t[-1] != "h" else "nt")
                toks[i] = t
            wrong = " ".join(toks)
            if wrong.lower() != name.lower():
                return wrong
        return name + "h"

    def wrong_date(self, right, lo=dt.date(1940, 1, 1), hi=dt.date(2006, 12, 31), ok=lambda d: True):
        rng = self.rng
        for _ in range(100):
            op = rng.choice(["swap", "day", "month", "year"])
            try:
                if op == "swap" and right.day <= 12:
                    d = right.replace(day=right.month, month=right.day)
                elif op == "day":
                    d = right + dt.timedelta(days=rng.choice([-10, -3, -1, 1, 2, 7, 10, 20]))
                elif op == "month":
                    d = right.replace(month=(right.month % 12) + 1)
                else:
                    d = right.replace(year=right.year + rng.choice([-10, -1, 1]))
            except ValueError:
                continue
            if d != right and lo <= d <= hi and not (d.month == 2 and d.day == 29) and ok(d):
                return d
        raise RuntimeError("no wrong date")

    def one_digit_off(self, nik):
        rng = self.rng
        for _ in range(100):
            pos = rng.choice([4, 5, 12, 13, 14, 15, 15, 14])
            cand = nik[:pos] + rng.choice([c for c in "0123456789" if c != nik[pos]]) + nik[pos + 1:]
            if nik_valid(cand) and cand not in self.reg.niks and cand[4:6] != "00":
                return cand
        raise RuntimeError("no one-digit NIK")

    # -- assembling a mail -------------------------------------------------------------
    def noise_other(self):
        """Another person's NIK and phone for quoted history: registered 40% of the time."""
        rng, reg = self.rng, self.reg
        if rng.random() < 0.4:
            o = reg.person("delivered")
            o.role = "noise"
            return o.nik, o.phone, o
        born = reg.birth()
        nik = reg.new_nik(reg.province(reg.origin()), born, rng.choice("MF"))
        return nik, reg.new_phone(), None

    def signature(self, w, name, phone, force=False):
        rng = self.rng
        lines = [name] if name else []
        if rng.random() < 0.35:
            lines.append(rng.choice(TITLES) + (f", {rng.choice(COMPANIES)}" if rng.random() < 0.6 else ""))
        if phone and (force or rng.random() < 0.6):
            tag = rng.choice(["HP", "HP/WA", "Mobile", "WA", "Telp", "No. HP"])
            lines.append(f"{tag}: {fmt_phone(rng, phone, self.pool)}")
        if rng.random() < 0.3:
            lines.append(rng.choice(["Kantor", "Telp. kantor", "Office", "Tel"]) + f": {fmt_landline(rng)}"
                         + (f" ext. {rng.randint(10, 450)}" if rng.random() < 0.3 else ""))
        if rng.random() < 0.15:
            lines.append(f"{rng.choice(STREETS)} No. {rng.randint(1, 199)} RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}, "
                         f"{rng.randint(10110, 99999)}")
        return lines

    def build(self, i, sc):
        rng = self.rng
        w = sc["w"]
        subj = sc["subject"]
        writer = sc["writer"]
        use_rec = sc.get("use_record_email")
        if sc.get("behalf") and writer.email and rng.random() < 0.5:
            use_rec = True
        shown, addr = self.sender_of(writer, use_rec)
        if sc.get("display") and shown:
            shown = sc["display"]
        if sc.get("display_full"):
            shown = writer.name
        core = list(sc["core"])
        if len(core) > 1 and rng.random() < 0.25 and not sc.get("behalf"):
            core.insert(0, core.pop(rng.randrange(1, len(core))))
        if rng.random() < 0.45:
            core.append(self.fill_line(w, "req"))
        self.skeletons[sc["scenario"]].add(" | ".join(w.skeleton))
        self.plain[sc["scenario"]].add(" | ".join(w.plain))
        for t in w.plain[:1]:
            self.first[sc["scenario"]].add(t)

        greet = w.say("greet", core=False)
        close = w.say("close", core=False)
        sig = self.signature(w, shown or writer.name.split()[0], sc.get("sig_phone"), force=sc.get("force_sig", False))
        body_lines = ([greet, ""] if greet else []) + core + ["", close] + sig
        if rng.random() < 0.25:
            body_lines += ["", w.say("footer", core=False)]
        body = "\n".join(body_lines)

        shape = "plain"
        subject_key = sc.get("subj_key", "subject")
        subject = w.say(subject_key, core=False)
        if sc.get("subject_dose") and rng.random() < 0.4:
            subject += f" ({rng.choice(DOSE[self.pool][w.lang_of('x')][sc['subject_dose']])})"
        extra_headers = ""
        date = self.mail_date(subj)
        if sc.get("fwd_inner"):
            shape = "forward"
            rel, inner = sc["fwd_inner"]
            iw = w
            rshown, raddr = self.sender_of(rel, rel.email is not None and rng.random() < 0.5)
            inner_body = "\n".join(inner + ["", iw.say("close", core=False), rel.name])
            body = body + "\n\n" + self.forward_header(w, rshown or rel.name, raddr, subject, date) + "\n\n" + inner_body
            subject = "Fwd: " + subject
        else:
            r = rng.random()
            if r < 0.14:
                # Top-posted answer above an earlier exchange about someone else.
                shape = "quoted"
                onik, ophone, _ = self.noise_other()
                qdate = fmt_date(rng, date - dt.timedelta(days=rng.randint(3, 40)), self.pool, w.lang_of("x"))
                noise_vals = dict(onik=fmt_nik(rng, onik), ophone=fmt_phone(rng, ophone, self.pool))
                if rng.random() < 0.5:
                    oname = self.reg.name(self.reg.origin(), rng.choice("MF"))
                    hdr = w.say("quote_hdr", core=False, date=qdate, oname=oname,
                                oemail=self.reg.new_email(oname, dt.date(1990, 1, 1)))
                    quoted = [w.say("noise_person", core=False, **noise_vals), "", w.say("close", core=False), oname]
                else:
                    hdr = w.say("desk_hdr", core=False, date=qdate)
                    quoted = [w.say("noise_desk", core=False, **noise_vals), "", "Layanan Sertifikat", "Call centre 119 ext. 9"]
                body = body + "\n\n" + self.quote(hdr, quoted)
                subject = "Re: " + subject
            elif r < 0.24:
                # Answer written below the helpdesk's question.
                shape = "bottom_reply"
                qdate = fmt_date(rng, date - dt.timedelta(days=rng.randint(1, 5)), self.pool, w.lang_of("x"))
                hdr = w.say("desk_hdr", core=False, date=qdate)
                quoted = [w.say("ask", core=False), "", "Layanan Sertifikat", "Call centre 119 ext. 9"]
                body = self.quote(hdr, quoted) + "\n\n" + body
                subject = "Re: " + subject
                extra_headers = f"In-Reply-To: <ask-{self.pool}-{i}@certdesk.local>\r\nReferences: <ask-{self.pool}-{i}@certdesk.local>\r\n"
            elif r < 0.32 and not sc.get("no_nik"):
                shape = "forward"
                fdate = date - dt.timedelta(days=rng.randint(2, 20))
                note = self.fill_note(w)
                body = note + "\n\n" + self.forward_header(w, shown or writer.name, addr, subject, fdate) + "\n\n" + body
                subject = "Fwd: " + subject
        if rng.random() < 0.05 and not sc.get("no_nik") and not sc.get("behalf") and sc["cause"] != "data_error":
            subject += f" NIK {subj.nik}"
        mid = f"triage-{self.pool}-{i:06d}.{rng.randint(1000, 9999)}@{addr.split('@')[1]}"
        tz = TZ.get(writer.province or "31", "+0700")
        hour, minute = rng.randint(6, 23), rng.randint(0, 59)
        date_hdr = f"{DAYS_EN_SHORT[date.weekday()]}, {date.day:02d} {MONTHS_EN_SHORT[date.month - 1]} {date.year} {hour:02d}:{minute:02d}:{rng.randint(0, 59):02d} {tz}"
        frm = f'"{shown}" <{addr}>' if shown else f"<{addr}>"
        raw = (f"From: {frm}\r\nTo: sertifikat@certdesk.local\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\n"
               f"Date: {date_hdr}\r\n{extra_headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
               f"Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n")
        return mid, raw, shape, addr

    @staticmethod
    def quote(hdr, lines):
        """Outlook-style headers quote without '>'; the others prefix each line."""
        if hdr.startswith("-"):
            return hdr + "\n\n" + "\n".join(lines)
        return hdr + "\n" + "\n".join("> " + l if l else ">" for l in lines)

    def fill_note(self, w):
        return w.say("fwd_note", core=False)

    def forward_header(self, w, name, addr, subject, date):
        rng = self.rng
        d = f"{DAYS_EN_SHORT[date.weekday()]}, {date.day} {MONTHS_EN_SHORT[date.month - 1]} {date.year}"
        other = rng.choice(["info@puskesmas.example.go.id", "pengaduan@dinkes.example.go.id", "sertifikat@certdesk.local"])
        return rng.choice([
            f"---------- Forwarded message ---------\nFrom: {name} <{addr}>\nDate: {d}\nSubject: {subject}\nTo: <{other}>",
            f"---------- Pesan yang diteruskan ---------\nDari: {name} <{addr}>\nTanggal: {d}\nSubjek: {subject}\nKepada: {other}",
            f"Begin forwarded message:\n\nFrom: {name} <{addr}>\nSubject: {subject}\nDate: {d}\nTo: {other}",
        ])

    def mail_date(self, p):
        rng = self.rng
        real = p.true["real"]
        last = max([r[2] for r in real] + [d["date"] for d in p.doses if d["date"]], default=dt.date(2021, 8, 1))
        return min(last + dt.timedelta(days=rng.randint(4, 80)), dt.date(2023, 3, 31))

    # -- the run -----------------------------------------------------------------------
    def plan(self, n):
        names = list(SCENARIOS)
        slots = [s for s in names for _ in range(SCENARIOS[s])]
        out = []
        while len(out) < n:
            block = slots[:]
            self.rng.shuffle(block)
            out.extend(block)
        return out[:n]

    def run(self):
        n = self.args.n
        builders = {
            "dose_pending": self.sc_dose_pending, "record_pending": self.sc_record_pending,
            "data_error": self.sc_data_error, "phone_changed": self.sc_phone_changed, "phone_other": self.sc_phone_other,
            "two_nik_self": self.sc_two_nik_self, "nik_typo_fixed": self.sc_nik_typo_fixed,
            "two_nik_reporter": self.sc_two_nik_reporter, "two_nik_sender": self.sc_two_nik_sender,
            "on_behalf": self.sc_on_behalf, "phone_missing": lambda: self.sc_generic("phone_missing"),
            "sms_delivered": lambda: self.sc_generic("sms_delivered"),
            "certificate_available": lambda: self.sc_generic("certificate_available"),
            "duplicate_record": self.sc_duplicate, "by_email": self.sc_by_email, "by_phone": self.sc_by_phone,
            "kk_noise": self.sc_kk_noise,
        }
        for i, name in enumerate(self.plan(n)):
            sc = builders[name]()
            sc["scenario"] = name
            mid, raw, shape, addr = self.build(i, sc)
            subj = sc["subject"]
            row = {"message_id": mid, "nik": subj.nik, "cause": sc["cause"], "scenario": name,
                   "field": sc.get("field", ""), "dose": sc.get("dose", ""),
                   "lang": sc["w"].lang + ("_informal" if sc["w"].informal else ""), "shape": shape}
            self.labels.append(row)
            self.mails.append((f"{i:06d}.eml", raw))
            self.checks.append((row, sc, raw, addr))
        # Everyone else in the register.
        people = max(self.args.people or max(10 * n, 2000), len(self.reg.people))
        while len(self.reg.people) < people:
            state = self.rng.choices(["delivered", "no_phone", "pending_all", "pending_dose", "reissued"], [70, 10, 8, 8, 4])[0]
            p = self.reg.person(state, role="background")
            if self.rng.random() < 0.35:
                p.email = self.reg.new_email(p.name, p.birth)

    def write(self, out):
        os.makedirs(os.path.join(out, "mail"), exist_ok=True)
        for fn in os.listdir(os.path.join(out, "mail")):
            if fn.endswith(".eml"):
                os.remove(os.path.join(out, "mail", fn))
        people = self.reg.people[:]
        self.rng.shuffle(people)
        with open(os.path.join(out, "records.jsonl"), "w", encoding="utf-8") as f:
            for p in people:
                f.write(json.dumps(p.record(), ensure_ascii=False) + "\n")
        with open(os.path.join(out, "reissue.jsonl"), "w", encoding="utf-8") as f:
            for p in people:
                if p.reissue:
                    r = p.record()
                    last = max(i for i, d in enumerate(r["doses"]) if d["date"])
                    r["doses"][last]["batch"] = (r["doses"][last]["batch"] or "X") + "-R"
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for fn, raw in self.mails:
            with open(os.path.join(out, "mail", fn), "w", encoding="utf-8", newline="") as f:
                f.write(raw)
        cols = ["message_id", "nik", "cause", "scenario", "field", "dose", "lang", "shape"]
        with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
            wr = csv.DictWriter(f, fieldnames=cols)
            wr.writeheader()
            wr.writerows(self.labels)

    # -- the self-check ----------------------------------------------------------------
    def self_check(self):
        """Every label must be true of the register that is written."""
        people = self.reg.people
        by_nik, by_birth = {}, collections.defaultdict(list)
        for p in people:
            assert nik_valid(p.nik), f"invalid NIK {p.nik}"
            assert p.nik not in by_nik, f"NIK twice in the register: {p.nik}"
            assert not (p.birth.month == 2 and p.birth.day == 29)
            assert p.phone is None or re.fullmatch(r"8\d{9,10}", p.phone)
            by_nik[p.nik] = p
            by_birth[p.birth].append(p)
        phones = collections.Counter(p.phone for p in people if p.phone)
        assert all(c == 1 for c in phones.values()), "a phone on two records"
        emails = collections.Counter(p.email for p in people if p.email)
        assert all(c == 1 for c in emails.values()), "an e-mail address on two records"
        used = collections.Counter()
        for row, sc, raw, addr in self.checks:
            mid, cause, scen, field = row["message_id"], row["cause"], row["scenario"], row["field"]
            p = by_nik.get(row["nik"])
            assert p is not None, f"{mid}: labelled NIK not in the register"
            assert cause in CAUSES
            for m in sc["mentioned"]:
                used[id(m)] += 1
            text = raw.split("\r\n\r\n", 1)[1]
            digits = re.sub(r"\D", "", text)
            complete, pending = p.complete(), p.pending()
            # Same name (by spelling skeleton) and birth date: only the intended duplicate.
            alike = [q for q in by_birth[p.birth] if q is not p and names_clash(name_key(q.name), name_key(p.name))]
            if cause == "duplicate_record":
                assert alike == [sc["dup"]] and sc["dup"].name.lower() == p.name.lower(), f"{mid}: duplicate"
            else:
                assert not alike, f"{mid}: unintended same name and birth date"
            nd, nm, ny, nsex = nik_date(p.nik)
            nik_agrees = (nd, nm, ny, nsex) == (p.birth.day, p.birth.month, p.birth.year % 100, p.sex)
            if cause == "data_error":
                assert complete and not pending and not p.reissue and p.phone
                vals, lang = sc["quoted"], sc["w"].lang_of("x")
                if field == "full_name":
                    assert p.name.lower() != p.true["name"].lower()
                    if sc["quotes_wrong"]:
                        assert vals["wrong"].lower() == p.name.lower() and vals["wrong"] in text, mid
                elif field == "birth_date":
                    assert p.birth != p.true["birth"] and not nik_agrees
                    if sc["quotes_wrong"]:
                        assert vals["wrong"] == fmt_date(None, p.birth, self.pool, lang, sc["style"]) and vals["wrong"] in text
                elif field == "sex":
                    assert p.sex != p.true["sex"] and not nik_agrees
                    if sc["quotes_wrong"]:
                        assert vals["wrong"] in SEX_WORDS[self.pool][lang][p.sex]
                elif field == "vaccinated_on":
                    no, right = p.true["vaccinated_on"]
                    d = p.doses[no - 1]
                    assert d["date"] != right and row["dose"] == str(no) and nik_agrees
                    assert all(a["date"] < b["date"] for a, b in zip(p.doses, p.doses[1:]))
                    if sc["quotes_wrong"]:
                        assert vals["wrong"] == fmt_date(None, d["date"], self.pool, lang, sc["style"]) and vals["wrong"] in text
                elif field == "vaccine":
                    no, right = p.true["vaccine"]
                    d = p.doses[no - 1]
                    assert d["vaccine"] != right and row["dose"] == str(no) and nik_agrees
                    if sc["quotes_wrong"]:
                        assert vals["wrong"] in VAXNAME[self.pool][d["vaccine"]] and vals["wrong"] in text
                elif field == "nik":
                    assert p.true["nik"] != p.nik and p.true["nik"] not in by_nik and nik_agrees
                    assert sc["quotes_wrong"] and p.nik in digits, f"{mid}: the NIK on record must be quoted"
                else:
                    raise AssertionError(field)
            else:
                assert nik_agrees, f"{mid}: the NIK disagrees with the record"
                assert field == ""
            if cause == "record_pending":
                assert pending or not p.doses, f"{mid}: nothing pending"
                if row["dose"]:
                    d = int(row["dose"])
                    assert d >= 2 and p.doses[d - 1]["date"] is None and all(x["date"] for x in p.doses[:d - 1])
                else:
                    assert not complete
            else:
                assert not pending, f"{mid}: {cause} but a dose is pending"
                assert complete
            if cause == "phone_missing":
                assert p.phone is None
            else:
                assert p.phone or cause == "record_pending", f"{mid}: no phone on record"
            assert p.reissue == (cause == "certificate_available"), f"{mid}: reissue state"
            if cause == "duplicate_record":
                assert row["dose"] and sc["dup"].doses[0]["dose"] == 1
            if cause == "phone_mismatch":
                assert sc["new_phone"] != p.phone and p.phone in digits or scen == "phone_other"
                if scen == "phone_other":
                    assert sc["new_phone"] in digits and p.phone not in digits
            if sc["writer"] is p and cause != "phone_mismatch" and p.phone:
                # Whatever mobile the citizen gives as their own is the one on record.
                assert sc.get("sig_phone") in (None, p.phone), mid
            if scen not in ("by_email", "by_phone"):
                assert p.nik in digits, f"{mid}: the NIK is not in the mail"
            if scen == "by_email":
                assert addr == p.email and p.nik not in digits
            if scen == "by_phone":
                assert p.phone in digits and p.nik not in digits and addr not in emails
            if scen == "kk_noise":
                assert 0 <= digits.find(sc["kk"]) < digits.find(p.nik) and sc["kk"] not in by_nik
            if scen in ("on_behalf", "two_nik_reporter"):
                assert sc["writer"] is not p and sc["writer"].nik != p.nik
                if scen == "on_behalf":
                    assert sc["writer"].nik not in digits
            if scen in ("two_nik_self", "two_nik_sender"):
                other = [m for m in sc["mentioned"] if m is not p][0]
                assert other.nik in by_nik and other.nik in digits
        assert all(c == 1 for c in used.values()), "a person is used by two mails"

    def report(self):
        by = collections.Counter((r["scenario"], r["cause"], r["field"]) for r in self.labels)
        causes = collections.Counter(r["cause"] for r in self.labels)
        langs = collections.Counter(r["lang"] for r in self.labels)
        shapes = collections.Counter(r["shape"] for r in self.labels)
        print(f"gen_triage: pool={self.pool} seed={self.args.seed} complaints={len(self.labels)} "
              f"people={len(self.reg.people)} reissue={sum(p.reissue for p in self.reg.people)}")
        print("  causes: " + ", ".join(f"{c}={k}" for c, k in sorted(causes.items())))
        print("  languages: " + ", ".join(f"{c}={k}" for c, k in sorted(langs.items()))
              + "; shapes: " + ", ".join(f"{c}={k}" for c, k in sorted(shapes.items())))
        if self.args.verbose:
            for (s, c, f), k in sorted(by.items()):
                print(f"    {s:22s} {c:22s} {f:14s} {k}")
            print("  distinct complaints per scenario (values blanked): as written / before typos and"
                  " abbreviations / distinct first sentences")
            for s, sk in sorted(self.skeletons.items()):
                print(f"    {s:22s} {len(sk):5d} {len(self.plain[s]):5d} {len(self.first[s]):5d}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--pool", choices=["dev", "heldout", "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], default="dev")
    ap.add_argument("--seed", type=int, default=2021)
    ap.add_argument("--people", type=int, default=None)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    check_pools_disjoint()
    g = Gen(args)
    g.run()
    g.self_check()
    g.write(args.out)
    g.report()


if __name__ == "__main__":
    main()
