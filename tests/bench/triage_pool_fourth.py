"""The triage benchmark's fourth phrase pool, `fourth` (imported by gen_triage.py).

Written by a helper who read neither certdesk's rules (its sources, tests or docs) nor any
mail the product failed on; only gen_triage.py itself, to learn what each template key
means and which {slots} it is given. The wording is new: it shares no multi-word phrase
with `dev`, `heldout` or `fresh` (gen_triage.py checks this at start-up), so a score on it
is a held-out measure. Standard library only; nothing here looks around the repository.

Tables, each for this pool alone (gen_triage.py files them under the key "fourth"):
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
DAYS_EN_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"(0{a}) {b}-{c}", f"+62.{a}.{b}.{c}", f"0{a} - {b} - {c}", f"+62{a}-{b}-{c}", f"0{a}{b}-{c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if lang == "id":
        return [lambda: f"{d.day:02d} {MONTHS_ID[m].upper()} {d.year}", lambda: f"{d.day}/{d.month}/{d.year}",
                lambda: f"{d.day}-{MONTHS_ID_SHORT[m]}-{d.year % 100:02d}",
                lambda: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"]
    return [lambda: f"{MONTHS_EN[m]} {d.day}{nth}, {d.year}", lambda: f"{d.day} {MONTHS_EN[m][:3]}. {d.year}",
            lambda: f"{d.day:02d}/{MONTHS_EN[m][:3].upper()}/{d.year}",
            lambda: f"{DAYS_EN_SHORT[d.weekday()]} {d.day} {MONTHS_EN[m]} {d.year}"]


FILL = {
    "id": {
        "cert": ["e-certificate vaksin", "kartu vaksinasi", "sertifikat digital vaksinasi", "bukti sertifikat vaksin"],
        "app": ["aplikasi PL di HP", "aplikasi SATUSEHAT Mobile", "akun PeduliLindungi saya",
                "menu sertifikat di PeduliLindungi"],
        "notyet": ["belum terbit juga", "masih belum bisa diunduh", "sampai kini tidak ada", "belum nampak",
                   "belum dikirim-kirim"],
        "req": ["Mohon kiranya dapat dibantu.", "Saya tunggu tindak lanjutnya.", "Demikian pengaduan ini saya sampaikan.",
                "Tolong dicek ya, makasih.", "Mohon respon secepatnya, sudah lama menunggu.",
                "Sekiranya dapat dibantu, saya ucapkan banyak terima kasih."],
        "fixreq": ["Mohon dibetulkan sesuai KTP.", "Bagaimana prosedur pengajuan perubahannya?",
                   "Tolong diganti yang benar ya.", "Apakah bisa diubah dari sini atau harus ke puskesmas?",
                   "Mohon data tersebut disesuaikan."],
        "inactive": ["sudah lama mati", "sudah tidak saya gunakan lagi", "sudah kena blokir", "sudah dipakai orang lain",
                     "sudah tidak bisa dihubungi"],
        "newnum": ["sekarang bisa dihubungi di", "silakan kirim ke", "tolong pakai", "yang masih aktif",
                   "kini saya pakai"],
        "notinput": ["belum di-upload petugas", "belum masuk server", "belum diinput oleh faskes", "belum masuk database",
                     "belum direkap"],
    },
    "en": {
        "cert": ["vaccination cert", "covid vaccine certificate", "vaccine card", "digital vaccine certificate"],
        "app": ["my PeduliLindungi account", "the SATUSEHAT mobile app", "the PeduliLindungi web portal", "the PL application"],
        "notyet": ["still hasn't come", "is not showing up anywhere", "has yet to appear", "is still not out",
                   "hasn't turned up"],
        "req": ["Thanks for looking into this.", "Hoping to hear from you soon.", "Any help would be great.",
                "Please advise what I should do next.", "Thank you in advance for sorting this out."],
        "fixreq": ["Please amend this to match my KTP.", "Let me know what documents you need to fix it.",
                   "Could someone correct this please?", "Please update it to the right value.",
                   "Do I need to go back to the clinic to get this changed?"],
        "inactive": ["has been dead for months", "was cut off by the operator", "was recycled by the provider",
                     "can't receive SMS any more", "no longer exists"],
        "newnum": ["you can now reach me at", "these days I use", "please send it to", "the new one is",
                   "my working number is"],
        "notinput": ["hasn't been put in the system", "was never uploaded", "hasn't been registered yet",
                     "is still not entered"],
    },
}

DOSE = {
    "id": {1: ["suntikan ke-1", "penyuntikan pertama", "dosis ke-1", "vaksin tahap pertama"],
           2: ["suntikan ke-2", "penyuntikan kedua", "dosis ke-2", "vaksin tahap kedua"],
           3: ["suntikan ke-3", "penyuntikan ketiga", "booster ke-1", "dosis ke-3"]},
    "en": {1: ["1st shot", "first injection", "shot no. 1"], 2: ["2nd jab", "second injection", "shot no. 2"],
           3: ["3rd shot", "booster injection", "shot no. 3"]},
}

# (written, short, sex of the relative, generation: older/younger, same, sibling)
REL = {
    "id": [("emak saya", "emak", "F", "older"), ("abah saya", "abah", "M", "older"),
           ("kakek saya", "kakek", "M", "older"), ("ibu mertua saya", "ibu mertua", "F", "older"),
           ("anak bungsu saya", "si bungsu", None, "younger"), ("keponakan saya", "keponakan", None, "younger"),
           ("abang saya", "abang", "M", "sibling"), ("bojo saya", "bojo", None, "same")],
    "en": [("my elderly father", "Dad", "M", "older"), ("my mom", "my mom", "F", "older"),
           ("my grandma", "grandma", "F", "older"), ("my eldest daughter", "my eldest girl", "F", "younger"),
           ("my middle son", "my son", "M", "younger"), ("my partner", "my partner", None, "same"),
           ("my big brother", "my big brother", "M", "sibling"), ("my uncle", "my uncle", "M", "older")],
}

VAXNAME = {"coronavac": ["Sinovac Biotech", "Sinovac CoronaVac"], "astrazeneca": ["Vaxzevria", "Astrazeneka"],
           "comirnaty": ["Pfizer BNT162b2", "Comirnaty (Pfizer)"], "moderna": ["Modena", "Moderna mRNA-1273"],
           "sinopharm": ["BBIBP-CorV", "Sinopharm BBIBP-CorV"], "biofarma": ["PT. Biofarma (Persero)", "Bio Farma Bandung"],
           "sputnik-v": ["Gamaleya", "Sputnik (Gamaleya)"], "convidecia": ["CanSino Biologics", "CanSino Ad5-nCoV"],
           "novavax": ["Covovax", "Novavax NVX-CoV2373"]}

SLANG = {"saya": ["sy"], "tidak": ["tdk", "gk"], "sudah": ["sdh", "udh"], "belum": ["blm"], "dengan": ["dgn"],
         "karena": ["krn"], "yang": ["yg"], "untuk": ["utk"], "sampai": ["smp"], "bisa": ["bs"], "saja": ["aja"],
         "lagi": ["lg"], "tolong": ["tlg"], "nomor": ["no", "nmr"], "terima kasih": ["trims", "makasih"]}

SEX_WORDS = {"id": {"M": ["laki2", "Laki-laki (L)"], "F": ["Perempuan (P)", "wanita (P)"]},
             "en": {"M": ["male (M)", "man"], "F": ["female (F)", "woman"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia: formal letters, elders, WhatsApp typing, the odd shout --------------
T["id"]["greet"] = ["Kepada Yth. Bapak/Ibu Petugas Layanan Sertifikat Vaksin,",
                    "Assalamu'alaikum warahmatullahi wabarakatuh,", "Om Swastiastu,", "Halo admin kemenkes,",
                    "Pagi pak/bu,", "Selamat beraktivitas,", "Yth. Tim Helpdesk,", ""]
T["id"]["close"] = ["Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.", "Wassalamu'alaikum warahmatullahi wabarakatuh.",
                    "Om Shanti Shanti Shanti Om.", "Makasih min \U0001F64F", "Tks.", "Teriring salam,",
                    "Semoga sehat selalu."]
T["id"]["subject"] = ["Mohon info sertifikat vaksin saya", "SERTIFIKAT BELUM ADA SAMPAI SEKARANG",
                      "pengaduan sertifikat vaksinasi covid-19", "Sertipikat vaksin ga ada",
                      "Permohonan bantuan: sertifikat vaksin tidak ditemukan", "tanya sertifikat"]
T["id"]["subject_fix"] = ["Permohonan koreksi data di sertifikat", "Ada data yang keliru di sertifikat vaksin",
                          "mohon ubah data sertifikat", "Kesalahan data vaksinasi"]
T["id"]["subject_phone"] = ["Nomor HP berubah", "Penggantian nomor ponsel", "nomer hp saya sudah ganti",
                            "No. HP terdaftar sudah tidak dipakai"]
T["id"]["generic"] = [
    "Bapak/Ibu yang saya hormati, saya sudah menjalani vaksinasi {dlast}, namun sampai hari ini {cert} saya {notyet}.",
    "min sy udh vaksin lengkap tp {cert} sy {notyet}, gmn ya caranya biar keluar",
    "Saya mau tanya, {cert} itu biasanya keluar berapa lama setelah vaksin? Punya saya sudah {w} minggu {notyet}.",
    "Sudah saya cek berkali-kali di {app} tapi {cert} atas nama saya tidak ada.",
    "Kenapa ya {cert} saya {notyet}? Padahal vaksin terakhir saya tanggal {when}.",
    "SAYA SUDAH VAKSIN TAPI {cert} {notyet}. SUDAH {w} MINGGU!! Tolong jangan dipersulit.",
    "Izin melapor, saya penerima vaksin {dlast} di {fac}, tetapi tidak pernah memperoleh {cert}.",
    "{Cert} sy ga ada. Mau dipake buat syarat kerja, tolong dibantu ya.",
    "Saya ini orang tua, tidak paham aplikasi. Anak saya sudah mencarikan {cert} saya di {app} tetapi tidak ketemu.",
    "Nggak ngerti lagi deh, vaksin udah, {cert} {notyet}, sms juga gak pernah ada.",
    "Perihal {cert}: hingga saat ini saya belum menerimanya, padahal vaksin {dlast} sudah saya ikuti pada {when}.",
]
T["id"]["sms_lost"] = [
    "Mungkin dulu ada SMS-nya tapi HP saya sempat rusak dan diganti, nomornya tetap.",
    "Pesan di HP sering saya hapus biar tidak penuh, jadi bisa jadi SMS itu ikut terhapus.",
    "sms dr 1199 kayanya ketimbun sama sms operator, udh gk ada di kotak masuk",
    "HP saya pernah dipinjam cucu dan pesannya dibersihkan semua.",
    "Dulu sempat ada SMS berisi link tapi tidak saya simpan, sekarang sudah hilang.",
    "Saya baru sadar SMS-nya tidak ada lagi setelah HP saya di-update.",
    "Kalau memang SMS-nya sudah dikirim, saya tidak menemukannya lagi di HP.",
    "Ponsel saya kena virus dan harus direset, isinya kosong lagi semua.",
]
T["id"]["no_phone"] = [
    "Saat itu saya didaftarkan kolektif oleh kantor desa, nomor HP tidak ditulis.",
    "Waktu vaksin saya belum punya HP sendiri, jadi kolom nomornya kosong.",
    "Nomor telepon memang tidak saya isi karena HP saya sedang hilang waktu itu.",
    "Di kartu vaksin saya kolom no. HP-nya dikosongkan petugas.",
    "Sy emg gk ngasih no hp pas vaksin, dulu cuma bawa fotokopi KTP.",
    "Saya ikut vaksin door to door, petugasnya hanya mencatat nama dan NIK.",
    "Kami ibu-ibu pengajian didaftarkan sekaligus, nomor HP kami tidak ada yang ditanya.",
    "Waktu itu sy lagi ganti kartu dan lupa nomornya, jadi ga diisi.",
]
T["id"]["resend"] = [
    "Bulan lalu ada perbaikan data dari puskesmas, mohon {cert} versi terbarunya dikirim ke saya.",
    "Yang saya pegang {cert} lama, katanya sudah ada yang baru. Bisa dikirimkan?",
    "Saya butuh {cert} terbaru untuk syarat perjalanan dinas, mohon dikirim ulang.",
    "Tolong kirim ulang dong {cert}nya min, yg baru blm nyampe.",
    "Mohon kiranya dikirimkan kembali {cert} atas nama saya yang sudah diperbaharui.",
    "Petugas bilang {cert} saya sudah diterbitkan ulang, tapi belum ada apa-apa di HP.",
    "Perlu {cert} untuk daftar ulang kuliah, tolong dikirim yang paling baru.",
    "Katanya nomor batch di data saya sudah dibetulkan; {cert} hasil perbaikannya kapan dikirim?",
]
T["id"]["dose_pending"] = [
    "Data {prev} saya sudah ada, tetapi {dose} yang saya terima tanggal {when} belum tercatat.",
    "Kok di {app} status sy masih {prev} ya? Padahal {dose} sdh dari {when}.",
    "Mohon bantuan, {dose} saya di {fac} belum muncul di {app}, yang terbaca baru {prev}.",
    "{Cert} untuk {dose} {notyet}, sedangkan {prev} lancar-lancar saja.",
    "Sudah {w} minggu sejak {dose}, tapi riwayat vaksin saya belum diperbarui.",
    "Saya sudah disuntik {dose} pada {when}. Mengapa yang tercatat hanya sampai {prev}?",
    "{dose} gw ilang min, di {app} cuma ada {prev} doang",
    "Dengan hormat, saya ingin melaporkan bahwa {dose} saya pada tanggal {when} di {fac} belum terinput, "
    "sementara {prev} sudah.",
    "Tiket {dose} sudah saya pakai di {fac}, tetapi {cert}nya belum ada sampai sekarang.",
]
T["id"]["rec_pending"] = [
    "NIK saya dicek di {app} hasilnya belum pernah vaksin, padahal sudah disuntik {dfirst} di {fac}.",
    "Tanggal {when} saya ikut vaksinasi, tapi sampai sekarang data saya {notinput}.",
    "Kata bidan di {fac}, data vaksin saya memang {notinput}.",
    "Di {app} tidak ada riwayat vaksin sama sekali untuk saya, padahal kartu vaksin dari puskesmas saya simpan.",
    "sy vaksin di {fac} {w} minggu lalu tp data sy kosong, ga ada apa2",
    "Status vaksin saya 'belum vaksin' terus, padahal jelas-jelas sudah ikut {dfirst}.",
    "Mohon maaf, data vaksinasi saya tidak ditemukan, meskipun saya sudah divaksin pada {when} di {fac}.",
    "Tiket vaksin saya bahkan belum muncul, {cert} apalagi.",
    "Sudah {w} minggu, data vaksin saya belum ada. Apa petugasnya lupa input?",
]
T["id"]["fix_full_name"] = [
    "Nama saya yang benar {right}, tetapi di {cert} tertera {wrong}.",
    "Mohon koreksi nama di {cert}: bukan {wrong}, tapi {right}.",
    "Ada salah ketik nama di {cert} saya, tertulis {wrong}. Yang sesuai KTP: {right}.",
    "Nama sy di {app} jadi {wrong}, mestinya {right}. Tolong dibenerin.",
    "Ejaan nama di {cert} tidak sesuai dengan KTP, mohon diubah menjadi {right}.",
    "Dengan hormat, nama yang tercantum pada {cert} adalah {wrong}, sedangkan nama saya sesuai e-KTP adalah {right}.",
    "NAMA SAYA {right}!! bukan {wrong}. Kok bisa salah sih",
    "Nama di {cert} salah tulis ({wrong}), mohon disamakan dengan KTP: {right}.",
    "Tertulis {wrong} di {cert}, padahal di KTP {right}. Mohon diperbaiki karena mau dipakai untuk paspor.",
]
T["id"]["fix_birth_date"] = [
    "Tanggal lahir saya di {cert} {wrong}, padahal di KTP {right}.",
    "Mohon diganti tanggal lahirnya, yang benar {right} bukan {wrong}.",
    "Saya lahir {right}. Di {app} malah muncul {wrong}.",
    "Tgl lahir sy salah di data vaksin, harusnya {right}.",
    "Data tanggal lahir yang tertera {wrong}; mohon dikoreksi sesuai akta kelahiran, yaitu {right}.",
    "Tanggal lahir di {cert} beda sama KTP sy, di situ {wrong} padahal {right}.",
    "Mohon maaf, ada kekeliruan tanggal lahir: tercatat {wrong}, seharusnya {right}.",
    "Tanggal lahir yang muncul di {cert} bukan tanggal lahir saya.",
    "Saya kelahiran {right}, tapi di {cert} tertulis lahir {wrong}.",
]
T["id"]["fix_vaccinated_on"] = [
    "Tanggal {dose} di {cert} tertera {wrong}, padahal saya disuntik tanggal {right}.",
    "{Dose} saya bukan tanggal {wrong}, melainkan {right}.",
    "Mohon koreksi tanggal vaksinasi {dose}, yang benar {right} sesuai kartu vaksin.",
    "Di {app} {dose} saya tercatat {wrong}, mestinya {right}.",
    "Tgl {dose} sy salah min, hrsnya {right} bkn {wrong}.",
    "Terdapat perbedaan tanggal {dose} antara kartu vaksin ({right}) dengan {cert} ({wrong}).",
    "Tanggal penyuntikan {dose} yang tercetak tidak sesuai dengan tanggal saya divaksin.",
    "Kok tanggal {dose} sy jadi {wrong}? Sy vaksinnya {right}.",
    "Saya menerima {dose} pada {right}, namun di sertifikat muncul tanggal {wrong}.",
]
T["id"]["fix_vaccine"] = [
    "Vaksin yang saya terima waktu {dose} adalah {right}, tapi di {cert} tertera {wrong}.",
    "Jenis vaksin {dose} saya salah, bukan {wrong} melainkan {right}.",
    "Di {app} tercatat {dose} saya pakai {wrong}, padahal saya disuntik {right}.",
    "Mohon merk vaksin {dose} diganti jadi {right}, sesuai kartu vaksin.",
    "{Dose} sy {right} min, kok ditulis {wrong}?",
    "Kami mohon koreksi nama vaksin pada {cert}: tertulis {wrong}, yang sebenarnya {right}.",
    "Jenis vaksin yang tercantum untuk {dose} tidak sesuai dengan yang saya terima.",
    "Saya disuntik {right} untuk {dose}, bukan {wrong}. Ini penting buat perjalanan ke luar negeri.",
    "Vaksin {wrong}?? Sy gak pernah dapet itu, {dose} sy {right}.",
]
T["id"]["fix_nik"] = [
    "NIK pada {cert} saya tertulis {wrong}, sedangkan NIK di KTP saya {right}.",
    "Mohon perbaikan NIK, yang tercatat {wrong} padahal seharusnya {right}.",
    "NIK sy di data vaksin kok {wrong}? NIK sy yang bener {right}.",
    "Ada satu angka NIK yang berbeda: di {cert} {wrong}, di KTP {right}.",
    "Data vaksin saya masuk dengan NIK {wrong}. Itu bukan NIK saya, NIK saya {right}.",
    "Yang benar NIK saya {right}, bukan {wrong} seperti yang muncul di {app}.",
    "Dengan hormat, terdapat kesalahan input NIK oleh petugas vaksinasi ({wrong}). Mohon diganti dengan NIK "
    "saya {right}.",
    "NIK {wrong} di {cert} itu salah ketik petugas, harusnya {right}.",
    "{Cert} sy keluar pake NIK {wrong}, padahal KTP sy {right}. Gmn benerinnya?",
]
T["id"]["fix_sex"] = [
    "Di {cert}, kolom jenis kelamin saya berisi {wrong}. Saya {right}, Pak/Bu.",
    "Saya ini {right}, tapi di {app} tercatat {wrong}. Mohon diubah.",
    "Mohon ubah jenis kelamin pada {cert} menjadi {right} sesuai KTP.",
    "jk sy ditulis {wrong} min, harusnya {right}",
    "Kolom jenis kelamin di data vaksinasi saya tertulis {wrong}, itu keliru.",
    "Dengan hormat, jenis kelamin yang tercantum pada {cert} tidak sesuai; seharusnya {right}, bukan {wrong}.",
    "Aneh, di {cert} saya dianggap {wrong}. Saya {right}, sesuai KTP.",
    "Di {cert} ada kesalahan jenis kelamin: seharusnya {right}.",
]
T["id"]["phone_changed"] = [
    "Nomor HP yang terdaftar, {old}, {inactive}. Mohon diganti ke {new}.",
    "Sejak tahun lalu saya pindah ke nomor {new}, yang {old} {inactive}.",
    "Tolong perbarui kontak saya ya, {old} diganti {new}.",
    "Kalau SMS-nya dikirim ke {old} ya jelas tidak sampai, nomor itu {inactive}. {Newnum} {new}.",
    "no lama {old} {inactive}, no baru {new}",
    "Dengan hormat, nomor telepon seluler saya telah berganti dari {old} ke {new}. Mohon data saya disesuaikan.",
    "HP lama rusak, kartu {old} {inactive}. {Newnum} {new}.",
    "{old} bukan nomor saya lagi, {newnum} {new}.",
    "Nomor yang dipakai waktu daftar vaksin ({old}) sekarang dipegang orang lain, saya sudah pakai {new}.",
]
T["id"]["phone_lost"] = [
    "Nomor {old} hilang bersama HP saya waktu kecopetan di pasar. Belum ada nomor baru, jadi mohon dibalas lewat "
    "email ini saja.",
    "Kartu SIM {old} rusak dan belum saya ganti, tolong kabari via email.",
    "HP saya jatuh ke sungai, nomor {old} tidak bisa dipakai dulu. Email saja ya.",
    "Saya sudah tidak pegang nomor {old} lagi dan belum beli kartu baru; balas lewat email saja.",
]
T["id"]["contact"] = [
    "Bisa dikirim ke nomor {phone}.", "WA-an aja ke {phone}",
    "Hubungi saya di {phone} kalau ada yang perlu ditanyakan.", "{phone} (hp saya)",
    "Sampai hari ini tidak ada SMS apa pun yang masuk ke {phone}.", "Mohon {cert} dikirim ke {phone} saja.",
    "WA/telp {phone}", "Kalau mau konfirmasi, saya bisa ditelepon ke {phone} (jam kerja).",
]
T["id"]["duplicate"] = [
    "Anehnya {dose} saya di {app} terbaca seperti saya baru mulai vaksin dari awal.",
    "Nomor {other} itu nomor kantor yang saya pakai pas daftar {dose}; mungkin karena itu data saya terpecah.",
    "Saya punya dua riwayat vaksin: satu berhenti di {prev}, satu lagi isinya cuma satu suntikan.",
    "SMS yang datang isinya {cert} {dfirst} lagi, bukan {dose}. Aneh kan?",
    "Kemungkinan data saya ganda; {dose} tercatat di akun lain yang terhubung ke nomor {other}.",
    "Riwayat vaksin saya kok cuma sampai {prev}? {Dose}-nya nyasar ke data lain kayaknya.",
    "Di {app} muncul dua nama saya yang sama persis, masing-masing dengan data vaksin berbeda.",
    "Mohon data vaksin saya digabung, {dose} saya tercatat terpisah sebagai penerima baru.",
]
T["id"]["nik_self"] = ["NIK (sesuai KTP): {nik}", "Ini NIK saya ya {nik}", "Nama lengkap : {name}\nNIK          : {nik}",
                       "Sebagai bahan pengecekan, NIK saya {nik}.", "Data diri saya {name}, NIK {nik}.",
                       "nik: {nik} (punya saya sendiri)", "Saya {name}, pemilik NIK {nik}.",
                       "Nomor identitas (NIK) saya {nik}."]
T["id"]["nik_kk"] = ["KK (Kartu Keluarga) no. {kk}\nNIK yang dipakai vaksin: {nik}", "Saya lampirkan nomor KK {kk} dan NIK saya {nik}.",
                     "KK nomor {kk}, sedangkan NIK saya {nik}.", "Nomor KK keluarga kami {kk}; NIK saya {nik}.",
                     "{kk} itu nomor KK, kalau NIK saya {nik}.", "KK {kk} (kartu keluarga), NIK {nik} (KTP saya)",
                     "Berikut data kependudukan saya: No KK {kk}, NIK {nik}.",
                     "Barangkali perlu, nomor KK saya {kk}. NIK: {nik}."]
T["id"]["phone_record"] = [
    "Waktu daftar vaksin, nomor yang saya cantumkan {phone}.", "Nomor yang saya pakai buat registrasi dulu {phone}.",
    "Coba dicari lewat nomor {phone}, itu nomor yang saya daftarkan.",
    "Nomor ponsel yang tercatat di data vaksin saya mestinya {phone}.", "Data saya terdaftar dengan nomor HP {phone}.",
    "Pas vaksin sy ngisi no {phone} di formulir.", "Saya tidak hafal NIK, tapi nomor HP yang saya daftarkan {phone}.",
    "Silakan cek berdasarkan nomor {phone}, saya mendaftar vaksin dengan nomor itu.",
]
T["id"]["when_where"] = ["Saya ikut vaksin di {fac} pada hari itu, {when}.", "Tempatnya di {fac}, tanggalnya {when}.",
                         "({when}, {fac})", "Vaksin dilakukan tgl {when} di {fac}.",
                         "Sebagai informasi, saya divaksin pada {when} di {fac}."]
T["id"]["ob_intro"] = [
    "Email ini saya kirim atas nama {rel}.", "Mohon maaf, saya ingin menanyakan {cert} milik {rel}.",
    "{Rel} tidak bisa mengurus sendiri, jadi saya yang menghubungi Bapak/Ibu.",
    "Ini bukan untuk saya pribadi, tapi untuk {rel}.", "Sy mau nanyain {cert} {rel} min.",
    "Perkenalkan, saya keluarga dari {rel}. Saya ingin mengadukan masalah {cert}nya.",
    "Tolong bantu {rel} ya, {cert}nya bermasalah.", "Yang saya tanyakan ini data vaksin {rel}, bukan data saya sendiri.",
]
T["id"]["ob_nik"] = ["Punya {relshort} NIK-nya {nik}.", "Atas nama {name}, NIK-nya {nik}.", "NIK-nya {rel} {nik}",
                     "Nomor induk kependudukan {relshort} adalah {nik}.", "{Relshort} namanya {name}, NIK {nik}.",
                     "{nik} (KTP {relshort})", "Ini NIK {relshort}, {nik}, atas nama {name}.",
                     "NIK yang harus dicek punya {relshort}, bukan saya: {nik}."]
T["id"]["ob_generic"] = [
    "Vaksinnya sudah sampai {dlast}, tetapi {relshort} tidak pernah menerima {cert}.",
    "{Cert} atas nama {relshort} tidak bisa ditemukan di {app}.",
    "Sejak vaksin tanggal {when}, {relshort} belum pernah dapat SMS dari 1199.",
    "Kasihan {relshort}, sudah {w} minggu menunggu {cert} tapi belum ada kabar.",
    "Dia butuh {cert} untuk keperluan berobat, tapi belum punya.",
    "{Cert}nya {relshort} ga ada min, udh dicari2.",
    "Menurut {relshort}, vaksinnya di {fac} sudah lengkap, hanya {cert}nya saja yang {notyet}.",
    "Kami sekeluarga sudah dapat, hanya {relshort} yang {cert}nya {notyet}.",
]
T["id"]["ob_pending"] = [
    "{Relshort} ikut vaksin di {fac} tanggal {when}, tapi datanya belum ada sama sekali.",
    "Waktu NIK {relshort} dicek di {app}, muncul keterangan belum vaksin.",
    "Riwayat vaksinasi {relshort} masih nol, padahal sudah disuntik {dfirst}.",
    "Kata petugas, data {relshort} {notinput}.", "Sudah {w} minggu, data vaksin {relshort} belum masuk juga.",
    "{Relshort} punya kartu vaksin dari {fac}, tapi datanya tidak ada di sistem.",
    "data vaksin {relshort} blm ada min, pdhl udh vaksin tgl {when}",
    "Mohon dicek, sepertinya vaksinasi {relshort} pada {when} belum dilaporkan oleh {fac}.",
]
T["id"]["ob_dose"] = [
    "{Prev} {relshort} sudah tercatat, tetapi {dose} pada {when} belum.",
    "{Relshort} sudah {dose} di {fac}, tapi di {app} masih terlihat {prev}.",
    "Data {dose} {relshort} belum masuk, padahal sudah {w} minggu.",
    "Yang tercatat baru sampai {prev}; {dose} belum ada datanya.",
    "{dose} {relshort} ga kecatat min, yg ada cuma {prev}",
    "Mohon ditambahkan data {dose} atas nama {relshort}, disuntik tanggal {when}.",
    "{Cert} {dose} untuk {relshort} {notyet}, padahal {prev} lancar.",
    "Riwayat {relshort} mandek di {prev}, {dose}-nya tidak muncul.",
]
T["id"]["ob_contact"] = ["Nomor HP saya selaku keluarga {phone}.", "Untuk info lebih lanjut bisa ke nomor saya {phone}.",
                         "WA saya (pengirim email): {phone}", "Saya bisa dihubungi lewat {phone}.", "{phone} ini nomor sy, keluarganya",
                         "Telepon saya: {phone}, siang hari biasanya bisa diangkat.",
                         "Apabila Bapak/Ibu memerlukan konfirmasi, nomor saya {phone}.",
                         "Kalau mau telpon, ke sy aja: {phone}"]
T["id"]["two_self"] = [
    "Saya dan {rel} sama-sama vaksin; {cert} {relshort} (NIK {relnik}) sudah keluar, tapi {cert} saya dengan NIK {nik} "
    "{notyet}.",
    "NIK yang benar-benar perlu dicek adalah NIK saya, {nik}. NIK {relnik} itu punya {rel}, sudah tidak ada masalah.",
    "Untuk {rel}, NIK {relnik}, sertifikatnya sudah ada. Saya sendiri (NIK {nik}) belum dapat.",
    "{nik} = NIK saya (belum dapat {cert})\n{relnik} = NIK {relshort} (sudah dapat)",
    "Tolong cek NIK sy {nik} ya min. Yg {relnik} punya {relshort}, udh aman kok.",
    "Anehnya {rel} (NIK {relnik}) langsung dapat SMS, saya (NIK {nik}) tidak.",
    "NIK saya {nik}, sedangkan NIK {relnik} milik {rel} sudah keluar {cert}nya. Hanya punya saya yang {notyet}.",
    "Yang {notyet} itu {cert} atas NIK saya {nik}, kalau {rel} ({relnik}) sih sudah.",
]
T["id"]["typo_fix"] = [
    "Ada koreksi: NIK di email saya sebelumnya ({bad}) salah satu angka, mestinya {nik}.",
    "NIK {bad} yang saya kirim kemarin itu keliru, tolong dipakai {nik} saja.",
    "Ralat ya min, NIK sy {nik}. Yg {bad} salah ketik.",
    "Saya baru sadar NIK yang saya tulis sebelumnya ({bad}) tidak sesuai KTP. Yang sesuai KTP: {nik}.",
    "Bukan {bad} ya, tapi {nik}. Maaf salah pencet.",
    "Email saya yang lalu mencantumkan NIK {bad}, itu salah. Silakan gunakan {nik}.",
    "NIK saya harusnya {nik}, kemarin kepencet jadi {bad}.",
    "Setelah saya cek ulang KTP, NIK saya {nik}, bukan {bad}.",
]
T["id"]["reporter"] = [
    "Nama saya {mename}, NIK saya {menik}. Saya ingin menanyakan {cert} {rel} yang NIK-nya {nik}.",
    "{mename} (NIK {menik}) di sini, mau bantu urus {cert} {rel}. NIK {relshort}: {nik}.",
    "Saya, {mename}, pemegang NIK {menik}, bertindak selaku keluarga dari {rel} (NIK {nik}).",
    "nik {nik} punya {rel} min, sy yg ngurus, {mename} nik {menik}",
    "NIK {nik} itu milik {rel}, yang {cert}nya {notyet}. NIK saya sendiri {menik}.",
    "Dengan hormat, saya {mename} dengan NIK {menik} hendak menanyakan perihal {cert} {rel} dengan NIK {nik}.",
    "Saya menanyakan {cert} {rel}: NIK {nik}. Identitas saya sebagai penanya: {mename}, NIK {menik}.",
    "{Rel} NIK {nik}. Saya yang mengirim email ini, {mename}, NIK {menik}.",
]
T["id"]["listed"] = ["{aname} (nik {anik}) sama {bname} (nik {bnik}), vaksinnya barengan",
                     "Kami berdua vaksin di hari yang sama: {aname} ({anik}) serta {bname} ({bnik}).",
                     "NIK {anik} atas nama {aname} dan NIK {bnik} atas nama {bname}.",
                     "Yang pertama {aname}, nomornya {anik}; yang kedua {bname}, nomornya {bnik}.", "{anik} punya {aname}, {bnik} punya {bname}.",
                     "Untuk {aname} NIK-nya {anik}, untuk {bname} NIK-nya {bnik}.",
                     "Kami dua orang: pertama {aname} ({anik}), kedua {bname} ({bnik})."]
T["id"]["listed_tail"] = ["Yang {notyet} hanya {cert} saya.", "Masalahnya ada di data saya, yang satu lagi normal.",
                          "{Cert} atas nama saya saja yang belum ada, mohon dibantu.",
                          "Tolong dicek yang punya saya ya, yg lain udh dapet.",
                          "Saya sendiri yang belum menerima {cert}.",
                          "Cuma saya yg ketinggalan, yg lain udh dapet sertifikat.",
                          "Mohon perhatikan NIK saya, bukan yang satunya."]
T["id"]["fwd_note"] = ["Mohon maaf saya kirim ulang, email di bawah belum ada balasan sampai hari ini.",
                       "Fwd lagi ya min, udah lama gak direspon.",
                       "Bapak/Ibu, berikut saya lampirkan kembali email saya terdahulu yang belum mendapat jawaban.",
                       "Saya teruskan lagi ke alamat ini, siapa tahu yang kemarin terlewat."]
T["id"]["fwd_note_ob"] = ["Berikut email dari {rel}, mohon bantuannya.", "Ini email asli dari {rel}, saya bantu teruskan.",
                          "{Rel} minta tolong saya menindaklanjuti email ini.",
                          "Mohon dibantu, di bawah ini pengaduan {rel} yang belum dijawab."]
T["id"]["quote_hdr"] = ["Dari: {oname} <{oemail}>\nDikirim: {date}", "Pesan dari {oname} ({oemail}), {date}:"]
T["id"]["desk_hdr"] = ["________________________________\nDari: Layanan Sertifikat Vaksin <sertifikat@certdesk.local>\n"
                       "Tanggal: {date}",
                       "Balasan dari sertifikat@certdesk.local ({date}):"]
T["id"]["noise_person"] = ["Sekalian titip punya kakak ipar saya, NIK {onik}, no HP {ophone}.",
                           "Oh iya, sertifikat tetangga sebelah (NIK {onik}, HP {ophone}) sudah keluar, terima kasih.",
                           "NIK {onik} a.n. bapak saya sudah selesai ya, nomornya {ophone}."]
T["id"]["noise_desk"] = ["Sertifikat atas NIK {onik} telah kami kirimkan ulang melalui SMS ke nomor {ophone}.",
                         "Tiket untuk NIK {onik} kami tutup. SMS berisi tautan sertifikat sudah diterima oleh {ophone}.",
                         "Mohon cek kembali, sertifikat NIK {onik} sudah bisa diunduh; tautan dikirim ke {ophone}."]
T["id"]["ask"] = ["Mohon lampirkan NIK Bapak/Ibu agar data vaksinasi dapat kami telusuri.",
                  "Untuk proses lebih lanjut, mohon balas dengan NIK (16 digit) dan nomor HP yang dipakai saat vaksin.",
                  "Kami belum bisa menemukan data Anda. Silakan kirimkan NIK sesuai KTP."]
T["id"]["footer"] = ["Dikirim dari Samsung Galaxy saya", "Dikirim dari ponsel vivo", "Dikirim dari Outlook untuk iOS",
                     "Dikirim dari realme saya"]

# --- English: office English, Indonesians abroad, the occasional all-lowercase note ----------
T["en"]["greet"] = ["Dear Sirs,", "Good day,", "Hello team,", "Hi, hope you are well.", "Dear Health Ministry helpdesk,",
                    "Attn: vaccine certificate team,", ""]
T["en"]["close"] = ["Appreciate your time.", "Kind thanks,", "Looking forward to hearing from you,",
                    "Thanking you in advance,", "Take care,", "Rgds,"]
T["en"]["subject"] = ["No vaccine certificate yet", "Missing COVID-19 certificate - please help", "where's my cert??",
                      "Enquiry: vaccination certificate not issued", "Can't find my vaccine certificate"]
T["en"]["subject_fix"] = ["Wrong details on my vaccine certificate", "Certificate data correction request",
                          "Mistake on vaccination certificate"]
T["en"]["subject_phone"] = ["Mobile number change", "Registered number no longer in use",
                            "New phone number for my certificate"]
T["en"]["generic"] = [
    "I had my {dlast} a while ago but I still don't have a {cert}.",
    "I've checked {app} several times and my {cert} {notyet}.",
    "Could someone explain why my {cert} {notyet}? My last shot was on {when}.",
    "I need my {cert} for work and it {notyet} - it's been {w} weeks.",
    "Still no {cert} for me, even though I was fully vaccinated at {fac}.",
    "hi, my {cert} never came. what should i do?",
    "This is the third time I'm writing: my {cert} {notyet}!",
    "I'm an Indonesian living in Singapore and I'm trying to get my {cert}, but it {notyet}.",
    "I was vaccinated {w} weeks ago. No SMS, no {cert}.",
]
T["en"]["sms_lost"] = [
    "It's possible the SMS came and I deleted it without reading.",
    "My phone was replaced under warranty (same number) and none of my messages carried over.",
    "I clear out my messages often, so the text may be gone.",
    "My son was tidying up my phone and may have removed it.",
    "I remember a text from 1199 but can't find it any more.",
    "The SMS probably ended up mixed in with all the spam I get.",
    "I had to factory-reset my handset, which wiped my inbox.",
    "If a link was sent, I no longer have it.",
]
T["en"]["no_phone"] = [
    "I didn't write down a phone number on the registration form.",
    "I was registered by my employer in a batch and no mobile number was included.",
    "At the time I didn't own a phone.",
    "The vaccination team only took my ID card, not my number.",
    "I left the phone number blank because my old SIM had just expired.",
    "My number was never put on the form, I'm afraid.",
    "I got my shot through a village drive where they didn't ask for numbers.",
    "I don't think any phone number was ever linked to my registration.",
]
T["en"]["resend"] = [
    "My record was corrected last month; could you send me the new {cert}?",
    "I'm told a newer {cert} exists for me but I haven't received it.",
    "Please re-send the {cert}, I need the updated one for my trip.",
    "The clinic fixed something in my data, but no fresh {cert} has come.",
    "Could you push the latest {cert} to me again?",
    "My employer needs the current version of the {cert}.",
    "I was informed my certificate had been reissued, but nothing arrived.",
    "Kindly resend my {cert} once more.",
]
T["en"]["dose_pending"] = [
    "My {prev} shows up fine but the {dose} I got on {when} doesn't.",
    "I had the {dose} at {fac} and it's still not in {app}.",
    "The system seems to think I stopped at the {prev}, but I've had the {dose}.",
    "It's been {w} weeks since my {dose} and the record hasn't been updated.",
    "Could you check my {dose}? Only the {prev} is recorded.",
    "I've received a {cert} for my {prev}, nothing for the {dose}.",
    "Why isn't my {dose} ({when}) showing?",
    "I got the {dose} on {when}, but the {cert} for it {notyet}.",
]
T["en"]["rec_pending"] = [
    "{App} shows no vaccination at all for me, though I had my {dfirst} on {when}.",
    "The staff at {fac} told me my data {notinput}.",
    "There is no trace of my vaccination anywhere in the system.",
    "I got vaccinated {w} weeks ago but my record is still empty.",
    "My status says 'not vaccinated', which is simply wrong.",
    "I have the vaccination card from {fac}, but online there's nothing.",
    "My NIK doesn't bring up any vaccination data.",
    "My vaccination from {when} {notinput}.",
]
T["en"]["fix_full_name"] = [
    "My name is spelled wrong on the {cert}: it says {wrong}, but it should be {right}.",
    "The name on my {cert} is {wrong}. My real name is {right}.",
    "Please change {wrong} to {right} - that's how my name appears on my KTP.",
    "{App} has my name as {wrong}, which is incorrect; it's {right}.",
    "There's a typo in my name on the record. The correct spelling is {right}.",
    "I'm {right}, not {wrong}. Please fix the spelling.",
    "It says {wrong} on my {cert} but it should be {right}.",
    "Both my passport and ID card say {right}; your record says {wrong}.",
]
T["en"]["fix_birth_date"] = [
    "My birth date shows as {wrong} but it should be {right}.",
    "The {cert} gives my birthday as {wrong}. My actual date of birth is {right}.",
    "My real date of birth is {right}; please put that in.",
    "Wrong DOB on file ({wrong}); mine is {right}.",
    "The birth date in {app} doesn't match my ID.",
    "My date of birth was entered incorrectly as {wrong}.",
    "It should say {right} for my date of birth, not {wrong}.",
    "Could you amend my birthdate? {wrong} is wrong, {right} is right.",
]
T["en"]["fix_vaccinated_on"] = [
    "The date of my {dose} is wrong on the {cert}: it says {wrong}, it should be {right}.",
    "I received my {dose} on {right}, but {app} shows {wrong}.",
    "My {dose} date needs correcting to {right}.",
    "The {cert} has {wrong} for the {dose}, which isn't the day I was vaccinated.",
    "{right} is the real date of my {dose}; {wrong} is wrong.",
    "Could the {dose} date be changed? Recorded: {wrong}. Actual: {right}.",
    "Incorrect date on my {dose}, my vaccination card shows {right}.",
    "The {dose} date on my record is off - {wrong} instead of {right}.",
]
T["en"]["fix_vaccine"] = [
    "For my {dose} I got {right}, but the {cert} shows {wrong}.",
    "The vaccine for my {dose} is listed as {wrong}; it was actually {right}.",
    "I never had {wrong}. My {dose} was {right}.",
    "The {cert} has the wrong vaccine brand for my {dose}.",
    "{App} says {wrong} for my {dose}; should say {right}.",
    "Wrong vaccine recorded for the {dose}. It should be {right}.",
    "It says I got {wrong} but the {dose} was {right} according to my card.",
    "My card from the clinic says {right} for the {dose}, yet the {cert} says {wrong}.",
]
T["en"]["fix_nik"] = [
    "My NIK on the {cert} is {wrong}, but my real NIK is {right}.",
    "The {cert} was made out to NIK {wrong}. The correct NIK is {right}.",
    "There's a one-digit error in my NIK: {wrong} should read {right}.",
    "My vaccination data sits under {wrong}, which is not my ID number ({right}).",
    "The staff entered my NIK as {wrong}.",
    "It says NIK {wrong} on the {cert}, mine is {right}.",
    "NIK {wrong} needs to become {right} - that's the one on my KTP.",
    "{wrong} is not my NIK - my KTP reads {right}.",
]
T["en"]["fix_sex"] = [
    "The {cert} lists my gender as {wrong}, but it should be {right}.",
    "Gender field shows {wrong}. Should be {right}.",
    "Gender on the {cert}: {wrong}. Correct gender: {right}.",
    "Please change my gender to {right}.",
    "The record has the wrong gender for me.",
    "On {app} my gender appears as {wrong} - please fix.",
    "My sex on the {cert} reads {wrong}; my KTP says {right}.",
    "Small error: gender {wrong} instead of {right}.",
]
T["en"]["phone_changed"] = [
    "The number I registered with, {old}, {inactive}. Please use {new}.",
    "I changed my number: old one {old}, new one {new}.",
    "{old} {inactive}, so nothing sent there reaches me. {Newnum} {new}.",
    "Could you swap my number on file from {old} to {new}?",
    "Since last year I've been on {new}; {old} {inactive}.",
    "Just so you know, {old} {inactive} and I'm now on {new}.",
    "I lost access to {old} when I moved; {newnum} {new}.",
    "old no. {old} - dead. new no. {new}",
]
T["en"]["phone_lost"] = [
    "My phone with {old} was stolen and I haven't got a new SIM yet. Please reply by email.",
    "{old} is gone (phone fell in the sea) and I have no new number, so email is best.",
    "I can no longer receive anything on {old} and don't have another number; please write back here.",
]
T["en"]["contact"] = ["Please text it to {phone}.", "My phone: {phone}", "I can be contacted at {phone}.",
                      "You can WhatsApp me at {phone}.", "Nothing has come through on {phone} so far.",
                      "Send the {cert} to {phone}, please.", "Number: {phone}", "Give me a ring on {phone} if needed."]
T["en"]["duplicate"] = [
    "Somehow my {dose} became a brand-new vaccination record of its own.",
    "For the {dose} I registered with my office phone, {other}; I think that's why it's split.",
    "There are two records with my name; the {dose} is on the other one.",
    "My main record only goes up to the {prev}.",
    "I got a text for a {dfirst} again after my {dose}.",
    "Please merge my records - my {dose} ended up separate from my {prev}.",
    "It looks like the {dose} was filed as if I were a new person.",
    "Two profiles, one person: the {dose} sits on a profile linked to {other}.",
]
T["en"]["nik_self"] = ["NIK: {nik} (mine)", "My ID number (NIK) is {nik}.", "Full name as on KTP: {name}; NIK {nik}", "My KTP/NIK: {nik}",
                       "Here's my NIK for checking: {nik}", "NIK (16 digit): {nik}", "This is {name} writing; my NIK is {nik}."]
T["en"]["nik_kk"] = ["Our family card says {kk}; the NIK I was vaccinated with is {nik}.", "KK {kk} (family), NIK {nik} (mine)",
                     "In case you need it, our KK number is {kk}; my own NIK is {nik}.", "kk: {kk} (keluarga)\nktp sy: {nik}",
                     "Family registration number {kk}, personal ID number {nik}.",
                     "The KK is {kk}. The NIK you need is {nik}."]
T["en"]["phone_record"] = ["The phone number I gave at registration was {phone}.", "My record should be under {phone}.",
                           "I don't have my NIK to hand, but my registered number is {phone}.",
                           "Please look me up by {phone}.", "On the vaccination form I put {phone}.",
                           "{phone} is the number my vaccination was booked with.",
                           "Mobile used for registration: {phone}"]
T["en"]["when_where"] = ["The jab was given by {fac} on {when}.", "{when}, at {fac}.", "I was jabbed at {fac}, {when}.",
                         "For reference: {fac}, {when}."]
T["en"]["ob_intro"] = [
    "I'm writing about {rel}'s {cert}.", "Sorry to trouble you, this is about {rel}.",
    "{Rel} isn't able to do this online, so I'm helping.", "I'd like to ask about {rel}'s vaccination record.",
    "I'm the family member handling things for {rel}.", "Please note this concerns {rel}, not myself.",
    "Could you help {rel}? Their {cert} is the problem.",
    "Hi, I'm contacting you about a problem with {rel}'s {cert}.",
]
T["en"]["ob_nik"] = ["{Relshort} is registered under NIK {nik}.", "Their name is {name} and their NIK is {nik}.", "{name}'s NIK is {nik}.",
                     "The NIK to check is {nik} - that's {relshort}'s.", "ID card number of {name}: {nik}",
                     "NIK {nik}, belongs to {relshort}.", "Here is {relshort}'s KTP number: {nik}"]
T["en"]["ob_generic"] = [
    "{Relshort} had the {dlast} but never received any {cert}.", "There's nothing for them in {app}.",
    "They've been waiting {w} weeks and still no {cert}.", "They never got the SMS with the link.",
    "{Relshort}'s {cert} {notyet}.", "I searched for their {cert} on their behalf - nothing.",
    "{Relshort} was vaccinated at {fac} on {when}, but no {cert} has come.",
    "They need the {cert} for a hospital appointment and don't have it.",
]
T["en"]["ob_pending"] = [
    "{Relshort} was vaccinated on {when} at {fac}, but there's no record of it.",
    "Their status in {app} says not vaccinated.", "The health centre said their data {notinput}.",
    "{Relshort}'s vaccination history is completely empty.",
    "They had the {dfirst} {w} weeks ago and nothing has been recorded.",
    "When I check their NIK, no vaccination comes up.", "They have the paper card from {fac}, but nothing online.",
    "It seems {fac} never reported their vaccination.",
]
T["en"]["ob_dose"] = [
    "{Relshort} has the {prev} recorded, but not the {dose}.",
    "They got the {dose} on {when} at {fac} and it's not there.",
    "Their history ends at the {prev} even though they went for the {dose}.",
    "The {dose} for {relshort} is missing from {app}.", "Please add {relshort}'s {dose}; only the {prev} shows.",
    "{Relshort} had the {dose} {w} weeks ago, still not recorded.",
    "There's a {cert} for the {prev} but none for the {dose}.",
    "The {dose} that {relshort} received on {when} hasn't been entered.",
]
T["en"]["ob_contact"] = ["You can reach me (the sender) on {phone}.", "The number to call is mine: {phone}.",
                         "If anything is needed, my phone is {phone}.", "My WA: {phone}",
                         "I'm the best person to contact: {phone}.", "Ring me on {phone} during office hours.",
                         "Writer's mobile: {phone}"]
T["en"]["two_self"] = [
    "{Rel} and I both got vaccinated; {relshort}'s {cert} ({relnik}) came, mine (NIK {nik}) {notyet}.",
    "The NIK with the problem is mine, {nik}. {relnik} is {rel}'s and it's fine.",
    "{Rel} (NIK {relnik}) got the SMS right away. I (NIK {nik}) did not.",
    "Mine: {nik} - no {cert}.\n{Rel}: {relnik} - OK.",
    "Please check {nik}, which is my NIK. {Rel}'s NIK {relnik} doesn't need anything.",
    "It's my {cert} that {notyet} (NIK {nik}); {relshort}'s, NIK {relnik}, arrived ages ago.",
    "{Relshort}'s NIK is {relnik} and their {cert} is fine. Mine is {nik} and I have nothing.",
    "Not {relnik} ({rel}, already sorted) but {nik} - that's me.",
]
T["en"]["typo_fix"] = [
    "Correction to my last email: my NIK is {nik}, I wrote {bad} by mistake.",
    "I mistyped my NIK earlier as {bad}. It's {nik}.", "Ugh, fat fingers - not {bad}, it's {nik}.",
    "{bad} was wrong, my real NIK: {nik}.", "Having double-checked my KTP, my NIK is {nik} rather than {bad}.",
    "Please use {nik}. The {bad} I sent earlier has a wrong digit.", "Earlier mail had {bad}; it should have been {nik}.",
    "NIK fix: {bad} -> {nik}",
]
T["en"]["reporter"] = [
    "This is {mename} writing (NIK {menik}). {Rel} is the one without a {cert}; NIK {nik}.",
    "Sender details: {mename}, NIK {menik}.\nWhose certificate: {rel}, NIK {nik}.",
    "I'm contacting you as {rel}'s next of kin - I'm {mename}, NIK {menik}; {relshort}'s NIK is {nik}.",
    "NIK {nik} belongs to {rel}, who still has no {cert}. For your records I'm {mename}, NIK {menik}.",
    "Name: {mename} / NIK: {menik} (me)\nFor: {rel} / NIK: {nik}",
    "I ({mename}, {menik}) would like to follow up on {rel}'s {cert}; their NIK is {nik}.",
    "As {rel}'s family member ({mename}, NIK {menik}), I'm asking about NIK {nik}.",
]
T["en"]["listed"] = ["Person 1: {aname}, {anik}. Person 2: {bname}, {bnik}.",
                     "The two of us are {aname}, {anik}, and {bname}, {bnik}.",
                     "NIK {anik} is {aname}'s, NIK {bnik} is {bname}'s.", "First {aname} with {anik}, then {bname} with {bnik}.",
                     "{anik} -> {aname}\n{bnik} -> {bname}",
                     "Both vaccinated at the same place: {aname} with NIK {anik}, {bname} with NIK {bnik}.",
                     "{aname}'s ID is {anik} and {bname}'s is {bnik}."]
T["en"]["listed_tail"] = ["The other one is OK - it's mine that {notyet}.", "Of the two, only my {cert} is the problem.",
                          "I'm the one without a {cert}.", "My family member got theirs; I didn't.",
                          "It's just me who's missing it.", "Please look at my record only.",
                          "Everything is fine for the other person, not for me."]
T["en"]["fwd_note"] = ["Resending, as I haven't had any reply to the message below.", "Bumping this - still waiting.",
                       "Forwarding again in case my first email got lost.", "Please see below, I sent this a while ago."]
T["en"]["fwd_note_ob"] = ["Passing on {rel}'s email below.", "Forwarding this for {rel}, who hasn't had an answer.",
                          "{Rel} wanted me to forward this to you.", "Original message from {rel} is below."]
T["en"]["quote_hdr"] = ["From: {oname} <{oemail}>\nDate: {date}", "{date}, {oname} <{oemail}>:"]
T["en"]["desk_hdr"] = ["________________________________\nFrom: Vaccine Certificate Helpdesk <sertifikat@certdesk.local>\n"
                       "Sent: {date}",
                       "Reply from sertifikat@certdesk.local on {date}:"]
T["en"]["noise_person"] = ["Also, my aunt's is already fine (NIK {onik}, {ophone}).",
                           "Could you look at my colleague's too? NIK {onik}, tel {ophone}.",
                           "My brother-in-law: NIK {onik}, number {ophone}."]
T["en"]["noise_desk"] = ["An SMS with the certificate link for NIK {onik} went out to {ophone} today.",
                         "We have closed the ticket for NIK {onik}; delivery to {ophone} was confirmed.",
                         "NIK {onik}: certificate available, notification sent to {ophone}."]
T["en"]["ask"] = ["Please reply with your 16-digit NIK so we can look up your vaccination data.",
                  "We could not find your record. Kindly send your NIK and the mobile number used at registration.",
                  "Which NIK should we check? Please reply with the number on your KTP."]
T["en"]["footer"] = ["Sent from my Samsung Galaxy smartphone.", "Sent from Proton Mail mobile", "Sent from my OnePlus"]

# --- mixed Indonesian/English ------------------------------------------------------------
T["mix"]["greet"] = ["Pagi min, hello.", "Hi bu/pak,", "Hallo team kemenkes,", "Dear bapak/ibu,"]
T["mix"]["close"] = ["Thank you ya min.", "Tq, salam.", "Best, makasih.", "Thanks before ya."]
T["mix"]["generic"] = [
    "Min sorry mau tanya, my {cert} kok {notyet} ya?",
    "Halo, saya udah full vaccinated tapi {cert} {notyet}. Please check ya.",
    "Urgent min, butuh {cert} for travel next week tapi {notyet}.",
    "I already got the {dlast} tapi {cert} nya nggak ada di {app}.",
    "Min, it's been {w} weeks, {cert} saya {notyet}, help pls.",
    "Guys, {cert} ku {notyet}. Vaksin di {fac} on {when}.",
]
