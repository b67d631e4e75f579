"""The triage benchmark's ninth phrase pool, `ninth` (imported by gen_triage.py).

Written blind, as a further honest held-out measure: by a helper who read neither
certdesk's rules (its sources, lexicons, tests or docs) nor any mail, benchmark output or
git history the product produced. It read only gen_triage.py (what each template key
means, which {slots} it is given, what self_check demands of the text),
triage_pool_eighth.py (for the interface only: its docstring, formatters and small tables
were read, which showed its first greetings and closings too; its template keys, slots and
counts were listed by a script rather than read as wording), and check_triage_independent.py
and .ci/bench-triage (for the wiring; the independence check was run with its notes hidden,
so no rule phrase was seen). The wording is new,
written fresh: it shares no multi-word phrase with `dev`, `heldout`, `fresh`, `fourth`,
`fifth`, `sixth`, `seventh` or `eighth` (gen_triage.py checks this at start-up), and the
helper compared its lines against those pools by script (shared runs of words), printing
only its own lines, and rewrote the ones that ran alike.

The voices: Javanese (krama from older writers, ngoko from younger ones), Sundanese,
Batak, Minang, Makassar/Bugis, Papuan Malay, Betawi slang; formal letters from retired
civil servants; young chat writers ("sy", "gk", "blm", "udh", "krn", "sm", "dgn", "bs");
English from Indonesians abroad and back home, and code-switched Jakarta English;
children writing for parents, parents for children, siblings and in-laws for each other;
Outlook, Thunderbird, Yahoo and phone mail clients' quoted-history headers and footers.

Constraints kept from gen_triage.py (each template keeps the meaning of its scenario):
  every fix_* template names the field and quotes both {wrong} and {right} (fix_nik must
  quote {wrong}: the NIK on record has to be in the mail);
  nik_kk puts {kk} before {nik};
  two_self names both {nik} (the writer's, the one with the problem) and {relnik} (the
  relative's, which is fine); reporter names {menik} (the writer) and {nik} (the relative
  the mail is about); listed names {anik} and {bnik} in either order without saying whose
  is whose, and listed_tail points at "mine"; typo_fix names {bad} and {nik};
  phone_changed says which number is the old (registered, dead) one and which the new;
  phone_lost quotes {old} and gives no new number;
  contact and ob_contact call their number neither old nor new (it may be either);
  the hint keys (sms_lost, no_phone, resend), listed_tail, greet, close, subjects,
  fwd_note, ask and footer get fillers only ({cert}, {app}, {notyet}, ...), no values;
  duplicate gets {dose}, {prev}, {other}, {dfirst} (no {when}, {fac} or {w});
  dose_pending and ob_dose never use {dlast} (it is the pending dose itself);
  rec_pending and ob_pending never tie {dfirst} to {when} or {fac}.

Tables, each for this pool alone (gen_triage.py files them under the key "ninth"):
  T          templates by language ("id", "en", "mix") and key
  FILL       slot fillers ({cert}, {app}, {notyet}, ...) by language
  DOSE       how a dose is named, by language and dose number
  REL        relatives: (written, short, sex, generation)
  VAXNAME    vaccine names as citizens write them, by brand code
  SLANG      chat abbreviations applied to informal Indonesian
  SEX_WORDS  words for the sexes, by language
and two formatters, phone_shapes() and date_formats(), for this pool's own ways of
writing a mobile number and a date. Standard library only; nothing here looks around the
repository.
"""

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"0{a} {b}-{c}", f"+62-{a}-{b}{c}", f"(0{a}) {b}{c}", f"0{a}.{b} {c}", f"+62.{a}.{b}.{c}",
            f"0{a}{b}.{c}", f"0{a} - {b} {c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if lang == "id":
        return [lambda: f"{d.day} {BULAN[m]} '{d.year % 100:02d}",
                lambda: f"{d.day:02d}/{BULAN[m][:3]}/{d.year}",
                lambda: f"{d.day} {BULAN[m].upper()} {d.year}",
                lambda: f"{HARI[d.weekday()]} {d.day}/{d.month}/{d.year}",
                lambda: f"{d.day}/{d.month}/{d.year}"]
    return [lambda: f"{MONTH[m]} {d.day}{nth}, {d.year}",
            lambda: f"{d.day}{nth} {MONTH[m][:3]} {d.year}",
            lambda: f"{WEEKDAY[d.weekday()]} {d.day} {MONTH[m]} {d.year}",
            lambda: f"{d.day}/{MONTH[m][:3]}/{d.year}",
            lambda: f"{d.day} {MONTH[m].upper()} {d.year}"]


FILL = {
    "id": {
        "cert": ["sertifikat vaksin dari Kemenkes", "sertipikat vaksinasi covid", "e-sertifikat vaksin Kemenkes", "surat bukti sudah vaksin",
                 "sertifikat vaksin elektronik", "kartu vaksin", "sertifikat vaksinasi virus corona", "QR sertifikat vaksin",
                 "sertif vaksinasi"],
        "app": ["aplikasi PeduliLindungi di HP", "PeduliLindungi (PL)", "menu Sertifikat Vaksin di apk PL",
                "web SatuSehat", "aplikasi Satu Sehat Mobile", "aplikasi PL versi baru", "halaman profil di PeduliLindungi",
                "website pedulilindungi.id"],
        "notyet": ["masih belum ada juga", "tidak pernah sampai", "belum juga kelihatan", "kagak nongol-nongol",
                   "durung metu", "belum nyampe juga", "masih kosong saja", "belum terbit sampai hari ini"],
        "req": ["Kami sangat berharap Bapak/Ibu sudi membantu.", "Saya tunggu balasannya ya, Pak/Bu.",
                "Tolong dibantu ya min, sudah capek nunggu.",
                "Untuk bantuannya saya haturkan banyak terima kasih.", "Semoga lekas ada jalan keluarnya.",
                "Matur nuwun sanget sebelumnya.", "Hatur nuhun pisan kana sagala bantosanana.", "Mauliate godang, Tuhan memberkati.",
                "Terima kasih banyak, GBU.", "Mohon dibalas walau singkat."],
        "fixreq": ["Mohon disamakan dengan data di KTP saya.", "Jika dibutuhkan foto KTP, hari ini juga bisa saya kirim.",
                   "Bagaimana prosedur pembetulannya, Pak/Bu?", "Tolong dibenerin ya, soalnya buat syarat kerja.",
                   "Apakah perbaikan bisa dilakukan online tanpa ke puskesmas?",
                   "Mohon dibetulkan sebelum saya berangkat umrah.", "Saya lampirkan foto KTP sebagai bukti.",
                   "Berapa lama proses koreksinya?"],
        "inactive": ["sudah tak bisa ditelepon maupun di-SMS", "sudah mati lama", "ikut hilang waktu HP saya dicopet",
                     "hangus gara-gara telat isi pulsa", "kini dipegang orang lain", "kartunya sudah rusak",
                     "tidak aktif lagi sejak lama", "sudah lewat masa aktif"],
        "newnum": ["sekarang nomor saya", "nomor HP baru saya", "saya sudah pindah ke nomor", "nomor yang bisa dipakai sekarang",
                   "silakan kirim ke nomor baru", "nomor gantinya", "mohon diupdate ke", "sekarang pakai nomor baru"],
        "notinput": ["belum dientri oleh petugas vaksin", "belum diupload ke pusat", "belum masuk ke database pusat", "belum disinkronkan",
                     "belum direkap puskesmas", "tidak tercatat di sistem", "belum dilaporkan vaksinatornya",
                     "masih nyangkut di puskesmas"],
    },
    "en": {
        "cert": ["corona vaccine certificate", "vaccination e-certificate from Kemenkes", "vax certificate (Covid)", "vaccine passport",
                 "Covid-19 vax certificate", "vaccine certificate (digital)", "Covid vaccination cert",
                 "proof-of-vaccination certificate"],
        "app": ["the PeduliLindungi app on my handphone", "PL (the app)", "the SatuSehat Mobile application",
                "my PL account page", "pedulilindungi.id online", "PeduliLindungi (the government app)",
                "the SatuSehat application"],
        "notyet": ["still hasn't turned up", "is not showing anywhere", "never arrived", "hasn't come through yet",
                   "is still missing in action", "has not been generated", "is simply not there",
                   "hasn't appeared to date"],
        "req": ["I'd appreciate any help here.", "Thanking you kindly in advance.", "Hope you can reply soon.",
                "Please look into it when you can.", "Thanks heaps for your time.",
                "Any assistance would be much appreciated.", "Looking forward to getting this resolved.",
                "Cheers for checking."],
        "fixreq": ["Could you please amend the record?", "Should you need my KTP scan, just say.",
                   "What documents do you need from me to correct this?", "Please rectify this before my flight.",
                   "Can this be corrected online, or must I visit the health centre?",
                   "Please make it match my passport.", "How long does a correction usually take?",
                   "Please bring it in line with my ID card."],
        "inactive": ["is permanently out of service", "doesn't work anymore", "got deactivated by Telkomsel", "has been cancelled",
                     "went dead when I moved abroad", "expired while I was overseas", "is not mine any more",
                     "can't receive messages now"],
        "newnum": ["my new mobile is", "please use my new number", "I'm now reachable on", "the line to use now is",
                   "I've switched to", "please swap it to", "my replacement mobile is"],
        "notinput": ["hasn't been typed in yet", "never got uploaded to the system", "doesn't exist in the central database",
                     "was never sent in by the clinic", "didn't make it into the system",
                     "is still sitting with the puskesmas", "hasn't been synced"],
    },
}

DOSE = {
    "id": {1: ["suntik perdana (dosis 1)", "suntikan nomor 1", "dosis awal (pertama)"],
           2: ["dosis lanjutan ke-2", "suntikan nomor 2", "dosis kedua (lanjutan)"],
           3: ["booster dosis ke-3", "suntikan nomor 3", "dosis penguat (booster)"]},
    "en": {1: ["shot #1", "dose 1 (primary)", "1st primary jab"],
           2: ["shot #2", "dose 2 (primary)", "2nd primary jab"],
           3: ["shot #3 (booster)", "dose 3 (booster)", "third-dose booster"]},
}

# (written, short, sex of the relative, generation: older, younger, sibling, same)
REL = {
    "id": [("mak saya", "mak", "F", "older"), ("enyak saya", "enyak", "F", "older"),
           ("bapak kandung saya", "bapak", "M", "older"), ("simbah kakung saya", "simbah kakung", "M", "older"),
           ("simbah putri saya", "simbah putri", "F", "older"), ("bude saya", "bude", "F", "older"),
           ("pakde saya", "pakde", "M", "older"), ("mamak saya", "mamak", "F", "older"),
           ("ompung saya", "ompung", None, "older"), ("amak saya", "amak", "F", "older"),
           ("etek saya", "etek", "F", "older"), ("mace saya", "mace", "F", "older"),
           ("bapa saya", "bapa", "M", "older"), ("encang saya", "encang", "M", "older"),
           ("mertua saya yang perempuan", "mertua", "F", "older"), ("anak pertama saya", "anak pertama", None, "younger"),
           ("anak gadis saya", "anak gadis", "F", "younger"),
           ("anak laki-laki saya", "anak laki-laki saya", "M", "younger"),
           ("keponakan perempuan saya", "keponakan", "F", "younger"), ("cucu laki-laki saya", "cucu", "M", "younger"),
           ("teteh cikal saya", "teteh", "F", "sibling"), ("akang saya", "akang", "M", "sibling"),
           ("uda kanduang saya", "uda", "M", "sibling"), ("kakak perempuan saya", "kakak perempuan", "F", "sibling"),
           ("daeng saya", "daeng", None, "sibling"), ("koko saya", "koko", "M", "sibling"),
           ("belahan jiwa saya", "belahan jiwa saya", None, "same")],
    "en": [("my dear mother", "Mother", "F", "older"), ("my aged father", "Dad", "M", "older"),
           ("my gran", "Gran", "F", "older"), ("my grandad", "Grandad", "M", "older"),
           ("my mum's brother", "my uncle", "M", "older"), ("my dad's sister", "my aunt", "F", "older"),
           ("my elderly mother-in-law", "my mother-in-law", "F", "older"),
           ("my firstborn daughter", "my daughter", "F", "younger"),
           ("my stepson", "my stepson", "M", "younger"), ("my teenage niece", "my niece", "F", "younger"),
           ("my sister's son", "my nephew", "M", "younger"), ("my older brother", "my brother", "M", "sibling"),
           ("my little sister", "my sister", "F", "sibling"), ("my sister-in-law", "my sister-in-law", "F", "sibling"),
           ("my younger brother-in-law", "my brother-in-law", "M", "sibling"),
           ("my long-time partner", "my partner", None, "same")],
}

VAXNAME = {"coronavac": ["CoronaVac - Sinovac", "Sinovac CoronaVac vaccine", "vaksin Sinovac (Coronavac)"],
           "astrazeneca": ["AstraZeneca (AZD1222)", "Vaxzevria (AstraZeneca)", "AZ / AstraZeneca"],
           "comirnaty": ["Pfizer BioNTech (BNT)", "Comirnaty BNT162b2", "Pfizer (Comirnaty)"],
           "moderna": ["mRNA-1273 Moderna", "Moderna COVID-19", "Moderna Spikevax mRNA"],
           "sinopharm": ["Sinopharm (BIBP)", "Sinopharm / Beijing Institute", "Sinopharm Beijing"],
           "biofarma": ["Bio Farma (Persero)", "COVID-19 Vaccine Bio Farma", "Bio Farma (buatan Bandung)"],
           "sputnik-v": ["Sputnik V (Gamaleya)", "Sputnik V Russia"],
           "convidecia": ["Ad5-nCoV (CanSino)", "Convidecia single-dose"],
           "novavax": ["Covovax (Serum Institute)", "NVX-CoV2373 (Novavax)"]}

SLANG = {"saya": ["sy", "sya"], "tidak": ["tdk", "gk", "gak"], "belum": ["blm", "blum"],
         "sudah": ["udh", "sdh", "udah"], "karena": ["krn", "karna"], "sama": ["sm"], "dengan": ["dgn", "dg"],
         "bisa": ["bs"], "yang": ["yg"], "tolong": ["tlg"], "mohon": ["mhn"], "nomor": ["no", "nmr"],
         "terima kasih": ["trims", "makasih"], "sekarang": ["skrg"], "tanggal": ["tgl"],
         "bagaimana": ["gmn", "gimana"], "kenapa": ["knp", "napa"], "padahal": ["pdhl"], "juga": ["jg"],
         "masih": ["msh"], "kalau": ["kl", "kalo"], "saja": ["aja"], "tapi": ["tp", "tpi"], "jadi": ["jd"],
         "lagi": ["lg"], "banget": ["bgt"], "minggu": ["mgg"], "bulan": ["bln"], "tahun": ["thn"],
         "orang": ["org"], "untuk": ["utk", "buat"], "dari": ["dr"], "sampai": ["sampe", "smp"],
         "kemarin": ["kmrn"], "begitu": ["gitu"], "dulu": ["dl"], "kirim": ["krm"], "atau": ["ato"],
         "tersebut": ["tsb"], "segera": ["sgr"], "sertifikat": ["sertif", "sertip"], "aplikasi": ["apk"],
         "hubungi": ["hub"]}

SEX_WORDS = {"id": {"M": ["pria/laki-laki", "cowok tulen", "laki-laki (pria)"],
                    "F": ["wanita/perempuan", "cewek tulen", "perempuan (wanita)"]},
             "en": {"M": ["MALE (pria)", "male (laki-laki)"], "F": ["FEMALE (wanita)", "female (perempuan)"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia ----------------------------------------------------------------------------------------
T["id"]["greet"] = ["Kepada Yth. Petugas Layanan Sertifikat Vaksin,", "Yth. Bapak/Ibu Admin Kemenkes,",
                    "Assalamualaikum, selamat sore Pak/Bu.", "Sugeng enjing Bapak/Ibu,", "Wilujeng siang, Bapak Ibu petugas,",
                    "Horas, selamat siang.", "Salam sejahtera untuk Bapak/Ibu sekalian,", "Shalom, selamat pagi Bapak Ibu.",
                    "Tabe' Puang, selamat siang.", "Punten Akang Teteh admin,", "Met siang min,",
                    "Pagi min, izin bertanya.", "Siang kak admin \U0001f64f",
                    "Dengan hormat, bersama surat elektronik ini saya sampaikan keluhan sebagai berikut.",
                    "Bapak/Ibu yang terhormat,", "Selamat pagi, mohon izin mengganggu waktunya.",
                    "Bang admin, permisi.", "Ass.wr.wb, selamat siang.", "Salam, kepada yang berwenang.", ""]
T["id"]["close"] = ["Demikian surat ini saya sampaikan, atas perhatiannya diucapkan terima kasih.", "Hormat kami sekeluarga,",
                    "Salam hormat dari Makassar,", "Matur nuwun,", "Hatur nuhun,", "Mauliate,", "Terima kasih, Tuhan berkati.",
                    "Wassalamualaikum wr. wb.", "Makasih bgt min \U0001f64f\U0001f64f", "Tks bnyk.", "Salam sehat dan sukses selalu,",
                    "Ditunggu kabarnya ya, makasih.", "Terimakasih banyak sebelumnya,", "Terima kasih, tabe'.",
                    "Yang memohon,", "Salam, warga yang menunggu,"]
T["id"]["subject"] = ["Sertifikat vaksin sy blm terbit juga", "Permohonan bantuan sertifikat vaksinasi",
                      "Tanya2 soal sertifikat vaksin", "sertif blm ada min", "PENGADUAN: sertifikat vaksin tidak ada",
                      "Mohon cek status vaksin saya", "Sertifikat tdk keluar2",
                      "Laporan sertifikat Covid-19 belum diterima", "Kenapa sertifikat vaksin saya kosong?",
                      "Bantuan sertifikat vaksin (urgent)", "Keluhan vaksinasi - sertifikat belum ada",
                      "Sertifikat vaksin ga muncul di PL"]
T["id"]["subject_fix"] = ["Permohonan perbaikan data sertifikat vaksin", "Ada data salah di sertifikat vaksin saya",
                          "Ralat data vaksinasi", "Data sertifikat vaksin beda dengan KTP", "Pembetulan sertifikat vaksin",
                          "Mohon koreksi sertifikat", "data sertif salah min", "Revisi data vaksin Covid",
                          "Kesalahan penulisan di sertifikat vaksin"]
T["id"]["subject_phone"] = ["Perubahan nomor HP untuk sertifikat", "No HP lama udah mati, mohon diganti", "Update nomor handphone penerima SMS",
                            "Ganti no HP min", "SMS sertifikat vaksin nggak pernah sampai", "Pergantian nomor telepon",
                            "Nomor yg terdaftar sudah tak terpakai", "Nomor hp saya berubah", "Permohonan ubah nomor HP"]
T["id"]["generic"] = [
    "Saya sudah menerima {dlast} pada {when} di {fac}, tapi {cert} saya {notyet}.",
    "{Cert} saya {notyet}, padahal vaksinnya sudah {w} minggu yang lalu.",
    "Sudah cek berkali-kali di {app} tapi {cert} saya {notyet}.",
    "Mohon maaf Pak/Bu, {cert} atas nama saya {notyet} sampai sekarang.",
    "Min, aku udah dapat {dlast} dari tanggal {when}, {cert} kok {notyet} ya?",
    "Dengan ini saya melaporkan bahwa {cert} saya {notyet} walaupun saya telah menerima {dlast}.",
    "Sejak disuntik di {fac}, saya belum pernah menerima {cert}.",
    "Ini sudah minggu ke-{w} saya menunggu {cert}, tapi hasilnya nihil.",
    "Teman-teman sekantor sudah dapat semua, hanya {cert} saya yang {notyet}.",
    "Saya perlu {cert} untuk syarat naik pesawat, tapi di {app} {notyet}.",
    "Kok {cert} saya {notyet} ya min, vaksinnya udah lama loh.",
    "Mengapa {cert} saya {notyet}? Saya menerima {dlast} tanggal {when}.",
    "Lapor min, {cert} gue {notyet} padahal udah vaksin di {fac}.",
    "Saya sudah divaksin lengkap, tapi di {app} tidak ada {cert} saya.",
    "Sa su vaksin di {fac}, tapi {cert} {notyet}.",
    "Bapak/Ibu, {cert} punya saya {notyet}. Vaksin terakhir saya {dlast}, {when}.",
    "Sudah {w} minggu berlalu sejak {dlast}, namun {cert} saya {notyet}.",
    "Ambo alah dapek {dlast} di {fac}, tapi {cert} ambo {notyet}.",
    "Kulo sampun pikantuk {dlast} wonten {fac}, nanging {cert} kulo {notyet}.",
    "Abdi tos divaksin di {fac}, tapi {cert} abdi {notyet}.",
    "Udah {w} minggu kutunggu {cert} itu, tapi {notyet}, bah.",
    "Katanya {cert} keluar otomatis setelah vaksin, tapi punya saya {notyet}.",
    "Saya cek pakai NIK di {app}, hasilnya {cert} {notyet}.",
    "Begini Pak, saya sudah vaksin tgl {when} di {fac}. Sampai hari ini {cert} saya {notyet}.",
    "Ndak tau kenapa {cert} saya {notyet}, padahal saya sudah dapat {dlast}.",
    "Sebagai peserta vaksinasi di {fac}, saya belum memperoleh {cert}.",
    "Minta tolong dicek, saya tidak pernah dapat {cert} sejak vaksin {when}.",
    "{Cert} saya tidak ada, baik di {app} maupun lewat SMS.",
    "Sy udh dapat {dlast} tp {cert} {notyet}, gmn ini?",
    "Teman satu RT sudah pada dapat, {cert} saya sendiri {notyet}.",
]
T["id"]["sms_lost"] = [
    "Bisa jadi SMS itu pernah masuk lalu terhapus tanpa sengaja oleh saya.",
    "Bulan lalu HP saya di-reset ulang, SMS lama lenyap semuanya.",
    "Kotak masuk SMS saya penuh promo, bisa jadi SMS {cert} tertimbun.",
    "Cucu saya sering pinjam HP, barangkali SMS-nya kehapus olehnya.",
    "Saya beli HP baru (kartunya masih sama), SMS lama tertinggal di HP yang rusak.",
    "Kemungkinan SMS-nya masuk waktu HP saya di-servis.",
    "Saya jarang sekali membuka kotak SMS, jadi mungkin terlewat.",
    "Sepertinya pesan dari 1199 ikut terhapus waktu saya bersih-bersih memori.",
    "Bisa tolong dikirim ulang SMS {cert}-nya?",
    "HP saya sempat rusak kena air, isinya hilang semua.",
    "SMS-nya mungkin nyasar ke folder spam, saya tidak tahu.",
    "Tulung dikirim maneh SMS-e, sing lawas wis kebusak.",
    "Pesan SMS lama di HP saya sudah saya hapus semua, jadi tidak ketemu.",
    "Mungkin sudah dikirim, tapi saya lupa menyimpan linknya.",
]
T["id"]["no_phone"] = [
    "Saya tidak menuliskan nomor HP waktu didata untuk vaksin.",
    "Saya tidak punya HP sendiri waktu itu.",
    "Petugas di lokasi vaksin tidak menanyakan nomor telepon saya.",
    "Kolom nomor HP di formulir waktu itu terlupa saya isi.",
    "Saya vaksin lewat kantor, datanya dikumpulkan tanpa nomor HP.",
    "Dulu HP saya hilang, jadi saat vaksin kolom nomor HP saya kosongkan.",
    "Saya sudah tua, tidak pakai HP, waktu daftar tidak ada nomor yang diisi.",
    "Pendaftaran saya lewat RT secara kolektif, nomor HP tidak dicatat.",
    "Di kampung sinyal susah, jadi saya tidak kasih nomor HP waktu vaksin.",
    "Saya tidak ingat pernah menuliskan nomor HP di kartu vaksin.",
    "Waktu vaksin massal di kelurahan, cuma KTP yang diminta, nomor HP tidak.",
    "Saya memang belum punya nomor HP pas vaksin.",
    "Di lembar skrining saya, bagian nomor telepon tidak saya isi.",
    "Kulo mboten gadhah HP nalika vaksin.",
]
T["id"]["resend"] = [
    "Data saya kemarin sudah diperbaiki, tapi {cert} hasil revisinya tak kunjung saya terima.",
    "Setelah revisi, {cert} yang terbaru belum dikirim ke saya.",
    "Katanya sudah diperbarui, tapi yang saya pegang masih {cert} lama.",
    "Mohon dikirim {cert} terbaru hasil perbaikan kemarin.",
    "Saya butuh {cert} yang sudah dikoreksi untuk melamar kerja.",
    "Petugas puskesmas bilang datanya sudah dibetulkan, {cert} baru mana ya?",
    "{Cert} yang sudah direvisi belum juga sampai ke saya.",
    "Tolong kirimkan ulang {cert} versi terakhir.",
    "Yang lama ada, tapi {cert} pembaruan belum saya dapat.",
    "Saya perlu {cert} yang paling baru untuk keperluan visa.",
    "Sesudah data diganti, tidak ada SMS {cert} baru yang masuk.",
    "Sudah lapor perbaikan dan disetujui, tinggal {cert} barunya yang saya tunggu.",
    "Bisa dikirim lagi {cert}-nya? Yang baru, setelah diperbaiki.",
]
T["id"]["dose_pending"] = [
    "{Prev} saya sudah tercatat, tapi {dose} yang saya terima tanggal {when} belum masuk.",
    "Saya sudah menerima {dose} di {fac} pada {when}, namun di {app} hanya ada {prev}.",
    "{Cert} untuk {dose} saya {notyet}, sedangkan {prev} sudah ada.",
    "Data {dose} saya {notinput}, padahal suntiknya sudah {w} minggu lalu.",
    "Di {app} status saya berhenti di {prev}, {dose} tidak tercatat.",
    "Yang muncul cuma {cert} {prev}, untuk {dose} tidak ada.",
    "Tanggal {when} saya mendapat {dose} di {fac}, tapi sampai kini belum terdata.",
    "Mohon dicek, {dose} saya kok raib dari sistem, {prev} aman.",
    "{Dose} saya hilang dari riwayat vaksin, hanya sampai {prev} saja.",
    "Min, {dose} ku kok gak kecatat? {Prev} udah ada kok.",
    "Kartu vaksin fisik saya ada cap {dose} dari {fac}, tapi di {app} belum ada.",
    "Riwayat vaksin di {app} menampilkan {prev} saja, sedangkan {dose} saya terima {when}.",
    "Sudah {w} minggu sejak {dose}, {cert}-nya {notyet}, yang ada baru {prev}.",
    "Kulo sampun nampi {dose} wonten {fac}, ananging dereng kacathet.",
    "Ambo alah dapek {dose} tanggal {when}, tapi alun tacatat, {prev} se nan ado.",
    "Petugas bilang data {dose} saya {notinput}; {prev} sudah lengkap.",
    "Tolong input {dose} saya, yang di {fac} tanggal {when}.",
    "Sa pu {dose} belum masuk, {prev} su ada.",
]
T["id"]["rec_pending"] = [
    "Saya sudah divaksin tanggal {when} di {fac}, tapi data vaksin saya tidak ditemukan sama sekali.",
    "Di {app} status saya seolah-olah belum pernah divaksin.",
    "Waktu cek NIK, muncul tulisan data vaksinasi tidak ditemukan.",
    "Data vaksinasi saya {notinput}, padahal {dfirst} sudah saya terima.",
    "Petugas {fac} bilang data saya {notinput}.",
    "Kartu vaksin kertas ada di tangan saya, namun nama saya tidak muncul di sistem.",
    "Status vaksin saya di {app} masih kosong, padahal vaksin terakhir {when}.",
    "Sudah {w} minggu sejak vaksin, data saya belum juga terinput.",
    "Riwayat vaksinasi saya nihil di {app}.",
    "Kata puskesmas data saya {notinput}, jadi {cert} tidak bisa keluar.",
    "Sa su vaksin di {fac}, tapi sa pu data tra ada.",
    "Pas dicek, NIK saya belum punya riwayat vaksin sama sekali.",
    "Saya ikut vaksinasi di {fac} tanggal {when}, namun statusnya masih belum divaksin.",
    "Aku udah dapat {dlast}, tapi di {app} datanya nol.",
    "Data saya tidak terdaftar sebagai penerima vaksin, padahal {dfirst} sudah saya jalani.",
    "Abdi tos divaksin di {fac}, tapi datana teu aya di {app}.",
]
T["id"]["fix_full_name"] = [
    "Nama saya di {cert} tertulis {wrong}, yang benar {right}.",
    "Ada salah ketik nama: {wrong}. Seharusnya {right} sesuai KTP.",
    "Mohon ganti nama di {cert} dari {wrong} menjadi {right}.",
    "Nama di {app}: {wrong}\nNama di KTP: {right}",
    "Nama saya {right}, bukan {wrong} seperti di {cert}.",
    "Penulisan nama keliru ({wrong}); nama lengkap saya {right}.",
    "Di {cert} nama saya salah eja jadi {wrong}, padahal {right}.",
    "Tolong nama {wrong} dibetulkan jadi {right} ya min.",
    "Nama yang tercetak {wrong}, mohon diubah ke {right}.",
    "Koreksi nama -> salah: {wrong} / benar: {right}",
    "{Cert} saya atas nama {wrong}, itu keliru. Nama asli saya {right}.",
    "Nama saya di {cert} ndak sesuai: {wrong}. Harusnya {right}.",
    "Sesuai akta dan KTP nama saya {right}, tapi di {app} jadi {wrong}.",
    "Nama kulo {right}, wonten {cert} kaserat {wrong}.",
    "Salah nama bah, tertulis {wrong}, namaku {right}.",
    "Kesalahan pada kolom nama: {wrong} (seharusnya {right}).",
]
T["id"]["fix_birth_date"] = [
    "Tanggal lahir saya di {cert} tertulis {wrong}, yang benar {right}.",
    "Tgl lahir salah: {wrong}. Seharusnya {right}.",
    "Tanggal lahir mohon diganti, dari {wrong} ke {right}.",
    "Saya lahir {right}, bukan {wrong} seperti yang tercatat.",
    "Tanggal lahir di {cert}: {wrong}\nTanggal lahir di KTP: {right}",
    "Kesalahan tanggal lahir ({wrong}), mohon disesuaikan ke {right}.",
    "Di {cert} saya jadi lahir {wrong}, padahal lahir {right}.",
    "Ulang tahun saya {right}, tapi di data vaksin ditulis {wrong}.",
    "Koreksi TTL: tertulis {wrong}, benar {right}.",
    "Data kelahiran saya keliru, {wrong} harusnya {right}.",
    "Tanggal lahir kulo {right}, sanes {wrong}.",
    "Sesuai akta kelahiran, tanggal lahir saya {right}; di {cert} tercatat {wrong}.",
    "Tgl lahirku salah min, ditulis {wrong}, aslinya {right}.",
    "Mohon perbaiki tanggal lahir: {wrong} menjadi {right}.",
]
T["id"]["fix_vaccinated_on"] = [
    "Tanggal {dose} di {cert} tertulis {wrong}, padahal saya disuntik {right}.",
    "Tanggal vaksin untuk {dose} salah: {wrong}, yang benar {right}.",
    "Mohon ubah tanggal {dose} dari {wrong} ke {right}.",
    "{Dose} saya terima pada {right}, jadi bukan {wrong}.",
    "{Dose}: tercatat {wrong}, seharusnya {right}.",
    "Tanggal penyuntikan {dose} di {app} keliru ({wrong}); aslinya {right}.",
    "Di kartu vaksin, {dose} saya tanggal {right}, tapi di {cert} jadi {wrong}.",
    "Koreksi tanggal {dose}: {wrong} -> {right}.",
    "Tgl {dose} ku salah min, harusnya {right} bukan {wrong}.",
    "Tanggal vaksinasi {dose} yang benar {right}, sedangkan yang tertera {wrong}.",
    "Saya mendapat {dose} tanggal {right}, entah kenapa di {cert} tertulis {wrong}.",
    "Ada kesalahan tanggal pada {dose} saya ({wrong}), mestinya {right}.",
    "Tanggal {dose} kulo {right}, sanes {wrong} kados ingkang kaserat.",
    "Mohon disesuaikan, tanggal {dose} = {right} (bukan {wrong}).",
]
T["id"]["fix_vaccine"] = [
    "Jenis vaksin {dose} saya tertulis {wrong}, padahal yang disuntikkan {right}.",
    "Merek vaksin salah: {wrong}, yang benar {right} (untuk {dose}).",
    "Mohon ubah jenis vaksin {dose} dari {wrong} ke {right}.",
    "Saya disuntik {right} untuk {dose}, bukan {wrong}.",
    "{Dose}: tertulis {wrong}, seharusnya {right}.",
    "Di {app} vaksin {dose} saya jadi {wrong}, padahal {right}.",
    "Di kartu fisik, {dose} saya {right}, tapi di {cert} tercatat {wrong}.",
    "Koreksi merk vaksin {dose}: {wrong} -> {right}.",
    "{Dose} ku itu {right} min, kok di data jadi {wrong}?",
    "Vaksin yang saya terima saat {dose} adalah {right}, bukan {wrong} seperti di {cert}.",
    "Kesalahan jenis vaksin pada {dose}: tercatat {wrong} (seharusnya {right}).",
    "Pas {dose} saya dapat {right}, tapi sistem mencatat {wrong}.",
    "Vaksin {dose} kulo {right}, sanes {wrong}.",
    "Tolong diganti jenis vaksinnya untuk {dose} jadi {right}, sekarang masih {wrong}.",
]
T["id"]["fix_nik"] = [
    "NIK di {cert} saya tertulis {wrong}, padahal NIK saya {right}.",
    "Satu digit NIK saya keliru ditulis: tercatat {wrong}, aslinya {right}.",
    "Mohon ubah NIK pada data vaksin dari {wrong} menjadi {right}.",
    "NIK saya {right}, bukan {wrong} seperti di {app}.",
    "NIK di sertifikat: {wrong}\nNIK di KTP: {right}",
    "Petugas salah input NIK saya jadi {wrong}; NIK asli {right}.",
    "Riwayat vaksin saya nyangkut di NIK {wrong}, seharusnya {right}.",
    "Koreksi NIK: {wrong} -> {right}.",
    "NIK ku salah ketik di data vaksin min, {wrong}, yg bener {right}.",
    "NIK {wrong} di {cert} itu keliru satu digit, NIK saya yang sah {right}.",
    "Di {cert} NIK-nya {wrong}, beda dengan KTP saya ({right}).",
    "Nomor induk kependudukan saya {right}; yang tercatat {wrong}.",
    "NIK kulo {right}, nanging ingkang kaserat {wrong}.",
    "Tolong dibenarkan NIK saya, tertulis {wrong} harusnya {right}.",
]
T["id"]["fix_sex"] = [
    "Di {cert} jenis kelamin saya ditulis {wrong}, padahal saya {right}.",
    "Kolom jenis kelamin salah: {wrong}, seharusnya {right}.",
    "Mohon ubah jenis kelamin dari {wrong} menjadi {right}.",
    "Saya {right}, bukan {wrong} seperti di {app}.",
    "Jenis kelamin di data: {wrong}\nJenis kelamin sebenarnya: {right}",
    "Lucu juga, di {cert} saya tercatat {wrong}, padahal jelas saya {right}.",
    "Koreksi jenis kelamin: {wrong} -> {right}.",
    "Gender saya salah min, ditulis {wrong}, aslinya {right}.",
    "Di KTP jenis kelamin saya {right}, tapi di {cert} jadi {wrong}.",
    "Kesalahan data jenis kelamin ({wrong}), mohon diganti {right}.",
    "Saya didata sebagai {wrong}, mohon dibetulkan ke {right}.",
    "Jenis kelamin kulo {right}, sanes {wrong}.",
    "Tolong jenis kelaminnya diganti ke {right}, tertulis {wrong}.",
]
T["id"]["phone_changed"] = [
    "Nomor HP saya yang lama {old} {inactive}, {newnum} {new}.",
    "Dulu saya daftar vaksin pakai {old}, sekarang sudah ganti ke {new}.",
    "HP saya dicopet beserta nomornya ({old}). Mohon kirim ke {new}.",
    "Nomor terdaftar {old} {inactive}. {Newnum} {new}.",
    "Mohon ganti nomor HP saya: lama {old}, baru {new}.",
    "Nomor lama: {old} ({inactive})\nNomor baru: {new}",
    "{old} itu nomor lama saya dan {inactive}; {newnum} {new}.",
    "Saya sudah tidak pakai {old} lagi, kirim saja ke nomor baru {new}.",
    "Nomor {old} yang dulu saya cantumkan saat vaksin {inactive}, makanya SMS tidak sampai. {Newnum} {new}.",
    "Tolong update no HP min, yg lama {old} udah mati, yg baru {new}.",
    "Kartu SIM {old} hilang pas pulang kampung, kini saya memakai {new}.",
    "Ganti nomor: {old} sudah tidak saya pegang, sekarang {new}.",
    "Nomor yang tercatat ({old}) {inactive}; nomor aktif saya sekarang {new}.",
    "Nomer kulo ingkang lami {old} sampun pejah, nomer enggal kulo {new}.",
    "Nomor abdi nu lami {old} tos teu aktif, ayeuna nganggo {new}.",
    "Sa pu nomor lama {old} su mati, sa pake nomor baru {new}.",
    "Waktu vaksin saya kasih nomor {old}, tapi nomor itu {inactive}. Sekarang bisa dihubungi di {new}.",
    "Ganti nomor HP dari {old} ke {new}, karena yang lama {inactive}.",
    "Nomor baru saya {new}; yang lama, {old}, {inactive}.",
]
T["id"]["phone_lost"] = [
    "HP saya hilang beserta nomor {old}, nomor pengganti belum saya urus. Bisa dikirim lewat email?",
    "Nomor {old} yang terdaftar {inactive}, nomor baru belum ada.",
    "Nomor {old} {inactive}, kartu perdana baru belum sempat saya beli.",
    "Kartu SIM {old} rusak, sementara ini saya tidak punya nomor lain. Mohon {cert} dikirim ke email ini.",
    "HP dan nomor {old} dijambret orang, untuk sementara kontak saya cuma email ini.",
    "Nomor waktu daftar vaksin ({old}) {inactive}; untuk sementara saya belum ada HP.",
    "Nomor lama {old} sudah tidak bisa dipakai, dan belum ada nomor baru. Tolong balas via email saja.",
    "Sa pu HP hilang, nomor {old} su tra bisa, belum ada nomor baru.",
    "Nomor {old} sudah tidak menerima SMS, mohon {cert} dikirim lewat email.",
    "Nomor terdaftar {old} {inactive}; saya belum ganti nomor, jadi hubungi saya lewat email.",
]
T["id"]["contact"] = [
    "Nomor HP saya adalah {phone}.", "Kalau perlu konfirmasi, silakan telepon {phone}.", "WA saya: {phone}",
    "Saya bisa dihubungi di {phone}.", "Kontak yang bisa dihubungi: {phone}",
    "Mohon kabari saya lewat {phone} kalau {cert} sudah ada.", "HP: {phone} (bisa WA)",
    "Nomor telepon saya {phone}, bisa ditelepon kapan saja.", "Silakan SMS atau WA ke {phone}.", "Telp/WA {phone}",
    "Untuk info lebih lanjut hubungi {phone}.", "Tolong kirim {cert} ke {phone}.", "Hubungi saya saja di nomor {phone}.",
    "No. HP yang bisa dihubungi {phone}.",
]
T["id"]["duplicate"] = [
    "Waktu {dose} saya daftar dengan nomor {other}, ternyata tercatat sebagai {dfirst} di data terpisah.",
    "{Dose} saya malah muncul sebagai {dfirst} lagi, sepertinya karena saya pakai nomor {other}.",
    "Data saya dobel: {dose} masuk ke data lain dengan nomor {other}.",
    "{Cert} saya berhenti di {prev}, sedangkan {dose} tercatat terpisah atas nomor {other}.",
    "Saya dapat dua {cert} {dfirst}, padahal yang kedua itu seharusnya {dose}.",
    "Di {app} {dose} saya tidak ada, tapi ada data baru atas nomor {other} yang isinya {dfirst}.",
    "Sepertinya ada dua data atas nama saya; {dose} nyasar ke data yang pakai nomor {other}.",
    "Pas {dose} saya didaftarkan ulang dengan HP {other}, jadinya terhitung {dfirst}.",
    "Riwayat vaksin saya terpecah dua, {dose} ikut data dengan nomor {other}.",
    "{Dose} saya terbaca sebagai {dfirst} pada data lain (nomor {other}).",
    "Kok data vaksin saya ada dua ya min? {Dose} ku kecatat {dfirst} di data yg pake nomor {other}.",
    "Mohon digabung, {dose} saya terdaftar dobel dengan nomor HP {other}.",
    "Data ganda: data utama sampai {prev}, lalu {dose} jadi data baru dengan nomor {other}.",
    "Waktu {dose} saya pakai HP keluarga ({other}), sekarang {dose} itu terbaca sebagai {dfirst}.",
]
T["id"]["nik_self"] = [
    "NIK saya: {nik}", "Nomor KTP-ku {nik}.", "Berikut saya sertakan NIK: {nik}", "NIK {nik} atas nama {name}.",
    "Data diri: {name}, NIK {nik}", "NIK (tertera di KTP): {nik}", "NIK >> {nik}", "Untuk pengecekan, NIK saya {nik}.",
    "{nik} <- NIK saya", "Nama lengkap: {name}\nNo. NIK: {nik}", "Nomor Induk Kependudukan saya: {nik}", "NIK ku {nik} min.",
    "No. NIK : {nik}", "Ini NIK saya ya: {nik}", "NIK kulo {nik}.",
]
T["id"]["nik_kk"] = [
    "No. KK: {kk}, NIK: {nik}", "Kartu Keluarga {kk}\nNIK saya {nik}", "Nomor KK {kk} dan NIK saya {nik}.",
    "KK: {kk} / NIK: {nik}", "Data: KK {kk}, NIK pribadi {nik}.", "Nomor kartu keluarga saya {kk}, NIK {nik}.",
    "KK {kk}\nKTP {nik}", "No KK {kk} (NIK saya {nik})", "Saya lampirkan nomor KK {kk} serta NIK {nik}.",
    "Kartu keluarga no. {kk}; NIK saya sendiri {nik}.", "KK: {kk}\nNIK (saya): {nik}", "No. KK {kk} - NIK {nik}",
    "Nomor KK kami {kk}, NIK saya {nik}.",
]
T["id"]["phone_record"] = [
    "Saya mendaftar vaksin memakai nomor {phone}.", "HP yang didaftarkan saat vaksin: {phone}",
    "Silakan cari data saya dengan nomor {phone}, itu nomor waktu pendaftaran.",
    "Saat vaksin saya menulis nomor {phone} di formulir.", "Di data vaksin, nomor saya tercatat {phone}.",
    "Dulu daftar vaksinnya pakai HP {phone}.",
    "Coba dicek lewat nomor {phone}, itu nomor saya pas daftar dulu.",
    "No HP saat registrasi vaksin: {phone}", "Waktu skrining vaksin saya kasih nomor {phone}.",
    "Nomor pendaftaran (HP) saya {phone}.", "Data vaksin saya terhubung dengan nomor {phone}.",
    "KTP saya ketinggalan, tapi nomor yang saya daftarkan {phone}.",
    "Saya lupa NIK, tapi saya daftar vaksin pakai nomor {phone}.",
]
T["id"]["when_where"] = [
    "Saya divaksin di {fac} tanggal {when}.", "Lokasi vaksin: {fac}; tgl {when}.", "Vaksinnya hari itu, {when}, di {fac}.",
    "Tempat dan tanggal vaksin: {fac}, {when}", "Waktu itu saya disuntik di {fac}, {when}.",
    "Tanggal {when}, lokasi {fac}.", "Saya ikut vaksin di {fac} pada {when}.", "Disuntik tgl {when}, tempatnya {fac}.",
    "Vaksinasi dilakukan pada {when} bertempat di {fac}.", "Kulo vaksin wonten {fac} tanggal {when}.",
    "Vaksin saya di {fac} ({when}).",
]
T["id"]["ob_intro"] = [
    "Saya mengirim email ini atas nama {rel}.", "Mohon bantuan untuk mengecek {cert} {rel}.",
    "{Rel} sudah sepuh dan tidak bisa pakai email, jadi saya yang menulis.",
    "Saya keluarganya, mewakili {rel} untuk urusan {cert}.", "Keluhan ini bukan soal saya, melainkan {rel}.",
    "Izin bertanya soal {cert} milik {rel}.", "Saya bantu {rel} mengurus {cert}-nya.",
    "{Rel} tidak punya HP pintar, jadi saya yang melaporkan.", "Perihal: {cert} {rel}.",
    "Min, ini mau nanyain {cert} punya {rel}.", "Saya menulis mewakili {rel} yang tinggal di kampung.",
    "Kulo nyuwun tulung kangge {cert} {rel}.", "Mohon maaf, saya mau melaporkan masalah {cert} {rel}.",
    "Yang bermasalah adalah {cert} {rel}, bukan punya saya.", "Sa tulis ini untuk {rel}.",
    "Berikut keluhan dari {rel}, saya yang bantu ketik.",
]
T["id"]["ob_nik"] = [
    "NIK punya {relshort}: {nik}", "NIK beliau adalah {nik}.", "Identitas {relshort}: {name}, NIK {nik}",
    "Atas nama: {name}\nNIK: {nik}", "NIK {rel} {nik} (a.n. {name}).", "Berikut NIK beliau: {nik}",
    "No. KTP {relshort} {nik}.", "{name} (NIK: {nik})", "NIK milik {relshort}: {nik}",
    "Untuk dicek: NIK {nik} atas nama {name} ({relshort}).", "NIK-nya {relshort} {nik}.",
    "{Relshort} punya NIK {nik}.", "Nomor induk kependudukan beliau {nik}.",
]
T["id"]["ob_generic"] = [
    "{Relshort} sudah menerima {dlast} tanggal {when}, tapi {cert}-nya {notyet}.",
    "{Cert} beliau {notyet} sampai hari ini.",
    "Sudah {w} minggu {relshort} menunggu, {cert} belum juga datang.",
    "Beliau tidak pernah menerima SMS {cert}.",
    "Di {app}, {cert} {relshort} {notyet}.",
    "{Relshort} sudah vaksin lengkap di {fac}, namun {cert} {notyet}.",
    "Saya cek pakai NIK beliau, {cert} {notyet}.",
    "Kata {relshort} belum ada SMS apa-apa soal {cert}.",
    "Beliau perlu {cert} untuk berobat, tapi {notyet}.",
    "Padahal {relshort} sudah dapat {dlast} sejak {when}, {cert} kok {notyet}.",
    "{Cert} punya {relshort} {notyet}, vaksinnya sudah {w} minggu lalu.",
    "Beliau divaksin di {fac} tapi tidak memperoleh {cert}.",
    "{Relshort} pu {cert} {notyet}, padahal su vaksin.",
]
T["id"]["ob_pending"] = [
    "{Relshort} sudah disuntik tanggal {when} di {fac}, tapi datanya tidak ditemukan.",
    "Di {app}, beliau masih berstatus belum vaksin.",
    "Data vaksinasi {relshort} {notinput}.",
    "Petugas {fac} bilang data beliau {notinput}.",
    "Beliau pegang kartu vaksin kertas, tapi di sistem kosong.",
    "NIK {relshort} sudah dicek, riwayat vaksinnya kosong melompong.",
    "Sudah {w} minggu sejak beliau vaksin, datanya belum masuk juga.",
    "{Relshort} jelas sudah menerima {dfirst}, tapi sistem tidak mencatat apa pun.",
    "Riwayat vaksin beliau di {app} nihil.",
    "Beliau ikut vaksinasi di {fac} tanggal {when}, tetapi masih tercatat belum divaksin.",
    "Kata puskesmas, data {relshort} {notinput}, jadi {cert} belum bisa terbit.",
    "{Relshort} pu data vaksin tra ada, padahal su disuntik.",
    "Tidak satu pun vaksinasi {relshort} tercatat di {app}.",
]
T["id"]["ob_dose"] = [
    "{Prev} {relshort} sudah tercatat, tetapi {dose} tanggal {when} belum masuk.",
    "Beliau sudah menerima {dose} di {fac}, namun di {app} cuma ada {prev}.",
    "Data {dose} {relshort} {notinput}, {prev} sudah ada.",
    "Di {app} riwayat beliau berhenti di {prev}, {dose} tidak ada.",
    "Yang keluar hanya {cert} {prev}, {dose} beliau belum.",
    "Tanggal {when} {relshort} menerima {dose} di {fac}, tapi belum terdata.",
    "Mohon dicek {dose} beliau, {prev} sudah aman.",
    "Sudah {w} minggu sejak {dose} beliau, belum tercatat juga, hanya {prev}.",
    "Kartu vaksin {relshort} ada cap {dose}, tapi online cuma {prev}.",
    "{Dose} {relshort} hilang dari riwayat, yang ada sampai {prev}.",
    "Petugas bilang {dose} beliau {notinput}; {prev} sudah lengkap.",
    "{Relshort} pu {dose} belum masuk, {prev} su ada.",
]
T["id"]["ob_contact"] = [
    "Nomor saya (keluarga) {phone}, bisa dihubungi kapan saja.", "Kalau ada yang perlu dikonfirmasi, telepon saya di {phone}.",
    "WA saya, keluarganya: {phone}.", "Kontak saya sebagai pelapor: {phone}",
    "Silakan telepon saya saja di {phone}, beliau susah dihubungi.", "HP saya: {phone}",
    "Bisa kabari saya lewat {phone}.", "Cukup hubungi saya di {phone}.",
    "Saya bisa ditelepon di {phone} untuk urusan ini.", "Telp/WA pelapor {phone}",
    "Hubungi saya ya di {phone}, terima kasih.", "Nomor saya {phone}, nanti saya sampaikan ke beliau.",
]
T["id"]["two_self"] = [
    "{Cert} {rel} (NIK {relnik}) sudah keluar, tapi punya saya dengan NIK {nik} {notyet}.",
    "NIK saya {nik}, itu yang bermasalah. NIK {relshort} {relnik} sudah beres.",
    "Kami vaksin bareng, {relshort} ({relnik}) sudah dapat {cert}, saya ({nik}) belum.",
    "Mohon dicek NIK {nik} milik saya; untuk {rel} dengan NIK {relnik} tidak ada masalah.",
    "Yang sudah aman: {relshort}, NIK {relnik}.\nYang belum: saya sendiri, NIK {nik}.",
    "Punya {rel} ({relnik}) sudah muncul di {app}, sedangkan saya ({nik}) {notyet}.",
    "NIK {relnik} itu punya {rel}, sudah beres. Saya NIK {nik}, {cert} saya {notyet}.",
    "Saya ({nik}) dan {rel} ({relnik}) vaksin di tempat sama, tapi cuma {cert} saya yang {notyet}.",
    "Tolong yang dicek NIK saya {nik} saja ya, NIK {relshort} ({relnik}) sudah dapat.",
    "{Cert} saya dengan NIK {nik} {notyet}, sementara {rel} yang NIK-nya {relnik} sudah terima.",
    "NIK {relshort}: {relnik} (sudah ada {cert})\nNIK saya: {nik} ({notyet})",
    "{Relshort} sudah, saya yang belum. NIK saya {nik}, NIK {relshort} {relnik}.",
    "{Cert} {relshort} aman (NIK {relnik}); masalahnya di NIK saya, {nik}.",
    "Aku {nik}, {rel} {relnik}. Punya {relshort} udah keluar, punyaku {notyet}.",
    "Kulo NIK {nik}, {cert} kulo {notyet}; {rel} NIK {relnik} sampun angsal.",
]
T["id"]["typo_fix"] = [
    "Mohon maaf, kemarin NIK saya salah ketik ({bad}). NIK yang benar {nik}.",
    "Ralat NIK: bukan {bad}, tapi {nik}.",
    "NIK yang kemarin saya kirim ({bad}) keliru satu angka, yang betul {nik}.",
    "Mohon abaikan {bad}, itu salah tulis. NIK saya {nik}.",
    "Pembetulan: NIK saya {nik} (sebelumnya tertulis {bad}).",
    "Waduh, tadi saya salah ketik NIK jadi {bad}. Yang bener {nik} ya min.",
    "NIK {bad} di pesan sebelumnya salah, mohon pakai {nik}.",
    "Koreksi dari saya: NIK {nik}, bukan {bad}.",
    "Sebelumnya saya tulis {bad}, seharusnya {nik}. Maaf atas kekeliruannya.",
    "Saya ulangi NIK saya yang benar: {nik}. Yang {bad} itu typo.",
    "Nyuwun pangapunten, NIK ingkang leres {nik}, sanes {bad}.",
    "NIK yang benar {nik}; mohon {bad} tidak dipakai.",
    "Salah angka tadi, NIK ku {nik} bukan {bad}.",
]
T["id"]["reporter"] = [
    "Saya {mename}, NIK {menik}, melapor untuk {rel} yang NIK-nya {nik}.",
    "Pelapor : {mename} / NIK {menik}\nUntuk : {rel} / NIK {nik}",
    "Perkenalkan, nama saya {mename} dengan NIK {menik}. Saya mengurus {cert} {rel}, NIK {nik}.",
    "NIK saya {menik} (sebagai pelapor). NIK {rel} yang bermasalah: {nik}.",
    "Saya, {mename} (NIK {menik}), menanyakan {cert} {rel} dengan NIK {nik}.",
    "Data pelapor: {mename} / {menik}. Data {relshort}: NIK {nik}.",
    "Yang bermasalah {cert} {rel} (NIK {nik}), saya sendiri {mename}, NIK {menik}, hanya membantu.",
    "Sebagai identitas saya lampirkan NIK {menik}. Adapun NIK {rel} adalah {nik}.",
    "Nama saya {mename} (NIK {menik}); saya mewakili {rel} yang ber-NIK {nik}.",
    "Ini {mename}, NIK {menik}. Mau tanya soal {rel}, NIK {nik}.",
    "NIK {relshort}: {nik}. Saya pengirim email, {mename}, NIK {menik}.",
    "Kulo {mename} (NIK {menik}), nyuwun tulung kangge {rel} NIK {nik}.",
    "Perihal {cert} {rel} NIK {nik}; pelapor {mename}, NIK {menik}.",
    "Sa {mename}, NIK {menik}, sa lapor untuk {rel}, NIK {nik}.",
]
T["id"]["listed"] = [
    "NIK kami: {aname} {anik}, {bname} {bnik}.", "1) {aname} => {anik}\n2) {bname} => {bnik}",
    "{aname} (NIK {anik}) dan {bname} (NIK {bnik}) vaksin bersama.",
    "Data NIK: {aname} => {anik}; {bname} => {bnik}.",
    "Berikut NIK kami berdua:\n{aname}: {anik}\n{bname}: {bnik}", "{anik} a.n. {aname}, {bnik} a.n. {bname}.",
    "Kami berdua, {aname} ({anik}) dan {bname} ({bnik}), disuntik di lokasi yang sama.",
    "Nama dan NIK: {aname} {anik} / {bname} {bnik}", "\u2022 {aname} | NIK {anik}\n\u2022 {bname} | NIK {bnik}",
    "NIK {aname} {anik}, NIK {bname} {bnik}.", "Saya sertakan NIK kami: {anik} ({aname}) dan {bnik} ({bname}).",
    "{aname}: {anik}, {bname}: {bnik}",
]
T["id"]["listed_tail"] = [
    "Cuma {cert} punya saya yang {notyet}.", "Yang bermasalah ya punya saya sendiri.", "Satu sudah oke, sisa punya saya.",
    "{Cert} atas nama saya yang {notyet}.", "Mohon yang dicek milik saya saja.", "Masalahnya cuma di data saya.",
    "Yang satu lagi sudah dapat, saya belum.", "Punyaku yang {notyet} min.", "Yang perlu dibantu hanya {cert} saya.",
    "Cuma saya yang belum menerima {cert}.", "Kulo piyambak ingkang dereng angsal {cert}.",
    "Untuk saya pribadi, {cert} {notyet}.",
]
T["id"]["fwd_note"] = [
    "Saya teruskan lagi email saya yang belum ada balasan.", "Mohon maaf, keluhan saya yang di bawah saya kirim ulang.",
    "Meneruskan pesan sebelumnya, mohon ditanggapi.", "Ini email saya bulan lalu, sampai sekarang belum dijawab.",
    "Fwd lagi ya min, belum ada respon.", "Keluhan saya di bawah belum terjawab, mohon dibantu.",
    "Saya forward ulang, siapa tahu terlewat.", "Sekadar mengingatkan email saya yang di bawah.",
    "Nyuwun sewu, kulo kintunaken malih email kulo.",
]
T["id"]["fwd_note_ob"] = [
    "Saya teruskan email dari {rel}, mohon dibantu.", "Ini keluhan {rel} yang belum dibalas.",
    "Meneruskan pesan {rel} di bawah ini.", "{Rel} minta saya meneruskan email ini.",
    "Mohon ditanggapi email {rel} berikut.", "Email {relshort} di bawah belum ada jawaban, saya bantu teruskan.",
    "Saya forward keluhan {rel}, beliau sudah menunggu lama.", "Berikut email asli dari {rel}.",
    "Kulo aturaken email saking {rel}.",
]
T["id"]["quote_hdr"] = [
    "Pesan dari {oname} <{oemail}>, {date}:",
    "-----Pesan Asli-----\nDari: {oname} [mailto:{oemail}]\nDikirim: {date}\nPerihal: sertifikat vaksin",
    "Tanggal {date}, {oname} ({oemail}) menulis:", "Pd {date}, {oname} <{oemail}> mengirim pesan:",
    "Dari: {oname} <{oemail}>\nTanggal: {date}", "{date} {oname} <{oemail}>:", "Kutipan {oname} ({oemail}), {date}:",
]
T["id"]["desk_hdr"] = [
    "Pada tgl {date}, Admin Pengaduan <sertifikat@certdesk.local> menulis:",
    "-----Pesan Asli-----\nDari: Petugas Sertifikat [mailto:sertifikat@certdesk.local]\nDikirim: {date}",
    "{date} - sertifikat@certdesk.local menulis:",
    "Dari: Helpdesk Sertifikat <sertifikat@certdesk.local>\nTanggal: {date}",
    "Jawaban petugas sertifikat ({date}):", "--- Pada {date} Layanan Sertifikat menulis ---",
]
T["id"]["noise_person"] = [
    "Dek, tolong sekalian tanyakan punya Bapak ya, NIK {onik}, HP {ophone}.",
    "Ini data Om: NIK {onik}, no HP {ophone}. Punya dia sudah aman kok.",
    "Sertifikat saya sudah keluar ya, NIK {onik}, nomor {ophone}. Tinggal punyamu.",
    "Kalau mau cek punya nenek, NIK-nya {onik}, HP {ophone}.",
    "Punyaku udah beres kok, NIK {onik}, nomor {ophone}.",
    "Data tetangga kita: NIK {onik}, telp {ophone}, tolong dibantu juga kalau sempat.",
    "Sekalian cek punya Tante ya: {onik} / {ophone}.",
]
T["id"]["noise_desk"] = [
    "Sertifikat untuk NIK {onik} telah kami terbitkan ulang dan dikirim ke {ophone}.",
    "Nomor HP pada NIK {onik} sudah kami ganti menjadi {ophone}.",
    "Laporan untuk NIK {onik} sudah selesai; SMS terkirim ke {ophone}.",
    "Data NIK {onik} sudah kami koreksi, notifikasi dikirim ke {ophone}.",
    "Terima kasih. Untuk NIK {onik}, SMS sertifikat sudah diterima di nomor {ophone}.",
    "Kami sudah memproses NIK {onik}; silakan cek SMS di {ophone}.",
]
T["id"]["ask"] = [
    "Agar bisa kami telusuri, balas email ini dengan NIK Anda.",
    "Kami perlu NIK serta nomor telepon yang didaftarkan untuk menindaklanjuti laporan ini.",
    "Silakan kirimkan NIK dan tanggal vaksinasi Anda.", "Bolehkah kami mendapat NIK Bapak/Ibu sesuai e-KTP?",
    "Data belum dapat dicek tanpa NIK. Mohon dilengkapi.",
    "Sebutkan NIK Anda, juga nomor telepon waktu vaksinasi, supaya bisa kami bantu.",
]
T["id"]["footer"] = [
    "Dikirim dari ponsel cerdas Samsung Galaxy saya.", "Dikirim dari Outlook untuk Android",
    "Dikirim dari Email untuk Windows", "Dikirim dari Redmi saya", "Dikirim lewat Yahoo Mail (iOS)",
    "Dikirim dari perangkat OPPO saya", "Dikirim dari vivo smartphone", "Dikirim menggunakan aplikasi Email di Android",
    "Dikirim dari HP, maaf kalau ada salah ketik", "Dikirim dari iPad saya",
]

# --- English -------------------------------------------------------------------------------------------------
T["en"]["greet"] = ["Dear Sirs/Mesdames,", "Good afternoon from Medan,", "Hello there, helpdesk.", "Hi certificate people,", "Attn: vaccine certificate unit,",
                    "Dear Kemenkes officers,", "Greetings from a frustrated citizen,", "Hi, hope you're well.", "Good evening, sorry for the late mail.",
                    "Dear Helpdesk,", "Hello, good day.", "Dear Customer Service,", "Hey there,", ""]
T["en"]["close"] = ["Kind regards from Bali,", "Many thanks for reading,", "Warm wishes from Jogja,", "Yours truly and gratefully,", "Sincerely, and thanks again,",
                    "Thanks & regards,", "Cheers mate,", "Respectfully submitted,", "With many thanks,", "Best wishes to the team,",
                    "Thank you in advance.", "Really appreciate it,", "Take care and stay healthy,"]
T["en"]["subject"] = ["Vaccination certificate not issued", "Missing COVID vaccine certificate",
                      "Query re: my vaccination certificate", "Certificate still not showing",
                      "Request: vaccine certificate", "No vaccination certificate received", "Vax cert problem",
                      "Complaint - vaccine certificate", "Cannot locate my vax certificate anywhere",
                      "Help needed: COVID-19 certificate", "Vaccine certificate issue"]
T["en"]["subject_fix"] = ["Request to correct certificate details", "Error on my vaccine certificate",
                          "Certificate data incorrect", "Amendment of vaccination record", "Please fix my certificate",
                          "Wrong details on vax certificate", "Vaccine certificate correction request",
                          "Data mistake on certificate"]
T["en"]["subject_phone"] = ["Updating my mobile number", "Phone number changed", "Registered number no longer active",
                            "Request to change phone number", "New phone number for certificate SMS",
                            "Lost my SIM card", "Mobile number update request", "SMS never arrived - number changed"]
T["en"]["generic"] = [
    "I had my {dlast} on {when} at {fac}, yet my {cert} {notyet}.",
    "It's been {w} weeks since my jab and the {cert} {notyet}.",
    "I've checked {app} several times; my {cert} {notyet}.",
    "I am writing to report that I have not received my {cert}, despite being vaccinated at {fac}.",
    "My colleagues all got theirs, but my {cert} {notyet}.",
    "Could you kindly look into why my {cert} {notyet}? I received the {dlast} on {when}.",
    "Fully vaccinated here, but {app} shows no {cert} for me.",
    "I've just moved back to Indonesia after years overseas; got my {dlast} at {fac}, but no {cert} yet.",
    "Need my {cert} for an upcoming trip but it {notyet}.",
    "Weeks after my {dlast} ({when}), still no {cert} in {app}.",
    "Hi, just wondering why I haven't got my {cert}. Jabbed on {when}.",
    "Despite receiving the {dlast} at {fac}, I have yet to receive any {cert}.",
    "My {cert} {notyet} and it has been {w} weeks now.",
    "Please assist: no {cert} has come to me since vaccination on {when}.",
    "As of today my {cert} {notyet}, even though I was jabbed {w} weeks ago.",
    "I searching my NIK in {app}, the {cert} {notyet}.",
    "Sorry for disturbing, my {cert} until now {notyet}.",
    "I haven't seen a {cert} from you since my {dlast}.",
    "There's nothing under my name in {app} - no {cert} at all.",
    "Got vaccinated ages ago ({when}), still waiting on the {cert}.",
    "The {cert} for my vaccination {notyet}, kindly check.",
]
T["en"]["sms_lost"] = [
    "I might have wiped the text while tidying up my messages.",
    "Last month I had to reset the handset, and every old message went with it.",
    "The SMS may have landed while the phone was at the repair shop.",
    "I probably swiped it away without reading it.",
    "Could you resend the text message? I can't find it anymore.",
    "My children borrow the phone for games; one of them could have deleted it.",
    "I upgraded handsets (same SIM); texts from before the switch are gone.",
    "It may be buried under all the promo SMS I get.",
    "I might have received it but I can't locate it now.",
    "My phone got water damage and nothing was saved.",
    "Perhaps it came while I was on the road and got overlooked.",
    "I cleaned up my messages recently, it may have gone with them.",
]
T["en"]["no_phone"] = [
    "Back when I was vaccinated I had only a foreign SIM, no Indonesian number.",
    "I never filled in a phone number when registering.",
    "The staff at the site only took my KTP, not my number.",
    "My employer registered us in bulk without phone numbers.",
    "At the time I did not own a mobile phone.",
    "I'm not sure anyone ever wrote down my phone number.",
    "I registered through my neighbourhood head and no number was taken.",
    "I'd lost my phone around that time, so no number went on the form.",
    "I don't think a mobile number was ever recorded for me.",
    "The screening sheet had no phone number on it.",
    "I was vaccinated in a mass event where they only scanned IDs.",
    "No phone number was provided when I signed up.",
]
T["en"]["resend"] = [
    "My details got updated recently, yet the revised {cert} hasn't reached me.",
    "After the correction went through, no updated {cert} reached me.",
    "Could I get the newest version of my {cert}, please?",
    "I was told the record was fixed; where is the new {cert}?",
    "I need the corrected {cert} for a visa application.",
    "I only have the old {cert}; the updated one never came.",
    "The clinic confirmed my data was amended, but the new {cert} hasn't shown up.",
    "Could you re-issue the {cert} with the corrected details?",
    "I'm after the most recent {cert}, not the old one.",
    "Since the update I've had no SMS with a new {cert}.",
    "My correction was approved; I'm just waiting on the new {cert}.",
    "Kindly resend the updated {cert} to me.",
]
T["en"]["dose_pending"] = [
    "My {prev} appears, yet the {dose} I got on {when} is missing.",
    "I received my {dose} at {fac} on {when}; {app} still lists only my {prev}.",
    "There's a {cert} for my {prev} but none for my {dose}.",
    "The {dose} record {notinput}, although I had it {w} weeks ago.",
    "My vaccination history stops at the {prev}; the {dose} isn't there.",
    "Could you add my {dose}? It was given at {fac} on {when}.",
    "The {dose} I had on {when} hasn't been recorded; only the {prev} is.",
    "My physical vaccine card is stamped for the {dose}, but online I only have the {prev}.",
    "It's been {w} weeks since my {dose} and still nothing beyond the {prev}.",
    "The clinic says my {dose} data {notinput}; the {prev} is fine.",
    "Only my {prev} appears in {app}; my {dose} from {fac} is nowhere.",
    "Missing: {dose} (given {when}). Present: {prev}.",
    "Hello, I have done {dose} already but system only show {prev}.",
    "The {cert} for my {dose} {notyet}, although the one for the {prev} came fine.",
]
T["en"]["rec_pending"] = [
    "I was vaccinated at {fac} on {when}, yet no trace of it exists online.",
    "{App} still shows me as unvaccinated.",
    "When I look up my NIK, it says no vaccination data found.",
    "My vaccination data {notinput}, even though I definitely had the {dfirst}.",
    "Staff at {fac} told me my data {notinput}.",
    "I carry a paper card from the vaccination, but online there's nothing under my name.",
    "My vaccination status is blank, although I was last jabbed on {when}.",
    "{w} weeks on from the jab, my record still isn't there.",
    "Zero vaccination history for me in {app}.",
    "The puskesmas says my data {notinput}, so no {cert} can be issued.",
    "I attended the vaccination drive at {fac} ({when}) yet I'm still listed as not vaccinated.",
    "My name isn't on the list of vaccinated people at all.",
    "My record is empty - as if I never got the {dlast}.",
]
T["en"]["fix_full_name"] = [
    "On the {cert} my name reads {wrong}; it ought to say {right}.",
    "There's a spelling mistake in my name: {wrong} instead of {right}.",
    "Kindly swap the name {wrong} for {right}.",
    "Name on record: {wrong}\nName on my ID: {right}",
    "I am {right}, not {wrong} as printed on the {cert}.",
    "The name field says {wrong} - my full legal name is {right}.",
    "Can my name be fixed? It shows {wrong} but my KTP says {right}.",
    "Wrong name on my {cert} ({wrong}); correct: {right}.",
    "My passport name is {right}, so a {cert} showing {wrong} will cause trouble at the airport.",
    "The {cert} misspells my name as {wrong}. Correct spelling: {right}.",
    "{wrong} -> {right} (name correction, please)",
    "In {app} my name comes up as {wrong} when it is actually {right}.",
    "Name error: the record has {wrong}, it ought to be {right}.",
    "My name is not {wrong}. It is {right}.",
]
T["en"]["fix_birth_date"] = [
    "My date of birth is shown as {wrong}, but it's actually {right}.",
    "DOB on the {cert}: {wrong}. Correct DOB: {right}.",
    "Kindly update my birth date - {wrong} should become {right}.",
    "I was born on {right}, not {wrong}.",
    "Birth date on record: {wrong}\nBirth date on my ID: {right}",
    "The {cert} has my birthday wrong ({wrong}); it should read {right}.",
    "Incorrect date of birth: {wrong}. My KTP says {right}.",
    "My birthday is {right} - the record says {wrong}, which is wrong.",
    "Kindly amend my DOB to {right}; currently it's {wrong}.",
    "Date of birth mismatch - system: {wrong}, passport: {right}.",
    "They've put {wrong} as my birth date instead of {right}.",
    "Born {right}. The {cert} says born {wrong}. Please fix.",
    "Someone keyed my DOB as {wrong} by mistake; the correct one is {right}.",
]
T["en"]["fix_vaccinated_on"] = [
    "The date for my {dose} shows {wrong}; I truly got it on {right}.",
    "Wrong vaccination date on my {dose}: {wrong} instead of {right}.",
    "Please change the {dose} date from {wrong} to {right}.",
    "I received my {dose} on {right}, not on {wrong}.",
    "{Dose}: recorded {wrong}, correct {right}.",
    "My vaccine card says the {dose} was on {right}, but {app} shows {wrong}.",
    "Date correction for {dose}: {wrong} -> {right}.",
    "The {cert} lists {wrong} for the {dose}; the real date was {right}.",
    "The {dose} was given on {right}. The record has {wrong}, which is incorrect.",
    "Could you fix the date of the {dose}? It should be {right} rather than {wrong}.",
    "Incorrect {dose} date ({wrong}) - please update to {right}.",
    "My {dose} date is off: {wrong} on file, {right} in reality.",
    "I was jabbed ({dose}) on {right}; somehow it got logged as {wrong}.",
]
T["en"]["fix_vaccine"] = [
    "The vaccine for my {dose} is listed as {wrong}, but I was given {right}.",
    "Wrong brand on my {dose}: {wrong} instead of {right}.",
    "Kindly switch the vaccine type for the {dose} from {wrong} to {right}.",
    "For my {dose} I got {right} - not {wrong}.",
    "{Dose}: recorded as {wrong}, should be {right}.",
    "{App} says my {dose} was {wrong} - it was {right}.",
    "The puskesmas card says {right} for the {dose}, but the {cert} says {wrong}.",
    "Vaccine correction ({dose}): {wrong} -> {right}.",
    "The {cert} shows {wrong} as my {dose}; I received {right}.",
    "Brand mismatch on the {dose} - system {wrong}, actual {right}.",
    "For the {dose} I was injected with {right}; somehow it was entered as {wrong}.",
    "Could you correct the vaccine name for my {dose}? {right}, not {wrong}.",
]
T["en"]["fix_nik"] = [
    "The NIK on my {cert} is {wrong}, but my actual NIK is {right}.",
    "My NIK has one wrong digit on file: recorded {wrong}, correct {right}.",
    "Kindly amend the NIK in my vaccine data from {wrong} to {right}.",
    "My NIK is {right}, not {wrong} as shown in {app}.",
    "NIK on certificate: {wrong}\nNIK on KTP: {right}",
    "The staff keyed in my NIK as {wrong}; the real one is {right}.",
    "My vaccination data is stored under NIK {wrong} when it should be {right}.",
    "NIK correction: {wrong} -> {right}.",
    "There's a typo in the NIK on my {cert} ({wrong}); my ID number is {right}.",
    "The {cert} carries NIK {wrong}, which doesn't match my KTP ({right}).",
    "Recorded ID number {wrong} is off by a digit - mine is {right}.",
    "My national ID number is {right}; the record shows {wrong}.",
    "Wrong NIK on file ({wrong}). Correct NIK: {right}.",
]
T["en"]["fix_sex"] = [
    "My sex on the {cert} says {wrong}, but I am {right}.",
    "Gender field error: {wrong} instead of {right}.",
    "Please change my gender from {wrong} to {right}.",
    "I'm {right}, not {wrong} as listed in {app}.",
    "Gender on record: {wrong}\nActual gender: {right}",
    "Somehow I've been registered as {wrong} - I'm {right}.",
    "Sex correction: {wrong} -> {right}.",
    "My KTP says {right}, but the {cert} says {wrong}.",
    "Incorrect gender ({wrong}); it should be {right}.",
    "Could you switch my gender on file from {wrong} to {right}?",
    "The record lists me as {wrong}. I am {right}.",
    "Wrong sex on the {cert}: {wrong} (should be {right}).",
]
T["en"]["phone_changed"] = [
    "The old number, {old}, {inactive}; {newnum} {new}.",
    "At vaccination I put down {old}, but I've since changed to {new}.",
    "My phone and SIM ({old}) were stolen. Please use {new} instead.",
    "The registered number {old} {inactive}. {Newnum} {new}.",
    "Phone update please - from {old} to {new}.",
    "Old: {old} ({inactive})\nNew: {new}",
    "{old} was my Indonesian number before I went abroad and {inactive}; {newnum} {new}.",
    "I no longer use {old}. Please send everything to my new number {new}.",
    "The number I gave at vaccination, {old}, {inactive}, which is why the SMS never reached me. {Newnum} {new}.",
    "I switched providers, so {old} is gone; my new one is {new}.",
    "Lost my SIM ({old}) on a trip; I'm using {new} now.",
    "The number on record ({old}) {inactive}. My active number now is {new}.",
    "Could you replace {old} with {new} on my record? The old one {inactive}.",
    "New number: {new}. The previous one, {old}, {inactive}.",
    "My number changed from {old} to {new} when I moved to Bali.",
    "I can't receive texts on {old} anymore - please use {new}.",
]
T["en"]["phone_lost"] = [
    "I lost my phone along with the number {old}; no replacement SIM so far. Could you email the {cert}?",
    "The registered number {old} {inactive}; there's no replacement number yet.",
    "{old} {inactive}; I haven't got another SIM yet, so email is best.",
    "The SIM for {old} broke, and at the moment there's no other number I can give.",
    "My phone (number {old}) was snatched; until I sort out a new SIM, email only.",
    "The number used at vaccination ({old}) {inactive}. Currently I have no phone.",
    "{old} can't get texts anymore and no new line has been set up. Please reply by email.",
    "I'm overseas and {old} {inactive}; please send the {cert} by email.",
    "No access to {old} anymore and no new number yet - email only, please.",
]
T["en"]["contact"] = [
    "Mobile no.: {phone}", "Feel free to call me on {phone} if anything is unclear.", "WhatsApp me: {phone}",
    "I'm reachable at {phone}.", "Contact no. {phone}", "Please let me know on {phone} once the {cert} is ready.",
    "Phone (WhatsApp OK): {phone}", "Text or WhatsApp me at {phone}.", "For any follow-up: {phone}.",
    "Kindly send the {cert} to {phone}.", "Phone: {phone}", "Best number to call: {phone}",
]
T["en"]["duplicate"] = [
    "When I got my {dose} I registered with {other}, and it was recorded as a {dfirst} on a separate record.",
    "My {dose} shows up as another {dfirst}, probably because I used the number {other}.",
    "Looks like I've got two records: the {dose} went to a profile with {other}.",
    "My {cert} stops at the {prev}; the {dose} is on another record under {other}.",
    "I ended up with two {dfirst} certificates, but the second one should have been the {dose}.",
    "{App} has no {dose} for me, but there's a new record with {other} showing a {dfirst}.",
    "Two records seem to exist in my name; my {dose} was filed under the number {other}.",
    "I booked my {dose} using {other}, and the system took it as a {dfirst}.",
    "My history got split in two - the {dose} is on the record with {other}.",
    "Could you merge the two records? The {dose} is registered separately with {other}.",
    "Duplicate record: main one up to {prev}, then the {dose} as a new record with {other}.",
    "I used a family member's phone ({other}) for my {dose}, and now it reads as a {dfirst}.",
]
T["en"]["nik_self"] = [
    "My NIK: {nik}", "My ID card number is {nik}.", "Please find my NIK below:\n{nik}", "NIK {nik} ({name})",
    "Details: {name}, NIK {nik}", "NIK (as on KTP): {nik}", "For your reference, NIK {nik}.", "{nik} is my NIK.",
    "Full name: {name}\nNIK no.: {nik}", "National ID (NIK): {nik}", "Here's my NIK - {nik}", "NIK no. {nik}",
]
T["en"]["nik_kk"] = [
    "Family card no: {kk}, NIK: {nik}", "KK (family card) {kk}\nMy NIK {nik}",
    "Our family card is number {kk}, and my NIK is {nik}.", "KK - {kk} / NIK - {nik}",
    "Household card {kk}; personal NIK {nik}.", "Our KK is {kk}; mine NIK is {nik}.", "KK# {kk}\nNIK# {nik}",
    "Family card {kk} (my own NIK: {nik})", "I attach our KK number {kk} and my NIK {nik}.", "KK no. {kk} -- NIK {nik}",
    "Kartu Keluarga: {kk}, my NIK: {nik}",
]
T["en"]["phone_record"] = [
    "For the vaccine sign-up I used {phone}.", "Mobile given at vaccination registration: {phone}",
    "Search for me under {phone}; that's the number I registered.", "I wrote {phone} on the form when I got vaccinated.",
    "My vaccination record should be linked to {phone}.", "I registered with the number {phone} back then.",
    "Try finding my data with {phone}, the number I used to book.", "Phone number at sign-up: {phone}",
    "At the screening desk I gave {phone}.", "I don't have my KTP with me, but I registered with {phone}.",
    "Registration number (mobile): {phone}",
]
T["en"]["when_where"] = [
    "I was vaccinated at {fac} on {when}.", "Location: {fac}; date: {when}.", "The jab was on {when} at {fac}.",
    "Place and date: {fac}, {when}", "I got the injection at {fac}, {when}.", "Date {when}, venue {fac}.",
    "I attended {fac} for the vaccine on {when}.", "Jabbed at {fac} - {when}.",
    "Vaccination took place at {fac} on {when}.", "For the record: {fac}, {when}.",
]
T["en"]["ob_intro"] = [
    "This email is on behalf of {rel}.", "Could you please check the {cert} of {rel}?",
    "{Rel} struggles with email, which is why I'm the one writing.", "This isn't about me - it's about {rel}.",
    "I'm helping {rel} sort out their {cert}.", "{Rel} has no smartphone, hence this message from me.",
    "Re: {cert} for {rel}", "A question about {rel}'s {cert}, please.", "Writing for {rel}, who lives out of town.",
    "The problem concerns {rel}'s {cert}, not mine.", "I'm the relative looking after this for {rel}.",
    "Please help with a {cert} issue for {rel}.", "Asking on {rel}'s behalf.",
]
T["en"]["ob_nik"] = [
    "NIK belonging to {relshort}: {nik}", "Their NIK number: {nik}.", "Details: {name}, NIK {nik} ({relshort})",
    "Name: {name} / NIK: {nik}", "NIK of {rel}: {nik} ({name})", "Here is {relshort}'s ID number: {nik}",
    "{name}: NIK {nik}", "Please check NIK {nik} ({name}).", "{Relshort} has NIK {nik}.",
    "KTP number for {relshort}: {nik}", "Their national ID: {nik}, name {name}.",
]
T["en"]["ob_generic"] = [
    "{Relshort} had the {dlast} on {when}, but their {cert} {notyet}.",
    "Their {cert} {notyet} to this day.",
    "{Relshort} has waited {w} weeks with no {cert}.",
    "They never received an SMS with the {cert}.",
    "In {app}, {relshort}'s {cert} {notyet}.",
    "{Relshort} is fully vaccinated at {fac}, yet the {cert} {notyet}.",
    "I searched their NIK and the {cert} {notyet}.",
    "{Relshort} says no SMS about the {cert} ever came.",
    "They need the {cert} for a hospital visit, but it {notyet}.",
    "{Relshort} got the {dlast} back on {when}; no {cert} since.",
    "It's been {w} weeks since their jab and still no {cert}.",
    "They were vaccinated at {fac} but never got a {cert}.",
]
T["en"]["ob_pending"] = [
    "{Relshort} was vaccinated on {when} at {fac}, but nothing is on file.",
    "{App} still shows them as unvaccinated.",
    "Their vaccination data {notinput}.",
    "The staff at {fac} said their data {notinput}.",
    "They hold a paper card, yet the system shows nothing.",
    "We checked {relshort}'s NIK and found no vaccination history.",
    "It's been {w} weeks since their jab and the record still isn't in.",
    "{Relshort} definitely received the {dfirst}, yet nothing is recorded.",
    "No vaccination history for them in {app}.",
    "They attended the vaccination at {fac} on {when}, but are still listed as unvaccinated.",
    "The puskesmas says {relshort}'s data {notinput}, so no {cert} can be issued.",
    "None of {relshort}'s vaccinations appear in {app}.",
]
T["en"]["ob_dose"] = [
    "{Relshort}'s {prev} is recorded, but the {dose} from {when} isn't.",
    "They had the {dose} at {fac}, yet {app} only shows the {prev}.",
    "Their {dose} data {notinput}; the {prev} is there.",
    "Their history stops at the {prev}; no {dose}.",
    "Only the {cert} for the {prev} came; nothing for their {dose}.",
    "On {when} {relshort} received the {dose} at {fac}, but it hasn't been recorded.",
    "Please check their {dose} - the {prev} is fine.",
    "{w} weeks since {relshort}'s {dose}, still only the {prev} on record.",
    "{Relshort}'s card is stamped for the {dose}, but online it's just the {prev}.",
    "The {dose} is missing from {relshort}'s history, which ends at the {prev}.",
    "Staff told us their {dose} {notinput}; the {prev} is complete.",
]
T["en"]["ob_contact"] = [
    "My number (family) is {phone}, call any time.", "For anything that needs confirming, I'm on {phone}.",
    "WhatsApp (me, the relative): {phone}", "Contact of the person reporting: {phone}", "Please call me at {phone}; they're hard to reach.",
    "My mobile is {phone}.", "You can update me via {phone}.", "Number to reach me: {phone}",
    "I can be phoned on {phone} about this.", "Contact me, the sender, at {phone}.",
    "Ring me on {phone} and I'll pass it on.",
]
T["en"]["two_self"] = [
    "{Rel}'s {cert} (NIK {relnik}) arrived, but mine, under NIK {nik}, {notyet}.",
    "My NIK is {nik} - that's the one with the problem. {Relshort}'s NIK {relnik} is fine.",
    "We were vaccinated together; {relshort} ({relnik}) got the {cert}, I ({nik}) didn't.",
    "Please check my NIK {nik}; {rel}'s NIK {relnik} has no issues.",
    "Sorted: {relshort}, NIK {relnik}.\nNot sorted: me, NIK {nik}.",
    "{Rel} ({relnik}) shows up in {app}, whereas I ({nik}) don't.",
    "{relnik} belongs to {rel} and is done. I'm {nik}, and my {cert} {notyet}.",
    "{Rel} and I were jabbed at the same place - theirs ({relnik}) came through, mine ({nik}) {notyet}.",
    "Only my NIK {nik} needs checking; {relshort} ({relnik}) already has theirs.",
    "My {cert} (NIK {nik}) {notyet}, whereas {rel}, NIK {relnik}, has received it.",
    "NIK {relnik} - {relshort} - received.\nNIK {nik} - me - still missing.",
    "The problem is with me ({nik}), not {rel} ({relnik}).",
]
T["en"]["typo_fix"] = [
    "Sorry, the NIK in my previous email had a typo ({bad}). The correct one is {nik}.",
    "Correction: my NIK is {nik}, not {bad}.",
    "The NIK I sent earlier ({bad}) was one digit off; it's {nik}.",
    "Please ignore {bad}, that was a mistake. My NIK is {nik}.",
    "Amendment: NIK {nik} (previously written as {bad}).",
    "Oops, I fat-fingered my NIK as {bad}. It should be {nik}.",
    "The NIK {bad} in my last message is wrong; please use {nik}.",
    "I wrote {bad} before; the genuine NIK is {nik}. Apologies.",
    "Let me restate my correct NIK: {nik}. {bad} was a typo.",
    "Right NIK: {nik}. Wrong one I sent: {bad}.",
    "My apologies - {nik} is my NIK, not {bad} as I typed earlier.",
    "Please disregard the earlier {bad}; {nik} is correct.",
]
T["en"]["reporter"] = [
    "I'm {mename}, NIK {menik}, writing for {rel}, whose NIK is {nik}.",
    "Reported by: {mename} - NIK {menik}\nOn behalf of: {rel} - NIK {nik}",
    "My name is {mename} (NIK {menik}). I'm handling the {cert} for {rel}, NIK {nik}.",
    "My own NIK is {menik}; the NIK of {rel}, who has the problem, is {nik}.",
    "I, {mename} (NIK {menik}), am enquiring about the {cert} of {rel} (NIK {nik}).",
    "Sender: {mename} / {menik}. Patient: {relshort} / NIK {nik}.",
    "The issue is with {rel}'s {cert} (NIK {nik}); I'm {mename}, NIK {menik}, just helping.",
    "For ID purposes, my NIK is {menik}. {Rel}'s NIK is {nik}.",
    "This is {mename} (NIK {menik}) on behalf of {rel}, NIK {nik}.",
    "{Relshort}'s NIK: {nik}. I'm the sender, {mename}, NIK {menik}.",
    "Regarding the {cert} of {rel} (NIK {nik}); reported by {mename}, NIK {menik}.",
    "Hi, {mename} here, NIK {menik}. Asking about {rel}, NIK {nik}.",
]
T["en"]["listed"] = [
    "Our NIKs: {aname} {anik}, {bname} {bnik}.", "a. {aname} - {anik}\nb. {bname} - {bnik}",
    "{aname} (NIK {anik}) and {bname} (NIK {bnik}) were vaccinated together.",
    "NIKs: {aname} -> {anik}; {bname} -> {bnik}.", "Both of our NIKs:\n{aname}: {anik}\n{bname}: {bnik}",
    "{anik} for {aname}, {bnik} for {bname}.",
    "The two of us, {aname} ({anik}) and {bname} ({bnik}), got jabbed at the same site.",
    "Names & NIKs: {aname} {anik} | {bname} {bnik}", "+ {aname} [NIK {anik}]\n+ {bname} [NIK {bnik}]",
    "NIK of {aname}: {anik}. NIK of {bname}: {bnik}.", "Attaching our NIKs: {anik} ({aname}) and {bnik} ({bname}).",
]
T["en"]["listed_tail"] = [
    "Only my {cert} {notyet}.", "It's mine that has the problem.", "One of them is fine; mine is still outstanding.",
    "The {cert} in my name {notyet}.", "Please check mine only.", "The issue is just with my record.",
    "The other person got theirs; I haven't.", "Everyone's sorted except me.", "Mine is the only one that needs help.",
    "Just me left without a {cert}.", "As for me, my {cert} {notyet}.",
]
T["en"]["fwd_note"] = [
    "Forwarding my previous mail as nobody answered.", "Resending my complaint below.",
    "Bumping this - I haven't heard anything back.", "My first message is below, please read.",
    "Sending again in case it got missed.", "This is my email from last month; no response yet.",
    "Chasing up the message below.", "Re-forwarding, would appreciate an answer this time.",
]
T["en"]["fwd_note_ob"] = [
    "Forwarding an email from {rel}, please help.", "This is {rel}'s complaint, which hasn't been answered.",
    "Passing on the message from {rel} below.", "{Rel} asked me to forward this.",
    "Please respond to {rel}'s email below.", "{Relshort}'s email below got no reply, so I'm forwarding it.",
    "Sending on {rel}'s original complaint.", "See below - written by {rel}.",
]
T["en"]["quote_hdr"] = [
    "At 21:07 on {date}, {oname} <{oemail}> wrote:",
    "-----Original Message-----\nFrom: {oname} <{oemail}>\nSent: {date}\nSubject: vaccine certificate",
    "{oname} [{oemail}] said on {date}:", "Quoting {oname} <{oemail}> ({date}):", "From: \"{oname}\" <{oemail}>\nDate: {date}",
    "{date} - {oname} <{oemail}>:", "--- On {date}, {oname} <{oemail}> wrote ---",
]
T["en"]["desk_hdr"] = [
    "On {date}, MoH Certificate Desk <sertifikat@certdesk.local> wrote:",
    "-----Original Message-----\nFrom: Vaksin Helpline <sertifikat@certdesk.local>\nSent: {date}\nSubject: RE: your complaint",
    "{date}, sertifikat@certdesk.local wrote:",
    "From: Kemenkes Certificates <sertifikat@certdesk.local>\nSent: {date}",
    "Reply from the helpdesk, {date}:", "--- On {date} the certificate service wrote ---",
]
T["en"]["noise_person"] = [
    "Could you also ask about Dad's? NIK {onik}, phone {ophone}.",
    "Mine came through already - NIK {onik}, number {ophone}.",
    "Here are Grandma's details in case: {onik}, {ophone}.",
    "My cert is sorted, NIK {onik}, mobile {ophone}. Just yours left.",
    "Please check our neighbour too: NIK {onik}, tel {ophone}.",
    "Auntie's info: NIK {onik} / HP {ophone}.",
]
T["en"]["noise_desk"] = [
    "The certificate for NIK {onik} has been reissued and sent to {ophone}.",
    "Phone for NIK {onik} updated to {ophone} as requested.",
    "Ticket for NIK {onik} resolved; SMS delivered to {ophone}.",
    "NIK {onik} has been corrected; a notification went to {ophone}.",
    "For NIK {onik}, our records show the SMS was received at {ophone}.",
    "NIK {onik} is done; kindly look for the SMS on {ophone}.",
]
T["en"]["ask"] = [
    "If you answer with your KTP's NIK, we'll trace your record.",
    "We'll need two things to follow up: your NIK, and which phone you registered.",
    "Could you tell us your NIK, plus when you were vaccinated?", "Which NIK appears on your ID card?",
    "We cannot check without your NIK. Please provide it.",
    "To help, we require your NIK as well as the number you registered with.",
]
T["en"]["footer"] = [
    "Sent from my Galaxy Tab", "Sent from Outlook for iOS", "Sent from Outlook Lite", "Sent from HUAWEI Mail",
    "Sent from ProtonMail mobile", "Sent from my iPhone - please excuse typos", "Sent via the Samsung Email app",
    "Typed on a tiny keyboard, sorry for brevity",
]

# --- Mixed (Jakarta English, chat) ---------------------------------------------------------------------------
T["mix"]["greet"] = ["Hi min, selamat pagi.", "Hello kak, good evening.", "Dear admin, permisi.",
                     "Hai admin, sorry ya ganggu malem2.", "Good morning Pak/Bu,", "Halo team, selamat siang!", "Morning kak, permisi ya.",
                     "Hi there, salam kenal.", "Hey min,"]
T["mix"]["close"] = ["Thank you ya, salam.", "Thanks kak, ditunggu.", "Makasih, have a good one.",
                     "Regards, makasih banyak.", "Tq min, God bless.", "Thanks before ya kak.", "Cheers, makasih.",
                     "Best, terima kasih."]
T["mix"]["generic"] = [
    "Min, I've been waiting {w} weeks tapi {cert} {notyet} nih.",
    "Hello admin, sy udh vaccinated di {fac} but {cert} {notyet}.",
    "Sorry ganggu, my {cert} {notyet}, padahal udah {dlast} on {when}.",
    "Kak, can you check kenapa {cert} aku {notyet}? Thanks.",
    "Honestly bingung, {cert} {notyet} di {app}, already fully vaccinated.",
    "Admin please, {cert} saya {notyet}, I need it for kerja.",
    "So basically aku udah dapat {dlast} tapi the {cert} {notyet}.",
    "Guys tolong, {cert} gw {notyet} and I have a flight next week.",
    "Already cek {app} berkali-kali, still no {cert}.",
    "Btw min, {cert} ku {notyet} since {when}, gimana ya?",
    "Urgent ya, {cert} {notyet} padahal vaccinated at {fac}.",
    "Permisi, mau tanya why my {cert} {notyet}? Vaksinnya udah {w} minggu.",
    "Hi kak, {cert} for me {notyet} sampai sekarang.",
]
