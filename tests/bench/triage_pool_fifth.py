"""The triage benchmark's fifth phrase pool, `fifth` (imported by gen_triage.py).

Written blind, as a second honest held-out measure: by a helper who read neither
certdesk's rules (its sources, tests or docs) nor any mail the product failed on. It read
only gen_triage.py (what each template key means, which {slots} it is given, what
self_check demands of the text), triage_pool_fourth.py (for the interface: the table
names, keys and formatters, never as wording to vary), check_triage_independent.py,
score_triage.py and .ci/bench-triage (for the wiring). The wording is new: it shares no
multi-word phrase with `dev`, `heldout`, `fresh` or `fourth` (gen_triage.py checks this at
start-up). The voices are those who write to a ministry helpdesk: formal letters
("Dengan hormat, ..."), WhatsApp spelling, a little Javanese and Sundanese, code-mixed
English, old people and children writing for a relative, angry mails, one-liners and
long ones. Standard library only; nothing here looks around the repository.

Constraints learned from gen_triage.py and kept here:
  fix_nik templates quote {wrong} (the NIK on record must be in the mail);
  nik_kk puts {kk} before {nik};
  the hint keys (sms_lost, no_phone, resend), listed_tail, greet, close, subjects,
  fwd_note, ask and footer get fillers only ({cert}, {app}, {notyet}, ...), no values;
  duplicate gets {dose}, {prev}, {other}, {dlast}, {dfirst} (no {when}, {fac} or {w});
  contact is given the phone on record or a new one, so it names neither as old or new.

Tables, each for this pool alone (gen_triage.py files them under the key "fifth"):
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
MONTHS_ID_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
# Roman month numerals, as older Indonesian office letters write dates (17-VIII-2021).
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"+62-{a}-{b}-{c}", f"0{a}-{b} {c}", f"+62 {a}.{b}.{c}", f"62 {a} {b} {c}", f"0{a} {b}-{c}",
            f"+62 {a} {b}{c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if lang == "id":
        return [lambda: f"{d.day} {MONTHS_ID[m]} '{d.year % 100:02d}",
                lambda: f"{d.day:02d}-{MONTHS_ID_SHORT[m].upper()}-{d.year}",
                lambda: f"{d.day} {MONTHS_ID_SHORT[m].lower()} {d.year}",
                lambda: f"{d.day}-{ROMAN[m]}-{d.year}"]
    return [lambda: f"{d.day}{nth} {MONTHS_EN[m]} {d.year}", lambda: f"{MONTHS_EN[m][:3]}-{d.day:02d}-{d.year}",
            lambda: f"{d.day} {MONTHS_EN[m].upper()} {d.year}", lambda: f"{d.year}/{d.month:02d}/{d.day:02d}"]


FILL = {
    "id": {
        "cert": ["surat vaksin", "sertifikat elektronik vaksin", "serfitikat vaksin", "sertifikat vaksin corona",
                 "sertipikat vaksinasi"],
        "app": ["app PeduliLindungi", "website SatuSehat", "akun SatuSehat Mobile saya", "dashboard PeduliLindungi",
                "aplikasi PeduliLindungi versi terbaru"],
        "notyet": ["belum ada kabarnya", "tetap kosong", "tak pernah muncul", "belum juga saya terima",
                   "belum bisa dilihat"],
        "req": ["Mohon dengan sangat untuk dibantu.", "Atas kerjasamanya saya haturkan terima kasih.",
                "Nuwun sewu, mohon dibantu nggih.", "Hatur nuhun sateuacanna.", "Saya nantikan kabar baik dari Bapak/Ibu.",
                "Tolong ya pak/bu, saya sudah bingung mau mengadu ke mana lagi."],
        "fixreq": ["Mohon datanya dibenahi.", "Apakah saya perlu mengirim foto KTP untuk perbaikannya?",
                   "Tolong segera dikoreksi, mau dipakai daftar umroh.",
                   "Mohon disesuaikan dengan dokumen kependudukan saya.",
                   "Kalau harus datang ke dinkes, tolong kabari syarat-syaratnya."],
        "inactive": ["sudah tidak terpakai", "kartunya sudah hangus lama", "sudah saya buang kartunya",
                     "sudah lama tidak diisi pulsa dan mati", "sudah didaur ulang operator"],
        "newnum": ["nomor saya sekarang", "ganti ke", "pakai yang ini saja:", "silakan hubungi",
                   "yang aktif tinggal"],
        "notinput": ["belum diunggah ke pusat", "belum dientri operator", "belum dilaporkan ke sistem",
                     "masih tertahan di puskesmas", "belum disetor petugas"],
    },
    "en": {
        "cert": ["vaccination e-cert", "Covid vax certificate", "jab certificate", "vaccine e-certificate"],
        "app": ["the PeduliLindungi site", "the SatuSehat Mobile app", "the SATUSEHAT website", "the PL app on my phone"],
        "notyet": ["is still nowhere", "never showed up", "has not come out yet", "remains unavailable",
                   "is still blank"],
        "req": ["Thank you very kindly for your help.", "Awaiting your kind response.", "Hope you can help me with this.",
                "Many thanks for your attention.", "Please, I really need this sorted."],
        "fixreq": ["Kindly correct it to match my ID.", "What do I need to submit for a correction?",
                   "Please rectify the data.", "I hope this can be corrected quickly, I need it for travel.",
                   "Can it be fixed without visiting the puskesmas?"],
        "inactive": ["is not active anymore", "got blocked", "was terminated by the operator", "is out of service",
                     "has expired"],
        "newnum": ["I'm now using", "my number now is", "kindly use", "switch it to", "my active line is"],
        "notinput": ["hasn't been input", "was not uploaded by the clinic", "is not in the database yet",
                     "never got entered", "is still waiting to be uploaded"],
    },
}

DOSE = {
    "id": {1: ["dosis satu", "dosis perdana", "dosis primer 1"],
           2: ["dosis dua", "dosis yang kedua", "dosis primer 2"],
           3: ["dosis tiga", "dosis penguat pertama", "booster (dosis 3)"]},
    "en": {1: ["first vaccine dose", "initial dose", "primary shot 1"],
           2: ["second vaccine dose", "2nd primary dose", "primary shot 2"],
           3: ["third vaccine dose", "first booster dose", "booster (3rd dose)"]},
}

# (written, short, sex of the relative, generation: older/younger, same, sibling)
REL = {
    "id": [("mbah putri saya", "mbah putri", "F", "older"), ("mbah kakung saya", "mbah kakung", "M", "older"),
           ("ibu kandung saya", "ibu", "F", "older"), ("tante saya", "tante", "F", "older"),
           ("anak sulung saya", "si sulung", None, "younger"), ("cucu saya", "cucu saya", None, "younger"),
           ("teteh saya", "teteh", "F", "sibling"), ("kakak laki-laki saya", "kakak", "M", "sibling"),
           ("garwa saya", "garwa", None, "same")],
    "en": [("my grandfather", "grandfather", "M", "older"), ("my elderly mother", "Mother", "F", "older"),
           ("my auntie", "auntie", "F", "older"), ("my youngest daughter", "my daughter", "F", "younger"),
           ("my nephew", "my nephew", "M", "younger"), ("my older sister", "my sister", "F", "sibling"),
           ("my little brother", "my brother", "M", "sibling"), ("my spouse", "my spouse", None, "same")],
}

VAXNAME = {"coronavac": ["CORONAVAC", "Sinovac (CoronaVac)"], "astrazeneca": ["ASTRAZENECA", "AstraZeneca ChAdOx1"],
           "comirnaty": ["PFIZER", "Pfizer/BioNTech"], "moderna": ["MODERNA", "Moderna Spikevax"],
           "sinopharm": ["SINOPHARM", "Sinopharm (Beijing)"], "biofarma": ["BIOFARMA", "vaksin produksi Bio Farma"],
           "sputnik-v": ["SPUTNIK V", "Sputnik-V Rusia"], "convidecia": ["CONVIDECIA", "Convidecia (CanSino)"],
           "novavax": ["NOVAVAX", "Novavax Covovax"]}

SLANG = {"saya": ["sy", "aku"], "tidak": ["tdk", "gak", "ndak"], "sudah": ["udh", "sdh", "dah"], "belum": ["blm", "blom"],
         "yang": ["yg"], "dengan": ["dg", "dgn"], "bagaimana": ["bgmn", "gmn"], "sekarang": ["skrg", "skr"],
         "padahal": ["pdhl"], "tapi": ["tp"], "minggu": ["mgg"], "nomor": ["nmr", "no"], "juga": ["jg"],
         "kalau": ["kalo"], "mohon": ["mhn"], "tolong": ["tlg"], "untuk": ["utk", "buat"], "lagi": ["lg"],
         "karena": ["krn"], "terima kasih": ["makasih", "trmksh"]}

SEX_WORDS = {"id": {"M": ["LAKI-LAKI", "pria"], "F": ["PEREMPUAN", "wanita"]},
             "en": {"M": ["MALE", "male/laki-laki"], "F": ["FEMALE", "female/perempuan"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia: surat resmi, WhatsApp, lansia, sedikit Jawa dan Sunda, yang marah ------
T["id"]["greet"] = ["Kepada Yth.\nBapak/Ibu Petugas Layanan Sertifikat Vaksin\ndi Tempat\n\nDengan hormat,",
                    "Assalamualaikum bapak ibu petugas,", "Sampurasun,", "Nuwun sewu bapak/ibu,", "Permisi min,",
                    "Selamat malam, maaf mengganggu waktunya.", "Salam sejahtera untuk kita semua,", "Shalom, bapak/ibu.",
                    "Yth. Kementerian Kesehatan RI,", ""]
T["id"]["close"] = ["Demikian surat ini saya buat dengan sebenar-benarnya. Atas perhatiannya saya ucapkan terima kasih."
                    "\n\nHormat kami,", "Matur nuwun sanget.", "Hatur nuhun pisan.", "Salam sehat selalu,",
                    "Makasih bnyk ya", "Wassalamualaikum.", "Tuhan memberkati.", "Trm ksh."]
T["id"]["subject"] = ["Belum terima sertifikat vaksin", "TOLONG SERTIFIKAT SAYA",
                      "Pengaduan: sertifikat vaksinasi tidak terbit", "sertifikat vaksin blm ada",
                      "Mohon diterbitkan sertifikat vaksin saya", "Sudah vaksin, sertifikat nihil",
                      "Laporan sertifikat vaksin belum diterima"]
T["id"]["subject_fix"] = ["Permohonan pembetulan data sertifikat vaksin", "salah data di sertifikat",
                          "Koreksi identitas pada sertifikat vaksinasi", "DATA DI SERTIFIKAT TIDAK SESUAI KTP",
                          "Revisi data vaksin"]
T["id"]["subject_phone"] = ["Perubahan nomor handphone", "nomor hp lama sudah mati", "Update no HP untuk sertifikat",
                            "Ganti nomor telepon seluler", "Mohon ganti nomor HP di data vaksin"]
T["id"]["generic"] = [
    "Dengan hormat, bersama surat ini saya sampaikan bahwa saya telah mengikuti vaksinasi {dlast} di {fac} pada "
    "{when}. Akan tetapi hingga surat ini saya tulis, {cert} saya {notyet}.",
    "sy udh vaksin {dlast} tp {cert} sy {notyet}. gmn ini min??",
    "Bapak/Ibu, saya ini sudah tua, umur tujuh puluh lebih. Vaksin sudah ikut di {fac}, tapi kata cucu saya "
    "{cert} saya {notyet}. Mohon dibantu nggih.",
    "{Cert} saya {notyet}.",
    "Sudah {w} minggu saya menunggu {cert} dan tidak ada apa-apa. Sebenarnya kerja petugas ini bagaimana sih?? "
    "Saya sudah disuntik tanggal {when}!",
    "Maaf mau tanya, apakah {cert} bisa dikirim lewat email? Soalnya punya saya {notyet}, padahal sudah vaksin "
    "{dlast}.",
    "Punten, abdi bade naros. Saya sudah vaksin {dlast} di {fac}, tapi {cert} saya {notyet}.",
    "Kulo nuwun. Saya sudah ikut vaksin, tapi {cert}nya kok {notyet} nggih? Sudah {w} minggu lho.",
    "Anak saya yang kuliah di kota biasanya bantu buka {app}; katanya {cert} saya {notyet}. Saya divaksin "
    "tanggal {when}.",
    "Saya butuh {cert} untuk syarat naik kapal ke pulau seberang, tapi punya saya {notyet}. Vaksin {dlast} sudah "
    "saya jalani {w} minggu yang lalu.",
    "Ini sudah kali kedua saya mengadu. Tidak ada {cert}, tidak ada SMS, tidak ada apa-apa. Vaksin terakhir saya "
    "{when} di {fac}.",
    "Permisi, setelah vaksin {dlast} tanggal {when}, {cert} atas nama saya {notyet}. Mohon petunjuknya.",
    "gimana caranya dapet {cert}? udh vaksin lengkap tp {notyet}",
]
T["id"]["sms_lost"] = [
    "Mungkin SMS-nya sudah masuk, tapi HP saya ini HP jadul dan pesannya sering kehapus sendiri kalau penuh.",
    "Kemarin HP saya diservis dan semua SMS hilang, nomornya masih sama.",
    "Sy suka hapus2 sms biar memori lega, jangan2 sms {cert}nya ikut kehapus.",
    "Cucu saya bilang dulu ada SMS dari Kemenkes, tapi tidak sengaja terhapus waktu dia main game di HP saya.",
    "SMS dari 1199 memang pernah ada kayaknya, cuma linknya nggak saya simpan dan sekarang pesannya sudah lenyap.",
    "Inbox SMS saya isinya promo semua, mungkin pesan {cert} tenggelam lalu ikut saya bersihkan.",
    "Waktu itu ada SMS masuk tapi saya kira penipuan, jadi langsung saya hapus.",
    "Setelah pindah ke HP baru, pesan-pesan lama tidak ikut pindah; nomor tetap yang lama.",
    "HP saya sempat error dan harus di-flash ulang, semua SMS di dalamnya ikut hilang. Nomornya tidak ganti.",
]
T["id"]["no_phone"] = [
    "Saya tidak punya HP, waktu vaksin nomor HP-nya dikosongkan.",
    "Kami satu RT didaftarkan oleh pak RT pakai daftar nama saja, tanpa nomor telepon.",
    "Saya dulu vaksin lewat sekolah anak, yang diisi cuma NIK dan nama, nomor HP tidak.",
    "Waktu itu HP saya masih di konter servis, jadi nomor tidak saya tuliskan di formulir.",
    "Sy gk nulis no hp wktu daftar soalnya gk hafal nomor sendiri.",
    "Saya lansia, vaksin di posyandu, petugas tidak minta nomor HP saya.",
    "Nomor HP di formulir pendaftaran saya kosong, saya ingat betul karena petugasnya bilang tidak apa-apa.",
    "Pas vaksin massal di lapangan itu antrinya panjang, data yang diambil cuma KTP, nomor telepon dilewati.",
    "Kulo mboten gadhah HP, Pak/Bu, jadi waktu vaksin ya tidak ada nomor yang didaftarkan.",
]
T["id"]["resend"] = [
    "Puskesmas sudah membetulkan nomor batch vaksin saya, tapi {cert} yang sudah diperbarui belum sampai ke saya.",
    "Saya dengar {cert} saya sudah diterbitkan ulang setelah ada revisi data. Mohon dikirim yang versi paling baru.",
    "Yang ada di HP saya masih {cert} versi lama sebelum perbaikan. Tolong kirimkan yang terbaru.",
    "Min, katanya data sy udh direvisi, tp {cert} yg baru blm dikirim2.",
    "Untuk keperluan visa saya memerlukan {cert} hasil pembaruan, mohon dikirim ulang ke saya.",
    "Petugas dinkes bilang {cert} saya sudah diperbarui minggu lalu. Tapi saya belum menerima kiriman yang baru.",
    "Mohon dikirimkan lagi {cert} saya yang sudah dikoreksi, yang lama sudah tidak diterima untuk syarat kantor.",
    "Setelah perbaikan data di faskes, apakah {cert} baru saya bisa dikirim ulang? Sampai sekarang belum masuk.",
]
T["id"]["dose_pending"] = [
    "Dengan hormat, saya telah menerima {dose} pada tanggal {when} di {fac}. Namun dalam riwayat vaksinasi saya "
    "hanya tercantum {prev}.",
    "min {dose} sy blm masuk, yg ada baru {prev} doang. pdhl udh {w} minggu",
    "{Prev} ada, {dose} tidak ada. Tolong dicek.",
    "Saya sudah ikut {dose} di {fac}, kartu vaksinnya pun sudah distempel, tapi di {app} masih berhenti di {prev}.",
    "Kenapa {cert} untuk {dose} saya belum ada, sedangkan yang {prev} sudah dari dulu keluar? Saya disuntik {dose} "
    "tanggal {when}.",
    "Punten, {dose} saya teu acan kacatet, yang ada cuma {prev}. Disuntiknya tanggal {when} di {fac}.",
    "Saya mau naik pesawat dan disyaratkan {dose}, padahal sudah saya jalani {w} minggu lalu. Di sistem masih "
    "tercatat sampai {prev} saja. Saya harus bagaimana?",
    "Status vaksin saya tidak naik-naik, masih {prev}, padahal {dose} sudah tanggal {when}.",
    "Jadwal {dose} di {app} sudah hilang, artinya sudah dipakai, tapi {cert}nya tidak terbit; riwayat saya mentok "
    "di {prev}.",
    "Mohon update data {dose} saya. Vaksin di {fac}, {when}. Yang tercatat terakhir {prev}.",
]
T["id"]["rec_pending"] = [
    "Dengan hormat, saya telah divaksin {dfirst} pada {when} di {fac}, namun ketika NIK saya diperiksa, sistem "
    "menyatakan saya belum pernah divaksinasi.",
    "data vaksin sy kosong total min, pdhl udh disuntik di {fac}",
    "Saya sudah vaksin, tapi di {app} keterangannya 'Belum Vaksin'. Bagaimana ini?",
    "Bidan desa bilang data vaksin saya {notinput}. Sudah {w} minggu, kok lama sekali?",
    "Tidak ada satu pun riwayat vaksin saya yang tercatat, padahal saya ikut vaksinasi massal tanggal {when}.",
    "Saya punya kartu vaksin kertas dari {fac}, lengkap dengan cap dan tanda tangan, tapi secara online data saya "
    "tidak ada sama sekali.",
    "Kata petugas pendaftaran data saya {notinput}, jadi {cert} juga tidak mungkin keluar. Mohon didorong supaya "
    "segera diinput.",
    "Sampun vaksin {dfirst} wonten {fac}, tapi datanya belum ada sama sekali di sistem.",
    "Jangankan {cert}, tiket vaksin pun tidak pernah muncul di {app}. Padahal saya divaksin {w} minggu lalu.",
    "KENAPA DATA VAKSIN SAYA TIDAK ADA?? Saya vaksin di {fac} tanggal {when}, jangan main-main dong.",
]
T["id"]["fix_full_name"] = [
    "Dengan hormat, pada {cert} saya nama tertulis {wrong}. Nama saya yang sesuai KTP dan KK adalah {right}. "
    "Mohon kiranya dapat dibetulkan.",
    "nama sy salah min, {wrong} hrsnya {right}",
    "Saya {right}. Di {app} nama saya jadi {wrong}, hurufnya tidak pas.",
    "Nama di {cert} itu bukan nama saya persis: {wrong}. Yang betul {right}.",
    "Petugas salah ketik nama saya waktu input. Tercetak {wrong}, mestinya {right}. Tolong dibenahi karena mau "
    "daftar haji.",
    "Mohon ganti nama {wrong} menjadi {right}.",
    "Cuma mau lapor, ada huruf yang keliru di nama saya di {cert}. Nama lengkap saya {right}.",
    "Maaf pak/bu, mata saya sudah kurang awas, tapi anak saya lihat nama di {cert} saya ditulis {wrong}. Nama "
    "saya {right}.",
    "Penulisan nama saya di {cert} tidak sama dengan paspor ({right}); yang tercetak {wrong}.",
    "NAMA SALAH!!! {wrong}?? Saya {right}.",
]
T["id"]["fix_birth_date"] = [
    "Dengan hormat, tanggal lahir yang tercetak pada {cert} saya adalah {wrong}, sedangkan menurut akta kelahiran "
    "dan KTP saya lahir pada {right}.",
    "tgl lahir sy di {app} kok {wrong}? sy lahir {right}",
    "Saya lahir {right}, bukan {wrong}. Mohon diubah.",
    "Umur saya di {cert} jadi aneh karena tanggal lahirnya ditulis {wrong}.",
    "Ada kesalahan tanggal lahir: di {cert} {wrong}, di KTP {right}. Mungkin petugasnya keliru waktu mengetik.",
    "Tanggal lahir saya tolong disesuaikan ke {right}.",
    "Saya kelahiran {right}. Entah kenapa di data vaksin tertulis {wrong}.",
    "Lahir saya itu {right}, Pak/Bu. Yang di {cert} {wrong} itu salah.",
    "Data kelahiran pada {cert} keliru. Seharusnya {right}.",
    "Kok bisa tgl lahir sy berubah jd {wrong}?? Di KTP jelas {right}.",
]
T["id"]["fix_vaccinated_on"] = [
    "Dengan hormat, tanggal pelaksanaan {dose} pada {cert} saya tercatat {wrong}, padahal sesuai kartu vaksin saya "
    "menerima {dose} pada {right}.",
    "tgl {dose} sy ditulis {wrong} min, aslinya {right}",
    "Saya disuntik {dose} tanggal {right}. Kenapa di {app} jadi {wrong}?",
    "Mohon ubah tanggal {dose} menjadi {right}.",
    "Tanggal {dose} di {cert} tidak cocok dengan kartu vaksin dari puskesmas: {wrong} lawan {right}.",
    "Ada kekeliruan tanggal vaksin untuk {dose}; yang tercantum {wrong}.",
    "Di {cert}, {dose} saya bertanggal {wrong}. Pada hari itu saya belum vaksin, saya baru disuntik {right}.",
    "Tanggal {dose} saya salah catat. Yang benar {right} (lihat kartu vaksin).",
    "{Dose} saya jatuh pada {right}, bukan {wrong} seperti di sertifikat.",
    "Untuk syarat perjalanan, tanggal {dose} harus sama dengan kartu saya, yaitu {right}, tapi di {cert} tertulis "
    "{wrong}.",
]
T["id"]["fix_vaccine"] = [
    "Dengan hormat, pada {dose} saya menerima vaksin {right}, tetapi pada {cert} tercantum {wrong}.",
    "vaksin {dose} sy {right} bkn {wrong} min",
    "Saya tidak pernah disuntik {wrong}. Untuk {dose} saya dapat {right}.",
    "Merek vaksin {dose} di {app} keliru, harusnya {right}.",
    "Jenis vaksin pada {dose} tertukar: tertulis {wrong}, yang saya terima {right}.",
    "Kartu vaksin saya menulis {right} untuk {dose}, kok di {cert} jadi {wrong}?",
    "Mohon koreksi merek vaksin: {dose} = {right}.",
    "Saya mau umroh dan {cert} harus menunjukkan {right} untuk {dose}, bukan {wrong}.",
    "Waktu {dose} di puskesmas, vaksinnya {right}; di data malah {wrong}. Ini bagaimana?",
    "Nama vaksin {dose} saya salah input, yang benar {right}.",
]
T["id"]["fix_nik"] = [
    "Dengan hormat, NIK yang tercantum pada {cert} saya adalah {wrong}, sedangkan NIK pada KTP elektronik saya "
    "{right}.",
    "nik di {cert} sy {wrong}, pdhl nik sy {right}. beda 1 angka",
    "Data vaksin saya tersimpan dengan NIK {wrong}. NIK saya sebenarnya {right}.",
    "Petugas keliru mengetik NIK saya menjadi {wrong}; NIK asli saya {right}.",
    "Mohon NIK {wrong} pada data vaksin saya diganti menjadi {right}.",
    "NIK {wrong} itu bukan punya saya, tapi {cert} saya keluarnya pakai NIK itu. KTP saya {right}.",
    "Kenapa NIK di {app} {wrong}? NIK saya {right}!",
    "Ada angka NIK yang tertukar: tercatat {wrong}, di KTP {right}.",
    "Saya tidak bisa cetak {cert} karena NIK yang terdaftar salah ({wrong}). NIK saya yang benar {right}.",
    "Tercetak NIK {wrong} di {cert} saya, itu salah satu digit.",
]
T["id"]["fix_sex"] = [
    "Dengan hormat, jenis kelamin saya pada {cert} tertulis {wrong}, padahal saya {right} sesuai KTP.",
    "jenis kelamin sy di {app} {wrong} min, sy {right}",
    "Saya {right}, bukan {wrong}. Tolong diganti di {cert}.",
    "Kolom jenis kelamin di {cert} keliru, mohon diubah menjadi {right}.",
    "Masa saya dicatat sebagai {wrong}? Saya ini {right}, Pak/Bu.",
    "Jenis kelamin di data vaksin tertukar; tercantum {wrong}.",
    "Di KTP saya {right}, di {cert} {wrong}. Mohon disamakan.",
    "Ada yang salah dengan jenis kelamin saya di {cert}, seharusnya {right}.",
    "Tolong jenis kelamin di {cert} diganti jadi {right}, yang tertulis sekarang {wrong}.",
]
T["id"]["phone_changed"] = [
    "Dengan hormat, nomor HP yang saya daftarkan saat vaksinasi, {old}, {inactive}. Mohon agar SMS {cert} "
    "dikirim ke nomor {new}.",
    "no hp lama sy {old} udh mati, skrg pake {new}",
    "Nomor {old} {inactive}; {newnum} {new}.",
    "Saya ganti provider, jadi {old} sudah tidak saya pakai. Nomor baru: {new}.",
    "Mohon nomor saya di data vaksin diperbarui dari {old} ke {new}, karena yang lama {inactive}.",
    "HP saya dulu pakai {old}, tapi kartunya hilang waktu mudik dan tidak saya urus. Sekarang saya pakai {new}.",
    "Pantas saja SMS tidak pernah sampai, nomor yang terdaftar {old} itu {inactive}. {Newnum} {new}.",
    "Nomor {old} dulu nomor kantor lama, setelah saya pindah kerja nomor itu ditarik. {Newnum} {new}.",
    "Ganti nomor ya min: {old} -> {new}",
    "Anak saya yang dulu mendaftarkan saya pakai nomor {old}, tapi nomor itu {inactive}. Nomor HP saya sendiri "
    "{new}.",
]
T["id"]["phone_lost"] = [
    "HP saya dicuri di angkot, nomor {old} ikut hilang dan belum saya urus. Mohon balasan lewat email saja.",
    "Nomor {old} sudah mati dan saya belum punya nomor baru, jadi tolong hubungi saya lewat email ini.",
    "Kartu {old} terblokir karena lupa registrasi ulang, sampai sekarang belum ada nomor pengganti. Email saja ya.",
    "Maaf, saya sementara tidak punya HP. Nomor {old} sudah tidak aktif. Silakan balas ke email ini.",
    "HP sy kecemplung sumur, no {old} gk bisa dipake lg, blm beli kartu baru. Bls via email aja.",
]
T["id"]["contact"] = [
    "No. HP/WA aktif: {phone}", "Kalau ada apa-apa, telepon saja ke {phone}.",
    "Tidak ada SMS masuk ke nomor {phone} sejak saya vaksin.", "Tolong kirimkan ke {phone} ya.",
    "sy bs dihubungi di {phone}", "Nomor yang bisa Bapak/Ibu hubungi: {phone} (bisa WhatsApp).",
    "Mohon dikirim ke HP saya {phone}.", "Saya tunggu kabarnya di {phone}.",
    "HP: {phone}, sampai sekarang belum ada pesan apa pun.",
]
T["id"]["duplicate"] = [
    "Dengan hormat, sepertinya data vaksin saya tercatat ganda: {dose} saya masuk ke data baru seolah-olah saya "
    "penerima vaksin yang berbeda.",
    "Waktu {dose} saya daftar pakai nomor anak saya, {other}. Sekarang {dose} itu muncul di data terpisah, bukan di "
    "data saya.",
    "Kok saya dapat SMS {cert} {dfirst} lagi setelah {dose}? Sepertinya saya dianggap orang baru.",
    "Di {app} riwayat saya berhenti di {prev}, sedangkan {dose} nyangkut di akun lain dengan nomor {other}.",
    "Data saya dobel min, {dose} sy kecatat jd vaksin pertama di data lain",
    "Mohon digabungkan: ada dua data vaksin atas nama saya, yang satu sampai {prev}, yang satu hanya berisi {dose}.",
    "Saya punya dua {cert} untuk {dfirst}: satu dari suntikan awal, satu lagi sebenarnya dari {dose}. Yang kedua "
    "itu harusnya tercatat sebagai {dose}.",
    "Pas {dose} saya daftar ulang di lokasi lain, nama dan tanggal lahir sama, tapi nomornya {other}. Jadinya data "
    "saya pecah dua.",
    "Riwayat vaksin saya terbelah: {prev} di data yang satu, {dose} di data yang lain.",
]
T["id"]["nik_self"] = ["No. Induk Kependudukan: {nik}", "Hormat saya,\n{name}\nNIK {nik}", "Atas nama {name} (NIK {nik}).",
                       "nik sy {nik}", "Untuk pengecekan, berikut NIK saya sesuai e-KTP: {nik}.",
                       "Nama: {name} | NIK: {nik}", "Saya yang bertanda tangan di bawah ini, {name}, NIK {nik}.",
                       "{nik} (NIK saya)", "Ini NIK sy min {nik} a.n. {name}"]
T["id"]["nik_kk"] = ["No. Kartu Keluarga: {kk}\nNIK saya: {nik}", "Nomor KK kami {kk}, NIK pribadi saya {nik}.",
                     "kk {kk} nik {nik}", "Saya sertakan nomor KK ({kk}) dan NIK saya ({nik}).",
                     "Nomor kartu keluarga saya {kk}. Adapun NIK saya {nik}.", "KK: {kk} / NIK pemohon: {nik}",
                     "Sebagai kelengkapan, KK {kk}; NIK yang dipakai saat vaksin {nik}.",
                     "Ini no KK sy {kk}, kalo NIK sy {nik}"]
T["id"]["phone_record"] = [
    "Saya mendaftar vaksin dengan nomor {phone}.", "Nomor HP waktu daftar: {phone}",
    "KTP saya sedang dipakai mengurus BPJS dan saya tidak hafal NIK, tapi nomor yang saya pakai daftar vaksin "
    "{phone}.",
    "Mohon dicari berdasarkan nomor HP saya saat registrasi: {phone}.", "No hp yg sy daftarin pas vaksin {phone}",
    "Data saya semestinya terhubung dengan nomor {phone}.", "Di formulir vaksin saya tuliskan nomor {phone}.",
    "KTP saya sedang diperpanjang, jadi silakan cek pakai nomor {phone} saja, itu nomor pendaftaran vaksin saya.",
]
T["id"]["when_where"] = ["Vaksinnya tanggal {when}, tempatnya {fac}.", "Lokasi vaksin: {fac}. Tanggal: {when}.",
                         "Saya divaksin di {fac} ({when}).", "Waktu itu tanggal {when}, di {fac}, antrinya dari subuh.",
                         "Pelaksanaan: {when} bertempat di {fac}.", "tgl {when} di {fac}"]
T["id"]["ob_intro"] = [
    "Saya menulis email ini mewakili {rel} yang sudah lanjut usia.",
    "Mohon maaf mengganggu, saya mau menanyakan {cert} {rel}.",
    "{Rel} tidak punya email dan tidak bisa pakai HP pintar, jadi saya bantu laporkan.",
    "min sy mau tanya buat {rel}", "Dengan hormat, perkenankan saya menyampaikan pengaduan atas nama {rel}.",
    "Yang bermasalah bukan saya, tapi {rel}.", "Saya bantu {rel} karena beliau tinggal di desa dan sinyalnya susah.",
    "Halo, ini tentang {cert} punya {rel}, bukan punya saya.", "Nyuwun tulung, saya mengurus {cert} {rel}.",
]
T["id"]["ob_nik"] = ["No. NIK {relshort} = {nik}", "Nama beliau {name}, NIK {nik}.", "{nik} itu NIK {rel}",
                     "Data {relshort}: {name}, NIK {nik}.", "nik {relshort} {nik} a.n {name}",
                     "Berikut NIK yang perlu dicek (milik {relshort}, bukan saya): {nik}.",
                     "Identitas {relshort} sesuai KTP: {name} / {nik}", "NIK yang dipakai {relshort} waktu vaksin: {nik}"]
T["id"]["ob_generic"] = [
    "Beliau sudah vaksin {dlast} di {fac}, tapi {cert}nya {notyet}.",
    "{Cert} {relshort} {notyet}, padahal vaksinnya tanggal {when}.",
    "Sudah {w} minggu {relshort} menunggu {cert} dan belum ada apa-apa.",
    "{Relshort} perlu {cert} untuk kontrol ke rumah sakit, tapi tidak punya.",
    "Sudah saya cari pakai NIK {relshort}, {cert}nya {notyet}.",
    "{relshort} udh vaksin tp {cert}nya gk ada min",
    "Saya sudah dapat {cert} sendiri, tapi punya {relshort} {notyet}.",
    "Kasihan beliau, sudah sepuh, tiap minggu tanya {cert}nya kapan keluar. Vaksin terakhirnya {when}.",
]
T["id"]["ob_pending"] = [
    "{Relshort} sudah divaksin di {fac} tanggal {when}, tapi datanya tidak ada sama sekali di sistem.",
    "Ketika NIK {relshort} dimasukkan di {app}, keterangannya belum vaksin.",
    "Menurut petugas, data {relshort} {notinput}.",
    "Riwayat vaksin {relshort} kosong, padahal sudah {dfirst} {w} minggu lalu.",
    "data {relshort} blm masuk min, pdhl udh vaksin di {fac}",
    "Beliau pegang kartu vaksin dari {fac}, tapi online tidak tercatat apa pun.",
    "Vaksinasi {relshort} pada {when} sepertinya belum dilaporkan; tidak ada data sama sekali.",
    "Sudah {w} minggu, riwayat vaksinasi {relshort} masih nol.",
]
T["id"]["ob_dose"] = [
    "{Relshort} sudah {dose} tanggal {when}, tapi yang tercatat baru {prev}.",
    "Data {dose} {relshort} belum ada, {prev} sudah.",
    "Riwayat {relshort} di {app} masih sampai {prev}, {dose} di {fac} belum masuk.",
    "{dose} {relshort} blm kecatat, pdhl udh {w} minggu",
    "Mohon {dose} {relshort} dimasukkan datanya; disuntik di {fac} pada {when}.",
    "{Cert} {prev} {relshort} ada, yang {dose} {notyet}.",
    "Beliau sudah ikut {dose}, tapi statusnya tidak berubah, masih {prev}.",
    "Sudah {dose} kok masih {prev}? Tolong dicek data {relshort}.",
]
T["id"]["ob_contact"] = ["Nomor saya (keluarga yang mengurus): {phone}", "Kalau perlu konfirmasi, hubungi saya saja di {phone}.",
                         "WA sy {phone}", "Saya yang bisa ditelepon, nomornya {phone}.",
                         "Silakan hubungi saya sebagai anggota keluarga di {phone}.", "HP pelapor: {phone}",
                         "Untuk informasi lanjutan: {phone} (saya).", "Saya biasanya pegang HP sore hari, {phone}."]
T["id"]["two_self"] = [
    "NIK saya {nik}, {cert}nya {notyet}. Kalau {rel} (NIK {relnik}) sudah dapat.",
    "Saya vaksin bareng {rel}. {Cert} {relshort} dengan NIK {relnik} sudah terbit, sedangkan milik saya dengan NIK "
    "{nik} belum.",
    "Yang perlu dicek NIK saya, {nik}. NIK {relnik} punya {relshort}, sudah beres.",
    "{Rel}: {relnik} (sudah ada)\nSaya: {nik} (belum ada)",
    "min {cert} {relshort} udh ada (nik {relnik}), punya sy (nik {nik}) blm",
    "Anehnya {rel} langsung dapat SMS untuk NIK {relnik}, sedangkan untuk NIK saya {nik} tidak ada.",
    "Mohon diperiksa NIK {nik} milik saya. Abaikan NIK {relnik}, itu punya {rel} dan tidak bermasalah.",
    "Satu keluarga sudah dapat semua, termasuk {rel} ({relnik}), tinggal saya sendiri, NIK {nik}.",
]
T["id"]["typo_fix"] = [
    "Mohon maaf, NIK yang saya tulis tadi ({bad}) keliru. NIK saya yang benar {nik}.",
    "ralat min, nik sy {nik} bkn {bad}", "Koreksi: {bad} salah ketik, seharusnya {nik}.",
    "Saya salah menulis NIK di pesan sebelumnya ({bad}); mohon gunakan {nik}.",
    "Maaf, jari saya kepeleset. NIK saya {nik}, bukan {bad}.",
    "Pesan saya kemarin memuat NIK {bad}, itu salah. Yang sesuai KTP: {nik}.",
    "NIK {bad} abaikan saja ya, yang betul {nik}.",
    "Setelah saya cocokkan dengan KTP, ternyata NIK saya {nik}. Yang {bad} itu keliru satu angka.",
]
T["id"]["reporter"] = [
    "Saya {mename}, NIK {menik}, hendak menanyakan {cert} {rel} dengan NIK {nik}.",
    "Pelapor: {mename} (NIK {menik})\nYang dilaporkan: {rel}, NIK {nik}",
    "NIK {nik} itu punya {rel}, yang {cert}nya {notyet}. Saya sendiri {mename}, NIK {menik}, cuma bantu urus.",
    "sy {mename} nik {menik}, mau nanya {cert} {relshort} nik {nik}",
    "Perkenalkan, nama saya {mename} (NIK {menik}). Saya keluarga dari {rel}, NIK {nik}.",
    "Mohon dicek NIK {nik} atas nama {rel}. Untuk data saya sebagai pengirim: {mename}, NIK {menik}.",
    "{Rel} (NIK {nik}) minta tolong saya menanyakan ini. Saya {mename}, NIK {menik}.",
    "Dengan hormat, yang bertanda tangan di bawah ini {mename}, NIK {menik}, selaku keluarga, mengadukan {cert} "
    "{rel}, NIK {nik}.",
]
T["id"]["listed"] = ["- {aname} (NIK {anik})\n- {bname} (NIK {bnik})", "Kami berdua: {aname} NIK {anik} dan {bname} NIK {bnik}.",
                     "{aname} ({anik}) dan {bname} ({bnik}) vaksin bareng di tempat yang sama.",
                     "Atas nama {aname}, NIK {anik}; atas nama {bname}, NIK {bnik}.",
                     "nik {anik} a.n {aname}, nik {bnik} a.n {bname}",
                     "Data kami sekeluarga yang vaksin hari itu: {aname} / {anik}, {bname} / {bnik}.",
                     "Pertama, {aname} dengan NIK {anik}. Kedua, {bname} dengan NIK {bnik}."]
T["id"]["listed_tail"] = ["Dari kami berdua, hanya {cert} saya yang {notyet}.", "Yang satu sudah aman, punya saya saja yang belum.",
                          "Tolong fokus ke data saya ya, yang satunya tidak ada masalah.", "Cuma punya sy yg blm ada.",
                          "{Cert} keluarga saya sudah keluar, tinggal punya saya.",
                          "Saya sendirilah yang belum menerima {cert}.", "Masalahnya hanya di {cert} saya pribadi."]
T["id"]["fwd_note"] = ["Mohon maaf, saya teruskan kembali email saya di bawah karena belum ada tanggapan.",
                       "Up min, blm dibales.", "Saya kirim ulang pengaduan saya yang kemarin, barangkali belum terbaca.",
                       "Dengan hormat, berikut saya sampaikan kembali surat saya terdahulu."]
T["id"]["fwd_note_ob"] = ["Saya teruskan email {rel} di bawah ini, mohon ditanggapi.",
                          "Ini pesan dari {rel}, saya yang bantu kirim ulang.", "{Rel} minta saya meneruskan keluhannya.",
                          "Berikut pengaduan {rel} yang sampai sekarang belum ada jawaban."]
T["id"]["quote_hdr"] = ["-----Pesan Asli-----\nDari: {oname} [mailto:{oemail}]\nTerkirim: {date}",
                        "Pada {date}, {oname} ({oemail}) menulis:"]
T["id"]["desk_hdr"] = ["-----Pesan Asli-----\nDari: Helpdesk Sertifikat Vaksin [mailto:sertifikat@certdesk.local]\n"
                       "Terkirim: {date}",
                       "Tim Layanan Sertifikat <sertifikat@certdesk.local> menulis pada {date}:"]
T["id"]["noise_person"] = ["Titip juga untuk ipar saya ya, NIK {onik}, nomor {ophone}.",
                           "Punya pakde saya (NIK {onik}, HP {ophone}) sudah beres, matur nuwun.",
                           "Sekalian, tetangga saya NIK {onik} no HP {ophone} minta dicek juga."]
T["id"]["noise_desk"] = ["Sertifikat untuk NIK {onik} sudah terbit dan SMS notifikasi terkirim ke {ophone}.",
                         "Nomor HP pada data NIK {onik} telah kami ubah menjadi {ophone}.",
                         "Pengaduan atas NIK {onik} telah selesai; tautan sertifikat dikirim ke nomor {ophone}."]
T["id"]["ask"] = ["Mohon maaf, kami memerlukan NIK Bapak/Ibu (16 digit sesuai KTP) untuk menelusuri data vaksinasi.",
                  "Silakan balas email ini dengan mencantumkan NIK dan nomor HP saat pendaftaran vaksin.",
                  "Data Bapak/Ibu belum dapat kami temukan. Mohon kirimkan NIK yang tertera di KTP."]
T["id"]["footer"] = ["Dikirim dari HP Android", "Dikirim dari Xiaomi Redmi saya", "Dikirim dari OPPO",
                     "Dikirim lewat Email Yahoo"]

# --- English: formal office letters, Indonesians abroad, students, the terse and the cross ----
T["en"]["greet"] = ["Dear Sir or Madam,", "Good evening, helpdesk officers,", "Hello there, helpdesk,", "To the Ministry of Health,",
                    "Greetings,", "Hi support,", ""]
T["en"]["close"] = ["Best wishes,", "Respectfully,", "Thanks a lot,", "Warmest regards,", "Yours sincerely,",
                    "Stay healthy,", "Much obliged,"]
T["en"]["subject"] = ["Vaccination certificate not received", "URGENT: no vaccine certificate",
                      "Weeks later, still no COVID certificate", "No certificate after my jab",
                      "Request for vaccine certificate", "certificate??"]
T["en"]["subject_fix"] = ["Correction needed on my vaccination certificate", "Incorrect data on vaccine cert",
                          "Please correct my certificate details", "Error in certificate"]
T["en"]["subject_phone"] = ["Change of mobile number for SMS", "My registered phone is dead",
                            "Please update my phone number", "Phone number update"]
T["en"]["generic"] = [
    "I received my {dlast} at {fac} on {when}, yet my {cert} {notyet}.",
    "no {cert} yet. pls help",
    "Good day. I am writing because I have been fully vaccinated for {w} weeks now and my {cert} {notyet}. I have "
    "checked {app} every day.",
    "I'm an Indonesian student in Taiwan and I need my {cert} for my residence permit, but it {notyet}.",
    "Frankly this is ridiculous. I did everything right, got my {dlast} on {when}, and there is still no {cert}.",
    "Could you kindly tell me why I have not received any {cert}? I was vaccinated at {fac}.",
    "My {cert} {notyet}, even though I had my {dlast} {w} weeks ago.",
    "I am writing on my own behalf; my {cert} {notyet}, and I do not know whom else to ask.",
    "Where is my {cert}? Vaccinated {when}, nothing since.",
    "I'm a seafarer and must have my {cert} before I sign on, but it {notyet}.",
]
T["en"]["sms_lost"] = [
    "There may have been an SMS, but my phone auto-deletes old messages.",
    "I thought the text was a scam and deleted it straight away.",
    "My phone went in for repair and came back wiped; the number is unchanged.",
    "My grandson was playing with my phone and probably deleted the message.",
    "A text from 1199 rings a bell, but I can't find it now.",
    "I moved to a new handset and my old SMS didn't come across, though I kept my number.",
    "My inbox is flooded with promos, so the message probably got lost and cleared out.",
    "I may have swiped the SMS away without reading it.",
]
T["en"]["no_phone"] = [
    "I have no mobile phone, so no number was given when I was vaccinated.",
    "Our whole neighbourhood was registered from a list of names by the RT head; no phone numbers.",
    "I was vaccinated through my child's school and they only took my ID.",
    "My phone was being repaired then, so I left the number off the form.",
    "I'm elderly and was vaccinated at the posyandu; no one asked for a phone number.",
    "I'm certain the phone box on my form was empty - the officer said it was fine.",
    "At the stadium mass vaccination they only scanned KTPs, not phone numbers.",
    "I didn't know my own number by heart at the time, so it wasn't written down.",
]
T["en"]["resend"] = [
    "The puskesmas has corrected my batch number, but I haven't got the updated {cert}.",
    "I heard my {cert} was reissued after a data fix. Please send me the newest one.",
    "The {cert} on my phone is the old version from before the correction; please send the latest.",
    "I need the revised {cert} for a visa application, please resend it.",
    "The health office said my {cert} was updated last week, but nothing new has reached me.",
    "Please send me the corrected {cert} again; the old one is no longer accepted by my office.",
    "After the clinic amended my record, can the new {cert} be re-sent? I haven't received it.",
    "Is there a newer {cert} for me? I was told it had been regenerated.",
]
T["en"]["dose_pending"] = [
    "I had my {dose} on {when} at {fac}, but my record still only shows the {prev}.",
    "my {dose} isn't in the system yet, only the {prev}. it's been {w} weeks",
    "{Prev}: recorded. {Dose}: missing.",
    "My vaccination card was stamped for the {dose}, yet {app} stops at the {prev}.",
    "Why is there a {cert} for my {prev} and none for my {dose}? I got the {dose} on {when}.",
    "I need proof of my {dose} for a flight, but the system still says {prev}. I had it {w} weeks ago.",
    "My status is stuck on {prev} although I received the {dose} on {when}.",
    "Please update my {dose} from {fac}, {when}. The latest recorded dose is the {prev}.",
    "The {dose} appointment has vanished from {app}, so it was used, yet my history ends at the {prev}.",
]
T["en"]["rec_pending"] = [
    "I was vaccinated ({dfirst}) on {when} at {fac}, but when my NIK is checked the system says I have never been "
    "vaccinated.",
    "my vaccine data is completely empty, though I got jabbed at {fac}",
    "{App} labels me 'Not vaccinated'. That's wrong.",
    "The village midwife says my data {notinput}. It's been {w} weeks.",
    "Not a single vaccination is recorded for me, despite the mass vaccination on {when}.",
    "I hold a stamped paper card from {fac}, but nothing exists online.",
    "The registration officer told me my data {notinput}, so no {cert} can be issued. Please push for it to be "
    "entered.",
    "I don't even have a vaccination ticket in {app}, let alone a {cert}, and I was jabbed {w} weeks ago.",
    "WHY IS THERE NO RECORD OF MY VACCINATION? {fac}, {when}. Please sort this out.",
]
T["en"]["fix_full_name"] = [
    "My name on the {cert} reads {wrong}; according to my KTP and passport it is {right}.",
    "name wrong: {wrong} should be {right}",
    "I am {right}. {App} has me as {wrong}.",
    "The clerk misspelled my name when entering it: {wrong} instead of {right}.",
    "Please change the name {wrong} to {right}.",
    "There's a letter wrong in my name on the {cert}. My full name is {right}.",
    "My daughter noticed my name is printed {wrong} on my {cert}. It should be {right}.",
    "The spelling on my {cert} ({wrong}) differs from my passport ({right}), which is a problem for travel.",
    "WRONG NAME. It says {wrong}. I'm {right}.",
]
T["en"]["fix_birth_date"] = [
    "My {cert} shows my date of birth as {wrong}, but my birth certificate and KTP say {right}.",
    "dob wrong on {app}: {wrong}, should be {right}",
    "I was born {right}, not {wrong}. Please correct.",
    "My age on the {cert} is wrong because the birth date was entered as {wrong}.",
    "The birthdate on my {cert} is {wrong}; on my ID it is {right}. Probably a typing error.",
    "Please set my birth date to {right}.",
    "Born {right}. For some reason the vaccination record says {wrong}.",
    "Incorrect birth date on the {cert}; it should be {right}.",
]
T["en"]["fix_vaccinated_on"] = [
    "The date of my {dose} on the {cert} is {wrong}, but my vaccination card says I had the {dose} on {right}.",
    "{dose} date wrong: {wrong}, real date {right}",
    "I got my {dose} on {right}. Why does {app} say {wrong}?",
    "Please change the date of my {dose} to {right}.",
    "The {dose} date on my {cert} ({wrong}) doesn't agree with my paper card ({right}).",
    "On {wrong} I hadn't been vaccinated yet; my {dose} was on {right}.",
    "The {dose} is recorded on the wrong day. It should be {right}, as on my card.",
    "For travel, the date of my {dose} has to match my card, {right}, but the {cert} shows {wrong}.",
]
T["en"]["fix_vaccine"] = [
    "For my {dose} I received {right}, but the {cert} says {wrong}.",
    "{dose} vaccine wrong. got {right} not {wrong}",
    "I have never had {wrong}. My {dose} was {right}.",
    "The brand listed for my {dose} in {app} is wrong; it should be {right}.",
    "The vaccine type for my {dose} got mixed up: recorded as {wrong}, actually {right}.",
    "My vaccination card says {right} for the {dose}; why does the {cert} say {wrong}?",
    "Please correct the vaccine for my {dose} to {right}.",
    "I'm going on umrah and my {cert} must show {right} for the {dose}, not {wrong}.",
]
T["en"]["fix_nik"] = [
    "The NIK on my {cert} is {wrong}, while my e-KTP says {right}.",
    "nik on cert {wrong} but mine is {right}. one digit off",
    "My vaccination was saved under NIK {wrong}. My actual NIK is {right}.",
    "The officer mistyped my NIK as {wrong}; it really is {right}.",
    "Please change NIK {wrong} on my vaccination data to {right}.",
    "NIK {wrong} isn't mine, but my {cert} was issued with it. My KTP number is {right}.",
    "Why does {app} show NIK {wrong}? Mine is {right}!",
    "I can't print my {cert} because the NIK on it is wrong ({wrong}). The right one is {right}.",
]
T["en"]["fix_sex"] = [
    "My {cert} lists me as {wrong}, but I am {right} as on my KTP.",
    "gender on {app} is {wrong}, im {right}",
    "I'm {right}, not {wrong}. Please change it on the {cert}.",
    "The gender field on my {cert} is wrong; please make it {right}.",
    "How did I end up recorded as {wrong}? I am {right}.",
    "KTP: {right}. {Cert}: {wrong}. Please align them.",
    "Something's off with my gender on the {cert}; it should be {right}.",
    "Please switch my gender on the {cert} to {right}; at present it says {wrong}.",
]
T["en"]["phone_changed"] = [
    "The mobile I registered with, {old}, {inactive}. Please send my {cert} SMS to {new}.",
    "old num {old} dead, now {new}",
    "The number {old} {inactive}; {newnum} {new}.",
    "I switched providers, so {old} is no longer mine. New number: {new}.",
    "Please update my number from {old} to {new}; the old one {inactive}.",
    "I lost the SIM for {old} while travelling home and never replaced it. I'm on {new} now.",
    "No wonder the SMS never came: the registered number {old} {inactive}. {Newnum} {new}.",
    "{old} was my old work phone and was taken back when I changed jobs. {Newnum} {new}.",
    "My son registered me with {old}, but that number {inactive}. My own number is {new}.",
]
T["en"]["phone_lost"] = [
    "My phone was pickpocketed on the bus, {old} went with it, and I haven't replaced the SIM. Please reply by email.",
    "{old} is dead and I don't have a new number yet, so please contact me by email.",
    "The SIM {old} got blocked because I didn't re-register it; I have no replacement yet. Email only please.",
    "I'm without a phone for the moment and {old} no longer works. Please answer here.",
]
T["en"]["contact"] = ["Active mobile/WA: {phone}", "If needed, just call me on {phone}.",
                      "No SMS has reached {phone} since my vaccination.", "Please send it to {phone}.",
                      "i can be reached at {phone}", "You can contact me at {phone} (WhatsApp too).",
                      "Kindly text my phone, {phone}.", "I'll wait for news on {phone}."]
T["en"]["duplicate"] = [
    "It seems my vaccination data is duplicated: my {dose} went into a new record as if I were a different person.",
    "For my {dose} I registered using my child's number, {other}. Now the {dose} shows up in a separate record, "
    "not mine.",
    "Why did I get a {cert} for a {dfirst} again after my {dose}? It looks like I was treated as a new person.",
    "In {app} my history stops at the {prev}, while the {dose} sits in another account with the number {other}.",
    "my data is doubled, my {dose} was logged as a first dose in another record",
    "Please merge them: there are two vaccination records in my name, one up to the {prev} and one with only the "
    "{dose}.",
    "At the {dose} I signed up again at a different site with the same name and birth date but with {other}, and "
    "now my data is split in two.",
    "My vaccination history is split: the {prev} on one record, the {dose} on another.",
]
T["en"]["nik_self"] = ["Population ID (NIK): {nik}", "Regards,\n{name}\nNIK {nik}", "Name as per KTP {name}, NIK {nik}.", "nik {nik}",
                       "For verification, my NIK as on my e-KTP: {nik}.", "Name: {name} | NIK: {nik}", "{nik} (my NIK)",
                       "I, the undersigned {name}, NIK {nik}."]
T["en"]["nik_kk"] = ["Family Card (KK) no.: {kk}\nMy NIK: {nik}", "Our KK is {kk} and my personal NIK is {nik}.",
                     "kk {kk}, my nik {nik}", "I'm attaching my family card number ({kk}) and my NIK ({nik}).",
                     "Family card number: {kk}. My NIK: {nik}.", "KK: {kk} / applicant NIK: {nik}",
                     "For completeness, KK {kk}; the NIK I used for the vaccine is {nik}."]
T["en"]["phone_record"] = ["I registered for the vaccine with {phone}.", "Phone number at registration: {phone}",
                           "My KTP is away being renewed, so please check by my registration number, {phone}.",
                           "Please search using the mobile I gave at registration: {phone}.",
                           "the no i registered with is {phone}", "My record ought to be tied to {phone}.",
                           "I wrote {phone} on the vaccination form."]
T["en"]["when_where"] = ["Vaccination date {when}, place {fac}.", "Site: {fac}. Date: {when}.",
                         "I was vaccinated at {fac} ({when}).", "It was {when}, at {fac}, and we queued from dawn.",
                         "{fac}, {when}."]
T["en"]["ob_intro"] = [
    "I'm writing on behalf of {rel}, who is elderly.", "Sorry to bother you, I'd like to ask about {rel}'s {cert}.",
    "{Rel} has no email and can't use a smartphone, so I'm reporting this for them.", "hi, asking for {rel}",
    "I would like to lodge a complaint on behalf of {rel}.", "The problem isn't mine but {rel}'s.",
    "I'm helping {rel}, who lives in a village with poor signal.", "Hello, this is about {rel}'s {cert}, not mine.",
]
T["en"]["ob_nik"] = ["{Relshort}'s NIK = {nik}", "Their name is {name}; NIK {nik}.", "{nik} - {rel}'s NIK",
                     "{Relshort}'s details: {name}, NIK {nik}.", "nik of {relshort}: {nik} ({name})",
                     "The NIK to check (it's {relshort}'s, not mine): {nik}.",
                     "{Relshort}'s identity as on the KTP: {name} / {nik}"]
T["en"]["ob_generic"] = [
    "They've had the {dlast} at {fac}, but their {cert} {notyet}.",
    "{Relshort}'s {cert} {notyet}, even though they were vaccinated on {when}.",
    "{Relshort} has waited {w} weeks for the {cert}, and nothing.",
    "{Relshort} needs the {cert} for a hospital check-up but doesn't have it.",
    "I searched with {relshort}'s NIK and the {cert} {notyet}.",
    "{relshort} got vaccinated but has no {cert}",
    "I've got my own {cert}, but {relshort}'s {notyet}.",
    "They're quite old and keep asking me when the {cert} will come. Their last shot was on {when}.",
]
T["en"]["ob_pending"] = [
    "{Relshort} was vaccinated at {fac} on {when}, but there's no data at all in the system.",
    "When I enter {relshort}'s NIK in {app}, it says not vaccinated.",
    "According to the staff, {relshort}'s data {notinput}.",
    "{Relshort}'s vaccination history is blank, though they had the {dfirst} {w} weeks ago.",
    "{relshort}'s data isn't in yet, they were jabbed at {fac}",
    "They hold a card from {fac}, but nothing is recorded online.",
    "{Relshort}'s vaccination on {when} seems never to have been reported; there's no data at all.",
    "{w} weeks on, {relshort} still has zero vaccinations on record.",
]
T["en"]["ob_dose"] = [
    "{Relshort} had the {dose} on {when}, but only the {prev} is recorded.",
    "No data for {relshort}'s {dose}; the {prev} is there.",
    "{Relshort}'s history in {app} goes up to the {prev}; the {dose} at {fac} isn't in.",
    "{relshort}'s {dose} not recorded yet, it's been {w} weeks",
    "Please enter {relshort}'s {dose}; given at {fac} on {when}.",
    "{Relshort} has a {cert} for the {prev}, but the one for the {dose} {notyet}.",
    "They went for the {dose}, but their status hasn't moved from the {prev}.",
    "They've had the {dose}, so why does it still say {prev}? Please check {relshort}'s data.",
]
T["en"]["ob_contact"] = ["My number (the relative handling this): {phone}", "For confirmation, please call me at {phone}.",
                         "my wa {phone}", "I'm the one to phone: {phone}.", "Please contact me, as family, on {phone}.",
                         "Phone of the person reporting: {phone}", "For follow-up: {phone} (me).",
                         "I usually answer my phone in the afternoons: {phone}."]
T["en"]["two_self"] = [
    "My NIK is {nik} - no {cert} yet. {Rel} (NIK {relnik}) already has theirs.",
    "{Rel} and I were vaccinated together. {Relshort}'s {cert} under NIK {relnik} was issued, mine under NIK {nik} "
    "wasn't.",
    "The one to check is my NIK, {nik}. NIK {relnik} belongs to {relshort} and is fine.",
    "{Rel}: {relnik} (received)\nMe: {nik} (not received)",
    "{relshort}'s cert came (nik {relnik}), mine (nik {nik}) didn't",
    "Strangely {rel} got the SMS straight away for NIK {relnik}, but nothing for my NIK {nik}.",
    "Please look at NIK {nik}, which is mine. Ignore NIK {relnik}; that's {rel}'s and it's fine.",
    "Everyone in the family has theirs, including {rel} ({relnik}); I'm the only one left, NIK {nik}.",
]
T["en"]["typo_fix"] = [
    "Sorry, the NIK I wrote earlier ({bad}) was wrong. My correct NIK is {nik}.",
    "correction, my nik is {nik} not {bad}", "Correction: {bad} was a typo, it should be {nik}.",
    "I miswrote my NIK in my previous message ({bad}); please use {nik}.",
    "Apologies, my finger slipped. My NIK is {nik}, not {bad}.",
    "My message yesterday contained NIK {bad}, which is wrong. As per my KTP: {nik}.",
    "Please ignore NIK {bad}; the right one is {nik}.",
    "Having compared with my KTP, my NIK is actually {nik}. The {bad} was one digit off.",
]
T["en"]["reporter"] = [
    "I am {mename}, NIK {menik}, and I'm asking about the {cert} of {rel}, NIK {nik}.",
    "Reported by: {mename} (NIK {menik})\nPerson concerned: {rel}, NIK {nik}",
    "NIK {nik} belongs to {rel}, whose {cert} {notyet}. I'm {mename}, NIK {menik}, just helping out.",
    "i'm {mename} nik {menik}, asking about {relshort}'s cert, nik {nik}",
    "Let me introduce myself: {mename} (NIK {menik}). I'm family of {rel}, NIK {nik}.",
    "Please check NIK {nik} for {rel}. My own details as the sender: {mename}, NIK {menik}.",
    "{Rel} (NIK {nik}) asked me to raise this. I'm {mename}, NIK {menik}.",
    "I, the undersigned {mename}, NIK {menik}, on behalf of my family member {rel}, NIK {nik}, submit this complaint.",
]
T["en"]["listed"] = ["- {aname}: {anik}\n- {bname}: {bnik}", "The two of us: {aname} NIK {anik} and {bname} NIK {bnik}.",
                     "{aname} ({anik}) and {bname} ({bnik}) got vaccinated together at the same place.",
                     "In the name of {aname}, NIK {anik}; in the name of {bname}, NIK {bnik}.",
                     "nik {anik} for {aname}, nik {bnik} for {bname}",
                     "Our family members vaccinated that day: {aname} / {anik}, {bname} / {bnik}.",
                     "First, {aname} with NIK {anik}. Second, {bname} with NIK {bnik}."]
T["en"]["listed_tail"] = ["Of the two of us, only my {cert} {notyet}.", "One is sorted; only mine isn't.",
                          "Please focus on my data; the other one has no issues.", "only mine is missing",
                          "My family's {cert} came through, just mine is left.", "I'm the one who hasn't received a {cert}.",
                          "The problem is only with my own {cert}."]
T["en"]["fwd_note"] = ["Apologies, I'm forwarding my email below again as there has been no response.",
                       "bump, no reply yet", "Resending my complaint from the other day in case it wasn't read.",
                       "Dear team, please find my earlier letter below once more."]
T["en"]["fwd_note_ob"] = ["Forwarding {rel}'s email below, please respond.", "This message is from {rel}; I'm helping resend it.",
                          "{Rel} asked me to forward the complaint.", "Below is {rel}'s complaint, still unanswered."]
T["en"]["quote_hdr"] = ["-----Original Message-----\nFrom: {oname} [mailto:{oemail}]\nSent: {date}",
                        "{oname} ({oemail}) wrote on {date}:"]
T["en"]["desk_hdr"] = ["-----Original Message-----\nFrom: Vaccine Certificate Service [mailto:sertifikat@certdesk.local]\n"
                       "Sent: {date}",
                       "Certificate Helpdesk Team <sertifikat@certdesk.local> wrote on {date}:"]
T["en"]["noise_person"] = ["Please also check my cousin's: NIK {onik}, mobile {ophone}.",
                           "My uncle's (NIK {onik}, phone {ophone}) is sorted now, many thanks.",
                           "Also, my neighbour with NIK {onik} and number {ophone} asked me to check hers."]
T["en"]["noise_desk"] = ["The certificate for NIK {onik} has been issued and the SMS notification sent to {ophone}.",
                         "The mobile number on the record for NIK {onik} has been changed to {ophone}.",
                         "The complaint for NIK {onik} is resolved; the certificate link went to {ophone}."]
T["en"]["ask"] = ["Sorry, we need your NIK (the 16 digits on your KTP) to trace your vaccination data.",
                  "Please reply to this email with your NIK and the mobile number used at vaccine registration.",
                  "We have not been able to find your data yet. Please send the NIK shown on your KTP."]
T["en"]["footer"] = ["Sent from my OPPO", "Sent from Samsung Email", "Sent from my Vivo phone",
                     "Sent via Yahoo Mail for iPhone"]

# --- campur: Indonesian with English, as typed on a phone ------------------------------------
T["mix"]["greet"] = ["Selamat pagi, dear admin.", "Halo guys di helpdesk,", "Permisi, hello min,",
                     "Excuse me bapak/ibu,", "Hi, assalamualaikum min."]
T["mix"]["close"] = ["Thanks banget ya.", "Ditunggu ya, thanks.", "Makasih, have a nice day.",
                     "Regards, salam sehat selalu.", "Matur nuwun, thanks."]
T["mix"]["generic"] = [
    "Sorry min ganggu, {cert} aku {notyet}, padahal udah vaksin {dlast} di {fac}.",
    "Hello admin, I already vaksin tanggal {when} tapi my {cert} {notyet}, gimana ya?",
    "Min please, {cert} needed buat kerja, tapi sampai sekarang {notyet}.",
    "Udah {w} weeks nunggu {cert}, still nothing. Help dong.",
    "Basically {cert} saya {notyet} even though vaksinnya udah lengkap.",
    "Honestly kecewa banget, {cert} {notyet} padahal I did everything right.",
    "Hi, mau follow up: {cert} saya {notyet}, last dose {when}.",
    "Kak, can you check why {cert} ku {notyet}? Vaksin di {fac}.",
]
