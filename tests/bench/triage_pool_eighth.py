"""The triage benchmark's eighth phrase pool, `eighth` (imported by gen_triage.py).

Written blind, as a further honest held-out measure: by a helper who read neither
certdesk's rules (its sources, lexicons, tests or docs) nor any mail, benchmark output or
git history the product produced. It read only gen_triage.py (what each template key
means, which {slots} it is given, what self_check demands of the text),
triage_pool_seventh.py (for the interface only: its docstring, formatters and small tables
were read, which showed its first few greetings and complaints too; its template keys,
slots and counts were listed by a script rather than read as wording),
check_triage_independent.py, score_triage.py and .ci/bench-triage (for the wiring). The
wording is new: it shares no multi-word phrase with `dev`, `heldout`, `fresh`, `fourth`,
`fifth`, `sixth` or `seventh` (gen_triage.py checks this at start-up). To stay clear of
those pools the helper compared its own text against theirs by script (whole items, their
items of three words or more found inside its lines, then shared runs of five words or
more, slots not counted as words; for its fillers also runs of four) and rewrote its own
lines where they ran alike; the script printed only the helper's lines and the shared run,
so fragments of the other pools were seen, none of the rules'.
The other pools' phone and date formatters were rendered once, on one sample number and
date, to pick shapes of this pool's own.

The voices are people writing to a ministry helpdesk in 2021 and 2022: formal letters
(surat dinas), WhatsApp/SMS spelling, Javanese (krama and ngoko), Sundanese, Betawi, Minang,
Batak/Medan, Bugis/Makassar, Madurese, Balinese, Acehnese, Banjar and Palembang turns of
phrase, eastern Indonesian and Papuan Malay, code-mixed English, pensioners, students,
migrant workers home from abroad, children, grandchildren, spouses and in-laws writing for a
relative, teachers and nurses; angry, desperate, polite, rambling and one-line mails. The
hard cases are written several ways each: whose NIK is whose when a mail carries two (the
writer's and a relative's; a mistyped one and the right one), which certificate came and
which did not, how a wrong field and its right value are named (label before or after the
value, in parentheses, on lines of their own, as a list, with an arrow), and why the number
on the record no longer reaches the citizen (dead, lapsed, lost, stolen, sold, blocked, a
late parent's, an ex-spouse's, a child's, a former office's). Standard library only;
nothing here looks around the repository.

Constraints kept from gen_triage.py:
  fix_nik templates quote {wrong} (the NIK on record must be in the mail);
  nik_kk puts {kk} before {nik};
  two_self names both {nik} and {relnik}, reporter both {menik} and {nik}, listed both
  {anik} and {bnik}, typo_fix {bad} and {nik}; phone_changed and phone_lost quote {old};
  the hint keys (sms_lost, no_phone, resend), listed_tail, greet, close, subjects,
  fwd_note, ask and footer get fillers only ({cert}, {app}, {notyet}, ...), no values;
  duplicate gets {dose}, {prev}, {other}, {dfirst} (no {when}, {fac} or {w});
  dose_pending and ob_dose never use {dlast} (it is the pending dose itself);
  rec_pending and ob_pending never tie {dfirst} to {when} or {fac} ({when} is the last
  dose really given, {fac} the last dose's place);
  contact and ob_contact are given a number that may or may not be the one on record, so
  they call it neither old nor new (nor current); listed names the two people in either
  order, so listed_tail points at "mine", never at "the first" or "the one above".

Tables, each for this pool alone (gen_triage.py files them under the key "eighth"):
  T          templates by language ("id", "en", "mix") and key
  FILL       slot fillers ({cert}, {app}, {notyet}, ...) by language
  DOSE       how a dose is named, by language and dose number
  REL        relatives: (written, short, sex, generation)
  VAXNAME    vaccine names as citizens write them, by brand code
  SLANG      chat abbreviations applied to informal Indonesian
  SEX_WORDS  words for the sexes, by language
and two formatters, phone_shapes() and date_formats(), for this pool's own ways of
writing a mobile number and a date.
"""

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"0{a}{b[:1]} {b[1:]} {c}", f"0{a}{b[:2]}-{b[2:]}{c}", f"(+62){a}{b}{c}", f"0{a} \u2013 {b} \u2013 {c}",
            f"62 {a}{b} {c}", f"0{a} {b} {c[:2]} {c[2:]}", f"+62 {a}/{b}/{c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    if lang == "id":
        return [lambda: f"{d.day}/{d.month:02d}/{d.year}",
                lambda: f"{d.day:02d} {MONTHS_ID[m][:3].upper()} {d.year}",
                lambda: f"{DAYS_ID[d.weekday()]}, {d.day}-{d.month}-{d.year}",
                lambda: f"{d.day:02d} {d.month:02d} {d.year}",
                lambda: f"{d.day}-{MONTHS_ID[m]}-{d.year}"]
    return [lambda: f"{MONTHS_EN[m]} {d.day:02d}, {d.year}",
            lambda: f"{d.day} {MONTHS_EN[m][:3]}, {d.year}",
            lambda: f"{MONTHS_EN[m][:3]}. {d.day}, {d.year}",
            lambda: f"{DAYS_EN[d.weekday()][:3]}, {d.day:02d} {MONTHS_EN[m]} {d.year}",
            lambda: f"{d.day:02d}.{MONTHS_EN[m][:3].upper()}.{d.year}"]


FILL = {
    "id": {
        "cert": ["sertifikat vaksin Covid", "setifikat vaksin", "sertifikat vaksinasi versi digital", "e-sertif vaksin",
                 "kartu vaksinasi digital", "sertifikat vaksinasi COVID19", "surat sertifikat vaksin"],
        "app": ["akun PL punya saya", "PeduliLindungi versi terbaru", "apps PL", "apl. SatuSehat",
                "situs SatuSehat", "SatuSehat di ponsel", "aplikasi PeduliLindungi-nya"],
        "notyet": ["belum tampak", "tak muncul-muncul", "belum ada wujudnya", "masih blank", "belum keluar-keluar",
                   "tidak ada jejaknya", "masih belum terbit-terbit"],
        "req": ["Semoga Bapak/Ibu sudi menolong kami.", "Sebelumnya kami ucapkan beribu terima kasih.",
                "Tolong banget ya min, urgent.", "Saya tunggu kabar baiknya.", "Semoga ada jalan keluar, amin.",
                "Mohon segera diproses, terima kasih.", "Bantu kami ya Pak, Bu.", "Kalau sudah selesai mohon dikabari."],
        "fixreq": ["Mohon dikoreksi mengikuti KTP saya.", "Apa perlu saya kirim scan KTP?",
                   "Tolong lekas diperbaiki ya, mau segera dipakai.", "Prosedurnya bagaimana untuk ralat data?",
                   "Bisa diperbaiki lewat email saja atau harus datang ke puskesmas?", "Mohon pembetulannya.",
                   "Saya siap mengirim dokumen pendukung."],
        "inactive": ["tak bisa lagi ditelepon", "sudah lama tak bernyawa", "sudah diputus operator", "masa aktifnya habis",
                     "sudah saya pensiunkan", "sekarang sudah milik orang lain", "sudah terblokir"],
        "newnum": ["nomor saya yang baru", "kini dapat dihubungi lewat", "penggantinya ialah", "nomor terbaru saya",
                   "pindah ke nomor", "nomor pengganti saya", "yang aktif kini"],
        "notinput": ["belum diketik ke sistem", "belum diinput puskesmas", "belum dilaporkan ke pusat", "belum terdata",
                     "belum disetorkan vaksinator", "belum naik ke server pusat", "masih tertahan di faskes"],
    },
    "en": {
        "cert": ["COVID jab certificate", "COVID-19 vaccine certificate", "digital proof of vaccination", "e-vax card",
                 "Covid-19 e-certificate", "e-certificate of vaccination", "certificate of COVID vaccination"],
        "app": ["the PeduliLindungi mobile app", "my PL profile", "PL (PeduliLindungi)", "SatuSehat on Android",
                "the SatuSehat portal", "the government PeduliLindungi app"],
        "notyet": ["has not surfaced", "is still not there", "is nowhere in sight", "still isn't showing",
                   "never appeared", "is blank", "is yet to show up"],
        "req": ["Thanking you in anticipation.", "Hoping you can sort this out.", "Please advise what to do.",
                "I'll keep an eye on my inbox for your answer.", "Whatever help you can give is welcome.", "I'd be grateful for a quick reply.",
                "Thank you for your patience with me."],
        "fixreq": ["Please make the correction.", "Do you need a scan of my KTP?", "Please fix this soon, I need it.",
                   "What's the process for correcting data?",
                   "Can this be fixed by email, or must I go to the puskesmas?",
                   "I'm happy to send supporting documents.", "Kindly update the data."],
        "inactive": ["has been dead since last year", "got cut by the telco", "is no longer in service",
                     "lapsed because I didn't top up", "was taken over by someone else", "can't be used anymore",
                     "went out of service"],
        "newnum": ["my number going forward is", "my replacement number is", "the SIM I carry now is",
                   "my active line now is", "kindly swap it for", "these days I'm on"],
        "notinput": ["hasn't been logged", "still isn't in the system", "never got uploaded",
                     "hasn't been synced by the clinic", "is absent from the database", "hasn't gone through"],
    },
}

DOSE = {
    "id": {1: ["dosis nomor satu", "injeksi pertama", "vaksin yg pertama"],
           2: ["dosis nomor dua", "injeksi kedua", "vaksin yg kedua"],
           3: ["dosis nomor tiga", "injeksi ketiga", "booster yg pertama"]},
    "en": {1: ["shot one", "injection no. 1", "jab one"],
           2: ["shot two", "injection no. 2", "jab two"],
           3: ["shot three", "injection no. 3", "third jab"]},
}

# (written, short, sex of the relative, generation: older, younger, sibling, same)
REL = {
    "id": [("umak saya", "umak", "F", "older"), ("biyung saya", "biyung", "F", "older"),
           ("ambu saya", "ambu", "F", "older"), ("amang saya", "amang", "M", "older"),
           ("apak saya", "apak", "M", "older"), ("ayah mertua saya", "ayah mertua", "M", "older"),
           ("babeh saya", "babeh", "M", "older"), ("nini saya", "nini", "F", "older"),
           ("bibi saya", "bibi", "F", "older"), ("paklik saya", "paklik", "M", "older"),
           ("bapa tua saya", "bapa tua", "M", "older"), ("anak tertua saya", "si kakak", None, "younger"),
           ("anak bujang saya", "si bujang", "M", "younger"), ("anak wedok saya", "si genduk", "F", "younger"),
           ("cucu perempuan saya", "cucu", "F", "younger"), ("ponakan saya", "ponakan", None, "younger"),
           ("mbakyu saya", "mbakyu", "F", "sibling"), ("adik bungsu saya", "adik bungsu", None, "sibling"),
           ("kakak ipar saya", "kakak ipar", None, "sibling"), ("teman hidup saya", "teman hidup saya", None, "same")],
    "en": [("my ma", "ma", "F", "older"), ("my pops", "pops", "M", "older"),
           ("my nan", "nan", "F", "older"), ("my gramps", "gramps", "M", "older"),
           ("my tante", "tante", "F", "older"), ("my stepmother", "stepmom", "F", "older"),
           ("my teenage son", "the boy", "M", "younger"), ("my last-born daughter", "the youngest", "F", "younger"),
           ("my grandson", "my grandson", "M", "younger"), ("my elder sis", "sis", "F", "sibling"),
           ("my kid brother", "my kid brother", "M", "sibling"), ("my life partner", "partner", None, "same")],
}

VAXNAME = {"coronavac": ["Sinovac Life Sciences", "Coronavac", "SinoVac"],
           "astrazeneca": ["Astra-Zeneca", "AZ (AstraZeneca)", "astra zenika"],
           "comirnaty": ["Pfizer (BNT)", "Pfiser", "Comirnaty/Pfizer"],
           "moderna": ["Moderna", "Spikevax Moderna"],
           "sinopharm": ["Sinopharm", "Sinoparm", "Sinopharm BBIBP"],
           "biofarma": ["Biofarma Bandung", "BIOFARMA"],
           "sputnik-v": ["SputnikV", "Sputnik V buatan Rusia"],
           "convidecia": ["Cansino", "CanSinoBio Convidecia"],
           "novavax": ["NovaVax", "Novavax/Nuvaxovid"]}

SLANG = {"saya": ["sy", "sayaa"], "tidak": ["tdk", "gak", "ga"], "sudah": ["sdh", "udh", "dh"],
         "belum": ["blm", "blom"], "yang": ["yg"], "dengan": ["dgn"], "untuk": ["utk", "bwt"],
         "tanggal": ["tgl"], "nomor": ["nmr", "nmor"], "karena": ["krn"], "sekarang": ["skrg", "skrng"],
         "bagaimana": ["gmn", "gmana"], "terima kasih": ["tks", "mksh", "trimakasih"], "mohon": ["mhn"],
         "tolong": ["tlg", "tulung"], "kalau": ["klo", "kalo"], "sertifikat": ["sertif", "srtfkt"], "tapi": ["tp"],
         "juga": ["jg"], "padahal": ["pdhl"], "sampai": ["smpe", "sampe"], "bapak": ["bpk"], "saja": ["aja", "sj"],
         "bisa": ["bs", "bsa"], "dari": ["dr"], "atau": ["ato", "atw"], "kemarin": ["kmrn", "kemaren"],
         "lagi": ["lg"], "pakai": ["pake", "pk"], "sama": ["sm"], "begitu": ["gitu"], "memang": ["emang"],
         "segera": ["sgr"], "nanti": ["ntar", "nnti"]}

SEX_WORDS = {"id": {"M": ["lanang", "laki2", "lk / L"], "F": ["wadon", "prmpuan", "pr / P"]},
             "en": {"M": ["male", "M (male)"], "F": ["female", "F (female)"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia: surat resmi, WA, lansia, perantau, logat daerah -------------------------------------
T["id"]["greet"] = ["Yth. Bapak/Ibu pengelola layanan sertifikat,", "Kepada tim sertifikat@ yang saya hormati,",
                    "Assalamu'alaikum warahmatullah,", "Punten, wilujeng enjing,", "Permisi min, mau nanya,",
                    "Om Swastyastu,", "Sampurasun,", "Malam Pak/Bu, maaf ganggu malam-malam.",
                    "Nuwun sewu Bapak Ibu petugas,", "Bismillah. Selamat siang admin,", "Ass. wr. wb.",
                    "Salam sehat untuk Bapak/Ibu di Kemenkes,", "Mohon maaf sebelumnya,", "Dengan segala hormat,",
                    "Selamat pagi menjelang siang,", "Haloo kak", "Met pagi semua,", ""]
T["id"]["close"] = ["Besar terima kasih saya atas perhatian Bapak dan Ibu sekalian.", "Wassalam, hormat kami,",
                    "Nuhun pisan, Kang/Teh.", "Suksma,", "Trimakasih min, ditunggu ya.", "Salam dari kampung,",
                    "Makase banyak, Tuhan berkati.", "Terima kasih, semoga petugas semua diberi kesehatan.",
                    "Wassalamualaikum.", "Nuwun.", "Mauliate ma, Amang/Inang.", "Tarimo kasih banyak.", "Terimong geunaseh.",
                    "Salam hangat,"]
T["id"]["subject"] = ["Sertifikat vaksin saya belum terbit", "Mohon dicek: sertifikat vaksin saya", "Aduan perihal sertifikat vaksinasi",
                      "sertif vaksin ga muncul2", "[PENTING] sertifikat vaksin", "Permohonan bantuan: sertifikat belum diterima",
                      "Tanya status sertifikat vaksin", "vaksin sdh, sertifikat blm", "Sertifikat tidak ada di PeduliLindungi",
                      "Keluhan warga soal sertifikat vaksin"]
T["id"]["subject_fix"] = ["Mohon ralat identitas di sertifikat vaksin", "Pembetulan data vaksinasi",
                          "Isi sertifikat beda dengan KTP", "salah tulis di sertif vaksin",
                          "Revisi isian sertifikat vaksin", "Koreksi identitas vaksin", "Permohonan pembetulan sertifikat"]
T["id"]["subject_phone"] = ["Pergantian nomor handphone", "No HP terdaftar sudah ganti", "Mohon update no HP data vaksin",
                            "Ganti nomer WA", "HP hilang, nomor tidak bisa dipakai", "Nomor telepon pada data vaksin perlu diubah",
                            "Perubahan kontak untuk sertifikat"]
T["id"]["generic"] = [
    "Dengan hormat, bersama surel ini saya sampaikan bahwa {dlast} telah saya jalani di {fac} tanggal {when}, akan tetapi {cert} saya {notyet}.",
    "Min, aku udah vaksin lengkap tapi {cert} ku {notyet}. Gmn ini?",
    "Kulo sampun vaksin {dlast} wonten {fac}, nanging {cert} {notyet} ngantos sakmenika.",
    "Abdi tos divaksin di {fac} tanggal {when}, tapi {cert} na {notyet}.",
    "Aye udah disuntik {dlast} tanggal {when}, eh {cert} aye {notyet} aja di {app}.",
    "Lah bara kali ambo cek {app}, {cert} ambo {notyet}. Padahal alah vaksin di {fac}.",
    "Sudah {w} minggu lewat sejak saya divaksin, {cert} {notyet}. Ini bagaimana, Pak?",
    "Saya pensiunan guru, umur sudah tujuh puluh lebih. Vaksin {dlast} sudah saya ikuti di {fac} tanggal {when}, "
    "tapi kata cucu saya {cert} {notyet}.",
    "Kami ini orang kampung, tidak paham teknologi. Sudah ikut vaksin di {fac}, cuma {cert} {notyet}.",
    "Saya pekerja migran di Malaysia, waktu pulang kampung sempat vaksin {dlast} di {fac} ({when}). Sekarang mau "
    "balik kerja tapi {cert} {notyet}, padahal wajib untuk berangkat.",
    "Mahasiswa tingkat akhir nih min, butuh {cert} buat kuliah tatap muka tapi {notyet} di {app}.",
    "Apakah ada masalah dengan data saya? Saya vaksin {when}, {cert} {notyet} sampai detik ini.",
    "Sudah capek saya bolak-balik ke {fac}, katanya sudah beres, tapi {cert} tetap {notyet}!!!",
    "Beta su vaksin di {fac} tanggal {when}, mar {cert} {notyet} sampe sekarang.",
    "Sa sudah suntik {dlast} di {fac}, tapi {cert} {notyet}, padahal sa mau pake untuk naik kapal.",
    "Kalau buka {app} tulisannya tidak ada {cert}. Padahal tanggal {when} saya jelas-jelas disuntik.",
    "Bah, macam mana ini? Sudah {w} minggu {cert} awak {notyet}.",
    "Iye', saya sudah vaksin di {fac} tanggal {when}, tapi {cert} saya {notyet} ki' di {app}.",
    "Kaula sampun vaksin {dlast} e {fac} tanggal {when}, tape {cert} {notyet}.",
    "Tiang sampun vaksin ring {fac}, nanging {cert} tiang {notyet}.",
    "Ulon ka lheuh vaksin di {fac}, tapi {cert} {notyet} sampai uroe nyoe.",
    "Ulun sudah vaksin di {fac} tanggal {when}, tapi {cert} ulun {notyet} jua.",
    "Wong aku lah vaksin {dlast} di {fac}, tapi {cert} aku {notyet} nian.",
    "Vaksin: sudah ({dlast}, {when}).\n{Cert}: {notyet}.\nMohon dicek.",
    "Singkat saja: vaksin lengkap, {cert} {notyet}.",
    "Saya perawat, ikut vaksin tenaga kesehatan gelombang awal di {fac}, ironisnya {cert} saya sendiri {notyet}.",
    "Ibu-ibu pengajian di tempat saya sudah pada dapat {cert}, tinggal kepunyaan saya seorang yang {notyet}.",
]
T["id"]["sms_lost"] = [
    "Memori HP saya sering penuh dan pesannya saya hapusi, mungkin SMS itu ikut terbuang.",
    "Ponsel saya pernah masuk tukang servis dan direset, isinya bersih semua.",
    "Anak saya suka main HP, bisa jadi SMS {cert} terhapus olehnya.",
    "SMS yang masuk ke HP saya banyak sekali promo, mungkin yang berisi {cert} ikut terhapus.",
    "Saya kurang teliti; bisa jadi pesannya datang lalu tertimbun pesan lain.",
    "Pesan singkatnya mungkin pernah ada, tapi HP lama saya rusak kena air; kartunya masih sama, isinya yang hilang.",
    "Seingat saya dulu ada SMS masuk, tapi sudah saya hapus karena saya kira penipuan.",
    "Aplikasi pembersih di HP otomatis menghapus SMS lama, mungkin termasuk yang itu.",
    "Nomor saya masih sama, cuma HP-nya sudah ganti baru dan SMS lama tidak ikut pindah.",
    "Barangkali pesannya tersaring ke kotak spam lalu terbuang.",
    "Dulu memang ada SMS berisi tautan {cert}, tapi tautannya tidak saya simpan.",
    "SMS dari sistem sering saya abaikan, jadi mungkin terlewat begitu saja.",
]
T["id"]["no_phone"] = [
    "Waktu itu saya daftar vaksin tanpa nomor HP karena HP saya sedang rusak.",
    "Saat vaksin massal di balai desa, yang dicatat petugas cuma KTP saya; soal HP tidak ditanyakan.",
    "Saya lansia dan tidak pegang HP, jadi waktu vaksin kolom nomornya dikosongkan.",
    "Pendaftarannya kolektif lewat kantor, nomor HP kami tidak ikut dimasukkan.",
    "Dulu saya masih SMP, belum punya HP sendiri.",
    "Seingat saya formulirnya tidak ada isian nomor telepon.",
    "Saya vaksin lewat RT, datanya dikumpulkan pak RT tanpa nomor HP.",
    "Kebetulan waktu itu saya sedang ganti kartu, jadi tidak menuliskan nomor apa pun.",
    "Saya memang sengaja tidak mencantumkan nomor HP, takut disalahgunakan.",
    "Di kampung kami sinyal susah, banyak warga tidak punya HP, termasuk saya waktu itu.",
    "Yang mendaftarkan saya petugas sekolah, dan mereka tidak minta nomor HP.",
    "Kolom telepon sengaja saya lewati, saya kira tidak wajib.",
]
T["id"]["resend"] = [
    "Data saya sudah dibetulkan beberapa waktu lalu, hanya saja {cert} hasil revisinya belum saya terima.",
    "Mohon dikirimkan lagi {cert} yang sudah diperbarui.",
    "Kata petugas puskesmas datanya sudah diperbaiki dan {cert} baru akan dikirim, tapi sampai kini belum sampai.",
    "Saya perlu {cert} terkini untuk berangkat umrah.",
    "Yang saya punya masih {cert} versi lama yang salah, yang baru belum ada.",
    "Tolong kirim ulang {cert} saya, untuk syarat daftar CPNS.",
    "Sesudah revisi data bulan lalu, saya belum terima {cert} yang baru.",
    "Apakah {cert} hasil perbaikan bisa dikirim ke email ini saja?",
    "Saya butuh cetakan {cert} terbaru untuk kantor, mohon dikirim.",
    "Kata admin dinkes, sistem sudah update. Tapi {cert} baru tidak juga masuk ke HP.",
    "Saya mau {cert} yang sudah benar datanya, buat keperluan ke luar negeri.",
]
T["id"]["dose_pending"] = [
    "{Cert} {prev} lancar terbit, sebaliknya {dose} yang disuntikkan {when} di {fac} {notinput}.",
    "Kok yang tampil di {app} cuma sampai {prev}? {Dose} saya sudah, tanggal {when}.",
    "Saya sudah {dose} {w} minggu lalu di {fac}, namun datanya {notinput}.",
    "Min, {dose} ku kok {notinput} ya? {Prev} aman.",
    "Ngapunten, {dose} kula sampun wonten {fac} tanggal {when}, ananging dereng kacathet; ingkang wonten namung {prev}.",
    "Status vaksin saya masih berhenti di {prev}, padahal {dose} sudah di {fac}.",
    "Untuk {dose} ({when}, {fac}) belum terlihat apa-apa, sedangkan {prev} sudah ada {cert}nya.",
    "{Dose}: sudah disuntik {when} di {fac}.\nDi {app}: belum ada.\n{Prev}: sudah ada {cert}.",
    "Bapak/Ibu, tolong {dose} saya dimasukkan, saya sudah suntik tanggal {when}. Yang tercatat baru {prev}.",
    "Sa pu {dose} di {fac} su lama, tapi di {app} masih {prev} saja.",
    "Lah {w} minggu sejak {dose}, tapi {cert} untuk itu {notyet}. Kalau {prev} ado.",
    "Kenapa {dose} belum terdata? Kartu vaksin kertas dari {fac} ada, tanggal {when}.",
    "Saya guru, wajib lapor {cert} {dose} ke sekolah, tapi yang ada hanya {prev}. Suntiknya {when} di {fac}.",
    "Sudah lengkap sampai {dose}, namun sistem masih menganggap saya baru {prev}.",
    "{Dose} saya tidak ada di {app}; {prev} ada. Tolong cek ke {fac}.",
]
T["id"]["rec_pending"] = [
    "Menurut {app} saya ini orang yang belum divaksin sama sekali, padahal lengan saya sudah disuntik di {fac}.",
    "Data vaksin saya {notinput}, kosong sama sekali. Saya disuntik {when}.",
    "Sudah {w} minggu sejak disuntik di {fac}, tapi nama saya tidak ada di sistem.",
    "Waktu cek NIK di {app}, keluarnya 'belum vaksin'. Saya sudah {dfirst} kok.",
    "Kata petugas datanya {notinput}, disuruh tunggu. Sudah saya tunggu lama, tetap nihil.",
    "Riwayat vaksinasi saya kosong melompong, padahal tanggal {when} saya antre di {fac}.",
    "Vaksinasi massal di {fac} saya ikuti, tetapi sampai hari ini data saya {notinput}.",
    "Tiket vaksin pun tidak ada, apalagi {cert}, padahal lengan saya sudah ditusuk jarum.",
    "Di {app} tulisannya masih 'belum divaksinasi'. Mohon dicek, vaksinnya di {fac}.",
    "Abdi tos disuntik {dfirst}, tapi data abdi {notinput}.",
    "Mohon bantuan, riwayat vaksin saya tidak bisa ditemukan di mana pun. Tempat vaksin {fac}.",
    "Kartu vaksin dari {fac} saya pegang, tapi di sistem tidak ada jejak sedikit pun.",
    "Ini sudah {w} minggu, kok saya masih dianggap belum vaksin? Sudah {dfirst}, sudah antre lama.",
]
T["id"]["fix_full_name"] = [
    "Pada {cert} saya, nama tercetak {wrong}. Menurut KTP, nama saya {right}.",
    'Ejaannya keliru: tertera "{wrong}", padahal semestinya "{right}".',
    "Tolong ganti nama {wrong} menjadi {right} di {cert}.",
    "Nama saya {right}, bukan {wrong}. Mohon dibetulkan.",
    "Nama salah:\n- tertulis: {wrong}\n- yang benar: {right}",
    "Nami kula {right}, nanging ing {cert} kaserat {wrong}.",
    "Nama saya salah huruf jadi {wrong}; harusnya {right}.",
    "{Cert} saya keluar atas nama '{wrong}' \u2014 itu salah, nama lengkap saya {right}.",
    "Mohon maaf, ada typo pada nama: {wrong} \u2192 {right}.",
    "Nama yang tercetak ({wrong}) tidak sama dengan KTP saya ({right}).",
    "Paspor saya atas nama {right}, jadi {cert} yang bertuliskan {wrong} ditolak maskapai.",
    "Sebenarnya nama saya {right}. Tidak tahu kenapa, di data vaksinasi berubah jadi {wrong}.",
    "Nama di sertifikat: {wrong}\nNama di KTP: {right}\nMohon disamakan.",
    "Nama saya di data vaksin dieja {wrong}, padahal dari lahir nama saya {right}.",
]
T["id"]["fix_birth_date"] = [
    "Tanggal lahir saya tercatat {wrong}. Menurut akta kelahiran, saya lahir {right}.",
    "Di {cert} saya lahir {wrong}. Padahal saya lahir {right}.",
    "Tgl lahir keliru: {wrong} (salah), {right} (benar).",
    "Mohon ubah tanggal lahir dari {wrong} ke {right}.",
    "Kelahiran saya {right}, tapi {cert} menyebut {wrong}.",
    "Data lahir di {cert} salah. Harusnya {right}.",
    "Tanggal lahir:\nTertulis {wrong}\nSemestinya {right}",
    "Waktu diinput petugas, tanggal lahir saya jadi {wrong}. KTP saya {right}.",
    "Lahir saya {right}; bukan {wrong} seperti yang tertera di {cert}.",
    "Usia saya terhitung keliru sebab tgl lahir diketik {wrong}; aslinya {right}.",
    "Kula lair {right}, ananging ing data vaksin kaserat {wrong}.",
    "Di {cert} tertera lahir {wrong}, sementara KTP saya menyebut {right}.",
]
T["id"]["fix_vaccinated_on"] = [
    "Tanggal {dose} di {cert} tercatat {wrong}, padahal saya disuntik {right}.",
    "{Dose} saya diberikan {right}, bukan {wrong}.",
    "Mohon ralat tanggal {dose}: tertulis {wrong}, semestinya {right}.",
    "Tanggal suntik {dose} yang benar {right}. Di data tertulis {wrong}.",
    "Kartu vaksin fisik saya menunjukkan {dose} tanggal {right}, tapi di {app} jadi {wrong}.",
    "{Dose}:\n  tertulis {wrong}\n  sebenarnya {right}",
    "Untuk {dose}, tanggalnya keliru ({wrong}). Saya divaksin {right}.",
    "Di {cert}, {dose} saya tercantum {wrong}. Itu salah, saya disuntik {right}.",
    "Tanggal vaksinasi {dose} bergeser jadi {wrong}; aslinya {right}.",
    "Pas {dose} saya divaksin {right}, tapi yang tertera {wrong}.",
    "Tolong samakan tanggal {dose} dengan kartu vaksin saya, yaitu {right}.",
    "Tanggal {dose} ({wrong}) salah input. Yang betul {right}.",
]
T["id"]["fix_vaccine"] = [
    "Merek vaksin {dose} saya tercatat {wrong}, padahal yang disuntikkan {right}.",
    "Di {cert} tertulis {dose} pakai {wrong}. Saya disuntik {right}.",
    "{Dose} saya {right}, bukan {wrong}.",
    "Jenis vaksin {dose} keliru: {wrong} \u2192 {right}.",
    "Waktu {dose} saya dapat {right}, ada di kartu vaksin. Tapi di {app} jadi {wrong}.",
    "Vaksin yang tercatat untuk {dose}: {wrong}. Yang sebenarnya: {right}.",
    "Mohon ganti jenis vaksin {dose} menjadi {right}.",
    "Saya mau umrah, dan merek {wrong} yang tertulis untuk {dose} itu salah; saya disuntik {right}.",
    "Vaksin {dose} di data: {wrong}\nVaksin {dose} sebenarnya: {right}",
    "Petugas salah pilih merek untuk {dose}, jadi tertulis {wrong}. Harusnya {right}.",
    "Mohon dikoreksi, {dose} saya {right} (di {cert} tertulis {wrong}).",
    "Ada kekeliruan merek vaksin pada {dose}, seharusnya {right}.",
]
T["id"]["fix_nik"] = [
    "NIK di {cert} saya {wrong}, padahal NIK di KTP {right}.",
    "NIK tercatat: {wrong}\nNIK sebenarnya: {right}",
    "Ada satu digit NIK yang salah. Di data vaksin {wrong}, yang benar {right}.",
    "NIK {wrong} itu salah input, mohon diubah ke {right}.",
    "NIK saya {right}. Di {cert} malah {wrong}.",
    "{Cert} saya terbit dengan NIK {wrong}, tidak sama dengan KTP.",
    "Tolong cek, NIK {wrong} itu keliru; NIK asli saya {right}.",
    "Petugas salah ketik NIK saya jadi {wrong}. Benarnya {right}.",
    "Karena NIK-nya salah ({wrong}), {cert} tidak bisa dipakai. NIK KTP: {right}.",
    "NIK yang benar {right}, bukan {wrong}.",
    "Di {app} NIK saya {wrong}, beda dengan KTP {right}.",
    "Nomor induk kependudukan di {cert}: {wrong} (salah). Nomor di KTP: {right}.",
]
T["id"]["fix_sex"] = [
    "Jenis kelamin saya tercatat {wrong}, padahal saya {right}.",
    "Di {cert} kelamin saya ditulis {wrong}. Yang benar {right}.",
    "Mohon ganti jenis kelamin menjadi {right}.",
    "Jenis kelamin: {wrong} (salah), semestinya {right}.",
    "Saya ini {right}, kok di data vaksin jadi {wrong}?",
    "Kolom L/P di {cert} salah, tertulis {wrong}.",
    "Data jenis kelamin keliru. Tertulis {wrong}; saya {right}.",
    "Tolong betulkan, saya {right} bukan {wrong}.",
    "Jenis kelamin saya terbalik di pendataan vaksin, jadi {wrong}.",
    "Di {app} saya dicatat sebagai {wrong}. Saya {right}, sesuai KTP.",
    "Ada kesalahan kelamin di {cert}: harusnya {right}.",
]
T["id"]["phone_changed"] = [
    "Nomor HP yang terdaftar waktu vaksin, {old}, {inactive}. {Newnum} {new}.",
    "HP saya dicopet di pasar, nomor {old} ikut hilang. Sekarang saya pakai {new}.",
    "Nomor lama: {old}\nNomor baru: {new}",
    "Mohon nomor {old} di data vaksin diganti ke {new}. Yang lama {inactive}.",
    "Waktu mendaftar saya memakai telepon kantor ({old}); saya sudah pindah kerja, jadi mohon pakai {new}.",
    "Nomor {old} itu sebenarnya nomor almarhum bapak saya, kartunya sudah mati. Nomor saya sendiri {new}.",
    "Kartu SIM {old} terblokir karena salah PUK, saya ganti ke {new}.",
    "Nomor {old} hangus waktu saya kerja di Taiwan, tidak bisa isi pulsa dari sana. Sesudah pulang saya pakai {new}.",
    "Dulu pakai nomor suami ({old}), sekarang kami sudah pisah. Mohon diganti dengan nomor saya sendiri {new}.",
    "HP berikut kartunya ({old}) dicuri orang. {Newnum} {new}.",
    "Maaf, no {old} sudah saya jual bersama HP-nya. Kirimnya ke {new} saja.",
    "Dari {old} ganti ke {new} ya min, yang lama {inactive}.",
    "Nomor yang tercatat ({old}) itu nomor anak saya, dia kuliah di luar kota dan nomornya sudah ganti. "
    "Gunakan saja nomor saya, {new}.",
    "{Newnum} {new}\n(yang {old} {inactive})",
    "Kartu perdana {old} sudah habis masa berlakunya. Sekarang saya pakai {new}.",
    "Aye ganti nomer, yang lama {old} udah mati, yang baru {new}.",
    "Nomor {old} adalah telepon kantor desa tempat saya dulu bekerja; mohon ke depannya hubungi {new}.",
]
T["id"]["phone_lost"] = [
    "HP saya hilang waktu mudik, nomor {old} belum bisa diurus karena KTP ikut hilang.",
    "Nomor {old} {inactive}, sementara nomor pengganti belum saya miliki. Mohon {cert} dikirim lewat email ini.",
    "Kartu {old} dicuri bersama dompet, untuk sementara hubungi saya lewat email saja.",
    "Nomor terdaftar {old} {inactive}; saat ini saya hanya bisa dihubungi lewat surel.",
    "Nomor {old} itu milik kantor lama saya dan sudah ditarik perusahaan. Saya belum ada nomor pengganti.",
    "HP jatuh ke sungai, nomor {old} hilang. Tolong balas lewat email.",
    "Saya kerja di kapal, nomor {old} {inactive}. Belum sempat beli kartu baru.",
    "Nomor {old} sudah tidak bisa saya pakai. Kirim saja ke alamat email ini ya.",
]
T["id"]["contact"] = [
    "Kalau perlu konfirmasi, hubungi {phone}.",
    "WA: {phone}",
    "Saya bisa dihubungi di nomor {phone} (WA/telp).",
    "Untuk keperluan verifikasi silakan telepon ke {phone}.",
    "Nomor yang bisa dihubungi: {phone}",
    "HP/WhatsApp saya {phone}, jam kerja biasanya saya angkat.",
    "{phone} \u2014 itu nomor saya, bisa SMS atau WA.",
    "Silakan kirimkan {cert} lewat SMS ke {phone}.",
    "Bila ada yang kurang jelas, WA ke {phone} saja.",
    "Kontak: {phone} (a.n. saya sendiri).",
    "Saya tunggu kabar di {phone}.",
    "No. telp: {phone}",
]
T["id"]["duplicate"] = [
    "Waktu {dose}, petugas mendaftarkan saya dengan nomor {other}. Akibatnya {dose} saya malah tercatat sebagai "
    "{dfirst} di data yang baru.",
    "Sepertinya data saya dobel: {dose} masuk sebagai {dfirst} di data kedua.",
    "{Prev} saya aman, tapi {dose} hilang. Anehnya ada {cert} {dfirst} baru yang terdaftar dengan nomor {other}.",
    "Saya terima dua SMS {dfirst}, yang satu ke nomor {other}. {Dose} saya tidak ada.",
    "Mungkin karena {dose} saya daftar online pakai HP keluarga ({other}), datanya terpisah jadi baru.",
    "{Dose} saya tercatat sebagai vaksin awal di akun yang lain (nomor {other}).",
    "Di {app} muncul dua profil dengan nama saya. Profil kedua cuma berisi {dfirst}, padahal itu sebenarnya {dose} saya.",
    "Data {dose} nyasar jadi {dfirst}, kemungkinan karena nomor yang dipakai waktu itu {other}.",
    "Mohon digabung: {prev} ada di data saya, {dose} malah terekam sebagai {dfirst} dengan nomor HP {other}.",
    "Kenapa saya punya dua {cert} {dfirst} dan tidak punya {dose}?",
    "Saat {dose} saya pakai nomor {other} karena HP saya sedang rusak. Sekarang {dose} itu terbaca sebagai {dfirst}.",
    "Datanya ganda min. {Dose} ku kebaca {dfirst}.",
]
T["id"]["nik_self"] = [
    "NIK {nik} \u2014 pemilik: {name}",
    "Nomor KTP saya {nik}.",
    "Identitas saya:\nNama: {name}\nNIK: {nik}",
    "Saya {name}; NIK tertera di KTP: {nik}.",
    "NIK saya sesuai KTP: {nik}",
    "Berikut saya lampirkan NIK: {nik}.",
    "Nomor NIK {nik}, terdaftar atas nama {name}.",
    "Saya {name}, nomor induk kependudukan saya {nik}.",
    "Ini NIK-nya min: {nik}",
    "Data diri: {name} / {nik}",
    "No. e-KTP: {nik}",
    "Pemilik data: {name}\n{nik}",
]
T["id"]["nik_kk"] = [
    "No. KK saya {kk}, sedangkan NIK pribadi {nik}.",
    "Kartu Keluarga: {kk}\nNIK: {nik}",
    "Nomor KK {kk} (nomor kartu keluarga), NIK saya {nik}.",
    "KK no {kk} / NIK pribadi {nik}",
    "Saya sertakan No. KK {kk} dan NIK {nik}.",
    "Nomor kartu keluarga kami {kk}. Adapun NIK saya {nik}.",
    "Nmr KK: {kk}\nNIK yang mengadu: {nik}",
    "Kalau perlu KK: {kk}. NIK sendiri {nik}.",
    "Dari KK {kk}, NIK saya {nik}.",
    "Di KK nomor {kk}, saya tercantum dengan NIK {nik}.",
    "{kk} itu nomor KK ya min, NIK saya {nik}.",
]
T["id"]["phone_record"] = [
    "NIK saya lupa, tapi pendaftaran vaksin dulu memakai nomor {phone}.",
    "KTP saya sedang dalam proses cetak ulang, jadi tolong cari data saya lewat nomor HP {phone}.",
    "Nomor yang dipakai waktu vaksin: {phone}",
    "Data saya terdaftar dengan HP {phone}.",
    "Coba dicek pakai nomor {phone}, itu yang saya isi di formulir vaksin.",
    "HP saat registrasi: {phone}",
    "Nomor HP saya yang tercatat di data vaksinasi {phone}.",
    "Dompet dan KTP saya hilang, yang saya ingat cuma nomor HP pendaftaran {phone}.",
    "Silakan lacak lewat nomor {phone}.",
    "Saya daftar vaksin online pakai nomor {phone}, mohon dicek dari situ.",
    "{phone} \u2013 nomor yang dipakai waktu pendaftaran vaksin saya.",
]
T["id"]["when_where"] = [
    "Vaksinnya tanggal {when} di {fac}.",
    "Lokasi: {fac}, tanggal {when}.",
    "Saya disuntik di {fac}, {when}.",
    "Hari/tgl: {when}; lokasi: {fac}.",
    "Tanggal {when}, saya datang ke {fac} untuk vaksin.",
    "Suntiknya di {fac} pas tanggal {when}.",
    "Lokasi suntik: {fac}\nTgl suntik: {when}",
    "Saya vaksin di {fac} ({when}).",
    "Itu di {fac}, pada {when}.",
]
T["id"]["ob_intro"] = [
    "Surel ini saya tulis mewakili {rel}.",
    "Mohon maaf, saya sedang mengurus {cert} milik {rel}.",
    "{Rel} tidak punya alamat surel, makanya saya yang mengirimkan.",
    "Saya mau menanyakan data vaksin {rel}.",
    "Izin, saya mau bertanya soal data {rel}.",
    "Punten, abdi bade naroskeun {cert} {rel}.",
    "Keluhan berikut ini bukan untuk saya, melainkan untuk {rel}.",
    "Saya selaku keluarga mengajukan pengaduan atas nama {rel}.",
    "Aye nanyain buat {rel} nih.",
    "Mohon bantu {rel}, yang tinggal di kampung dan tidak paham internet.",
    "Ini soal {cert} {rel}, bukan punya saya.",
    "Di rumah cuma saya yang bisa email, jadi saya bantu {rel}.",
    "Atas nama keluarga, saya melaporkan masalah {cert} {rel}.",
    "Tulisan ini untuk {rel} ya min.",
]
T["id"]["ob_nik"] = [
    "NIK punya {relshort} {nik}, nama di KTP {name}.",
    "Data {rel}:\nNama: {name}\nNIK: {nik}",
    "Nama beliau {name}; NIK-nya {nik}.",
    "NIK milik {rel} adalah {nik}.",
    "No. KTP {relshort} ialah {nik}.",
    "{name} / {nik} (NIK {relshort})",
    "Yang bersangkutan: {name}, NIK {nik}.",
    "Ini NIK {relshort} ya: {nik}.",
    "NIK yang dimiliki {name}: {nik}",
    "Identitas {rel} adalah {name} dengan NIK {nik}.",
    "Berikut NIK ybs {nik} atas nama {name}.",
]
T["id"]["ob_generic"] = [
    "Beliau sudah vaksin lengkap, terakhir {dlast} pada {when} di {fac}, tapi {cert}nya {notyet}.",
    "{Cert} {relshort} {notyet}, padahal sudah {w} minggu dari vaksin.",
    "{Relshort} sudah disuntik di {fac}, namun di {app} tidak ada {cert}nya.",
    "Setelah {dlast} tanggal {when}, {cert} beliau tidak pernah muncul.",
    "SMS dari sistem tidak pernah diterima {relshort}.",
    "Kami sekeluarga sudah dapat {cert}, tinggal punya {relshort} yang {notyet}.",
    "Waktu saya bukakan {app} untuk beliau, {cert} {relshort} {notyet}.",
    "Dia sudah vaksin {dlast} di {fac}, tapi {cert} punya dia {notyet}.",
    "Mohon cek mengapa {cert} {relshort} belum ada, sudah divaksin {when}.",
    "{Relshort} perlu {cert} buat kontrol ke RS, sayangnya {notyet}.",
    "Sudah {w} minggu kami tunggu {cert} {relshort}, hasilnya nihil.",
]
T["id"]["ob_pending"] = [
    "Di {app}, {relshort} masih tercatat belum vaksin.",
    "Data vaksinasi beliau {notinput}, padahal sudah disuntik di {fac}.",
    "Beliau sudah {dfirst}, tapi sistem tidak punya catatan apa pun.",
    "Kami sudah antar {relshort} vaksin di {fac}, tapi datanya kosong.",
    "Petugas {fac} bilang data {relshort} {notinput}.",
    "Sudah {w} minggu sejak beliau disuntik, riwayat vaksinnya tetap kosong.",
    "Status {relshort} di {app}: belum vaksin. Ini salah.",
    "Tanggal {when} beliau disuntik, tapi sampai sekarang datanya tidak ada.",
    "Riwayat vaksin {relshort} tidak ditemukan di {app}.",
    "{Relshort} sudah ikut vaksin di {fac}, sayangnya datanya {notinput}.",
    "Waktu NIK-nya dicek, hasilnya belum divaksin, padahal {relshort} sudah {dfirst}.",
]
T["id"]["ob_dose"] = [
    "{Cert} {prev} {relshort} sudah ada, tapi {dose} yang di {fac} {notinput}.",
    "Beliau sudah {dose} tanggal {when}, tapi di {app} baru sampai {prev}.",
    "{Dose} {relshort} tidak tercatat, {prev}nya ada.",
    "Yang muncul di {app} cuma {prev}; {dose} beliau ({when}) tidak ada.",
    "{Relshort} sudah {dose} di {fac} {w} minggu lalu, datanya belum masuk.",
    "Untuk {prev} aman. {Dose} {relshort}, disuntik {when}, belum ada {cert}nya.",
    "Status {relshort} masih {prev}, padahal {dose} sudah.",
    "Data {dose} beliau {notinput}, sedangkan {prev} sudah terbit {cert}nya.",
    "{Dose}: sudah ({when}, {fac}). Di sistem: belum. {Prev}: ada.",
    "Mohon cek {dose} {relshort}, suntiknya {when} di {fac}.",
]
T["id"]["ob_contact"] = [
    "Nomor saya (keluarganya): {phone}.",
    "Bila perlu, hubungi saya di {phone}.",
    "WA pelapor: {phone}",
    "Silakan kontak saya lewat {phone}, beliau jarang pegang HP.",
    "Saya bisa ditelepon di {phone}.",
    "Nomor HP saya sendiri {phone}, untuk konfirmasi.",
    "Kontak yang bisa dihubungi (saya): {phone}",
    "Kalau ada pertanyaan, WA saya saja ke {phone}.",
    "{phone} \u2014 nomor saya, anggota keluarga beliau.",
    "Hubungi saya di {phone}, jangan ke beliau.",
]
T["id"]["two_self"] = [
    "NIK saya {nik}, {cert} saya {notyet}. {Rel} (NIK {relnik}) sudah dapat, jadi cuma punya saya yang bermasalah.",
    "{Rel} dengan NIK {relnik} sudah terbit {cert}nya. Punya saya, NIK {nik}, belum.",
    "Kami vaksin barengan. Punya {relshort} ({relnik}) aman, punya saya ({nik}) yang kosong.",
    "Tolong cek NIK {nik} \u2014 itu NIK saya. NIK {relnik} milik {rel}, tidak usah dicek, sudah beres.",
    "NIK {relnik} ({rel}): sudah ada {cert}.\nNIK {nik} (saya): {notyet}.",
    "Saya sertakan dua NIK: {relnik} punya {rel} yang sudah beres, dan {nik} punya saya yang belum.",
    "{Cert} {relshort} dengan NIK {relnik} sudah keluar. Yang belum adalah {cert} saya sendiri, NIK {nik}.",
    "Yang perlu dibantu saya sendiri (NIK {nik}). {Rel} juga vaksin waktu itu, NIK-nya {relnik}, dan sudah dapat.",
    "Punya saya {nik}. Punya {relshort} {relnik}. {Relshort} sudah, saya belum.",
    "Sebagai pembanding, NIK {rel} {relnik} sudah muncul di {app}. NIK saya {nik} tidak.",
    "Aku NIK {nik}, {relshort} NIK {relnik}. Dia udah dapet, aku belum.",
    "Mohon diperiksa data saya dengan NIK {nik}; {rel} (NIK {relnik}) tidak ada masalah.",
    "Dua NIK di bawah ini satu keluarga:\n{relnik} \u2013 {rel}, sudah ada {cert}\n{nik} \u2013 saya sendiri, {notyet}",
]
T["id"]["typo_fix"] = [
    "Maaf, pada surel terdahulu NIK saya tertulis {bad}, itu salah. NIK saya yang betul {nik}.",
    "Ralat NIK: bukan {bad}, melainkan {nik}.",
    "Tadi saya keliru mengetik NIK ({bad}). Mohon pakai {nik}.",
    "NIK yang benar: {nik}\n(sebelumnya salah ketik: {bad})",
    "Koreksi, NIK saya {nik}. Yang {bad} itu typo.",
    "NIK {bad} di pesan kemarin tolong diabaikan, semestinya {nik}.",
    "Aduh, jempol saya meleset, NIK {bad} salah. Ini yang benar: {nik}.",
    "NIK saya {nik} ya min, bukan {bad}. Maaf salah ketik.",
    "Perbaikan dari pesan saya terdahulu: NIK {bad} \u2192 {nik}.",
    "Sebelumnya saya kirim {bad}, ternyata ada angka yang keliru. NIK asli: {nik}.",
    "NIK {nik} (yang benar). Kalau ada laporan dengan NIK {bad}, itu dari saya juga tapi salah ketik.",
]
T["id"]["reporter"] = [
    "Nama saya {mename}, NIK {menik}. Saya melapor untuk {rel} yang NIK-nya {nik}.",
    "Nama pelapor: {mename} / {menik}\nPemilik data: {rel} / {nik}",
    "Saya {mename} dengan NIK {menik}, ingin menanyakan {cert} {rel} (NIK {nik}).",
    "Untuk verifikasi pelapor, NIK saya {menik}. Adapun NIK {relshort} yang bermasalah: {nik}.",
    "Perkenalkan, saya {mename}. Saya mewakili {rel}, NIK {nik}. NIK saya sendiri {menik}, kalau diperlukan.",
    "NIK {relshort}: {nik}. NIK saya (yang menulis, {mename}): {menik}.",
    "Yang bermasalah data {rel} (NIK {nik}), bukan data saya. Saya {mename}, NIK {menik}.",
    "Kula {mename} (NIK {menik}), nyuwun pirsa babagan {cert} {rel}, NIK {nik}.",
    "Data pengadu \u2014 {mename}, {menik}. Data yang diadukan \u2014 {rel}, {nik}.",
    "NIK {nik} itu punya {rel}. Saya yang kirim email, {mename}, NIK {menik}.",
    "Izin lapor, saya {mename} NIK {menik}. Mohon dibantu {cert} {relshort} dengan NIK {nik}.",
    "Atas nama keluarga, saya {mename} ({menik}) menanyakan data vaksin {rel} NIK {nik}.",
]
T["id"]["listed"] = [
    "NIK kami berdua \u2014\n{aname}: {anik}\n{bname}: {bnik}",
    "{aname} (NIK {anik}) dan {bname} (NIK {bnik}) divaksin bareng di satu lokasi.",
    "Data keluarga: {aname} {anik}, {bname} {bnik}.",
    "* {aname} punya NIK {anik}\n* {bname} punya NIK {bnik}",
    "Berikut dua NIK: {anik} a.n. {aname}, {bnik} a.n. {bname}.",
    "Nama/NIK: {aname}/{anik}; {bname}/{bnik}.",
    "Kami berdua, {aname} dan {bname}, NIK masing-masing {anik} dan {bnik}.",
    "\u2022 {aname}, NIK-nya {anik}\n\u2022 {bname}, NIK-nya {bnik}",
    "NIK {anik} ({aname}) serta NIK {bnik} ({bname}).",
    "Punya {aname}: {anik}. Punya {bname}: {bnik}.",
]
T["id"]["listed_tail"] = [
    "Yang punya saya sendiri yang belum ada {cert}nya.",
    "Dari dua itu, kepunyaan saya yang {notyet}; satunya sudah beres.",
    "Yang bermasalah cuma data saya pribadi.",
    "Saya cuma menanyakan milik saya; yang lain aman.",
    "Punya keluarga saya sudah dapat, {cert} dengan nama saya yang kosong.",
    "Mohon yang dicek NIK saya sendiri saja.",
    "{Cert} saya pribadi yang {notyet}, bukan punya dia.",
    "Tinggal milik saya yang belum beres.",
    "Saya, selaku pengirim surel, yang belum dapat {cert}.",
    "Yang satunya sudah lengkap, yang milik saya belum.",
]
T["id"]["fwd_note"] = [
    "Pengaduan saya kemarin saya kirim ulang karena belum dijawab.",
    "Forward ya min, email saya belum dibalas.",
    "Meneruskan pesan saya terdahulu, mohon ditanggapi.",
    "Ini email lama saya, sudah berminggu-minggu tanpa balasan.",
    "Maaf kirim dua kali, surel di bawah belum direspons.",
    "Sekadar mengingatkan keluhan saya di bawah ini.",
    "Kirim ulang, takutnya yang kemarin nyasar ke spam.",
]
T["id"]["fwd_note_ob"] = [
    "Surel {rel} saya teruskan ke sini, beliau belum dapat balasan.",
    "Ini pesan {rel} yang saya forward, mohon dibantu.",
    "Meneruskan pengaduan {rel} di bawah.",
    "{Rel} minta tolong saya mengirim ulang keluhannya.",
    "Email {rel} belum ditanggapi, jadi saya teruskan dari akun saya.",
    "Forward dari {rel} ya min.",
    "Mewakili {rel}, saya teruskan surel berikut.",
]
T["id"]["quote_hdr"] = [
    "Pesan dari {oname} <{oemail}> pada {date}:",
    "Pada tgl {date}, {oname} ({oemail}) menulis:",
    "-----Pesan Asli-----\nDari: {oname} <{oemail}>\nDikirim: {date}\nPerihal: sertifikat",
    "{date} \u2014 {oname} menulis:",
    "Kutipan pesan {oname}, {date}:",
]
T["id"]["desk_hdr"] = [
    "Pada {date}, Tim Sertifikat Vaksin <sertifikat@certdesk.local> menulis:",
    "-----Pesan Asli-----\nDari: sertifikat@certdesk.local\nDikirim: {date}",
    "Balasan petugas tanggal {date}:",
    "sertifikat@certdesk.local menulis ({date}):",
]
T["id"]["noise_person"] = [
    "Sekalian min, punya tetangga saya NIK {onik}, HP {ophone}, juga belum ada.",
    "Untuk suami saya (NIK {onik}, HP {ophone}) apakah sudah selesai ya?",
    "Tolong dicek sekalian NIK {onik} (no HP {ophone}), itu keponakan saya.",
    "NIK {onik} / {ophone} \u2014 ini punya teman kantor, mohon dibantu juga.",
    "Saya kemarin lapor untuk bapak, NIK {onik}, nomor {ophone}.",
]
T["id"]["noise_desk"] = [
    "Terima kasih atas laporannya. Untuk NIK {onik}, sertifikat telah dikirim ulang ke nomor {ophone}.",
    "Data dengan NIK {onik} sudah kami perbaiki; SMS akan masuk ke {ophone}.",
    "Kami sudah memeriksa NIK {onik}. Nomor yang terdaftar {ophone}, sertifikat sudah terbit.",
    "Laporan untuk NIK {onik} telah selesai. Notifikasi dikirim ke {ophone}.",
    "NIK {onik} sudah diverifikasi, silakan cek SMS di {ophone}.",
]
T["id"]["ask"] = [
    "Silakan balas dengan NIK Anda, ditambah ponsel yang Anda pakai mendaftar vaksin.",
    "Agar dapat kami periksa, sebutkan NIK Anda sesuai KTP/KK.",
    "Silakan kirimkan NIK, nama lengkap, dan tanggal lahir Anda.",
    "Data Anda belum kami temukan. Mohon konfirmasi NIK pemilik sertifikat.",
    "Untuk menindaklanjuti, kami memerlukan NIK yang bersangkutan.",
]
T["id"]["footer"] = [
    "Terkirim dari ponsel Android",
    "Dikirim pakai OPPO Reno",
    "Dikirim melalui aplikasi Email Vivo",
    "Dikirim dari perangkat seluler",
    "-- \nDikirim dari Gmail versi HP",
    "Dikirim lewat Outlook HP",
    "Kiriman dari tablet Samsung",
]

# --- English: office English, retirees, students, migrant workers, plain and cross ---------------------------
T["en"]["greet"] = ["Dear Helpdesk Team,", "Good day to you,", "Hello, helpdesk people,", "To the officer in charge,", "Hi folks,",
                    "Greetings from Surabaya,", "Dear MoH certificate staff,", "Evening all,", "Hey,",
                    "Respected officer,", "Hi admin,", ""]
T["en"]["close"] = ["Kindest regards,", "Thanks very much indeed,", "Warmly,", "Thanks heaps,", "Yours in good faith,", "Cheers,",
                    "Gratefully,", "Respectfully,", "Thank you so much for your help.", "Stay safe,", "Yours truly,"]
T["en"]["subject"] = ["Vaccination certificate missing since my jab", "Vaccine cert not showing", "Request: COVID certificate",
                      "Vaccinated but still no cert", "certificate??", "Help - no vaccine certificate in PeduliLindungi",
                      "Certificate issue", "Query about my vaccination certificate", "URGENT: need my vaccine certificate"]
T["en"]["subject_fix"] = ["Mistake on my vaccine record", "Request to amend certificate details",
                          "Incorrect details on vaccine certificate", "Data correction request", "Wrong info on my cert",
                          "Fix my certificate please"]
T["en"]["subject_phone"] = ["Mobile number update", "Registered phone is dead", "Phone number change request",
                            "Lost phone - certificate SMS", "My number has changed", "Wrong phone on record"]
T["en"]["generic"] = [
    "I finished my {dlast} at {fac} ({when}), but my {cert} {notyet}.",
    "{w} weeks have passed since I was jabbed and I still can't see the {cert} in {app}.",
    "Fully vaccinated, but {app} shows nothing. My {cert} {notyet}.",
    "I'm an Indonesian working in Hong Kong; I got my {dlast} at {fac} while home on leave, and I need the {cert} "
    "to fly back.",
    "As a retired civil servant I am not very familiar with these apps, but my grandson tells me my {cert} {notyet}. "
    "My jab was on {when}.",
    "Quick question: why is there no {cert} for me? Vaccinated at {fac}.",
    "I am a university student and need my {cert} for campus access, but it {notyet}.",
    "Frankly this is frustrating. I followed every rule and had my {dlast} on {when}; still nothing.",
    "My vaccination was on {when} at {fac}. No {cert} anywhere since then.",
    "Could you please look into my case? My {cert} {notyet} even after {w} weeks.",
    "Got vaccinated. No certificate. Please advise.",
    "I've checked {app} every day for {w} weeks; the {cert} {notyet}.",
    "I teach at a primary school and the principal keeps asking for my {cert}, which {notyet}.",
    "My {dlast} was given at {fac}. Nothing has shown up in {app} since.",
    "Everyone in my office got their {cert} except me. I was jabbed on {when}.",
    "Status: vaccinated ({dlast}, {when}).\nCertificate: none.",
    "Hello again, still waiting on my {cert}. Last jab {when} at {fac}.",
]
T["en"]["sms_lost"] = [
    "I may have wiped the text message when I cleared my phone storage.",
    "A repair shop wiped my handset, so the old texts are gone.",
    "My kids play with my phone, they might have deleted the SMS.",
    "Once an SMS carrying a link came in, but it looked like a scam so I binned it.",
    "I get so many promo texts that the certificate one probably got buried.",
    "The SMS might have arrived while my phone was off for a few days.",
    "My old handset broke; the SIM is the same but the messages didn't transfer.",
    "A cleaner app on my phone auto-deletes old SMS, perhaps including that one.",
    "I vaguely remember a text arriving; it's nowhere in my inbox now.",
    "I think I received it but never saved the link.",
    "Maybe my spam filter swallowed it.",
]
T["en"]["no_phone"] = [
    "I registered without a mobile number because I didn't have one then.",
    "At the mass vaccination event the staff only copied my KTP details; nobody asked for a phone.",
    "I'm in my seventies and have never owned a mobile, so that field stayed empty.",
    "My company registered us in bulk and phone numbers weren't included.",
    "I was a school kid at the time and had no phone of my own.",
    "The form I filled in didn't ask for a phone number.",
    "Our RT head collected everyone's data and didn't write down phones.",
    "I deliberately left the phone number out for privacy reasons.",
    "I was between SIM cards back then and left the number out.",
    "The volunteers at the village hall did the registration and skipped the phone part.",
    "Where I lived there was hardly any signal, and I never used a mobile back then.",
]
T["en"]["resend"] = [
    "My details were corrected some weeks back, yet I never received the amended {cert}.",
    "Could you resend the corrected {cert}, please?",
    "The clinic said a new {cert} would be issued after the fix, but nothing came.",
    "I'm going on Hajj and need the latest {cert}.",
    "All I have is the old {cert} with the mistake on it.",
    "Please send the amended {cert} to this email.",
    "I need a fresh copy of my {cert} for a job application.",
    "After the data revision last month I'm still waiting for the new {cert}.",
    "Is it possible to get the reissued {cert} by email instead of SMS?",
    "I need the correct version of my {cert} for my visa appointment.",
]
T["en"]["dose_pending"] = [
    "The {prev} is there without trouble, but my {dose} from {when} at {fac} {notinput}.",
    "Only my {prev} is listed in {app}; the {dose} is missing.",
    "{fac} gave me my {dose} {w} weeks ago and it's still not there.",
    "Why does {app} stop at my {prev}? I received the {dose} on {when}.",
    "{Dose} done on {when}, {fac}. Not recorded. {Prev} is recorded.",
    "There is a {cert} for my {prev}; for the {dose} there is nothing.",
    "According to the paper card from {fac} my {dose} was on {when}, but online it's as if it never happened.",
    "Please add my {dose} (given {when}) to my record; only the {prev} is there.",
    "My employer needs proof of my {dose}, but the system still shows only the {prev}.",
    "Got my {dose} at {fac}, but the data {notinput}.",
    "Everything up to the {prev} is fine. The {dose} from {when} is missing.",
    "{w} weeks after my {dose}, {app} still lists only the {prev}.",
]
T["en"]["rec_pending"] = [
    "{App} says I've never been vaccinated, but I was, at {fac}.",
    "My vaccination {notinput}; my record is completely empty. I was jabbed on {when}.",
    "After {w} weeks there's not a single trace of my vaccination.",
    "When I check my NIK, it says 'not vaccinated', though I've had my {dfirst}.",
    "The staff told me my data {notinput} and to wait. I've waited long enough.",
    "My vaccination history page is empty, though I stood in the queue at {fac} on {when}.",
    "There was a big vaccination drive at {fac} and I was jabbed there, but none of it shows up.",
    "No ticket, no certificate, nothing - and yet I have the mark on my arm.",
    "Please check why I appear unvaccinated. I was vaccinated at {fac}.",
    "I'm holding the paper card {fac} gave me, yet online there's no record whatsoever.",
    "Why am I still listed as unvaccinated after {w} weeks? I had my {dfirst}.",
    "I got vaccinated on {when} but the system has nothing on me.",
]
T["en"]["fix_full_name"] = [
    "My name is spelled {wrong} on the {cert}; the correct spelling is {right}.",
    'The {cert} reads "{wrong}" but my legal name is "{right}".',
    "Kindly swap {wrong} for {right} in the name field.",
    "I'm {right}. Not {wrong}.",
    "Name error:\n  shown: {wrong}\n  correct: {right}",
    "The airline rejected my {cert} because the name ({wrong}) doesn't match my passport ({right}).",
    "My name has a typo; it ought to read {right}.",
    "My name was printed as '{wrong}'. It's {right}, as on my KTP.",
    "Recorded name = {wrong}; ID card name = {right}.",
    "Could you fix my name? {right} is correct; {wrong} is wrong.",
    "I noticed my name is misspelled as {wrong}. Please update it to {right}.",
    "Somehow my name became {wrong} in your system. I'm {right}.",
]
T["en"]["fix_birth_date"] = [
    "My birth date appears as {wrong}; it ought to be {right}.",
    "The {cert} says I was born on {wrong}. I was born on {right}.",
    "DOB wrong: {wrong} (incorrect) / {right} (correct).",
    "Please change my birth date from {wrong} to {right}.",
    "I was born {right}, not {wrong}.",
    "Date of birth on record:\n{wrong}\nActual date of birth:\n{right}",
    "My birthday was entered wrongly by the staff; it's {right}.",
    "The {cert} gives a birth date that differs from my ID, which says {right}.",
    "Born {right} according to my birth certificate, but your data says {wrong}.",
    "My age looks wrong because my DOB is listed as {wrong} instead of {right}.",
    "Could my DOB be set to {right}, please?",
]
T["en"]["fix_vaccinated_on"] = [
    "You have my {dose} dated {wrong}, but I received it on {right}.",
    "My {dose} was on {right}, not {wrong}.",
    "Date correction for my {dose}: {wrong} should be {right}.",
    "{Dose} date: recorded {wrong}, actual {right}.",
    "On my paper card the {dose} is dated {right}; {app} says {wrong}.",
    "The {dose} date is wrong ({wrong}). I was vaccinated on {right}.",
    "Can the {dose} date be fixed? It should read {right}.",
    "I got my {dose} on {right}, but the {cert} shows {wrong}.",
    "Wrong date for the {dose}: {wrong}. Correct date: {right}.",
    "The {cert} has my {dose} on {wrong}, which is off; the real date is {right}.",
    "For the {dose}, please replace {wrong} with {right}.",
]
T["en"]["fix_vaccine"] = [
    "My {dose} is recorded as {wrong}, but I was given {right}.",
    "The {cert} lists {wrong} for my {dose}; it was actually {right}.",
    "{Dose}: {right}, not {wrong}.",
    "Brand for {dose}: should be {right}, the record is wrong.",
    "The clinic card shows {right} as my {dose}, while {app} shows {wrong}.",
    "Recorded vaccine ({dose}): {wrong}\nActual vaccine: {right}",
    "Kindly set the brand of my {dose} to {right}.",
    "For travel I need the right brand: my {dose} was {right}, the record says {wrong}.",
    "The staff picked the wrong brand for my {dose}: it says {wrong} instead of {right}.",
    "I received {right} as my {dose}, yet the record shows {wrong}.",
]
T["en"]["fix_nik"] = [
    "The {cert} carries NIK {wrong}, whereas my real one is {right}.",
    "NIK on record: {wrong}\nNIK on my KTP: {right}",
    "One number in my NIK got swapped: you have {wrong}, it should be {right}.",
    "Please replace NIK {wrong} with {right}.",
    "I hold NIK {right}; the {cert} was issued under {wrong}.",
    "My {cert} was issued with NIK {wrong}, which doesn't match my ID card.",
    "Someone at the clinic keyed in {wrong} as my NIK. It ought to be {right}.",
    "NIK {wrong} is incorrect - my real NIK is {right}.",
    "Because the NIK is wrong ({wrong}), I can't use the {cert}. My ID number is {right}.",
    "In {app} my NIK appears as {wrong}, while my KTP says {right}.",
    "Correct NIK {right}, not {wrong}.",
]
T["en"]["fix_sex"] = [
    "My sex is recorded as {wrong}, but I am {right}.",
    "The {cert} says {wrong}. I'm {right}.",
    "Please change the sex field to {right}.",
    "Sex: {wrong} (wrong) -> {right} (correct).",
    "Gender on record is {wrong}; it should be {right}.",
    "I'm {right}, yet the system lists me as {wrong}.",
    "Gender printed on my {cert}: {wrong}. That is wrong.",
    "Could you fix my gender? My KTP says {right}.",
    "Someone ticked the wrong box: {wrong} instead of {right}.",
    "My sex is wrong in {app}; I am {right}, not {wrong}.",
]
T["en"]["phone_changed"] = [
    "On the registration form I put {old}; that SIM {inactive}. {Newnum} {new}.",
    "A pickpocket on the angkot took my phone and the number {old} with it. Since then I've been on {new}.",
    "Old number: {old}\nNew number: {new}",
    "Kindly replace {old} with {new} in my record; the former {inactive}.",
    "At registration I gave my office line ({old}) but I've left that job. Please use {new}.",
    "{old} was my late father's number and the SIM {inactive}. My own number is {new}.",
    "My SIM ({old}) got blocked after too many wrong PUK attempts, so I switched to {new}.",
    "While I was working in Saudi my number {old} expired. Since coming home I use {new}.",
    "I used my ex-husband's phone ({old}) when I registered. Please change it to my own number, {new}.",
    "Phone and SIM {old} were stolen. {Newnum} {new}.",
    "I sold my old phone with the SIM {old} inside. Please send to {new} instead.",
    "{old} -> {new}, please. The old one {inactive}.",
    "The number on file ({old}) belongs to my son, who has since changed his number. Please use mine: {new}.",
    "My number changed from {old} to {new}.",
    "Number on file: {old} ({inactive}).\n{Newnum} {new}",
]
T["en"]["phone_lost"] = [
    "I lost my phone while travelling and {old} can't be recovered because my KTP was lost too.",
    "The registered number {old} {inactive} and I have no other number. Please send the {cert} by email.",
    "My SIM {old} was stolen with my wallet; for now, email me instead.",
    "{old} {inactive}; for the moment I can only be reached by email.",
    "{old} was my former employer's number and they've taken it back. I don't have a replacement yet.",
    "My handset dropped into the river and {old} is gone. Please reply by email.",
    "I work on a ship and {old} {inactive}. I haven't bought a new SIM yet.",
]
T["en"]["contact"] = [
    "Should you need to confirm something, call {phone}.",
    "WA/phone: {phone}",
    "You can reach me at {phone} (call or WA).",
    "For verification please phone {phone}.",
    "Reachable on: {phone}",
    "My mobile is {phone}; I usually pick up during office hours.",
    "{phone} - that's me, text or WA is fine.",
    "Please text the {cert} to {phone}.",
    "If anything's unclear, just WhatsApp me on {phone}.",
    "Contact number: {phone} (my own).",
    "I'll be waiting for news on {phone}.",
]
T["en"]["duplicate"] = [
    "When I got my {dose}, the staff registered me with the number {other}, and now that {dose} shows up as "
    "{dfirst} on a separate record.",
    "I think my data got duplicated: my {dose} was logged as {dfirst} on a second profile.",
    "My {prev} is fine but my {dose} is missing. Oddly, there's a new {cert} for {dfirst} linked to {other}.",
    "I got two SMS for {dfirst}, one of them to {other}. My {dose} is nowhere.",
    "Maybe because I booked my {dose} with a family member's phone ({other}), it ended up as a separate record.",
    "My {dose} appears as an initial dose under a different account (number {other}).",
    "There are two profiles with my name in {app}. One holds only {dfirst}, which was really my {dose}.",
    "My {dose} ended up recorded as {dfirst}, probably because the number used that day was {other}.",
    "Please merge my records: the {prev} is on mine, the {dose} went in as {dfirst} under phone {other}.",
    "Why do I have two {dfirst} certificates and none for my {dose}?",
    "At my {dose} I gave {other} because my own phone was broken. Now that shot counts as {dfirst}.",
]
T["en"]["nik_self"] = [
    "NIK {nik} / holder {name}",
    "NIK (ID number): {nik}.",
    "Details:\nName: {name}\nNIK: {nik}",
    "Holder {name}, NIK number {nik}",
    "NIK per my KTP: {nik}",
    "Here's the NIK: {nik}.",
    "NIK {nik}, registered to {name}.",
    "Name in full: {name}. National ID: {nik}.",
    "My NIK, for reference: {nik}",
    "ID: {nik} / {name}",
    "KTP number {nik}",
]
T["en"]["nik_kk"] = [
    "My family card (KK) number is {kk}; my personal NIK is {nik}.",
    "KK no.: {kk}\nPersonal NIK: {nik}",
    "Family card {kk}, and my own NIK {nik}.",
    "KK number {kk} / my NIK {nik}",
    "For reference, KK {kk} and NIK {nik}.",
    "Our household card number is {kk}. My own ID number is {nik}.",
    "Household card (KK): {kk}\nNIK (mine): {nik}",
    "{kk} is the KK number; {nik} is my own NIK.",
    "On family card {kk} I'm listed with NIK {nik}.",
]
T["en"]["phone_record"] = [
    "My NIK escapes me, but the vaccine registration was done with {phone}.",
    "My KTP is being reprinted, so please find me via mobile {phone}.",
    "Registration mobile: {phone}",
    "My data is registered under the phone {phone}.",
    "Please search using {phone}; that's the number I put on the vaccine form.",
    "Sign-up phone: {phone}",
    "My vaccination record should carry the number {phone}.",
    "I lost my wallet with my ID in it; all I know is the phone I registered with, {phone}.",
    "You should find me under {phone}.",
    "{phone} - the number I signed up with.",
]
T["en"]["when_where"] = [
    "That was on {when} at {fac}.",
    "Location: {fac}, date: {when}.",
    "Vaccinated at {fac} on {when}.",
    "Date and place: {when}, {fac}.",
    "On {when} I went to {fac} for the jab.",
    "This was {when}, {fac}.",
    "Venue: {fac}\nWhen: {when}",
    "Jabbed at {fac} ({when}).",
]
T["en"]["ob_intro"] = [
    "This email is for {rel}; I'm just the one typing.",
    "Apologies for the bother - I'm sorting out the {cert} for {rel}.",
    "{Rel} doesn't use email, so I'm writing for them.",
    "May I ask about the vaccination record of {rel}?",
    "This complaint is not about me but about {rel}.",
    "As family, I'm filing this complaint for {rel}.",
    "Please help {rel}, who lives up-country and isn't online.",
    "The {cert} in question belongs to {rel}, not me.",
    "I'm the only one at home with an email address, so I'm writing for {rel}.",
    "Our family asked me to raise an issue about {rel}'s {cert}.",
    "Just writing for {rel} here.",
]
T["en"]["ob_nik"] = [
    "{Relshort}'s NIK: {nik} ({name}).",
    "Details of {rel}:\nName: {name}\nNIK: {nik}",
    "Registered name {name}; their NIK {nik}.",
    "The NIK of {rel} is {nik}.",
    "{name} (ID {nik})",
    "Person concerned: {name}, NIK {nik}.",
    "Here's {relshort}'s NIK: {nik}.",
    "NIK for {name}: {nik}",
    "{Rel} is registered as {name} with NIK {nik}.",
    "NIK belonging to {rel}: {nik}",
]
T["en"]["ob_generic"] = [
    "They're fully vaccinated, the {dlast} on {when} at {fac}, but the {cert} {notyet}.",
    "{Relshort}'s {cert} {notyet}, though it's been {w} weeks.",
    "{Relshort} was vaccinated at {fac}, but there's no {cert} in {app}.",
    "Since the {dlast} on {when}, no {cert} has ever appeared.",
    "{Relshort} never got the SMS.",
    "The rest of us got our certificates; only {relshort}'s {cert} {notyet}.",
    "When I open {app} for them, the {cert} {notyet}.",
    "They got the {dlast} at {fac}, yet nothing in {app}.",
    "Please check why {relshort} has no {cert}; vaccinated on {when}.",
    "{Relshort} has a hospital check-up soon and needs the {cert}, but it {notyet}.",
]
T["en"]["ob_pending"] = [
    "In {app}, {relshort} still shows as unvaccinated.",
    "Their vaccination {notinput}, though they were jabbed at {fac}.",
    "They've had the {dfirst}, but the system has no record at all.",
    "We took {relshort} to {fac} for the vaccine, but the record is empty.",
    "According to the staff at {fac}, {relshort}'s data {notinput}.",
    "It's {w} weeks after the jab and their vaccination history shows nothing.",
    "{Relshort}'s status in {app}: not vaccinated. That's wrong.",
    "They were vaccinated on {when}, but there's still no data.",
    "No vaccination history for {relshort} anywhere in {app}.",
    "When we check the NIK, it says not vaccinated, even though {relshort} had the {dfirst}.",
]
T["en"]["ob_dose"] = [
    "{Relshort} has the {cert} for the {prev}, but the {dose} at {fac} {notinput}.",
    "They had the {dose} on {when}, yet {app} stops at the {prev}.",
    "{Relshort}'s {dose} isn't recorded; the {prev} is.",
    "Only the {prev} appears in {app}; their {dose} ({when}) is missing.",
    "{Relshort} received the {dose} at {fac} {w} weeks back; no sign of it yet.",
    "The {prev} is fine. The {dose}, given {when}, has no {cert}.",
    "{Relshort}'s status is stuck at the {prev}, although the {dose} is done.",
    "Their {dose} data {notinput}, while the {prev} has a {cert}.",
    "{Dose}: done ({when}, {fac}). In the system: not there. {Prev}: there.",
    "Please check {relshort}'s {dose}, given on {when} at {fac}.",
]
T["en"]["ob_contact"] = [
    "My number (family member): {phone}.",
    "If needed, ring me on {phone}.",
    "Reporter's WhatsApp: {phone}",
    "Please get in touch via {phone}; they don't use a phone.",
    "I can be called on {phone}.",
    "My own mobile, for confirmation: {phone}.",
    "Contact person (me): {phone}",
    "Any questions, just WhatsApp me at {phone}.",
    "{phone} - my number, I'm family.",
]
T["en"]["two_self"] = [
    "I'm NIK {nik}, and my {cert} {notyet}. {Rel} (NIK {relnik}) already got theirs, so it's only mine that's "
    "the problem.",
    "{Rel}, NIK {relnik}, has the {cert}. Mine, NIK {nik}, doesn't.",
    "Same day, same place for both of us. {Relshort}'s ({relnik}) is fine, mine ({nik}) is empty.",
    "Please check NIK {nik} - that's me. {relnik} is {rel}'s and that one is already sorted.",
    "NIK {relnik} ({rel}): certificate issued.\nNIK {nik} (me): nothing yet.",
    "Two NIKs: {relnik} is {rel}'s, which is fine, and {nik} is mine, which isn't.",
    "The {cert} for {relshort} (NIK {relnik}) came through. The one that's missing is my own, NIK {nik}.",
    "It's me who needs help (NIK {nik}). {Rel} was vaccinated the same day, NIK {relnik}, and got theirs.",
    "Mine: {nik}. {Relshort}'s: {relnik}. {Relshort} has it, I don't.",
    "For comparison, {rel}'s NIK {relnik} shows up in {app}. My NIK {nik} doesn't.",
    "Would you check mine ({nik})? The one for {rel} ({relnik}) is fine.",
]
T["en"]["typo_fix"] = [
    "Apologies, last time I wrote my NIK as {bad}. That was a slip; the proper one is {nik}.",
    "Correction - NIK {nik}, not {bad}.",
    "Earlier I typed the NIK wrong ({bad}). Please go by {nik}.",
    "Correct NIK: {nik}\n(earlier typo: {bad})",
    "Sorry, {bad} was a typo. It's {nik}.",
    "Please ignore NIK {bad} from yesterday's email; it should be {nik}.",
    "My fingers slipped - {bad} is wrong. Here's the right one: {nik}.",
    "NIK {nik}, not {bad}. Sorry for the mix-up.",
    "Fixing my earlier message: NIK {bad} \u2192 {nik}.",
    "I sent {bad} before, but one digit was off. My real NIK: {nik}.",
    "The right one is {nik}. If you see a report with {bad}, that was me too, with a typo.",
]
T["en"]["reporter"] = [
    "I am {mename} with NIK {menik}, reporting for {rel}, whose NIK is {nik}.",
    "Reporter: {mename} (NIK {menik})\nPerson concerned: {rel}, NIK {nik}",
    "I'm {mename}, NIK {menik}; my question concerns the {cert} of {rel} (NIK {nik}).",
    "To verify me: NIK {menik}. The problem NIK belongs to {relshort}: {nik}.",
    "Let me introduce myself, I'm {mename}. I'm acting for {rel}, NIK {nik}. My own NIK is {menik} if you need it.",
    "{Relshort}'s NIK: {nik}. Mine (the sender, {mename}): {menik}.",
    "The problem is with {rel}'s data (NIK {nik}), not mine. I'm {mename}, NIK {menik}.",
    "Complainant - {mename}, {menik}. Subject of complaint - {rel}, {nik}.",
    "{nik} is the NIK of {rel}. I'm the one emailing, {mename}, NIK {menik}.",
    "Speaking for our family, I, {mename} ({menik}), am asking about {rel}'s vaccination data, NIK {nik}.",
    "Writer: {mename}, ID {menik}. Patient: {rel}, ID {nik}.",
]
T["en"]["listed"] = [
    "Our NIKs:\n{aname}: {anik}\n{bname}: {bnik}",
    "{aname} (NIK {anik}) and {bname} (NIK {bnik}) got their jabs together.",
    "Family details: {aname} {anik}, {bname} {bnik}.",
    "+ {aname}, holder of NIK {anik}\n+ {bname}, holder of NIK {bnik}",
    "Two NIKs: {anik} for {aname}, {bnik} for {bname}.",
    "Name/NIK: {aname}/{anik}; {bname}/{bnik}.",
    "The two of us, {aname} and {bname}, have NIKs {anik} and {bnik} respectively.",
    "NIK {anik} ({aname}) and NIK {bnik} ({bname}).",
    "In the name of {aname}: {anik}. In the name of {bname}: {bnik}.",
]
T["en"]["listed_tail"] = [
    "It's the one in my own name that still lacks a {cert}.",
    "Of those two, mine {notyet}; the other is fine.",
    "Only my personal record has the problem.",
    "I'm only asking about mine; the other person's is in order.",
    "My relative's came through; the {cert} under my name is missing.",
    "Please check just my own NIK.",
    "My own {cert} {notyet}, not theirs.",
    "Only mine is left to sort out.",
    "The sender - me - is the one still lacking a {cert}.",
    "One of them is complete, mine isn't.",
]
T["en"]["fwd_note"] = [
    "Sending my earlier complaint again; no reply so far.",
    "Forwarding my earlier email, which hasn't been answered.",
    "Bump. Still waiting on this one.",
    "Please see my original message below.",
    "This is my old email; weeks with no response.",
    "Sending again in case the first one went to spam.",
]
T["en"]["fwd_note_ob"] = [
    "Forwarding this from {rel}, who hasn't had a reply.",
    "Passing on {rel}'s message below - please help.",
    "{Rel} asked me to resend this complaint.",
    "See {rel}'s email below, forwarded from my account.",
    "Forward from {rel}.",
    "Please see the email below, written by {rel}.",
]
T["en"]["quote_hdr"] = [
    "Message from {oname} <{oemail}>, {date}:",
    "{oname} ({oemail}) replied on {date}:",
    "-------- Original message --------\nFrom: {oname} <{oemail}>\nDate: {date}",
    "{date}, {oname} wrote:",
    "Quoting {oname}, {date}:",
]
T["en"]["desk_hdr"] = [
    "On {date}, Vaccine Certificate Team <sertifikat@certdesk.local> wrote:",
    "-----Original Message-----\nFrom: sertifikat@certdesk.local\nSent: {date}",
    "Helpdesk reply, {date}:",
    "sertifikat@certdesk.local wrote ({date}):",
]
T["en"]["noise_person"] = [
    "Also, my neighbour's NIK {onik}, phone {ophone}, is missing one too.",
    "My husband's details: NIK {onik}, mobile {ophone}. Is his done?",
    "Could you check NIK {onik} as well (phone {ophone})? That's my nephew.",
    "NIK {onik} / {ophone} - a colleague's, please help him too.",
    "Yesterday I reported for my dad, NIK {onik}, number {ophone}.",
]
T["en"]["noise_desk"] = [
    "Thanks for reporting. We have re-sent the certificate of NIK {onik} to {ophone}.",
    "We corrected the data of NIK {onik}; an SMS will follow on {ophone}.",
    "NIK {onik} checked: registered number {ophone}, certificate issued.",
    "The report for NIK {onik} is closed. A notification was sent to {ophone}.",
    "NIK {onik} is verified, please check the SMS on {ophone}.",
]
T["en"]["ask"] = [
    "Kindly reply stating your NIK plus the phone you registered with.",
    "So that we can check, please state your NIK as shown on your KTP.",
    "Please send your NIK, full name and date of birth.",
    "Your data did not come up in our search. Please confirm the certificate holder's NIK.",
    "To follow up we need the NIK of whoever the certificate is for.",
]
T["en"]["footer"] = [
    "Sent from my Android phone",
    "Sent with Samsung Email",
    "Sent via the Mail app",
    "Sent from my mobile device",
    "Sent using Outlook Mobile",
    "Sent from Gmail on my Redmi",
    "Sent via Huawei Mail",
]

# --- Campur: bahasa gado-gado ------------------------------------------------------------------------------
T["mix"]["greet"] = ["Hi min, selamat pagi!", "Halo kak, good morning.", "Hello min, permisi ya.", "Dear admin ysh,",
                     "Hai admin, sorry ganggu.", "Morning kak,", "Pagi min, hope you're well."]
T["mix"]["close"] = ["Thank you min, ditunggu ya.", "Tq so much kak.", "Thanks, sehat terus ya kalian.", "Makasih a lot min.",
                     "Best, sehat2 ya.", "Regards, thx banyak."]
T["mix"]["generic"] = [
    "Min, I already got my {dlast} tapi {cert} {notyet}, help dong.",
    "Sorry kak, mau tanya, kenapa my {cert} belum ada? Vaksin {when} di {fac}.",
    "Udah {w} weeks since vaksin, tapi {cert} {notyet}. Please check ya.",
    "Hi, aku fully vaccinated tapi {app} bilang no {cert}. Kok bisa?",
    "Honestly I'm confused min, udah vaksin di {fac} tapi {cert} {notyet}.",
    "Need my {cert} asap buat travel, tapi {notyet} di {app}.",
    "Kak tolong, my {cert} {notyet}, padahal {dlast} udah done tanggal {when}.",
    "FYI min, aku vaksin {dlast} di {fac}, cert nya nggak ada sampe sekarang.",
    "Can you check please, {cert} gw {notyet}, udh vaksin {when}.",
    "Btw min, my whole family already got their {cert}, cuma punyaku yang {notyet}.",
    "Permisi, I'm a student abroad, mau balik kampus but {cert} {notyet}. Vaksin {when}.",
]
