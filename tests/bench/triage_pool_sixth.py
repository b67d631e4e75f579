"""The triage benchmark's sixth phrase pool, `sixth` (imported by gen_triage.py).

Written blind, as a third honest held-out measure: by a helper who read neither
certdesk's rules (its sources, tests or docs) nor any mail or benchmark output the
product produced. It read only gen_triage.py (what each template key means, which
{slots} it is given, what self_check demands of the text), triage_pool_fifth.py (for the
interface only: the table names, keys, slots and formatters, never as wording to vary),
check_triage_independent.py, score_triage.py and .ci/bench-triage (for the wiring). The
wording is new: it shares no multi-word phrase with `dev`, `heldout`, `fresh`, `fourth` or
`fifth` (gen_triage.py checks this at start-up). The voices are those who wrote to a
ministry helpdesk in 2021: formal letters, WhatsApp/SMS spelling, Javanese (ngoko and
krama), Sundanese, Betawi/Jakarta slang, Minang and Batak speech, code-mixed English,
pensioners, children and spouses writing for a relative, angry and desperate mails,
one-liners and long ones. The hard cases are written several ways each: whose NIK is
whose when a mail carries two, which certificate came and which did not, how a wrong
field and its right value are named, and why a phone number on the record no longer
reaches the citizen (dead, replaced, borrowed, someone else's). Standard library only;
nothing here looks around the repository.

Constraints kept from gen_triage.py:
  fix_nik templates quote {wrong} (the NIK on record must be in the mail);
  nik_kk puts {kk} before {nik};
  two_self names both {nik} and {relnik}, reporter both {menik} and {nik}, listed both
  {anik} and {bnik}, typo_fix {nik}; phone_changed and phone_lost quote {old};
  the hint keys (sms_lost, no_phone, resend), listed_tail, greet, close, subjects,
  fwd_note, ask and footer get fillers only ({cert}, {app}, {notyet}, ...), no values;
  duplicate gets {dose}, {prev}, {other}, {dlast}, {dfirst} (no {when}, {fac} or {w});
  contact and ob_contact are given a number that may or may not be the one on record, so
  they call it neither old nor new.

Tables, each for this pool alone (gen_triage.py files them under the key "sixth"):
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
MONTHS_ID_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"0{a} - {b} - {c}", f"(0{a}) {b} {c}", f"+62 {a}-{b}{c}", f"+62({a}){b}{c}", f"0{a}{b}-{c}",
            f"62 {a}-{b}-{c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if lang == "id":
        return [lambda: f"{d.day:02d} {MONTHS_ID[m]} {d.year}",
                lambda: f"{d.day}/{d.month}/{d.year}",
                lambda: f"{d.day}-{MONTHS_ID_SHORT[m]}-{d.year % 100:02d}",
                lambda: f"{d.day}.{d.month}.{d.year % 100:02d}"]
    return [lambda: f"{MONTHS_EN[m]} {d.day}{nth}, {d.year}",
            lambda: f"{d.day:02d} {MONTHS_EN[m][:3]}{'.' if len(MONTHS_EN[m]) > 3 else ''} {d.year}",
            lambda: f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[m]} {d.year}",
            lambda: f"{d.day}-{MONTHS_EN[m]}-{d.year}"]


FILL = {
    "id": {
        "cert": ["sertifkat vaksin", "bukti sertifikat vaksinasi", "sertifikat vaksinasi digital", "sertifikat covid-19",
                 "e-serti vaksin"],
        "app": ["aplikasi Peduli Lindungi", "PeduliLindungi di HP", "akun PeduliLindungi", "aplikasi SATUSEHAT",
                "situs resmi PeduliLindungi"],
        "notyet": ["masih belum ada", "kosong melompong", "tidak ada wujudnya", "belum nongol-nongol juga",
                   "belum terbit-terbit"],
        "req": ["Kiranya Bapak/Ibu berkenan membantu, terima kasih.", "Saya tunggu balasan secepatnya.", "Matur suwun atas bantuannya.",
                "Punten pisan, nyuhunkeun bantosanana.", "Tolong jangan didiamkan ya, sudah lama saya menunggu.",
                "Semoga Bapak/Ibu diberi kesehatan dan bisa membantu saya."],
        "fixreq": ["Mohon diganti sesuai KTP.", "Bagaimana prosedur untuk membetulkannya?",
                   "Mohon dibetulkan karena mau dipakai untuk bikin paspor.",
                   "Tolong diubah ya, takut bermasalah waktu diperiksa di bandara.",
                   "Apakah cukup lewat email atau harus ke puskesmas untuk pembetulan?"],
        "inactive": ["sudah tidak bisa ditelepon lagi", "sudah mati, tidak bisa diisi ulang", "sudah lama tidak saya pakai",
                     "simcardnya sudah hilang", "sekarang sudah dipakai orang lain"],
        "newnum": ["nomor yang bisa dihubungi sekarang", "tolong pakai nomor", "HP saya sekarang", "nomor WA saya kini",
                   "gantinya nomor"],
        "notinput": ["belum dimasukkan ke aplikasi", "belum di-input petugas", "belum diinput vaksinator",
                     "belum terdata di pusat", "tidak tercatat sama sekali"],
    },
    "en": {
        "cert": ["COVID vaccination certificate", "vaccination e-certificate", "Covid-19 digital certificate",
                 "vaccine certificate from the ministry", "covid-19 vax cert"],
        "app": ["the PeduliLindungi application", "PeduliLindungi on my phone", "my SATUSEHAT account",
                "the SATUSEHAT app", "the official PeduliLindungi website"],
        "notyet": ["has yet to arrive", "is still not showing", "just isn't there", "has never turned up",
                   "still doesn't exist"],
        "req": ["Thanks in advance for your help.", "I look forward to hearing from you soon.",
                "Any help would mean a lot.", "Please don't ignore this, I've waited long enough.",
                "Kind regards and thank you for your time."],
        "fixreq": ["Please amend it to match my KTP.", "What is the procedure to correct this?",
                   "Please update it, I need it for my passport application.",
                   "Could you please fix this before my trip?",
                   "Do I have to go back to the clinic, or can it be done by email?"],
        "inactive": ["is no longer working", "went dead months ago", "was given up a long time ago",
                     "is gone together with my old phone", "has since been recycled to another user"],
        "newnum": ["my number these days is", "please reach me on", "the number I use now is", "my working number:",
                   "use this one instead:"],
        "notinput": ["hasn't been entered into the system", "was never keyed in by the staff",
                     "isn't showing in the database", "has not been submitted by the vaccination site",
                     "is missing from the records"],
    },
}

DOSE = {
    "id": {1: ["vaksin dosis pertama", "suntik ke-1", "vaksin yang pertama"],
           2: ["vaksin dosis kedua", "suntik ke-2", "vaksin yang kedua"],
           3: ["vaksin ketiga", "suntik ke-3", "vaksin yang ketiga (booster)"]},
    "en": {1: ["jab #1", "jab no. 1", "dose no. 1"],
           2: ["jab #2", "jab no. 2", "dose no. 2"],
           3: ["jab no. 3 (booster)", "booster jab #1", "dose no. 3"]},
}

# (written, short, sex of the relative, generation: older/younger, same, sibling)
REL = {
    "id": [("amak ambo", "amak", "F", "older"), ("ayahanda saya", "ayahanda", "M", "older"),
           ("simbok saya", "simbok", "F", "older"), ("opung saya", "opung", None, "older"),
           ("engkong saya", "engkong", "M", "older"), ("mertua laki-laki saya", "mertua", "M", "older"),
           ("nyokap gue", "nyokap", "F", "older"), ("anak saya yang paling kecil", "si kecil", None, "younger"),
           ("anak dari kakak saya", "keponakan", None, "younger"), ("uni saya", "uni", "F", "sibling"),
           ("ito saya", "ito", None, "sibling"), ("pasangan hidup saya", "pasangan saya", None, "same")],
    "en": [("my mama", "Mama", "F", "older"), ("my granny", "Granny", "F", "older"),
           ("my mother's brother", "my uncle", "M", "older"), ("my mum-in-law", "my mum-in-law", "F", "older"),
           ("my eldest son", "my son", "M", "younger"), ("my teenage daughter", "my girl", "F", "younger"),
           ("my niece", "my niece", "F", "younger"), ("my elder brother", "my brother", "M", "sibling"),
           ("my better half", "my other half", None, "same")],
}

VAXNAME = {"coronavac": ["Sinovac (China)", "Sinovac/Coronavac"],
           "astrazeneca": ["Astrazenika", "AstraZeneca (AZ)", "Vaxzevria"],
           "comirnaty": ["Pfizer BioNTech", "Fizer"],
           "moderna": ["Moderna (mRNA)", "Modena"],
           "sinopharm": ["Sinopharma", "BBIBP-CorV"],
           "biofarma": ["Vaksin Covid-19 Bio Farma", "Bio-Farma"],
           "sputnik-v": ["SputnikV", "Gamaleya Sputnik"],
           "convidecia": ["Cansino", "Ad5-nCoV"],
           "novavax": ["Covovax", "Nuvaxovid (Novavax)"]}

SLANG = {"saya": ["sy", "aq"], "tidak": ["tdk", "gk", "gak"], "sudah": ["udh", "sdh", "udah"], "belum": ["blm", "blom"],
         "yang": ["yg"], "dengan": ["dgn"], "sama": ["sm"], "bisa": ["bs"], "kalau": ["klo"], "bagaimana": ["gmn"],
         "terima kasih": ["tks", "trims"], "karena": ["krn"], "sekarang": ["skrg"], "tolong": ["tlg"], "lagi": ["lg"],
         "saja": ["aja", "sj"], "tanggal": ["tgl"], "jadi": ["jd"], "dari": ["dr"], "untuk": ["utk", "buat"],
         "sertifikat": ["sertif"], "sampai": ["smp", "ampe"], "minta": ["mnt"]}

SEX_WORDS = {"id": {"M": ["L (laki-laki)", "lanang", "laki2"], "F": ["P (perempuan)", "wadon", "wanita"]},
             "en": {"M": ["male (L)", "man"], "F": ["female (P)", "woman"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia: surat resmi, WA/SMS, lansia, Jawa, Sunda, Betawi, Minang, Batak, yang kesal ---------
T["id"]["greet"] = ["Kepada Yth.\nTim Layanan Sertifikat Vaksinasi COVID-19\nKementerian Kesehatan RI\n\nDengan segala hormat,",
                    "Selamat sore pak, bu.", "Asslmkm min", "Met pagi admin", "Horas bapak/ibu,", "Punten kang/teh admin,",
                    "Salam sehat, bapak ibu yang bertugas.", "Pagi kak", "Om Swastyastu bapak/ibu,",
                    "Mohon maaf mengganggu malam-malam,", "Tabik, bapak/ibu petugas.", ""]
T["id"]["close"] = ["Terima kasih sebelumnya.", "Salam hormat dari kami sekeluarga,", "Billahi taufik wal hidayah, wassalamu'alaikum.",
                    "Makasih banyak min \U0001F64F\U0001F64F", "Mauliate godang.", "Suksma.", "Nuhun,", "Tengkyu",
                    "Hormat saya,\nyang bermohon,"]
T["id"]["subject"] = ["Sertifikat vaksin saya tidak ada", "serti vaksin ga muncul2", "PENGADUAN SERTIFIKAT VAKSIN",
                      "Permohonan penerbitan sertifikat vaksinasi", "Tanya soal sertifikat vaksin",
                      "Sdh vaksin tp sertifikat blm keluar", "Sertifikat covid belum saya terima sampai sekarang",
                      "Keluhan: sertifikat tidak bisa diunduh"]
T["id"]["subject_fix"] = ["Permohonan koreksi data pada sertifikat vaksin", "data sertifikat ngaco",
                          "Kesalahan penulisan data vaksinasi", "MOHON PEMBETULAN DATA", "Sertifikat vaksin datanya keliru",
                          "Perbaikan identitas sertifikat"]
T["id"]["subject_phone"] = ["Nomor HP di data vaksin perlu diganti", "ganti no hp", "Pembaruan nomor ponsel",
                            "SMS sertifikat ke nomor lama", "Nomor lama sudah tidak dipakai",
                            "Perubahan kontak HP untuk SMS sertifikat"]
T["id"]["generic"] = [
    "Saya sudah menerima vaksin {dlast} di {fac} pada {when}, namun sampai hari ini {cert} saya {notyet}.",
    "min {cert} aku {notyet} nih, padahal udah vaksin {dlast} lho",
    "Sudah lewat {w} minggu dari vaksin, kok {cert} saya {notyet}? Tiap hari saya cek {app} tetap saja tidak ada.",
    "Yth. petugas, saya seorang pensiunan guru, usia 68 tahun. Saya sudah divaksin {dlast} di {fac}, tetapi {cert} "
    "saya {notyet}. Saya tidak begitu paham HP, mohon dibantu.",
    "{Cert} {notyet}. Vaksin {dlast} sudah. Tolong.",
    "Mohon maaf sebelumnya, saya mau menanyakan {cert} saya yang {notyet}. Saya vaksin tanggal {when}.",
    "Aduh min, saya mau berangkat kerja ke luar kota tapi {cert} {notyet}! Sudah vaksin {dlast} di {fac} tanggal "
    "{when}, masa harus suntik lagi?",
    "Nyuwun pirsa, {cert} kula kok {notyet} nggih. Kula sampun vaksin {dlast} wonten {fac}.",
    "Abdi tos vaksin {dlast} di {fac}, tapi {cert}-na {notyet}. Kumaha ieu teh?",
    "Bah, sudah {w} minggu aku tunggu {cert} itu, {notyet} juga. Vaksin sudah di {fac}, apa lagi kurangnya?",
    "Ambo alah vaksin {dlast} di {fac}, tapi {cert} ambo {notyet}. Baa caronyo?",
    "Gue udah vaksin {dlast} tanggal {when}, tapi {cert} gue {notyet}. Gimana nih, bang?",
    "Saya heran, teman-teman sekantor yang vaksin bareng saya di {fac} sudah dapat semua, hanya {cert} saya yang "
    "{notyet}.",
    "Selamat siang. Per hari ini {cert} saya di {app} {notyet}, sedangkan vaksin {dlast} sudah saya jalani pada "
    "{when} di {fac}. Mohon pengecekan data.",
    "tlg dicek y min, sertifikat vaksin {dlast} sy {notyet} smp skrg",
]
T["id"]["sms_lost"] = [
    "Kayaknya SMS-nya sempat masuk, tapi kehapus waktu saya bersih-bersih memori HP.",
    "HP saya sempat diservis dan diinstal ulang, semua pesan lama hilang.",
    "Anak saya main HP dan menghapus pesan-pesan, mungkin SMS {cert} ikut terhapus.",
    "Saya ingat ada SMS masuk soal vaksin, tapi tidak saya buka dan sekarang sudah tidak ada.",
    "Pesan SMS di HP saya otomatis terhapus kalau sudah lama, mungkin itu sebabnya.",
    "HP saya yang lama rusak kena air, nomornya masih sama tapi isi SMS tidak bisa diselamatkan.",
    "Waktu itu SMS-nya masuk ke folder spam dan sudah saya kosongkan.",
    "Sepertinya linknya pernah dikirim lewat SMS, tapi saya kira penipuan jadi saya hapus.",
    "Nomor saya tetap, cuma HP-nya ganti baru dan pesan lama tidak ikut pindah.",
    "Mungkin SMS-nya tertimbun pesan promo operator, saya cari tidak ketemu.",
]
T["id"]["no_phone"] = [
    "Waktu vaksin saya tidak punya HP, jadi kolom nomor dikosongkan.",
    "Pas daftar, petugasnya cuma minta KTP, tidak minta nomor telepon.",
    "Saya ikut vaksin massal di kantor desa dan tidak ada yang mencatat nomor HP saya.",
    "Saya lansia, tidak pakai HP, waktu vaksin tidak menyerahkan nomor apa pun.",
    "Di kartu antrean vaksin saya, bagian nomor HP tidak diisi.",
    "Dulu daftarnya pakai formulir kertas dan saya lupa menulis nomor.",
    "Saya memang tidak memberikan nomor telepon waktu pendaftaran vaksin.",
    "Saat vaksin HP saya sedang rusak, jadi saya bilang tidak ada nomor.",
    "Pendaftarannya kolektif lewat pak RT, dan setahu saya nomor HP warga tidak dikumpulkan.",
    "Saya tidak pernah mencantumkan nomor HP di data vaksin.",
]
T["id"]["resend"] = [
    "Data saya kemarin sudah dibetulkan petugas, tapi {cert} versi barunya belum saya terima.",
    "Tolong kirimkan lagi {cert} saya yang terbaru.",
    "Setelah pembetulan data, saya belum dapat kabar apa-apa soal {cert} yang baru.",
    "Yang lama masih dengan data salah, saya perlu {cert} yang sudah diperbarui.",
    "Kata puskesmas datanya sudah diupdate, mohon {cert} dikirim ulang.",
    "Saya butuh {cert} yang sudah direvisi untuk keperluan visa.",
    "Sudah diperbaiki katanya, tapi SMS {cert} yang baru tidak datang-datang.",
    "Bisa tolong diterbitkan ulang {cert} saya? Data sudah dikoreksi minggu lalu.",
    "Mohon dikirim link unduh {cert} yang terbaru ke saya.",
]
T["id"]["dose_pending"] = [
    "{Cert} untuk {prev} sudah ada, tapi {dose} yang saya terima di {fac} pada {when} {notyet}.",
    "Di {app} cuma tercatat sampai {prev}. Padahal {dose} sudah saya jalani {w} minggu lalu.",
    "sy udh {dose} tgl {when} tp yg keluar cuma {cert} {prev}",
    "Mohon dicek, {dose} saya tidak terdata. {Prev} aman, sertifikatnya ada.",
    "Kenapa {cert} {dose} saya {notyet}? {Prev} lancar-lancar saja dulu.",
    "Bapak/Ibu, saya sudah menerima {dose} di {fac} tanggal {when}, namun di {app} status saya masih berhenti di "
    "{prev}.",
    "Yang muncul hanya {prev}, {dose} hilang entah ke mana. Padahal suntiknya di {fac}.",
    "Saya bingung, {prev} tercatat lengkap tapi {dose} {notyet}, padahal sudah {w} minggu.",
    "{Dose} sudah, kartu vaksin kertasnya juga sudah distempel petugas, tapi {cert} untuk {dose} itu {notyet}.",
    "Waduh, {cert} {dose} kok {notyet} ya, yang {prev} ada. Vaksinnya di {fac}.",
    "Aku wis {dose} neng {fac}, nanging sing metu mung {cert} {prev}.",
]
T["id"]["rec_pending"] = [
    "Saya sudah divaksin di {fac} pada {when}, tapi data vaksin saya {notinput}; di {app} tertulis belum vaksin.",
    "Di {app} status saya masih 'belum divaksin', padahal sudah suntik {w} minggu yang lalu.",
    "Sepertinya data vaksin saya {notinput}. Saya vaksin {dfirst} di {fac}.",
    "Waktu saya cek NIK di {app}, tidak ada riwayat vaksin sama sekali, padahal sudah disuntik tanggal {when}.",
    "min, data vaksin aku {notinput} kayaknya, di {app} kosong. vaksin di {fac} kok",
    "Puskesmas bilang sudah dilaporkan, tapi sampai sekarang riwayat vaksin saya {notinput}.",
    "Vaksinnya di {fac}, tanggal {when}. Tapi waktu dicek riwayat vaksinasinya nihil, seolah saya tidak pernah vaksin.",
    "Saya ikut vaksinasi massal di {fac} dan sepertinya nama saya {notinput}, karena {cert} tidak ada dan status "
    "vaksin kosong.",
    "Sudah {w} minggu sejak vaksin, tapi data saya tidak ditemukan. Apa mungkin petugasnya lupa input?",
    "Apakah data vaksinasi dari {fac} memang sering terlambat? Punya saya {notinput} padahal sudah vaksin {when}.",
    "Aku tuh udah vaksin, beneran, ada kartu vaksin kertasnya dari {fac}. Tapi datanya {notinput}.",
]
T["id"]["fix_full_name"] = [
    "Nama saya di {cert} tertulis {wrong}, seharusnya {right}.",
    "Ada salah ketik nama: di sertifikat {wrong}, di KTP {right}.",
    "Tolong nama saya diganti jadi {right}. Sekarang tercetak {wrong}, hurufnya ada yang keliru.",
    "Nama yang benar {right}, bukan {wrong}.",
    "Mohon maaf, ejaan nama saya pada {cert} tidak sesuai. Tertulis \"{wrong}\" sedangkan nama sesuai KTP adalah "
    "\"{right}\".",
    "nama sy salah min, yg bener {right}. di {app} muncul {wrong}",
    "Nama lengkap saya {right}. Di sertifikat vaksin penulisan nama saya kurang tepat.",
    "Pas saya buka {app}, nama saya jadi {wrong}. Itu salah, nama saya {right}, sama dengan akta dan KTP.",
    "Saya keberatan karena nama saya ditulis {wrong}. Nama saya {right}, itu nama pemberian orang tua!",
    "Namaku {right} ya min, bukan {wrong}. Tolong dibenerin.",
    "Di {cert} ada kesalahan penulisan nama ({wrong}). Mohon diubah menjadi {right} agar sama dengan paspor.",
]
T["id"]["fix_birth_date"] = [
    "Tanggal lahir saya pada {cert} tercantum {wrong}, padahal saya lahir {right}.",
    "Tgl lahir di sertifikat salah: {wrong}. Yang benar {right}.",
    "Saya lahir tanggal {right}, bukan {wrong} seperti yang tertulis di {app}.",
    "Mohon koreksi tanggal lahir saya, sesuai KTP {right}.",
    "Ada kekeliruan tanggal lahir. Tercetak {wrong}; akta kelahiran saya {right}.",
    "Lahirku {right} min, kok di {app} jadi {wrong}?",
    "Data kelahiran pada sertifikat ({wrong}) tidak cocok dengan KTP saya ({right}).",
    "Ulang tahun saya {right}, tapi di sertifikat vaksin berubah jadi {wrong}. Nanti saya dikira orang lain.",
    "Bagian tanggal lahir keliru. Yang tertulis {wrong} itu salah, semestinya {right}.",
    "Saya perhatikan tanggal lahir saya di {cert} tertulis {wrong}. Mohon diganti dengan {right}.",
    "Umur saya di sertifikat jadi salah karena tanggal lahirnya {wrong}, yang betul {right}.",
]
T["id"]["fix_vaccinated_on"] = [
    "Tanggal {dose} di {cert} saya tertulis {wrong}, padahal saya disuntik {right}.",
    "{Dose} saya tercatat {wrong}. Yang benar {right}, sesuai kartu vaksin dari puskesmas.",
    "Saya vaksin {dose} tanggal {right}, tapi di {app} jadi {wrong}.",
    "Tgl vaksin {dose} salah min, harusnya {right} bukan {wrong}",
    "Mohon pembetulan tanggal vaksinasi {dose}: tertulis {wrong}, seharusnya {right}.",
    "Ada yang aneh, {dose} saya di sertifikat tanggalnya {wrong}, padahal hari itu saya belum vaksin. Suntiknya {right}.",
    "Tanggal pemberian {dose} yang benar adalah {right}, mohon disesuaikan.",
    "Di sertifikat, tanggal vaksin {dose} saya {wrong}. Di kartu kertas dari petugas tertulis {right}.",
    "Kok tanggal {dose} saya bergeser jadi {wrong}? Saya suntiknya {right}, ada fotonya.",
    "Pada {cert}, {dose} dicatat tanggal {wrong}; yang sebenarnya tanggal {right}.",
    "Tanggal suntik {dose} beda dengan yang saya jalani. Saya {right}, di sistem {wrong}.",
]
T["id"]["fix_vaccine"] = [
    "Jenis vaksin {dose} di {cert} saya tertulis {wrong}, padahal yang disuntikkan {right}.",
    "{Dose} saya pakai {right}, tapi di {app} tertulis {wrong}.",
    "Merk vaksinnya salah min. {Dose} aku {right}, bukan {wrong}.",
    "Di sertifikat, vaksin {dose} tercatat {wrong}. Saya yakin waktu itu {right}, ada di kartu vaksin kertas.",
    "Mohon koreksi jenis vaksin untuk {dose}: seharusnya {right}.",
    "Waktu {dose} saya disuntik {right}, tapi sertifikatnya bilang {wrong}. Ini bisa bikin masalah kalau mau ke luar "
    "negeri.",
    "Untuk {dose}, vaksinnya {right}. Kenapa yang tertulis {wrong}?",
    "Kesalahan data jenis vaksin: {wrong} (tercatat) seharusnya {right} ({dose}).",
    "Saya ingat betul {dose} saya {right} karena lengan saya pegal dua hari, bukan {wrong} seperti di {app}.",
    "Tolong ganti jenis vaksin {dose} dari {wrong} ke {right}.",
    "Nama vaksin di {cert} untuk {dose} keliru, tertera {wrong}. Yang benar {right}.",
]
T["id"]["fix_nik"] = [
    "NIK di {cert} saya salah: tertulis {wrong}, NIK saya yang benar {right}.",
    "NIK saya {right} sesuai KTP, tapi di {app} terdaftar dengan {wrong}.",
    "Ada satu angka NIK yang salah. Tercatat {wrong}, seharusnya {right}.",
    "Tolong ganti NIK di data vaksin saya dari {wrong} menjadi {right}.",
    "nik sy salah input min, yg kecatat {wrong}, yg asli {right}",
    "Petugas salah ketik NIK waktu input: {wrong}. Punya saya {right}, silakan dicocokkan dengan KK.",
    "Sertifikat vaksin saya ternyata memakai NIK {wrong}, padahal NIK di e-KTP saya {right}. Jadi tidak bisa dipakai "
    "untuk check-in.",
    "NIK yang dipakai di data vaksin ({wrong}) bukan NIK saya. NIK saya: {right}.",
    "Mohon pembetulan NIK. Di sistem: {wrong}. Di KTP: {right}.",
    "Di {app} NIK saya muncul {wrong}, beda satu digit dengan KTP saya {right}.",
    "Kalau dicari pakai NIK saya {right} tidak ketemu, ternyata datanya masuk ke NIK {wrong}.",
]
T["id"]["fix_sex"] = [
    "Jenis kelamin saya di {cert} tertulis {wrong}, padahal saya {right}.",
    "Di {app} saya tercatat sebagai {wrong}. Saya ini {right}, min!",
    "Mohon ubah jenis kelamin saya menjadi {right}.",
    "Kolom jenis kelamin keliru: tercantum {wrong}, seharusnya {right}.",
    "Lucu juga, saya jadi {wrong} di sertifikat vaksin. Tolong kembalikan ke {right}.",
    "jk sy salah, ditulis {wrong} harusnya {right}",
    "Saya {right} sesuai KTP, namun sertifikat mencantumkan {wrong}.",
    "Ada kesalahan pada jenis kelamin ({wrong}), mohon diganti dengan {right}.",
    "Keluarga saya tertawa lihat sertifikat saya, jenis kelaminnya {wrong}, padahal jelas saya {right}.",
    "Gender di {cert} {wrong}, mestinya {right}.",
]
T["id"]["phone_changed"] = [
    "Nomor yang saya pakai waktu daftar vaksin, {old}, {inactive}. {Newnum} {new}.",
    "Dulu saya daftar pakai nomor {old}, itu nomor pinjaman tetangga karena HP saya rusak. Nomor saya sendiri {new}.",
    "SMS {cert} pasti dikirim ke {old}, padahal nomor itu {inactive}. Mohon dialihkan ke {new}.",
    "Nomor {old} itu punya kakak saya yang sekarang kerja di Malaysia, jadi SMS-nya tidak sampai ke saya. Nomor saya "
    "{new}.",
    "Tolong ganti no HP saya dari {old} ke {new}. Yang lama {inactive}.",
    "no lama {old} udh ga aktif, {newnum} {new}",
    "Kartu SIM {old} hilang bersama dompet, saya sudah ganti nomor ke {new}.",
    "Waktu vaksin saya pakai HP kantor dengan nomor {old}; saya sudah keluar dari kantor itu. Sekarang pakai {new}.",
    "Saya sudah tidak pegang nomor {old} lagi. {Newnum} {new}.",
    "Nomor {old} sudah diblokir karena tidak registrasi ulang, yang masih hidup {new}.",
    "Mohon update: nomor HP lama {old} (sekarang dipakai orang lain), nomor baru {new}.",
    "Bapak saya dulu yang mendaftarkan saya pakai nomornya, {old}. Beliau sudah ganti kartu, jadi tolong pakai nomor "
    "saya sendiri {new}.",
]
T["id"]["phone_lost"] = [
    "HP saya dengan nomor {old} dicopet di pasar, jadi SMS apa pun tidak bisa saya terima.",
    "Nomor {old} yang terdaftar sudah mati, dan saya belum punya nomor lain.",
    "Saya tidak bisa mengakses nomor {old} lagi karena kartunya hangus.",
    "Nomor {old} itu nomor almarhum bapak saya yang saya pinjam waktu daftar; sekarang sudah tidak aktif.",
    "SMS ke {old} tidak akan sampai, nomor itu sudah bukan milik saya.",
    "Nomor {old} ikut hilang waktu rumah kami kebanjiran, HP-nya rusak total dan kartunya tidak bisa diurus.",
]
T["id"]["contact"] = [
    "Nomor HP saya: {phone}, aktif WA juga.",
    "Kalau ada yang perlu ditanyakan, silakan WA ke {phone}.",
    "Bisa dihubungi lewat telepon di {phone}.",
    "HP/WA: {phone}",
    "Ini nomor saya ya min: {phone}",
    "Untuk konfirmasi, hubungi saya di nomor {phone} (bisa telepon atau SMS).",
    "Saya bisa ditelepon kapan saja di {phone}.",
    "Hubungi saya: {phone}",
    "No. telp yang bisa dihubungi: {phone}",
    "Balas ke email ini atau telepon {phone}, terima kasih.",
]
T["id"]["duplicate"] = [
    "{Dose} saya dulu didaftarkan pakai nomor {other}, dan sekarang di {app} malah tercatat sebagai vaksin pertama "
    "atas nama saya di data lain. {Prev} ada di data saya yang asli.",
    "Sepertinya data saya dobel. Waktu {dose} saya daftar lewat nomor {other}, dan sertifikat yang keluar malah "
    "{dfirst}, bukan {dose}.",
    "Saya punya dua data vaksin: satu berisi {prev}, satu lagi dengan nomor {other} yang isinya {dose} tapi ditulis "
    "sebagai {dfirst}. Mohon digabung.",
    "Kok sertifikat {dose} saya keluar sebagai {dfirst}? Waktu itu saya daftar pakai nomor {other}. Mohon data saya "
    "disatukan.",
    "Waktu {dose} saya pakai nomor HP adik saya, {other}, lalu muncul data baru atas nama saya dengan vaksin pertama. "
    "Padahal {prev} sudah ada di data lama.",
    "min data vaksin sy ada 2, yg satu pake no {other}. {dose} kecatat jd {dfirst} disitu",
    "Mohon penggabungan data. {Dose} tercatat di data terpisah (nomor {other}) sebagai dosis awal, sehingga "
    "sertifikat {dose} saya tidak muncul di data utama.",
    "Di {app} ada dua sertifikat atas nama saya: {prev} di akun saya, dan {dfirst} di data dengan nomor {other}. "
    "Yang kedua itu sebenarnya {dose}.",
    "Saya khawatir tercatat dua kali. {Dose} saya didaftarkan petugas dengan nomor {other}, hasilnya saya dianggap "
    "baru vaksin pertama.",
    "Data {dose} saya nyasar ke data baru yang nomornya {other}, dan di situ jadi vaksin ke-1. Di data lama saya cuma "
    "sampai {prev}.",
]
T["id"]["nik_self"] = [
    "NIK: {nik}\nNama: {name}",
    "Data saya: {name}, NIK {nik}.",
    "NIK saya {nik} atas nama {name}.",
    "Nama lengkap {name}, nomor induk kependudukan {nik}.",
    "{name} - {nik}",
    "nik {nik} an {name}",
    "Identitas: {name} / NIK {nik}",
    "Saya {name}, NIK {nik}.",
    "NIK (sesuai KTP): {nik}, nama: {name}",
    "Sebagai data, NIK saya {nik}, nama {name}.",
]
T["id"]["nik_kk"] = [
    "No. KK: {kk}\nNIK: {nik}",
    "Nomor Kartu Keluarga {kk}, NIK saya {nik}.",
    "KK {kk}, NIK {nik}",
    "Saya lampirkan nomor KK ({kk}) dan NIK saya ({nik}).",
    "No KK {kk} / NIK {nik}",
    "Kartu keluarga nomor {kk}; NIK pribadi saya {nik}.",
    "kk: {kk} nik: {nik}",
    "Sebagai data pendukung, KK {kk} dan NIK {nik}.",
    "Nomor KK kami {kk}, sedangkan NIK saya {nik}.",
]
T["id"]["phone_record"] = [
    "Saya tidak ingat NIK saya, tapi waktu vaksin saya daftar pakai nomor {phone}.",
    "Mohon dicari lewat nomor HP saja: {phone}, itu nomor yang dipakai saat vaksin.",
    "Nomor terdaftar saya {phone}.",
    "KTP saya sedang diurus ulang, jadi saya hanya bisa kasih nomor HP yang saya pakai waktu vaksin: {phone}.",
    "Nomor yang didaftarkan waktu vaksin: {phone}.",
    "cek aja pake no hp {phone} min, itu yg didaftarin",
    "Data vaksin saya terdaftar dengan nomor {phone}.",
    "Silakan lacak dengan nomor {phone}, saya pakai itu waktu registrasi.",
    "Nomor saat pendaftaran vaksinasi: {phone}.",
]
T["id"]["when_where"] = [
    "Vaksinnya di {fac}, tanggal {when}.",
    "Saya disuntik pada {when} di {fac}.",
    "Tempat vaksin: {fac}. Tanggal: {when}.",
    "Lokasi {fac}, {when}.",
    "Kalau perlu dicek, itu di {fac} tgl {when}.",
    "Pelaksanaannya {when}, bertempat di {fac}.",
    "({fac}, {when})",
]
T["id"]["ob_intro"] = [
    "Saya menulis atas nama {rel} yang tidak bisa mengurus sendiri.",
    "Mohon maaf, saya mewakili {rel} untuk menanyakan {cert} beliau.",
    "Saya mau tanya {cert} punya {rel}.",
    "Izin melaporkan masalah {cert} {rel}, beliau sudah sepuh dan tidak pakai email.",
    "{Rel} minta tolong saya mengurus {cert}-nya.",
    "Ini bukan untuk saya, tapi untuk {rel}.",
    "Saya keluarganya, mau membantu {rel} yang {cert}-nya bermasalah.",
    "min sy mau nanya {cert} {rel}",
    "Perkenalkan, saya dari pihak keluarga; yang saya tanyakan adalah {cert} milik {rel}.",
    "Atas permintaan {rel}, saya kirim email ini karena beliau tidak punya alamat email.",
]
T["id"]["ob_nik"] = [
    "NIK {relshort}: {nik}, atas nama {name}.",
    "Data {rel}: {name}, NIK {nik}.",
    "Nama: {name}\nNIK: {nik}\n(ini data {rel}, bukan data saya)",
    "NIK beliau {nik} ({name}).",
    "{name}, NIK {nik}, itu {rel}.",
    "Berikut NIK {rel} sesuai KTP: {nik}, nama {name}.",
    "nik {relshort} {nik} an {name}",
    "Identitas yang bersangkutan: {name}, NIK {nik}.",
    "Untuk pengecekan, NIK {relshort} {nik}, nama lengkapnya {name}.",
]
T["id"]["ob_generic"] = [
    "{Relshort} sudah vaksin {dlast} di {fac} tanggal {when}, tapi {cert}-nya {notyet}.",
    "Beliau sudah divaksin lengkap, namun {cert} beliau {notyet}.",
    "{Relshort} sudah {w} minggu menunggu {cert} dan {notyet}.",
    "Waktu saya cek di {app}, {cert} {relshort} {notyet}, padahal vaksin {dlast} sudah dijalani.",
    "{Cert} punya {relshort} {notyet}, vaksinnya di {fac}.",
    "Sejak vaksin tanggal {when}, {relshort} belum pernah menerima {cert}.",
    "{Relshort} tinggal di kampung dan vaksin di {fac}; {cert}-nya {notyet} sampai sekarang.",
    "udh vaksin {dlast} {relshort} tp {cert} nya {notyet}",
    "{Relshort} butuh {cert} untuk berobat ke rumah sakit, tapi {notyet}. Beliau vaksin {dlast} {w} minggu lalu.",
]
T["id"]["ob_pending"] = [
    "{Relshort} sudah disuntik di {fac} tanggal {when}, tapi data vaksinnya {notinput}.",
    "Di {app}, {relshort} masih dianggap belum vaksin, padahal sudah {w} minggu.",
    "Riwayat vaksin {relshort} kosong, padahal sudah vaksin {dfirst} {w} minggu lalu.",
    "Data vaksinasi {relshort} {notinput}; beliau vaksin di {fac}.",
    "Kami cek NIK {relshort} di {app}, hasilnya tidak ada data vaksin sama sekali.",
    "{Relshort} ikut vaksin lansia di {fac} pada {when}, tapi sepertinya namanya {notinput}.",
    "Mohon dicek apakah data {relshort} dari {fac} sudah dikirim, karena sampai sekarang {notinput}.",
    "vaksin {relshort} di {fac} tgl {when} kok {notinput} ya",
    "Sudah {w} minggu, status vaksin {relshort} masih kosong di {app}.",
]
T["id"]["ob_dose"] = [
    "{Relshort} sudah {dose} di {fac} tanggal {when}, tapi yang muncul baru {cert} {prev}.",
    "{Cert} {prev} {relshort} ada, tapi {dose} {notyet}.",
    "Di {app}, vaksinasi {relshort} berhenti di {prev}, padahal {dose} sudah {w} minggu lalu.",
    "{Dose} {relshort} tidak tercatat, hanya sampai {prev}.",
    "Untuk {dose}, {cert} {relshort} {notyet}. {Prev} sudah ada dari dulu.",
    "{Relshort} kemarin {dose} di {fac}, sudah {w} minggu, tapi sertifikatnya tidak bertambah, masih {prev}.",
    "Yang bermasalah {cert} {dose} {relshort}; {prev} sudah keluar.",
    "{relshort} udh {dose} tp di {app} cuma ada {prev}",
    "Beliau menerima {dose} pada {when}, namun data beliau di {app} baru sampai {prev}.",
]
T["id"]["ob_contact"] = [
    "Kalau perlu konfirmasi, bisa telepon saya di {phone}.",
    "Nomor saya (yang mengurus): {phone}.",
    "Hubungi saya saja di {phone}, beliau kurang dengar kalau ditelepon.",
    "WA saya aktif di {phone}.",
    "Kontak pelapor: {phone}",
    "Bisa balas lewat email ini atau WA ke {phone}.",
    "Saya yang bisa dihubungi, di {phone}.",
    "no sy {phone} min",
    "Untuk keperluan verifikasi, nomor saya {phone}.",
]
T["id"]["two_self"] = [
    "NIK saya {nik}. Punya {rel} ({relnik}) sudah keluar, hanya {cert} saya yang {notyet}.",
    "Kami vaksin bareng. {Relshort} (NIK {relnik}) sudah dapat {cert}, saya sendiri (NIK {nik}) belum.",
    "Tolong dicek NIK {nik}, itu NIK saya. Yang {relnik} punya {relshort}, sertifikatnya sudah beres, jadi tidak "
    "perlu dicek.",
    "{Cert} {rel} dengan NIK {relnik} aman, tapi {cert} saya, NIK {nik}, {notyet}.",
    "NIK {relnik} = {relshort} (sudah ada sertifikat).\nNIK {nik} = saya (belum ada).",
    "sertif {relshort} udh ada (nik {relnik}), punyaku blm. nik aku {nik}",
    "Saya cantumkan juga NIK {rel}, {relnik}, sebagai pembanding karena punya beliau sudah terbit. NIK saya sendiri "
    "{nik}.",
    "Yang belum ada hanya milik saya: {nik}. Untuk {rel} ({relnik}) sudah terbit sejak lama.",
    "Aneh, {relshort} dan saya vaksin di tempat dan hari yang sama, tapi hanya {cert} {relshort} yang muncul. NIK "
    "beliau {relnik}, NIK saya {nik}.",
]
T["id"]["typo_fix"] = [
    "Maaf, NIK yang saya tulis sebelumnya ({bad}) salah ketik. Yang benar {nik}.",
    "Ralat NIK: bukan {bad}, tetapi {nik}.",
    "NIK saya {nik}. Di email sebelumnya saya keliru menulis {bad}.",
    "Tadi saya salah tulis NIK jadi {bad}, mohon diabaikan. NIK asli saya {nik}.",
    "nik sy {nik} ya min, yg {bad} itu salah ketik",
    "Koreksi: {bad} -> {nik}. Maaf, jari saya kepeleset.",
    "NIK {bad} yang tadi saya kirim salah satu angkanya. Mohon pakai {nik}.",
    "Mohon maaf, ada angka yang tertukar di NIK saya tadi ({bad}). NIK yang betul: {nik}.",
    "Yang benar NIK {nik}; {bad} itu typo.",
]
T["id"]["reporter"] = [
    "Saya {mename} (NIK {menik}) melaporkan untuk {rel}, NIK {nik}. Sertifikat saya sendiri tidak ada masalah.",
    "Perkenalkan, nama saya {mename}, NIK {menik}. Yang bermasalah bukan data saya, melainkan data {rel} dengan NIK "
    "{nik}.",
    "NIK saya {menik} ({mename}), saya cantumkan sebagai pelapor. NIK {relshort} yang perlu dicek: {nik}.",
    "Pelapor: {mename} / {menik}\nYang dilaporkan: {rel} / {nik}",
    "Saya {mename}, keluarga yang mengurus. NIK saya {menik}, tapi tolong yang dicek NIK {nik} milik {rel}.",
    "{Rel} NIK-nya {nik}. Saya yang menulis, {mename}, NIK {menik}, kalau perlu data pelapor.",
    "sy {mename} nik {menik}, mau laporin {cert} {relshort} nik {nik}",
    "Atas nama keluarga, saya {mename} (NIK {menik}) mohon bantuan untuk {rel}, pemegang NIK {nik}, yang {cert}-nya "
    "{notyet}.",
    "Data saya (pelapor): {mename}, {menik}. Data {rel}: NIK {nik}.",
]
T["id"]["listed"] = [
    "1. {aname} - {anik}\n2. {bname} - {bnik}",
    "Berikut data kami berdua: {aname} (NIK {anik}) dan {bname} (NIK {bnik}).",
    "Nama / NIK:\n{aname} / {anik}\n{bname} / {bnik}",
    "{aname}: {anik}; {bname}: {bnik}.",
    "Kami sekeluarga vaksin bersama: {aname}, NIK {anik}; {bname}, NIK {bnik}.",
    "- {aname}, nik {anik}\n- {bname}, nik {bnik}",
    "NIK {anik} atas nama {aname}, dan NIK {bnik} atas nama {bname}.",
    "Data: a) {aname} {anik}  b) {bname} {bnik}",
]
T["id"]["listed_tail"] = [
    "Dari dua nama di atas, yang {cert}-nya {notyet} hanya saya, si pengirim email ini.",
    "Yang satunya sudah beres, tinggal punya saya sendiri yang bermasalah.",
    "Punya keluarga saya sudah terbit; {cert} atas nama saya (pengirim) yang {notyet}.",
    "Yang perlu dicek cuma data saya, yang satunya hanya sebagai pembanding.",
    "{Cert} saya yang {notyet}, yang lain aman.",
    "yg blm cuma punyaku min, yg satu lagi udh",
    "Tolong fokus ke data saya sebagai pengirim; data keluarga saya sudah lengkap.",
    "Dari data tersebut, hanya saya yang {cert}-nya belum bisa diunduh.",
]
T["id"]["fwd_note"] = ["Saya teruskan email saya yang kemarin, belum ada jawaban.", "Kirim ulang, mohon ditanggapi.",
                       "FYI, email di bawah belum dibalas sama sekali.",
                       "Sudah dua minggu email di bawah ini belum dijawab, saya kirim lagi.",
                       "Meneruskan pengaduan saya sebelumnya."]
T["id"]["fwd_note_ob"] = ["Saya teruskan email dari {rel}.", "Ini pesan {rel}, beliau minta saya kirim ke sini.",
                          "Email {rel} di bawah ini belum dijawab, saya bantu teruskan.",
                          "{Rel} kurang paham cara kirim email, jadi saya forward.",
                          "Mohon dibantu, ini keluhan {rel} yang saya teruskan."]
T["id"]["quote_hdr"] = ["Pada {date}, {oname} <{oemail}> menulis:",
                        "-----Pesan Asli-----\nDari: {oname} <{oemail}>\nTerkirim: {date}\nKepada: sertifikat@certdesk.local",
                        "{date}, {oname} <{oemail}> menulis:"]
T["id"]["desk_hdr"] = ["Pada {date}, Layanan Sertifikat Vaksin <sertifikat@certdesk.local> menulis:",
                       "-----Pesan Asli-----\nDari: Helpdesk Sertifikat Vaksinasi <sertifikat@certdesk.local>\n"
                       "Terkirim: {date}",
                       "Tim Sertifikat <sertifikat@certdesk.local> pada {date} menulis:"]
T["id"]["noise_person"] = ["Sekalian, ipar saya juga sama masalahnya: NIK {onik}, HP {ophone}.",
                           "Punya tetangga (NIK {onik}, no {ophone}) alhamdulillah sudah beres.",
                           "Data bibi saya untuk referensi: NIK {onik}, telepon {ophone}.",
                           "Saya juga titip NIK {onik} (HP {ophone}), punya teman kerja."]
T["id"]["noise_desk"] = ["Untuk NIK {onik}, sertifikat sudah tersedia dan SMS terkirim ke {ophone}.",
                         "Nomor ponsel di data NIK {onik} sudah kami ubah ke {ophone}.",
                         "Tiket NIK {onik} kami tutup, link unduhan sudah dikirim via SMS ke {ophone}.",
                         "Data NIK {onik} sudah kami koreksi, SMS dikirim ulang ke {ophone}."]
T["id"]["ask"] = ["Terima kasih atas laporannya. Boleh kami minta NIK yang tertera di KTP Bapak/Ibu?",
                  "Mohon sertakan NIK dan nomor ponsel yang didaftarkan waktu vaksin dalam balasan Anda.",
                  "Keterangan yang Bapak/Ibu berikan belum cukup untuk menemukan data. Mohon informasikan NIK.",
                  "Agar dapat kami proses, mohon lengkapi NIK dan nama lengkap sesuai KTP."]
T["id"]["footer"] = ["Dikirim dari iPhone 11 saya", "Dikirim dari ponsel Vivo Y12", "Dikirim dari HP Xiaomi",
                     "Sent from my Redmi Note 8", "Dikirim dari perangkat Samsung Galaxy saya"]

# --- English: formal, non-native, expatriate spouses, hurried and angry ------------------------------------
T["en"]["greet"] = ["Dear Sir/Madam at the Ministry,", "Good afternoon to the team,", "Hiya helpdesk,", "To the person in charge,",
                    "Dear Ministry of Health team,", "Hello, good morning from Surabaya.", "Dear helpdesk officer,",
                    "Respected officers,", ""]
T["en"]["close"] = ["All the best,", "Sincerely yours,", "Thank you and God bless.", "Cheers,", "With gratitude,",
                    "Many thanks in advance,", "Respectfully,", "Thanks, stay safe."]
T["en"]["subject"] = ["Vaccine certificate not received", "Missing COVID-19 certificate",
                      "URGENT: no vaccination certificate", "Certificate still not issued after vaccination",
                      "Question about my vaccine certificate", "cant find my vax certificate",
                      "Requesting my vaccination certificate"]
T["en"]["subject_fix"] = ["Request to correct my vaccine certificate", "Wrong details on vaccination certificate",
                          "Certificate data error", "Correction needed - vaccine certificate", "mistake on my certificate"]
T["en"]["subject_phone"] = ["Change of mobile number", "Old phone number on vaccine record", "Update my phone number please",
                            "Not receiving SMS - number changed", "New mobile number for certificate"]
T["en"]["generic"] = [
    "I received my {dlast} at {fac} on {when}, but my {cert} {notyet}.",
    "It's been {w} weeks since my {dlast} and my {cert} {notyet}. What is going on?",
    "Hi, my {cert} {notyet} in {app}. I was vaccinated at {fac}.",
    "I am a foreign spouse living in Bali with a KITAP and a NIK. I had my {dlast} on {when} at {fac}, yet my {cert} "
    "{notyet}.",
    "My {cert} {notyet}. Please check.",
    "Honestly this is frustrating. I did everything by the book, got my {dlast} at {fac}, and {w} weeks later my "
    "{cert} {notyet}.",
    "Good day. Kindly note that I was vaccinated on {when}; however, my {cert} {notyet} to date.",
    "My company requires the {cert} before I can return to the office, but mine {notyet}. I had my {dlast} on {when}.",
    "I checked {app} again this morning and my {cert} {notyet}, although my {dlast} was {w} weeks ago.",
    "Sorry for my English. I already vaccine {dlast} in {fac} but {cert} {notyet}.",
    "I need to fly to Jakarta next week and my {cert} {notyet}! Vaccinated on {when}. Please help urgently.",
    "Could you tell me why my {cert} {notyet}? My vaccination at {fac} went without any problem.",
]
T["en"]["sms_lost"] = [
    "I think the SMS arrived but I deleted it by accident while clearing my inbox.",
    "My phone was factory reset at the repair shop and all my old messages are gone.",
    "I may have received the text but I thought it was a scam and deleted it.",
    "My kids were playing with my phone and some messages disappeared.",
    "I switched to a new handset (same number) and the old texts did not transfer.",
    "There might have been a message, but it got buried among all the promo texts from my provider.",
    "My messaging app deletes old texts automatically, so it may have been wiped.",
    "I remember a text about the vaccine, but I never opened it and now I can't find it.",
    "My phone fell into the river and I had to restore it; I kept the number but lost the messages.",
]
T["en"]["no_phone"] = [
    "I didn't have a mobile phone when I was vaccinated, so no number was recorded.",
    "Nobody asked for my phone number at the vaccination site.",
    "I registered on a paper form and left the phone field empty.",
    "I'm elderly and don't use a mobile, so I gave no number.",
    "I was vaccinated through my employer's mass programme and I don't think they collected our numbers.",
    "I didn't give a phone number when I registered for the vaccine.",
    "At the time I had no SIM card, as I had just moved back from abroad.",
    "The registration was done by the village head for everyone, without phone numbers.",
    "My phone number was never on the registration, only my KTP.",
]
T["en"]["resend"] = [
    "My details were corrected last week, but I haven't received the updated {cert}.",
    "Please resend my latest {cert}.",
    "After the correction I still have only the old {cert} with the wrong details.",
    "The clinic told me the data has been fixed, so could you send the new {cert}?",
    "I need the revised {cert} for my visa application.",
    "Could you reissue my {cert}? The record was amended recently.",
    "I was told my record was updated, but no new link for the {cert} has come.",
    "Kindly send me the download link for the most recent {cert}.",
]
T["en"]["dose_pending"] = [
    "My {cert} for the {prev} is there, but the {dose} I received at {fac} on {when} {notyet}.",
    "{App} only shows my vaccination up to {prev}, even though I had {dose} {w} weeks ago.",
    "Please check: my {dose} is not recorded. {Prev} is fine and has a certificate.",
    "Why is my {dose} certificate missing? {Prev} went through without problems.",
    "I got {dose} at {fac} on {when}, but my status in {app} still stops at {prev}.",
    "Only {prev} appears. {Dose} seems to have vanished, though I had it at {fac}.",
    "{Dose} done, my paper card is stamped, but the {cert} for it {notyet}.",
    "I'm confused: {prev} is recorded but {dose} is not, and it has been {w} weeks.",
    "Got my {dose} on {when} at {fac}, yet the only certificate I have is for {prev}.",
    "The {cert} for {dose} {notyet}; the one for {prev} came through fine.",
]
T["en"]["rec_pending"] = [
    "I was vaccinated at {fac} on {when}, but my vaccination record {notinput}; {app} says I'm unvaccinated.",
    "{App} still shows no vaccination at all for me, though I got my jab {w} weeks ago.",
    "It looks like my vaccination {notinput}. I had my {dfirst} at {fac}.",
    "When I search my NIK in {app} there is no vaccine history, although I was vaccinated on {when}.",
    "The health centre says they reported it, but my vaccination {notinput}.",
    "I went to {fac} on {when} for my jab. The record is empty, as if I was never vaccinated.",
    "My data {notinput}, I think, because there's neither a {cert} nor any vaccination status.",
    "It's been {w} weeks since I was vaccinated and my data can't be found. Could the staff have forgotten to enter "
    "it?",
    "Is data from {fac} often delayed? Mine {notinput} and I was vaccinated on {when}.",
    "I definitely got vaccinated, I have the paper card from {fac}, but my record {notinput}.",
]
T["en"]["fix_full_name"] = [
    "My name on the {cert} reads {wrong}; it should be {right}.",
    "There's a typo in my name: the certificate says {wrong}, my KTP says {right}.",
    "Please change my name to {right}. It is printed as {wrong}, some letters are wrong.",
    "My correct name is {right}, not {wrong}.",
    "The spelling of my name on the {cert} is incorrect. It shows \"{wrong}\" whereas my legal name is \"{right}\".",
    "My full name is {right}. The certificate doesn't spell it correctly.",
    "When I open {app}, my name appears as {wrong}. That's wrong, it's {right}, as on my passport.",
    "I'd like my name corrected from {wrong} to {right}.",
    "{App} has my name misspelled ({wrong}). Please make it {right} so it matches my passport.",
    "Name on certificate: {wrong}. Name on KTP: {right}.",
]
T["en"]["fix_birth_date"] = [
    "My date of birth on the {cert} is {wrong}, but I was born on {right}.",
    "Wrong birth date on my certificate: {wrong}. The correct one is {right}.",
    "I was born on {right}, not {wrong} as shown in {app}.",
    "Please correct my date of birth to {right}, as on my KTP.",
    "There is an error in my DOB. It says {wrong}; my birth certificate says {right}.",
    "The birth date on the certificate ({wrong}) does not match my ID ({right}).",
    "My birthday is {right}, but the vaccine certificate has {wrong}. Immigration may think it's a different person.",
    "DOB is wrong - {wrong} should be {right}.",
    "I noticed my date of birth in {app} is {wrong}. Kindly change it to {right}.",
]
T["en"]["fix_vaccinated_on"] = [
    "The date of my {dose} on the {cert} is {wrong}, but I was vaccinated on {right}.",
    "My {dose} is recorded as {wrong}. The correct date is {right}, per my vaccination card.",
    "I had my {dose} on {right}, but {app} shows {wrong}.",
    "Please correct the date of my {dose}: it says {wrong}, it should be {right}.",
    "Strange: the certificate says my {dose} was on {wrong}, when I hadn't even been vaccinated yet. It was {right}.",
    "The correct date of my {dose} is {right}; please amend.",
    "On the certificate my {dose} is dated {wrong}. My paper card from the nurse says {right}.",
    "Wrong vaccination date for {dose}: {wrong} instead of {right}.",
    "My {dose} date got shifted to {wrong}. I got it on {right}, I have photos.",
]
T["en"]["fix_vaccine"] = [
    "The vaccine for my {dose} is listed as {wrong} on the {cert}, but I was given {right}.",
    "I received {right} for my {dose}, yet {app} says {wrong}.",
    "Wrong vaccine brand on my certificate. My {dose} was {right}, not {wrong}.",
    "The certificate lists {wrong} for my {dose}. I'm sure it was {right}; it's written on my vaccination card.",
    "Please correct the vaccine type for my {dose}: it should be {right}.",
    "For my {dose} I got {right}, but the certificate says {wrong}. This could be a problem for travel abroad.",
    "Vaccine type error: {wrong} (recorded) should be {right} ({dose}).",
    "I clearly remember my {dose} was {right}, my arm hurt for two days, not {wrong} as {app} claims.",
    "Please change the vaccine of my {dose} from {wrong} to {right}.",
]
T["en"]["fix_nik"] = [
    "The NIK on my {cert} is wrong: it reads {wrong}, and my actual NIK is {right}.",
    "My NIK is {right} according to my KTP, but {app} has me under {wrong}.",
    "One digit of my NIK is wrong. It was recorded as {wrong}; it should be {right}.",
    "Please change the NIK on my vaccine record from {wrong} to {right}.",
    "The officer mistyped my NIK during input: {wrong}. Mine is {right}, you can check it against my family card.",
    "My certificate uses NIK {wrong}, but the NIK on my e-KTP is {right}, so I can't use it to check in.",
    "The NIK used on my vaccination data ({wrong}) is not my NIK. My NIK: {right}.",
    "NIK correction please. System: {wrong}. KTP: {right}.",
    "Searching with my NIK {right} finds nothing; it turns out my data went under NIK {wrong}.",
]
T["en"]["fix_sex"] = [
    "The gender on my {cert} is listed as {wrong}; it should be {right}.",
    "{App} has me recorded as {wrong}, which is wrong: {right} is correct.",
    "Please change my sex to {right}.",
    "Gender field is incorrect: {wrong} instead of {right}.",
    "Funny, but my vaccine certificate says {wrong}. Please change it back to {right}.",
    "{Cert} says {wrong} under sex; my KTP says {right}.",
    "My KTP states {right}, but the certificate states {wrong}.",
    "There's a mistake in the sex field ({wrong}); please replace it with {right}.",
    "sex on cert = {wrong}, should be {right}",
]
T["en"]["phone_changed"] = [
    "The number I used when registering for the vaccine, {old}, {inactive}. {Newnum} {new}.",
    "I registered with {old}, which was my neighbour's phone because mine was broken. My own number is {new}.",
    "The SMS with my {cert} must have gone to {old}, but that number {inactive}. Please redirect it to {new}.",
    "{old} belongs to my sister who now works in Hong Kong, so I never get the SMS. My number is {new}.",
    "Please change my phone number from {old} to {new}. The old one {inactive}.",
    "I lost the SIM card for {old} along with my wallet and have since switched to {new}.",
    "When I got vaccinated I used my office phone, {old}; I've left that company. I now use {new}.",
    "I no longer have access to {old}. {Newnum} {new}.",
    "{old} was blocked because I didn't re-register the SIM; the one that works is {new}.",
    "Update please: old mobile {old} (now someone else's), new mobile {new}.",
    "My late father registered me with his number {old}, which has since been closed. Please use my own number, "
    "{new}.",
]
T["en"]["phone_lost"] = [
    "My phone with the number {old} was stolen, so I can't receive any SMS.",
    "The registered number {old} is dead and I don't have another one yet.",
    "I can't access {old} anymore, the SIM expired.",
    "Texts to {old} won't reach me; that number isn't mine any more.",
    "{old} was a prepaid line I borrowed from a friend at registration; it has been deactivated.",
]
T["en"]["contact"] = [
    "My mobile number is {phone}.",
    "If you need anything, WhatsApp me at {phone}.",
    "Ring me on {phone} if that is easier.",
    "Phone/WA: {phone}",
    "For confirmation, please contact me at {phone} (call or text).",
    "I'm reachable any time at {phone}.",
    "Contact no.: {phone}",
    "Please reply to this email or ring {phone}.",
    "Here's my number in case you need it: {phone}",
]
T["en"]["duplicate"] = [
    "My {dose} was registered under the phone number {other}, and now {app} shows it as a first dose on a separate "
    "record. My {prev} is on my original record.",
    "I think my data is duplicated. For my {dose} I registered with {other}, and the certificate came out as {dfirst} "
    "instead of {dose}.",
    "I have two vaccination records: one with my {prev}, another under {other} containing my {dose} but labelled "
    "{dfirst}. Please merge them.",
    "Why did my {dose} certificate come out as {dfirst}? I registered with {other} that time. Please combine my "
    "records.",
    "For my {dose} I used my brother's number, {other}, and a new record was created under my name with a first dose. "
    "My {prev} is on the old record.",
    "Request to merge records: my {dose} sits on a separate record (number {other}) as an initial dose, so my {dose} "
    "certificate doesn't show on my main record.",
    "There are two certificates under my name in {app}: {prev} on my account and {dfirst} on a record with number "
    "{other}. The second one is really my {dose}.",
    "I'm worried I've been counted twice. The staff registered my {dose} with {other}, so the system thinks I just had "
    "my first jab.",
    "my {dose} ended up on a new record with number {other}, where it's dose 1. My old record only goes up to {prev}.",
]
T["en"]["nik_self"] = [
    "NIK: {nik}\nName: {name}",
    "My details: {name}, NIK {nik}.",
    "My NIK is {nik}, registered to {name}.",
    "Full name {name}, national ID number (NIK) {nik}.",
    "{name} ({nik})",
    "ID: {name} / NIK {nik}",
    "I am {name}, NIK {nik}.",
    "NIK as on my KTP: {nik}; name: {name}",
    "For reference, my NIK is {nik} and my name is {name}.",
]
T["en"]["nik_kk"] = [
    "Family card (KK) no.: {kk}\nNIK: {nik}",
    "My family card number is {kk} and my NIK is {nik}.",
    "KK {kk}; NIK {nik}",
    "I'm including my KK number ({kk}) and my NIK ({nik}).",
    "KK no. {kk} / NIK {nik}",
    "Family card {kk}; my personal NIK is {nik}.",
    "As supporting data: KK {kk}, NIK {nik}.",
    "Our household's KK is {kk}, while my own NIK is {nik}.",
]
T["en"]["phone_record"] = [
    "I don't remember my NIK, but I registered for the vaccine with {phone}.",
    "Please look me up by phone number: {phone}, that's the number I used at vaccination.",
    "My registered number is {phone}.",
    "My KTP is being reissued, so all I can give you is the mobile number I used for the vaccine: {phone}.",
    "Number given at vaccine registration: {phone}.",
    "Please search by {phone}, I used it when I signed up.",
    "My vaccination data is registered with the number {phone}.",
    "Phone number on my vaccine registration: {phone}",
]
T["en"]["when_where"] = [
    "The vaccination was at {fac} on {when}.",
    "My jab was on {when} at {fac}.",
    "Place: {fac}. Date: {when}.",
    "Location {fac}, {when}.",
    "If it helps, it was at {fac} on {when}.",
    "Held at {fac}, {when}.",
]
T["en"]["ob_intro"] = [
    "I'm writing on behalf of {rel}, who cannot manage this on their own.",
    "Sorry to bother you, I'm contacting you for {rel} about their {cert}.",
    "I have a question about the {cert} of {rel}.",
    "I'd like to report a problem with the {cert} of {rel}, who is elderly and doesn't use email.",
    "{Rel} asked me to sort out their {cert}.",
    "This isn't about me, it's about {rel}.",
    "I'm a family member helping {rel}, whose {cert} has a problem.",
    "At the request of {rel}, I'm sending this email because they don't have an email address.",
    "I'm writing about the {cert} that {rel} should have received.",
]
T["en"]["ob_nik"] = [
    "{Relshort}'s NIK: {nik}, name {name}.",
    "Details of {rel}: {name}, NIK {nik}.",
    "Name: {name}\nNIK: {nik}\n(these are the details of {rel}, not mine)",
    "Their NIK is {nik} ({name}).",
    "{name}, NIK {nik} - that's {rel}.",
    "Here is the NIK of {rel} as on the KTP: {nik}, name {name}.",
    "For checking: {relshort}'s NIK is {nik}, full name {name}.",
    "The person concerned: {name}, NIK {nik}.",
]
T["en"]["ob_generic"] = [
    "{Relshort} had the {dlast} at {fac} on {when}, but the {cert} {notyet}.",
    "They are fully vaccinated, yet their {cert} {notyet}.",
    "{Relshort} has been waiting {w} weeks for the {cert}, and it {notyet}.",
    "When I checked {app}, the {cert} of {relshort} {notyet}, although the {dlast} was done.",
    "{Relshort}'s {cert} {notyet}. Vaccinated at {fac}.",
    "Since the vaccination on {when}, {relshort} has never received the {cert}.",
    "{Relshort} lives in the village and was vaccinated at {fac}; the {cert} {notyet}.",
    "{Relshort} needs the {cert} for a hospital appointment, but it {notyet}. The {dlast} was {w} weeks ago.",
    "{Relshort} got vaccinated on {when} and still has no {cert}.",
]
T["en"]["ob_pending"] = [
    "{Relshort} was vaccinated at {fac} on {when}, but the vaccination data {notinput}.",
    "In {app}, {relshort} is still shown as unvaccinated, {w} weeks after the jab.",
    "{Relshort}'s vaccination history is empty, though the {dfirst} was {w} weeks ago.",
    "{Relshort}'s vaccination {notinput}; it was done at {fac}.",
    "We checked the NIK of {relshort} in {app} and there's no vaccination data at all.",
    "{Relshort} joined the seniors' vaccination at {fac} on {when}, but the record {notinput}.",
    "Could you check whether {fac} has sent the data of {relshort}? It {notinput}.",
    "{w} weeks on, the vaccine status of {relshort} is still blank in {app}.",
    "{Relshort}'s record {notinput}, even though the jab was on {when}.",
]
T["en"]["ob_dose"] = [
    "{Relshort} had the {dose} at {fac} on {when}, but only the {cert} for the {prev} shows.",
    "{Relshort}'s certificate for {prev} exists, but the one for {dose} {notyet}.",
    "In {app}, the vaccinations of {relshort} stop at {prev}, though the {dose} was {w} weeks ago.",
    "{Relshort}'s {dose} isn't recorded; only up to {prev}.",
    "For the {dose}, the {cert} of {relshort} {notyet}. The {prev} has been there for ages.",
    "{Relshort} got the {dose} at {fac} {w} weeks ago, but the certificates haven't gone beyond {prev}.",
    "The problem is the {dose} certificate of {relshort}; {prev} came out fine.",
    "{Relshort} received the {dose} on {when}, but {app} only goes up to {prev}.",
    "The {prev} is on record for {relshort}, the {dose} from {fac} is not.",
]
T["en"]["ob_contact"] = [
    "If you need to confirm anything, please call me on {phone}.",
    "My number (I'm the one handling this): {phone}.",
    "Please contact me rather than them, at {phone}; they're hard of hearing on the phone.",
    "My WhatsApp: {phone}.",
    "Reporter's contact: {phone}",
    "You can reply to this email or WhatsApp me at {phone}.",
    "I'm the contact person: {phone}.",
    "For verification, my number is {phone}.",
]
T["en"]["two_self"] = [
    "My NIK is {nik}. The certificate of {rel} ({relnik}) has come out; only my {cert} {notyet}.",
    "We were vaccinated together. {Relshort} (NIK {relnik}) got the {cert}, I (NIK {nik}) did not.",
    "Please check NIK {nik}, that's mine. {relnik} is {relshort}'s and that certificate is fine, no need to check it.",
    "The {cert} of {rel}, NIK {relnik}, is fine, but mine, NIK {nik}, {notyet}.",
    "NIK {relnik} = {relshort} (certificate OK).\nNIK {nik} = me (no certificate).",
    "I'm including the NIK of {rel}, {relnik}, for comparison, since theirs was issued. My own NIK is {nik}.",
    "Only mine is missing: {nik}. The one for {rel} ({relnik}) was issued long ago.",
    "Weird: {relshort} and I were vaccinated at the same place on the same day, but only {relshort}'s {cert} "
    "appeared. Their NIK is {relnik}, mine is {nik}.",
    "{Relshort}'s certificate arrived fine (NIK {relnik}); mine didn't. My NIK: {nik}.",
]
T["en"]["typo_fix"] = [
    "Sorry, the NIK I wrote earlier ({bad}) was a typo. The correct one is {nik}.",
    "Correction to my NIK: not {bad} but {nik}.",
    "My NIK is {nik}. In my previous email I mistakenly wrote {bad}.",
    "I typed my NIK wrong earlier as {bad}, please ignore it. My real NIK is {nik}.",
    "Correction: {bad} -> {nik}. Sorry, fat fingers.",
    "The NIK {bad} I sent earlier has one wrong digit. Please use {nik}.",
    "Apologies, digits got mixed up in the NIK I gave you ({bad}). The right NIK: {nik}.",
    "Correct NIK is {nik}; {bad} was a typo.",
    "pls use {nik}, {bad} was wrong, my mistake",
]
T["en"]["reporter"] = [
    "I am {mename} (NIK {menik}), writing for {rel}, NIK {nik}. My own certificate is fine.",
    "My name is {mename}, NIK {menik}. The problem is not with my data but with that of {rel}, NIK {nik}.",
    "My NIK is {menik} ({mename}), included as the reporter. {Relshort}'s NIK to check: {nik}.",
    "Reporter: {mename} / {menik}\nPerson concerned: {rel} / {nik}",
    "I'm {mename}, the family member handling this. My NIK is {menik}, but please check NIK {nik}, which belongs to "
    "{rel}.",
    "The NIK of {rel} is {nik}. I'm the one writing, {mename}, NIK {menik}, in case you need the reporter's details.",
    "On behalf of the family, I, {mename} (NIK {menik}), ask for help for {rel}, holder of NIK {nik}, whose {cert} "
    "{notyet}.",
    "My details (reporter): {mename}, {menik}. Details of {rel}: NIK {nik}.",
    "hi, {mename} here (nik {menik}), reporting {relshort}'s {cert}, nik {nik}",
]
T["en"]["listed"] = [
    "1) {aname} - {anik}\n2) {bname} - {bnik}",
    "Here are both our details: {aname} (NIK {anik}) and {bname} (NIK {bnik}).",
    "Name | NIK\n{aname} | {anik}\n{bname} | {bnik}",
    "{aname} => {anik}\n{bname} => {bnik}",
    "Our family was vaccinated together: {aname}, NIK {anik}; {bname}, NIK {bnik}.",
    "* {aname}, NIK {anik}\n* {bname}, NIK {bnik}",
    "NIK {anik} belongs to {aname} and NIK {bnik} to {bname}.",
    "Details: (a) {aname} {anik} (b) {bname} {bnik}",
]
T["en"]["listed_tail"] = [
    "Of the two above, only I, the sender of this email, am missing the {cert}.",
    "The other one is sorted; it's only mine that has a problem.",
    "My family member's was issued; the {cert} in my name (the sender) {notyet}.",
    "Only my data needs checking; the other is just for comparison.",
    "My {cert} {notyet}; the other one is fine.",
    "Please focus on my record as the sender; my relative's is complete.",
    "Of these, only my own {cert} can't be downloaded.",
    "The missing one is mine, the other arrived.",
]
T["en"]["fwd_note"] = ["Forwarding my email from last week, still no answer.", "Resending, please respond.",
                       "FYI, the email below has not been answered at all.",
                       "It's been two weeks with no reply to the email below, so I'm sending it again.",
                       "Forwarding my earlier complaint."]
T["en"]["fwd_note_ob"] = ["Forwarding an email from {rel}.", "This is a message from {rel}; they asked me to send it here.",
                          "The email below from {rel} hasn't been answered, so I'm forwarding it.",
                          "{Rel} isn't comfortable with email, so I'm forwarding this.",
                          "Please help, this is a complaint from {rel} that I'm passing on."]
T["en"]["quote_hdr"] = ["On {date} at 09:41, {oname} <{oemail}> wrote:",
                        "-----Original Message-----\nFrom: {oname} <{oemail}>\nDate: {date}\nTo: sertifikat@certdesk.local",
                        "At {date}, {oname} ({oemail}) wrote:"]
T["en"]["desk_hdr"] = ["On {date} at 14:05, Vaccine Certificate Helpdesk <sertifikat@certdesk.local> wrote:",
                       "-----Original Message-----\nFrom: Certificate Service Desk <sertifikat@certdesk.local>\nDate: {date}",
                       "Vaccination Certificate Team (sertifikat@certdesk.local) wrote on {date}:"]
T["en"]["noise_person"] = ["While you're at it, my brother-in-law has the same problem: NIK {onik}, HP {ophone}.",
                           "Thanks, my neighbour's certificate (NIK {onik}, tel. {ophone}) came through after all.",
                           "My aunt's data for your reference: NIK {onik}, mobile {ophone}.",
                           "A colleague also asked me to pass on NIK {onik} (mobile {ophone})."]
T["en"]["noise_desk"] = ["We have issued the certificate for NIK {onik}; a text message went to {ophone}.",
                         "The phone number on record for NIK {onik} now reads {ophone}.",
                         "Ticket for NIK {onik} closed; the download link was texted to {ophone}.",
                         "We corrected the data for NIK {onik} and re-sent the SMS to {ophone}."]
T["en"]["ask"] = ["Thank you for reaching out. Could you send us the NIK printed on your KTP?",
                  "To look into this we need your NIK and the phone number you registered with; please reply with both.",
                  "We could not locate your record from the information given. Please provide your NIK.",
                  "Please complete your NIK and full name as on your KTP so we can process this."]
T["en"]["footer"] = ["Sent from my Redmi Note 9 Pro", "Sent from Outlook Mobile", "Sent from my iPad Air",
                     "Sent with Spark for iOS", "Sent from my realme"]

# --- campur: Jaksel-style code-mixing and English sprinkled into chat Indonesian ---------------------------
T["mix"]["greet"] = ["Hi min, good evening.", "Halo kak, sorry ganggu,", "Dear admin yg baik,", "Morning min!",
                     "Hello, permisi,", "Assalamualaikum, hi admin,"]
T["mix"]["close"] = ["Thank you so much ya min.", "Looking forward, makasih.", "Cheers, salam.",
                     "Thanks in advance ya.", "Best, semoga cepat beres.", "Thank u, God bless."]
T["mix"]["generic"] = [
    "Min, literally udah {w} weeks sejak vaksin {dlast} tapi {cert} aku {notyet}. Gimana dong?",
    "So basically aku vaksin di {fac} tanggal {when}, and then {cert} {notyet} sampai sekarang.",
    "Hi kak, {cert} gue {notyet} nih, padahal vaccine {dlast} udah done.",
    "Jujur I'm so confused, {cert} {notyet}, vaksinnya sih udah di {fac}.",
    "Need help asap: {cert} {notyet}, padahal aku harus travel minggu depan. Vaksin {dlast} tanggal {when}.",
    "Sorry to bother, mau tanya kenapa {cert} saya {notyet}? I got vaksin {dlast} at {fac}.",
    "Udah cek {app} berkali-kali, still {cert} {notyet}. Please check ya min.",
    "Kak, which means apa ya kalau {cert} {notyet} padahal udah vaksin {w} minggu lalu?",
    "FYI aku udah fully vaccinated ({dlast} at {fac}), tapi {cert} {notyet}. Help pls.",
]
