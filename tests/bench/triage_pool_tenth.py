"""The triage benchmark's tenth phrase pool, `tenth` (imported by gen_triage.py).

Written blind, as a further honest held-out measure: by a helper who read neither
certdesk's rules (its sources, lexicons, tests or docs) nor any mail, benchmark output or
git history the product produced. It read only gen_triage.py (in pieces: its header, the
pool merging and the disjointness check, the Writer, the scenario methods and what each
gives its templates, and self_check), triage_pool_ninth.py for the interface only (its
docstring and its two formatters were read; its tables were listed by a script that printed
their names, keys, slot names and counts, never a template's wording; the script's output also
showed the ninth pool's sex words and its relatives' sex/generation codes), and
check_triage_independent.py for the wiring (it was run with its output hidden but for the
exit status, so no rule phrase was seen). The wording is new, written fresh: gen_triage.py
checks at start-up that it shares no multi-word phrase with `dev`, `heldout`, `fresh`,
`fourth`, `fifth`, `sixth`, `seventh`, `eighth` or `ninth`, and the helper compared its lines
against those pools by script (any shared run of six words, five of them not slots),
printing only its own lines, and rewrote every one that ran alike.

The voices: Balinese ("tiang", "Om Swastyastu", "suksma"), Acehnese ("lon", "droeneuh"),
Madurese ("kaule", "sakalangkong"), Manado Malay ("kita" for I, "ngana", "nyanda", "so"),
Kupang Malay ("beta", "sonde", "su", "pung"), Banjar ("ulun", "kada", "handak"), Chinese-
Indonesian Jakarta speakers ("gua", "cici", "koko", "engkong", "papi"), nurses, midwives,
village heads and RT chairmen writing for residents and patients, migrant workers in
Malaysia, Hong Kong, Taiwan and Saudi Arabia mixing Indonesian, English and Malay
("tak boleh", "majikan", "kat sini"); long rambling mails and terse one-liners; the NIK in
a form-like layout ("NIK : ...") or a signature; typos, missing punctuation, ALL CAPS and
voice-to-text without punctuation.

Constraints kept from gen_triage.py (each template keeps the meaning of its scenario):
  every fix_* template names the field and quotes both {wrong} (what the certificate or
  the record says) and {right} (what it should say); fix_vaccinated_on and fix_vaccine
  name the {dose};
  nik_kk puts {kk} before {nik};
  two_self names {nik} (the writer's, the one with the problem) and {relnik} (the
  relative's, which is fine); reporter names {menik} (the writer, whose own certificate is
  fine) and {nik} (the relative the mail is about); listed names {anik} and {bnik} in
  either order without saying whose is whose, and listed_tail points at "mine"; typo_fix
  names {bad} (mistyped earlier) and {nik} (the right one);
  phone_changed says which number is the old (registered, dead) one and which the new;
  phone_lost quotes {old} and gives no new number;
  contact and ob_contact call their number neither old nor new (it may be either);
  the hint keys (sms_lost, no_phone, resend), listed_tail, greet, close, subjects,
  fwd_note, ask and footer get fillers only ({cert}, {app}, {notyet}, ...), no values;
  duplicate gets {dose}, {prev}, {other}, {dfirst} (no {when}, {fac}, {w} or {dlast});
  dose_pending and ob_dose never use {dlast} or {dfirst};
  rec_pending and ob_pending never use {dfirst};
  no template carries a digit of its own.

Tables, each for this pool alone (gen_triage.py files them under the key "tenth"):
  T          templates by language ("id", "en", "mix") and key
  FILL       slot fillers ({cert}, {app}, {notyet}, ...) by language
  DOSE       how a dose is named, by language and dose number
  REL        relatives and residents: (written, short, sex, generation)
  VAXNAME    vaccine names as citizens write them, by brand code
  SLANG      chat abbreviations applied to informal Indonesian
  SEX_WORDS  words for the sexes, by language
and two formatters, phone_shapes() and date_formats(), for this pool's own ways of
writing a mobile number and a date. Standard library only; nothing here looks around the
repository.
"""

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
BULAN3 = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGS", "SEP", "OKT", "NOV", "DES"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"0{a}/{b}{c}", f"+62 {a}.{b}.{c}", f"(+62){a}{b}{c}", f"0{a} {b} {c[:2]} {c[2:]}",
            f"62 {a} {b[:2]} {b[2:]} {c}", f"0 {a}-{b}-{c}", f"+62-{a} {b} {c}", f"0{a}{b[:2]}-{b[2:]}{c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    if lang == "id":
        return [lambda: f"{d.day}-{BULAN3[m]}-{d.year}",
                lambda: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
                lambda: f"{d.day} {BULAN[m]}, {d.year}",
                lambda: f"{d.year}/{d.month:02d}/{d.day:02d}",
                lambda: f"{HARI[d.weekday()].upper()}, {d.day} {BULAN[m].upper()} {d.year}",
                lambda: f"{d.day} {BULAN[m][:3]}. {d.year}"]
    return [lambda: f"{MONTH[m][:3]}. {d.day}, {d.year}",
            lambda: f"{d.day} {MONTH[m]}, {d.year}",
            lambda: f"{d.year}-{MONTH[m][:3]}-{d.day:02d}",
            lambda: f"{WEEKDAY[d.weekday()][:3]}, {MONTH[m]} {d.day} {d.year}",
            lambda: f"{d.day}.{MONTH[m][:3].upper()}.{d.year}",
            lambda: f"{d.day:02d} {MONTH[m][:3].lower()} {d.year}"]


FILL = {
    "id": {
        "cert": ["sertifikat vaksin korona", "sertipikat vaksinasi korona", "surat keterangan sudah vaksin", "e-sertifikat vaksinasi Covid",
                 "sertifikat digital vaksin", "serti vaksinasi", "sertifikat vaksinasi COVID", "kartu vaksin elektronik",
                 "bukti vaksinasi versi digital", "sertifikat vaksin terbitan Kemenkes"],
        "app": ["aplikasi SatuSehat Mobile", "app PeduliLindungi di HP", "SATUSEHAT", "aplikasi Peduli Lindungi versi baru",
                "PL di hp", "laman pedulilindungi.id di browser", "aplikasi SATUSEHAT yang baru"],
        "notyet": ["tidak kunjung muncul", "masih kosong melompong", "belum nongol juga", "belum tampil-tampil",
                   "tak ada juga", "masih belum terbit", "belum kelihatan sama sekali", "nyanda ada-ada"],
        "req": ["Mohon kiranya dapat dibantu Bapak/Ibu petugas.", "Besar harapan kami agar keluhan ini segera ditindaklanjuti.",
                "Tolong dibantu ya, saya perlu sekali untuk syarat kerja.", "Suksma atas bantuannya.",
                "Sakalangkong sebelumnya atas bantuannya.", "Terima kasih banyak, semoga cepat dibalas.",
                "Atas perhatian dan kerja samanya diucapkan terima kasih.", "Tolong ya kak, sudah lama menunggu.",
                "Beta tunggu kabar baiknya.", "Kami tunggu balasannya secepatnya."],
        "fixreq": ["Mohon datanya dibetulkan.", "Tolong diganti dengan yang benar ya kak.", "Bagaimana prosedur pembetulannya?",
                   "Mohon dilakukan koreksi pada data tersebut.", "Bisa dibetulkan dari pusat kah?",
                   "Kalau harus datang ke puskesmas untuk memperbaiki, tolong dikabari.", "Mohon disesuaikan dengan KTP.",
                   "Mohon diubah agar sama dengan data kependudukan."],
        "inactive": ["sudah tidak saya pakai lagi", "sudah lama sekali mati", "hangus karena lama tidak diisi pulsa",
                     "sudah tidak bisa menerima SMS", "kartu SIM-nya sudah saya buang", "sudah ditutup permanen",
                     "hilang bersama HP yang dicuri", "sudah tidak berlaku lagi"],
        "newnum": ["sekarang nomor HP saya", "nomor yang saya pakai sekarang ini", "sekarang pakai nomor", "nomor pengganti yang saya pakai",
                   "nomor HP terbaru saya", "sekarang bisa dihubungi di nomor", "nomor yang aktif sekarang ini"],
        "notinput": ["belum dimasukkan ke sistem", "belum di-entry petugas", "belum dilaporkan puskesmas",
                     "belum masuk data pusat", "belum diunggah petugas", "belum terekam di sistem", "belum diinput juga",
                     "belum tercatat di pusat"],
    },
    "en": {
        "cert": ["Covid-jab certificate", "Covid jab cert", "digital vaccination pass", "vaccine cert (digital)",
                 "e-cert for the vaccination", "covid vaccination certificate", "vaxx certificate", "digital vaccine card"],
        "app": ["SatuSehat Mobile app", "SATUSEHAT Mobile on my handphone", "the PeduliLindungi application on Android", "PL app on my phone", "the Peduli Lindungi app",
                "the pedulilindungi.id site", "the new SatuSehat application"],
        "notyet": ["is still not showing up for me", "still doesn't appear", "never came", "is missing still", "has not come out until now",
                   "is not there at all", "still shows nothing", "is yet to appear"],
        "req": ["Kindly assist, thank you.", "Looking forward to hearing from your team.", "Appreciate your help on this matter.",
                "I need it for my work visa, so please help soon.", "Thank you in advance for your kind help.",
                "Your prompt assistance would mean a lot.", "Hoping for a fast response.", "Many thanks for checking."],
        "fixreq": ["Please have it corrected.", "Kindly amend the data.", "How do I get this fixed from abroad?",
                   "Could you correct it on your system?", "Please change it to match my ID card.",
                   "What documents do you need to correct this?", "Please rectify the record.", "Kindly fix this entry."],
        "inactive": ["is no longer active at all", "has been dead for many months", "was cut off by the provider",
                     "expired because I am abroad", "cannot receive SMS anymore", "was lost with my old phone",
                     "is not mine anymore", "was closed down"],
        "newnum": ["my number nowadays is", "these days I am using", "my current mobile is", "my replacement SIM number is",
                   "you can reach me now on", "the number I use today is", "my line that works is"],
        "notinput": ["has not been entered yet", "was never uploaded at all", "is not in the system yet", "has not been keyed in by the clinic",
                     "was not reported by the puskesmas", "has not been recorded centrally", "is still not uploaded"],
    },
}

DOSE = {
    "id": {1: ["vaksinasi yang pertama", "dosis nomer satu", "suntikan yang perdana", "vaksin tahap satu"],
           2: ["vaksinasi yang kedua", "dosis nomer dua", "suntikan nomor dua", "vaksin tahap dua"],
           3: ["vaksin yang ketiga", "dosis nomer tiga", "booster (dosis ketiga)", "suntikan penguat"]},
    "en": {1: ["shot number one", "dose one", "1st jab", "the initial dose"],
           2: ["shot number two", "jab number two", "second covid shot", "the follow-up dose"],
           3: ["3rd covid shot", "booster jab (3rd)", "third covid jab", "booster vaccine"]},
}

# (written, short, sex of the relative, age: older/younger generation, same, sibling)
REL = {
    "id": [("uma ulun", "uma", "F", "older"), ("abah ulun", "abah", "M", "older"),
           ("meme tiang", "meme", "F", "older"), ("aji tiang", "aji", "M", "older"),
           ("mak lon", "mak", "F", "older"), ("ebu' kaule", "ebu'", "F", "older"),
           ("mama kita", "mama", "F", "older"), ("beta pung bapa", "bapa", "M", "older"),
           ("engkong gua", "engkong", "M", "older"), ("papi saya", "papi", "M", "older"),
           ("ibu mertua tiang", "ibu mertua", "F", "older"), ("bapak mertua ulun", "bapak mertua", "M", "older"),
           ("salah satu warga lansia kami", "beliau", None, "older"), ("pasien lansia kami", "pasien kami", None, "older"),
           ("anak sulung tiang", "anak tiang", None, "younger"), ("anak bungsu ulun", "anak ulun", None, "younger"),
           ("anak gadis beta", "anak gadis", "F", "younger"), ("anak laki-laki kaule", "anak kaule", "M", "younger"),
           ("kakak laki-laki ulun", "kakak", "M", "sibling"), ("adik paling bungsu saya", "adik", None, "sibling"),
           ("cici gua", "cici", "F", "sibling"), ("koko gua", "koko", "M", "sibling"),
           ("bli tiang", "bli", "M", "sibling"), ("kaka nona beta", "kaka", "F", "sibling"),
           ("sepupu saya", "sepupu", None, "same"), ("ipar ulun", "ipar", None, "same")],
    "en": [("my mom back home", "my mom", "F", "older"), ("my elderly father-in-law", "my father-in-law", "M", "older"),
           ("my ama", "Ama", "F", "older"), ("my grandma in Bali", "grandma", "F", "older"),
           ("my papa", "papa", "M", "older"), ("one of our elderly patients", "the patient", None, "older"),
           ("an elderly resident of our village", "the resident", None, "older"),
           ("my eldest", "my eldest", None, "younger"), ("my younger boy", "my boy", "M", "younger"),
           ("our daughter", "our girl", "F", "younger"), ("my big bro", "my brother", "M", "sibling"),
           ("my kid sister", "my sis", "F", "sibling"), ("my older cici", "cici", "F", "sibling"),
           ("my cousin in Surabaya", "my cousin", None, "same"), ("my brother-in-law in Medan", "my brother-in-law", "M", "same")],
}

VAXNAME = {
    "coronavac": ["SinoVac", "Sinovac China", "CORONAVAC"],
    "astrazeneca": ["Astrazeneka", "ASTRA ZENECA", "Vaxzevria"],
    "comirnaty": ["Pfizer/BioNTech", "PFIZER", "Comirnaty - Pfizer"],
    "moderna": ["MODERNA", "Spikevax (Moderna)", "Moderna mrna"],
    "sinopharm": ["SINOPHARM", "BBIBP-CorV Sinopharm", "SinoPharm Beijing"],
    "biofarma": ["IndoVac", "Biofarma (IndoVac)", "BIO FARMA"],
    "sputnik-v": ["SputnikV (Rusia)", "Gamaleya (Sputnik V Rusia)"],
    "convidecia": ["Cansino (China)", "CONVIDECIA"],
    "novavax": ["NOVAVAX", "Covovax"],
}

SLANG = {"saya": ["sy", "sya"], "sudah": ["sdh", "udah", "dah"], "belum": ["blm", "blom"],
         "tidak": ["tdk", "gak", "ndak"], "yang": ["yg"], "dengan": ["dgn", "dg"],
         "untuk": ["utk", "buat"], "karena": ["krn", "soalnya"], "tapi": ["tp", "tpi"], "sekarang": ["skrg", "skrng"],
         "tanggal": ["tgl"], "nomor": ["no", "nmr", "nomer"], "sertifikat": ["sertif", "srtfkt"],
         "bagaimana": ["gmn", "gimana"], "kenapa": ["knp", "napa"], "terima kasih": ["tq", "makasih", "trimakasih"],
         "tolong": ["tlg", "tolongin"], "mohon": ["mhn"], "bisa": ["bs", "bisa"], "lagi": ["lg"], "kalau": ["kalo", "klo"],
         "juga": ["jg"], "minggu": ["mgg", "mg"], "bulan": ["bln"], "vaksin": ["vaksen", "faksin", "vaxin"],
         "pakai": ["pake"], "dapat": ["dpt", "dapet"], "sampai": ["smp", "sampe"], "bapak": ["bpk", "pak"],
         "masih": ["msh"], "tahun": ["thn"], "dari": ["dr"], "atau": ["atw", "ato"], "saja": ["aja", "sj"],
         "pernah": ["prnh"], "sekali": ["skali", "bgt"], "kami": ["kmi"], "mau": ["mo", "mao"], "begitu": ["gitu"],
         "terus": ["trs", "trus"], "sama": ["sm"], "harus": ["hrs"], "nama": ["nm"], "data": ["dt", "data"]}

SEX_WORDS = {"id": {"M": ["Lk. (laki-laki)", "lanang / laki-laki", "LAKI - LAKI"],
                    "F": ["Pr. (perempuan)", "wadon / perempuan", "PEREMPUAN"]},
             "en": {"M": ["M (Male)", "MALE / pria", "MALE"], "F": ["F (Female)", "FEMALE / wanita", "FEMALE"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia (with the regional voices) -----------------------------------------
T["id"]["greet"] = [
    "Om Swastyastu, Bapak/Ibu.", "Assalamu'alaikum, Bapak/Ibu petugas.", "Salam sejahtera buat Bapak Ibu semua,", "Selamat malam kaka admin,",
    "Kepada Yth. Tim Layanan Sertifikat", "Permisi pak/bu,", "Halo kaka,", "Yth. Petugas yang terhormat,",
    "Tabe' Pak, Bu.", "Selamat siang, mohon maaf mengganggu.", "Salam sehat selalu dari Banjarmasin,", "Met pagi admin,",
    "SELAMAT PAGI", "Kepada admin sertifikat vaksin", "Punten, permisi.", "Bapak/Ibu yang budiman,",
    "Salam dari perantauan,", "Dengan hormat Bapak/Ibu pengelola layanan,", "Horas, Bapak/Ibu.",
    "Bapak Ibu admin yang baik hati,", "", ""]
T["id"]["close"] = [
    "Om Santih Santih Santih Om.", "Suksma.", "Sakalangkong.", "Makaseh banyak e.", "Tarima kasih banyak.",
    "Wassalam, dari lon di Banda Aceh.", "Salam hormat kami,", "Terima kasih atas pelayanannya.", "Hormat tiang sekeluarga,",
    "Salam dari Kuala Lumpur,", "Tengkyu min.", "Ditunggu kabarnya ya.", "Danke banyak.", "Matur suwun sanget nggih.",
    "Sekian dari tiang, terima kasih.", "Hatur nuhun, salam.", "Salam,"]
T["id"]["subject"] = [
    "Sertifikat vaksin saya tidak kunjung ada", "PERTANYAAN SERTIFIKAT VAKSIN", "Mohon bantuan: sertifikat vaksin",
    "sertifikat vaksin blm ada min", "Pengaduan sertifikat vaksinasi", "Tolong cek sertifikat", "Keluhan warga soal sertifikat",
    "Laporan: sertifikat vaksin kosong", "Sertifikat vaksin tidak ada di aplikasi", "nanya sertifikat dong",
    "Mohon dicek data vaksinasi", "urgent - sertifikat vaksin untuk kerja", "Perihal sertifikat vaksin Covid"]
T["id"]["subject_fix"] = [
    "Data di sertifikat vaksin keliru", "Mohon pembetulan data sertifikat", "SALAH DATA SERTIFIKAT",
    "Permohonan koreksi data vaksinasi", "data sertifikat tidak sesuai KTP", "Sertifikat vaksin ada yang salah",
    "Pembetulan identitas di sertifikat", "Tolong betulkan data vaksin", "Ralat data sertifikat vaksin", "koreksi isi sertifikat"]
T["id"]["subject_phone"] = [
    "Nomor HP di data vaksin sudah ganti", "Perubahan nomor handphone pendaftar vaksin", "Ganti nomor, SMS sertifikat tidak sampai",
    "Nomor HP lama sudah mati", "NOMOR HP TIDAK AKTIF LAGI", "Update nomor HP untuk sertifikat", "Nomor telepon berubah",
    "Mohon ubah nomor HP terdaftar", "SMS sertifikat terkirim ke nomor yang lama", "nomor hp sy udah ganti"]
T["id"]["generic"] = [
    "Tiang sudah vaksin {dlast} di {fac} tanggal {when}, tapi {cert} tiang {notyet}.",
    "Ulun sudah divaksin {dlast} pada {when}, {cert} ulun kada muncul sampai wayah ini.",
    "Kita so vaksin {dlast} tanggal {when} mar {cert} {notyet} sampe skarang.",
    "Beta su vaksin {dlast} di {fac}, tapi beta pung {cert} sonde ada.",
    "Lon ka neu-vaksin {dlast} tanggal {when}, tapi {cert} {notyet}.",
    "Kaule sampun vaksin {dlast} di {fac}, {cert} kaule {notyet}.",
    "Gua udah vaksin {dlast} di {fac} tanggal {when}, tapi {cert} gua {notyet}, gimana nih?",
    "Sudah {w} minggu berlalu sejak saya vaksin {dlast}, namun {cert} saya {notyet} di {app}.",
    "saya sudah vaksin tapi {cert} {notyet} tolong dicek",
    "{Cert} saya {notyet}. Vaksin terakhir {dlast}, {when}, di {fac}.",
    "Saya mengikuti vaksinasi {dlast} di {fac} pada {when}. Sampai hari ini {cert} saya {notyet} di {app}.",
    "halo admin saya mau tanya {cert} saya kok {notyet} ya padahal saya sudah vaksin {dlast} tanggal {when} di {fac} terima kasih",
    "SAYA SUDAH VAKSIN {dlast} TAPI {cert} {notyet}",
    "Saya kerja di Malaysia, sebelum berangkat sudah vaksin {dlast} di {fac}, tapi {cert} saya {notyet} dan majikan minta buktinya.",
    "Saya PMI di Hong Kong, vaksin {dlast} sewaktu masih di kampung tanggal {when}, sekarang {cert} saya {notyet} di {app}.",
    "Dulu saya vaksin {dlast} di {fac} sebelum terbang ke Taiwan, {cert} sampai sekarang {notyet}.",
    "Maaf mengganggu waktunya. Begini, {cert} saya {notyet}. Suntikan {dlast} sudah masuk ke lengan saya di {fac} kira-kira {w} minggu lalu. {App} sudah saya buka tutup entah berapa kali, keluar-masuk akun, copot lalu unduh ulang, hasilnya nihil terus.",
    "Sudah lewat {w} minggu, {cert} {notyet}. Vaksin {dlast} saya tanggal {when}.",
    "Ini {cert} saya kenapa {notyet} yah? Saya vaksin {dlast} di {fac}.",
    "Saya sudah lengkap vaksin sampai {dlast}, tapi waktu dicek di {app} {cert} saya {notyet}.",
    "{cert} saya {notyet}, padahal tanggal {when} sudah disuntik {dlast} di {fac}",
    "Numpang tanya min, {cert} saya {notyet} padahal vaksin {dlast} sudah dari tanggal {when}.",
    "Ngana pe admin, kita so vaksin {dlast} di {fac} mar {cert} {notyet}.",
    "Ulun handak betakun, {cert} ulun {notyet} padahal sudah vaksin {dlast} di {fac}.",
    "Kami sekeluarga vaksin di {fac}, tapi khusus {cert} saya sendiri {notyet} sampai sekarang, vaksin {dlast} saya tanggal {when}.",
    "Sampai detik ini {cert} saya {notyet}. Saya disuntik {dlast} tanggal {when} di {fac}.",
    "Mau nanya, apa {cert} memang butuh waktu lama? Saya vaksin {dlast} {w} minggu yang lalu dan {cert} {notyet}.",
    "Vaksin {dlast} tgl {when} di {fac}, {cert} {notyet}.",
    "Saya sangat membutuhkan {cert} untuk keperluan perjalanan, vaksin {dlast} sudah saya terima di {fac} tanggal {when}, tetapi di {app} {notyet}.",
    "Permisi, {cert} atas nama saya {notyet} di {app}, padahal sudah {w} minggu sejak vaksin {dlast}.",
    "Sudah vaksin {dlast} sejak {when} di {fac} tapi {cert} saya {notyet} mohon pencerahannya",
    "Tiang buruh di Denpasar, {cert} tiang {notyet}, padahal vaksin {dlast} sudah tanggal {when}."]
T["id"]["sms_lost"] = [
    "Mungkin SMS-nya dulu pernah masuk tapi terhapus, HP saya sempat direset pabrik.",
    "Kotak masuk SMS saya penuh dan sudah saya bersihkan, jadi kalau pernah dikirim pasti ikut terhapus.",
    "HP tiang yang lama kecebur got, isinya tidak bisa diselamatkan, SMS-SMS ikut lenyap.",
    "Tiang kurang paham, mungkin SMS-nya sudah datang tapi tidak tiang baca lalu kehapus.",
    "Anak saya suka menghapus SMS di HP saya, mungkin {cert} ikut terhapus.",
    "Saya memang sering menghapus SMS promo, barangkali yang dari sertifikat ikut terbuang.",
    "Bulan lalu saya tukar tambah HP, pesan-pesan lama tertinggal di HP yang dijual.",
    "Andaikan SMS itu memang pernah dikirim, jejaknya sudah tidak ada di kotak pesan saya.",
    "Beta su cari di SMS, sonde ketemu, mungkin su terhapus.",
    "Mungkin linknya dulu sudah terkirim tapi kehapus waktu bersih-bersih HP.",
    "Memori HP kaule penuh, jadi pesan-pesan lama kaule sapu bersih.",
    "Kayaknya SMS-nya keselip atau kehapus, soalnya saya gak nemu.",
    "Waktu itu HP dipinjam ponakan, mungkin SMS-nya dihapus dia.",
    "Ulun kada ingat lagi, mungkin SMS-nya sudah ulun hapus."]
T["id"]["no_phone"] = [
    "Zaman vaksin dulu saya belum pegang handphone, jadi nomornya kosong.",
    "Tiang waktu itu numpang HP tetangga, jadi kolom telepon di formulir tiang biarkan kosong.",
    "Pas antre di meja pendaftaran, ibu petugas cuma catat nama dan KTP, nomor telepon tidak ditanya.",
    "Vaksinnya massal di balai desa, cuma pakai KTP, tidak ada yang minta nomor telepon.",
    "Tiang dulu tidak kasih nomor HP ke petugas, karena tiang tidak hafal.",
    "Beta waktu vaksin sonde tulis nomor HP, beta pung HP rusak waktu itu.",
    "Seingat saya di formulir pendaftaran saya tidak menulis nomor HP apa pun.",
    "Saat vaksinasi saya hanya menyerahkan fotokopi KTP, tanpa nomor handphone.",
    "Waktu itu saya belum pegang HP, jadi nomor tidak saya isi.",
    "Ulun kada punya HP pas vaksin, jadi kada ada nomor yang didaftarkan.",
    "Kaule dulu tidak memberikan nomor telepon ke petugas vaksin.",
    "Vaksinnya diurus kantor, dan setahu saya nomor HP karyawan tidak ikut didaftarkan.",
    "Waktu vaksin saya lupa mengisi nomor HP di lembar pendaftaran.",
    "Nomor HP saya dulu tidak dicatat karena antreannya panjang dan petugas buru-buru."]
T["id"]["resend"] = [
    "Bisa tolong dikirim ulang {cert}-nya?", "Mohon {cert} saya dikirimkan kembali.",
    "Kalau bisa link {cert} dikirim lagi ke HP saya.", "Tolong kirim ulang SMS {cert} ya min.",
    "Apa bisa {cert} saya diterbitkan ulang lalu dikirim lagi?", "Mohon SMS berisi {cert} dikirim sekali lagi.",
    "Suksma kalau {cert} tiang bisa dikirim ulang.", "Beta minta tolong {cert} dikirim ulang sa.",
    "Kirim lagi dong {cert} gua.", "{Cert} tolong dikirim kembali ke nomor yang terdaftar.",
    "Ulun minta tolong {cert} dikirim ulang.", "Mohon berkenan mengirim ulang {cert} saya.",
    "Boleh minta dikirim ulang saja {cert}-nya?", "KIRIM ULANG {cert} SAYA MOHON"]
T["id"]["dose_pending"] = [
    "{Prev} saya aman terekam, sedangkan {dose} (disuntik {when}, di {fac}) rupanya {notinput}.",
    "Tiang sudah {dose} di {fac} tanggal {when}, tapi di {app} cuma ada {prev}.",
    "Ulun sudah disuntik {dose} pada {when}, namun datanya {notinput}, yang ada hanya {prev}.",
    "Kita so dapa {dose} di {fac} mar di {app} cuma {prev} yang muncul.",
    "Beta su ambil {dose} tanggal {when}, tapi {cert} untuk {dose} sonde ada, cuma {prev} sa.",
    "{Cert} {prev} sudah keluar, tapi yang {dose} {notyet}, padahal sudah disuntik {w} minggu lalu.",
    "Saya sudah {dose} tanggal {when} di {fac}. Sepertinya {notinput}, karena di {app} masih terbaca {prev} saja.",
    "{dose} saya di {fac} tgl {when} {notinput} min, {prev} aman",
    "Mohon dicek, {dose} saya tanggal {when} di {fac} tidak muncul, sedangkan {prev} ada.",
    "Gua udah {dose} di {fac}, tapi di {app} masih nongol {prev} doang.",
    "Kaule sudah menerima {dose} di {fac} tanggal {when}, tapi {cert} yang muncul baru {prev}.",
    "SAYA SUDAH {dose} TANGGAL {when} TAPI DI APLIKASI MASIH {prev}",
    "Sebelum berangkat kerja ke Saudi saya sudah {dose} di {fac}, tapi data {dose} itu {notinput}, hanya {prev} yang terbaca.",
    "saya sudah {dose} di {fac} tanggal {when} tapi {cert} {dose} {notyet} yang ada cuma {prev}",
    "Untuk {prev} tidak ada masalah. Masalahnya {dose} yang saya jalani tanggal {when} di {fac} {notinput}.",
    "Lon ka {dose} di {fac}, tapi di {app} {notyet} untuk {dose}, {prev} ada.",
    "Data {dose} saya hilang atau {notinput}? Saya disuntik di {fac} pada {when}, sedangkan {prev} sudah tercatat sejak lama.",
    "Sudah {w} minggu sejak {dose} saya di {fac}, tapi status di {app} masih {prev}.",
    "Status vaksinasi saya berhenti di {prev}, padahal {dose} sudah saya terima tanggal {when}.",
    "Ulun sudah {dose}, {cert} {dose} {notyet}, yang ada {prev} haja."]
T["id"]["rec_pending"] = [
    "Tanggal {when} saya ikut vaksin {dlast} di {fac}; anehnya di {app} riwayat saya bersih seperti belum pernah vaksin, barangkali {notinput}.",
    "Di {app} tertulis saya belum vaksin sama sekali, padahal sudah {dlast} di {fac}.",
    "Tiang sudah vaksin {dlast}, tapi waktu dicek statusnya masih belum vaksin. Sepertinya data tiang {notinput}.",
    "Beta pung data vaksin sonde ada sama sekali, padahal beta su vaksin {dlast} tanggal {when}.",
    "Riwayat vaksin saya kosong melompong, tidak ada satu dosis pun, padahal sudah {dlast} di {fac} tanggal {when}.",
    "Ulun sudah vaksin di {fac} tapi nama ulun kada terdaftar sebagai penerima vaksin, datanya {notinput} kah?",
    "Kita so vaksin {dlast} di {fac} mar status di {app} masih belum vaksin.",
    "Rupanya catatan vaksinasi saya {notinput}, padahal {dlast} sudah lewat {w} minggu.",
    "Waktu cek NIK di {app} hasilnya tidak ditemukan data vaksin, padahal saya sudah {dlast} di {fac}.",
    "SAYA SUDAH VAKSIN {dlast} TAPI STATUS MASIH BELUM VAKSIN",
    "saya vaksin {dlast} di {fac} tgl {when} terus saya tanya ke puskesmas katanya datanya {notinput} makanya di aplikasi saya masih dianggap belum vaksin",
    "Kartu vaksin kertas dari {fac} saya pegang, tertulis {dlast} tanggal {when}, tapi di {app} nihil.",
    "Gua udah vaksin {dlast} tapi di {app} status gua belum vaksin, datanya {notinput} kali ya.",
    "Saya sudah divaksin {dlast} pada {when} di {fac}, tetapi riwayat vaksin saya belum tercatat sama sekali.",
    "Kaule sudah vaksin {dlast}, tapi di sistem kaule masih tercatat belum vaksin.",
    "Lewat {w} minggu dari vaksin {dlast} di {fac}, catatan vaksin saya masih nol besar.",
    "Lon ka vaksin {dlast} tanggal {when}, tapi data lon hana meutamong, {notinput}.",
    "Di {app} muncul tulisan belum ada riwayat vaksinasi, padahal {dlast} sudah saya jalani tanggal {when}."]
T["id"]["fix_full_name"] = [
    "Nama di {cert} saya tertulis {wrong}, padahal nama yang benar {right}.",
    "Ketikan nama meleset: {cert} memuat {wrong}, sedangkan KTP saya berbunyi {right}.",
    "Nama tiang di {cert} salah, tertulis {wrong}, yang betul {right}.",
    "Beta pung nama di {cert} tertulis {wrong}, padahal beta pung nama asli {right}.",
    "Nama ulun di {cert} {wrong}, harusnya {right}.",
    "NAMA DI SERTIFIKAT SALAH. TERTULIS {wrong}, YANG BENAR {right}",
    "Mohon perbaikan nama. Tertulis: {wrong}. Seharusnya: {right}.",
    "Di {app} saya dipanggil {wrong}; nama pemberian orang tua saya {right}.",
    "nama di {cert} salah tulis {wrong} harusnya {right}",
    "Nama lengkap : {wrong} (salah)\nNama yang benar : {right}",
    "Nama gua di {cert} jadi {wrong}, padahal di KTP {right}.",
    "Kaule minta tolong, nama di {cert} tertulis {wrong}, padahal nama kaule {right}.",
    "Mbak petugas keliru mengetik nama tiang sehingga {cert} berbunyi {wrong}, mestinya {right}.",
    "Agensi menolak {cert} saya karena namanya {wrong}, sedangkan paspor saya {right}. Tolong disamakan dengan paspor.",
    "Di {cert} tertera {wrong}, tolong diganti menjadi {right}.",
    "Kita pe nama di {cert} {wrong}, yang betul {right}.",
    "Ejaan nama saya salah: {wrong}. Ejaan yang benar: {right}."]
T["id"]["fix_birth_date"] = [
    "Tanggal lahir di {cert} saya {wrong}, padahal yang benar {right}.",
    "Tanggal lahir tiang di {cert} tertulis {wrong}, seharusnya {right}.",
    "Ada kesalahan tanggal lahir: tertulis {wrong}, yang sebenarnya {right} sesuai KTP.",
    "Tgl lahir saya di {cert} salah, {wrong}, harusnya {right}.",
    "Beta pung tanggal lahir di {cert} {wrong}, padahal beta lahir {right}.",
    "TANGGAL LAHIR SALAH: {wrong}. YANG BENAR: {right}.",
    "Tanggal lahir : {wrong} (salah)\nTanggal lahir yang benar : {right}",
    "Ulun lahir {right}, tapi di {cert} ditulis {wrong}.",
    "Mohon dibetulkan tanggal lahir saya, di {cert} tercantum {wrong}, yang benar {right}.",
    "tanggal lahir di {cert} {wrong} padahal saya lahir {right}",
    "Saya lahir tanggal {right}, tetapi {cert} menuliskan tanggal lahir saya {wrong}.",
    "Kaule lahir {right}, tapi tanggal lahir di {cert} tertulis {wrong}.",
    "Tanggal lahir gua di {cert} ngaco, {wrong}, aslinya {right}.",
    "Di {cert} tanggal lahir saya menjadi {wrong}, sedangkan di KTP dan paspor {right}.",
    "Kita pe tanggal lahir di {cert} {wrong}, yang betul {right}."]
T["id"]["fix_vaccinated_on"] = [
    "Untuk {dose}, {cert} mencantumkan {wrong} sebagai tanggal suntik, kenyataannya saya disuntik {right}.",
    "Ada kesalahan tanggal vaksin {dose}: tercatat {wrong}, yang benar {right}.",
    "Tiang disuntik {dose} tanggal {right}, tapi di {cert} ditulis {wrong}.",
    "Tanggal vaksinasi {dose} beta di {cert} {wrong}, padahal beta vaksin {right}.",
    "TANGGAL {dose} SALAH, TERTULIS {wrong}, SEHARUSNYA {right}",
    "Tanggal {dose} : {wrong} (salah)\nTanggal {dose} yang benar : {right}",
    "Kartu kertas dari puskesmas menulis {dose} saya tanggal {right}, tapi {app} menampilkan tanggal {wrong}.",
    "Ulun vaksin {dose} pada {right}, tapi di {cert} tanggalnya {wrong}.",
    "tanggal {dose} di {cert} {wrong} harusnya {right}",
    "Mohon dikoreksi tanggal pemberian {dose}: tertulis {wrong}, yang sebenarnya {right}.",
    "Kaule vaksin {dose} tanggal {right}, tapi di {cert} tertulis {wrong}.",
    "{Dose} saya dicatat tanggal {wrong}, padahal saya disuntik {dose} tanggal {right}.",
    "Gua {dose} tanggal {right}, tapi di {cert} jadi {wrong}.",
    "Tanggal {dose} yang tercantum ({wrong}) tidak sesuai, yang benar {right}.",
    "Kita pe {dose} tanggal {right}, mar di {cert} tertulis {wrong}."]
T["id"]["fix_vaccine"] = [
    "Vaksin yang masuk ke lengan saya waktu {dose} adalah {right}, tetapi jenisnya di {cert} tercatat {wrong}.",
    "Merek vaksin {dose} salah: tercatat {wrong}, yang benar {right}.",
    "Tiang dapat {right} untuk {dose}, tapi di {cert} ditulis {wrong}.",
    "Beta pung {dose} itu {right}, mar di {cert} tertulis {wrong}.",
    "JENIS VAKSIN {dose} SALAH, TERTULIS {wrong}, SEHARUSNYA {right}",
    "Jenis vaksin {dose} : {wrong} (salah)\nYang benar : {right}",
    "Di {app} vaksin {dose} saya {wrong}, padahal di kartu kuning tertulis {right}.",
    "Ulun disuntik {right} waktu {dose}, tapi di {cert} jadi {wrong}.",
    "vaksin {dose} saya {right} bukan {wrong} tolong diganti",
    "Mohon diperbaiki jenis vaksin pada {dose}: tercantum {wrong}, seharusnya {right}.",
    "Kaule dapat vaksin {right} waktu {dose}, tapi di {cert} tertulis {wrong}.",
    "Untuk {dose} tercatat {wrong}, padahal yang disuntikkan ke saya {right}. Ini penting karena negara tujuan kerja saya tidak menerima semua merek.",
    "Gua {dose} pakai {right}, kok di {cert} jadi {wrong}?",
    "Kita pe {dose} {right}, mar di {cert} tertulis {wrong}.",
    "Merek vaksin pada {dose} tidak sesuai: di {cert} {wrong}, yang benar {right}."]
T["id"]["fix_nik"] = [
    "NIK yang nempel di {cert} saya {wrong}, sedangkan NIK di e-KTP saya {right}.",
    "Ada salah satu angka NIK: di {cert} {wrong}, seharusnya {right} sesuai KTP.",
    "NIK tiang di {cert} salah ketik, {wrong}, yang betul {right}.",
    "Beta pung NIK di {cert} {wrong}, padahal di KTP {right}.",
    "NIK SALAH: {wrong}. NIK YANG BENAR: {right}.",
    "NIK tercatat : {wrong} (salah)\nNIK sesuai KTP : {right}",
    "Ulun punya NIK {right}, tapi di {cert} tertulis {wrong}.",
    "nik di {cert} {wrong} salah harusnya {right}",
    "Data saya di {app} memakai NIK {wrong}, padahal NIK saya {right}, jadi tidak bisa dicari.",
    "Kaule punya NIK {right}, tapi yang tercatat di {cert} {wrong}.",
    "NIK gua di {cert} ada satu angka yang meleset, {wrong}, harusnya {right}.",
    "Mohon koreksi NIK saya: tertera {wrong}, seharusnya {right}.",
    "Kita pe NIK di {cert} {wrong}, yang betul {right}.",
    "Satu angka NIK saya meleset saat diketik petugas, jadinya {wrong}. Yang asli {right}."]
T["id"]["fix_sex"] = [
    "Jenis kelamin di {cert} saya tertulis {wrong}, padahal saya {right}.",
    "Jenis kelamin tiang di {cert} salah, ditulis {wrong}, seharusnya {right}.",
    "Beta pung jenis kelamin di {cert} {wrong}, padahal beta {right}.",
    "JENIS KELAMIN SALAH: {wrong}, SEHARUSNYA {right}",
    "Jenis kelamin : {wrong} (salah)\nJenis kelamin yang benar : {right}",
    "Ulun {right}, tapi di {cert} jenis kelamin ulun {wrong}.",
    "jenis kelamin di {cert} {wrong} harusnya {right}",
    "Mohon dibetulkan jenis kelamin saya, di {app} tercatat {wrong}, yang benar {right}.",
    "Kaule {right}, tapi jenis kelamin di {cert} tertulis {wrong}.",
    "Masa jenis kelamin gua di {cert} {wrong}, gua kan {right}.",
    "Data jenis kelamin saya terbalik: tertulis {wrong}, padahal sesuai KTP {right}.",
    "Kita pe jenis kelamin di {cert} {wrong}, yang betul {right}.",
    "Kolom jenis kelamin berisi {wrong}, seharusnya {right}.",
    "Di {cert} saya disebut {wrong}, padahal jenis kelamin saya {right}."]
T["id"]["phone_changed"] = [
    "Nomor pendaftaran vaksin saya dulu ({old}) {inactive}. {Newnum} {new}.",
    "Nomor lama tiang {old} {inactive}, {newnum} {new}.",
    "Beta pung nomor lama {old} {inactive}, beta pung nomor baru {new}.",
    "Nomor HP lama ulun {old} {inactive}. Nomor baru ulun {new}.",
    "Kita pe nomor lama {old} so nyanda aktif, kita pe nomor baru {new}.",
    "NOMOR LAMA {old} SUDAH MATI, NOMOR BARU {new}",
    "Nomor lama (terdaftar) : {old}\nNomor baru : {new}",
    "Kartu lama saya {old} {inactive}; {newnum} {new}, jadi kirim SMS-nya ke yang baru itu saja.",
    "Saya sekarang kerja di Malaysia, nomor Indonesia saya {old} {inactive}. Sekarang saya pakai nomor baru {new}.",
    "Mohon ganti nomor HP saya dari {old} (lama, {inactive}) ke {new} (baru).",
    "nomor lama saya {old} {inactive} nomor baru {new} tolong diganti",
    "Nomor gua yang lama {old} {inactive}, yang baru {new}.",
    "Kaule ganti nomor, yang lama {old} {inactive}, yang baru {new}.",
    "Nomor yang tercatat di data vaksin ({old}) {inactive}. {Newnum} {new}.",
    "SMS {cert} pasti terkirim ke nomor lama saya {old} yang {inactive}. Nomor saya yang baru {new}.",
    "Lon ka gantoe nomor, nomor lama {old} {inactive}, nomor baru {new}.",
    "Mohon nomor lama saya {old} diganti dengan nomor baru {new}, karena yang lama {inactive}.",
    "Nomor HP pada saat vaksinasi adalah {old} dan {inactive}. Mohon diperbarui menjadi {new}.",
    "Yang terdaftar itu nomor lama saya, {old}, sekarang {inactive}. {Newnum} {new}.",
    "Saya sudah ganti kartu. Nomor lama: {old}. Nomor baru: {new}. Nomor lama {inactive}."]
T["id"]["phone_lost"] = [
    "Nomor pendaftaran vaksin saya dulu, {old}, {inactive}; SMS {cert} pasti nyangkut entah di mana.",
    "Nomor lama tiang {old} {inactive}, tiang tidak bisa terima SMS lagi.",
    "Beta pung nomor lama {old} {inactive}, jadi beta sonde bisa terima SMS.",
    "NOMOR TERDAFTAR {old} SUDAH MATI",
    "Nomor HP lama ulun {old} {inactive}, SMS-nya pasti nyasar ke sana.",
    "nomor lama saya {old} {inactive} jadi sms nya gak masuk",
    "Nomor yang tercatat {old} {inactive} dan saya belum sempat beli kartu baru.",
    "Nomor saya waktu vaksin {old}, sekarang {inactive} karena saya kerja di luar negeri.",
    "Kaule dulu pakai nomor {old}, nomor itu {inactive}.",
    "Nomor {old} yang dipakai waktu pendaftaran vaksin {inactive}.",
    "Sayangnya nomor HP lama saya {old} {inactive}, jadi link {cert} tidak terbaca."]
T["id"]["contact"] = [
    "Saya bisa dihubungi lewat WA di {phone}.", "Kalau perlu konfirmasi, telepon saja ke {phone}.",
    "Tiang bisa dihubungi di {phone}.", "Beta pung nomor HP {phone}, bisa telepon atau WA.",
    "No. HP/WA : {phone}", "Hubungi ulun di {phone} kalau perlu data tambahan.", "WA gua {phone}.",
    "Kontak saya {phone} (WA).", "Kaule bisa ditelepon di {phone}.", "HP saya {phone}, bisa di-SMS atau WA.",
    "kalau ada apa-apa hub saya di {phone}", "Kita pe nomor {phone}, bisa WA.", "Nomor telepon yang bisa dihubungi: {phone}.",
    "Untuk keperluan verifikasi silakan hubungi {phone}.", "Lon bisa dihubungi di {phone}."]
T["id"]["duplicate"] = [
    "Pas {dose} saya terdaftar memakai nomor lain ({other}), rupanya {dose} itu dibuatkan catatan sendiri dan terbaca {dfirst}. Catatan asli saya mentok di {prev}.",
    "Rupanya tiang punya dua catatan. {Dose} tiang nyasar ke catatan bernomor {other} dan dihitung {dfirst}, sementara catatan tiang sendiri berhenti di {prev}.",
    "Beta pung {dose} didaftarkan pakai nomor {other}, sekarang muncul sebagai {dfirst} di data lain, sementara di beta pung data cuma ada {prev}.",
    "Ulun waktu {dose} pakai nomor {other}, jadinya ada data baru atas nama ulun yang isinya {dfirst}. Data ulun yang asli cuma sampai {prev}.",
    "DATA SAYA DOBEL. {dose} SAYA MASUK KE DATA DENGAN NOMOR {other} SEBAGAI {dfirst}",
    "Atas nama saya ada dua catatan: satu berisi sampai {prev}, satunya lagi memakai HP {other} dan memuat {dose} saya, tapi dibaca {dfirst}.",
    "{Dose} saya didaftarkan oleh kantor dengan nomor {other}, akibatnya tercatat sebagai {dfirst} di data lain, bukan lanjutan dari {prev} saya.",
    "Gua {dose} daftar pakai nomor {other}, eh malah kecatat {dfirst} di data baru, data gua yang lama cuma sampai {prev}.",
    "Kaule waktu {dose} daftar lewat nomor {other}, akhirnya {dose} itu jadi catatan baru berlabel {dfirst}; catatan kaule yang lama cuma sampai {prev}.",
    "waktu {dose} sy pakai nomor {other} jadi tercatat {dfirst} di data lain padahal itu {dose} sy {prev} ada di data sy yg lama",
    "Tolong disatukan: {dose} saya tersimpan di bawah nomor {other} sebagai {dfirst}, lepas dari catatan utama saya yang berisi {prev}.",
    "Kita pe {dose} daftar deng nomor {other}, jadi muncul {dfirst} di data lain, kita pe data asli cuma sampe {prev}.",
    "Karena waktu {dose} saya memakai nomor HP {other}, data saya pecah: {dose} terbaca sebagai {dfirst} di data baru, sedangkan data lama berhenti di {prev}.",
    "Ada data ganda atas nama saya. Di data kedua (nomor {other}) {dose} saya malah tertulis {dfirst}.",
    "Lon waktu {dose} pakai nomor {other}, jadi {dose} tercatat sebagai {dfirst} di data lain, data lon cuma sampai {prev}."]
T["id"]["nik_self"] = [
    "NIK saya {nik}, terdaftar atas nama {name}.", "NIK : {nik}\nNama : {name}", "Nama : {name}\nNIK : {nik}",
    "Nama tiang {name}, NIK {nik}.", "Beta pung NIK {nik}, nama {name}.", "Ulun {name}, NIK {nik}.",
    "NIK {nik} a/n {name}", "Data diri: {name} / NIK {nik}.", "NAMA {name} NIK {nik}", "nik sy {nik} nama {name}",
    "Kaule {name}, NIK {nik}.", "NIK gua {nik}, nama {name}.", "Kita pe NIK {nik}, nama {name}.",
    "Sebagai data, nama saya {name} dengan nomor induk kependudukan {nik}.", "No. NIK : {nik} ({name})",
    "Lon {name}, NIK lon {nik}."]
T["id"]["nik_kk"] = [
    "No. KK : {kk}\nNIK : {nik}", "Nomor KK saya {kk} dan NIK saya {nik}.", "KK tiang {kk}, NIK tiang {nik}.",
    "Beta pung nomor KK {kk}, NIK {nik}.", "Kartu keluarga kami bernomor {kk}; NIK tiang sendiri {nik}.", "No. KK -> {kk} | NIK -> {nik}",
    "Ulun tambahkan KK {kk}, lawan NIK ulun {nik}.", "no kk {kk} no nik {nik}", "NOMOR KK {kk} NIK {nik}",
    "Kaule punya KK {kk}, NIK kaule {nik}.", "Nomor KK: {kk}. NIK saya sendiri: {nik}.",
    "Kita pe nomor KK {kk}, NIK {nik}.", "Data: KK {kk}, NIK (KTP) {nik}.", "Lon bôh nomor KK {kk}, NIK lon {nik}."]
T["id"]["phone_record"] = [
    "Dulu saya didaftarkan vaksin lewat HP bernomor {phone}.", "Waktu vaksin tiang pakai nomor {phone}.",
    "Beta daftar vaksin pakai nomor {phone}.", "Nomor yang terdaftar di data vaksin saya {phone}.",
    "Ulun mendaftar vaksin dengan nomor {phone}.", "No. HP terdaftar : {phone}", "waktu daftar vaksin pake no {phone}",
    "Kaule daftar vaksin pakai nomor {phone}.", "Gua daftar vaksin pakai nomor {phone}, KTP lagi gak kebawa.",
    "NIK saya lupa, KTP di rumah majikan, tapi HP yang dipakai pas vaksin {phone}.", "NOMOR HP WAKTU VAKSIN {phone}",
    "Kita daftar vaksin pake nomor {phone}.", "Silakan dicari dengan nomor HP pendaftaran saya, {phone}.",
    "Lon daftar vaksin deungon nomor {phone}."]
T["id"]["when_where"] = [
    "Vaksinnya di {fac} tanggal {when}.", "Tiang divaksin di {fac} pada {when}.", "Beta vaksin di {fac} tanggal {when}.",
    "Tempat vaksin : {fac}\nTanggal : {when}", "Ulun vaksin di {fac}, tanggal {when}.", "vaksin di {fac} tgl {when}",
    "Saya disuntik di {fac} pada tanggal {when}.", "Kaule vaksin di {fac} tanggal {when}.", "LOKASI {fac}, TANGGAL {when}",
    "Kita vaksin di {fac} tanggal {when}.", "Pelaksanaannya tanggal {when} bertempat di {fac}.",
    "Waktu itu vaksinnya tanggal {when} di {fac}, pakai antre lama."]
T["id"]["ob_intro"] = [
    "Email ini saya ketikkan untuk {rel}, beliau tidak punya alamat email.", "Tiang mau menanyakan {cert} {rel}.",
    "Beta mau tanya soal {cert} {rel}.", "Ulun handak menanyakan {cert} {rel}.", "Kita mo tanya {cert} {rel}.",
    "Mohon bantuannya untuk urusan {cert} {rel}.", "SAYA MAU TANYA {cert} {rel}", "Kaule mau bertanya tentang {cert} {rel}.",
    "Gua mau nanyain {cert} {rel} nih.", "Lon meunyo tanyong {cert} {rel}.",
    "Saya selaku perangkat desa membantu menyampaikan keluhan {rel} tentang {cert}.",
    "Saya perawat di puskesmas pembantu, ingin membantu menanyakan {cert} {rel}.",
    "{Rel} minta tolong saya mengirim email ini karena tidak bisa pakai HP.",
    "saya mau tanya {cert} punya {rel}", "Ini saya yang mengurus {cert} {rel}.",
    "Dari Taiwan saya bantu urus {cert} {rel} di kampung.", "Perihal {cert} {rel}, mohon dibantu."]
T["id"]["ob_nik"] = [
    "NIK {relshort}: {nik} atas nama {name}.", "Nama : {name}\nNIK : {nik}", "NIK : {nik}\nNama : {name}",
    "NIK {relshort} {nik}, nama {name}.", "Data lengkap {rel}: {name}, NIK {nik}.", "Ini NIK {relshort}: {nik} ({name}).",
    "nik {relshort} {nik} nama {name}", "NAMA {name} NIK {nik}", "Terdaftar atas nama {name}, NIK {nik}.",
    "Nomor induk kependudukan {relshort} {nik}, a.n. {name}.", "{Relshort} itu bernama {name}, NIK {nik}.",
    "Identitas {rel}: {name} / {nik}.", "Nama lengkap {relshort} itu {name}, NIK-nya {nik}.", "NIK {nik} a.n. {name} ({relshort})"]
T["id"]["ob_generic"] = [
    "{Relshort} sudah vaksin {dlast} tanggal {when} di {fac}, tapi {cert} {relshort} {notyet}.",
    "Sudah {w} minggu sejak {relshort} vaksin {dlast}, {cert} {relshort} {notyet} di {app}.",
    "{Relshort} su vaksin {dlast} di {fac}, tapi {cert} sonde ada.",
    "{Relshort} sudah disuntik {dlast} pada {when}, {cert} {notyet}.",
    "{cert} {relshort} {notyet} padahal sudah vaksin {dlast} tgl {when}",
    "{Relshort} so vaksin {dlast} di {fac} mar {cert} {notyet}.",
    "{Cert} milik {relshort} {notyet}, vaksin {dlast} dijalani di {fac} tanggal {when}.",
    "{Relshort} sudah lengkap sampai {dlast}, namun di {app} {cert} {notyet}.",
    "VAKSIN {dlast} SUDAH TANGGAL {when} TAPI {cert} {relshort} {notyet}",
    "Waktu vaksinasi massal di {fac} tanggal {when}, {relshort} ikut vaksin {dlast}, tetapi sampai sekarang {cert} {notyet}.",
    "{Relshort} sudah vaksin {dlast} dari {w} minggu lalu tapi {cert} {notyet}, kasihan beliau tidak bisa masuk mal.",
    "Saya sudah cek di {app} pakai NIK {relshort}, {cert} {notyet}, padahal vaksin {dlast} di {fac}.",
    "{Relshort} kada punya {cert} sampai wayah ini, padahal sudah vaksin {dlast} di {fac}.",
    "{Relshort} udah vaksin {dlast} di {fac}, tapi {cert} {notyet}."]
T["id"]["ob_pending"] = [
    "{Relshort} sudah vaksin {dlast} tanggal {when} di {fac}, tapi data vaksinnya tidak ada sama sekali, sepertinya {notinput}.",
    "Di {app} {relshort} masih tercatat belum vaksin, padahal sudah {dlast} di {fac}.",
    "Data vaksin {relshort} kosong, {notinput}, padahal {relshort} sudah vaksin {dlast} pada {when}.",
    "{Relshort} su vaksin {dlast} di {fac}, mar data vaksin sonde ada sama sekali.",
    "{App} menganggap {relshort} belum vaksin, padahal {dlast} sudah lewat {w} minggu.",
    "DI APLIKASI {relshort} MASIH NOL VAKSIN, PADAHAL {dlast} TANGGAL {when}",
    "data vaksin {relshort} tidak ada sama sekali padahal sudah vaksin {dlast} di {fac} kayaknya {notinput}",
    "Riwayat vaksinasi {relshort} tidak ditemukan, padahal {relshort} divaksin {dlast} di {fac} tanggal {when}.",
    "Kartu vaksin kertas {relshort} dari {fac} ada, tertulis {dlast} tanggal {when}, tapi di sistem belum ada apa-apa.",
    "{Relshort} so vaksin {dlast}, mar di {app} status masih belum vaksin.",
    "Kata petugas {fac}, data vaksin {relshort} memang {notinput}, padahal sudah vaksin {dlast} tanggal {when}.",
    "{Relshort} sudah vaksin {dlast}, tapi sampai sekarang tidak ada satu pun data vaksinasi atas nama {relshort}.",
    "{Relshort} kada tercatat vaksin di {app}, padahal sudah vaksin {dlast} di {fac}.",
    "Sudah {w} minggu, data vaksinasi {relshort} {notinput}."]
T["id"]["ob_dose"] = [
    "{Prev} {relshort} sudah tercatat, tapi {dose} tanggal {when} di {fac} {notinput}.",
    "{Relshort} sudah {dose} di {fac} tanggal {when}, tapi di {app} hanya ada {prev}.",
    "{Relshort} su {dose} tanggal {when}, mar yang muncul cuma {prev}.",
    "{dose} {relshort} di {fac} {notinput}, yang ada baru {prev}",
    "{Cert} {prev} {relshort} ada, tapi {dose} yang diterima tanggal {when} {notyet}.",
    "{Relshort} so dapa {dose} di {fac}, mar di {app} cuma ada {prev}.",
    "SUDAH {dose} TANGGAL {when} TAPI YANG ADA CUMA {prev}",
    "Data {dose} {relshort} belum ada, padahal {relshort} disuntik di {fac} pada {when}; {prev} sudah tercatat sejak dulu.",
    "Sudah {w} minggu sejak {relshort} {dose} di {fac}, tapi statusnya masih {prev}.",
    "{Relshort} sudah {dose} di {fac}, tapi {cert} untuk {dose} {notyet}, baru ada {prev}.",
    "Yang {prev} aman, tapi {dose} {relshort} tanggal {when} {notinput}.",
    "{Relshort} udah {dose} di {fac}, di {app} masih {prev} doang.",
    "{Relshort} sudah disuntik {dose} tanggal {when} di {fac}, namun riwayat vaksinnya berhenti di {prev}."]
T["id"]["ob_contact"] = [
    "Saya sendiri bisa dihubungi di {phone}.", "Untuk konfirmasi silakan telepon saya di {phone}.", "Tiang bisa dihubungi di {phone}.",
    "Beta pung nomor {phone}, bisa WA.", "HP/WA saya (pengirim) : {phone}", "Hubungi ulun di {phone}.", "WA gua {phone}.",
    "Kaule bisa ditelepon ke {phone}.", "kalau perlu telp saya {phone}", "Kita pe nomor {phone}.",
    "Nomor saya yang bisa dihubungi {phone}.", "Kalau ada yang kurang, kabari saya lewat {phone}.",
    "Lon bisa dihubungi di {phone}."]
T["id"]["two_self"] = [
    "{Rel} (NIK {relnik}) sudah pegang {cert}; giliran saya, NIK {nik}, yang {notyet}.",
    "Punya {relshort} (NIK {relnik}) sudah ada di {app}, yang belum itu punya saya, NIK {nik}.",
    "Tiang vaksin bareng {rel}. {Cert} {relshort} (NIK {relnik}) sudah ada, tapi punya tiang (NIK {nik}) {notyet}.",
    "Beta deng {rel} vaksin sama-sama. Punya {relshort} NIK {relnik} su ada, beta pung NIK {nik} sonde ada.",
    "Ulun lawan {rel} vaksin di tempat sama. Punya {relshort} ({relnik}) sudah terbit, punya ulun ({nik}) {notyet}.",
    "NIK {relshort} {relnik} SUDAH ADA SERTIFIKAT, NIK SAYA {nik} BELUM",
    "Kaule dan {rel} vaksin berdua. Punya {relshort} (NIK {relnik}) sudah keluar, punya kaule NIK {nik} {notyet}.",
    "Yang bermasalah {cert} saya, NIK {nik}. {Cert} {rel}, NIK {relnik}, tidak ada masalah.",
    "Gua sama {rel} vaksin bareng, punya {relshort} (NIK {relnik}) udah keluar, punya gua (NIK {nik}) {notyet}.",
    "punya {relshort} nik {relnik} sudah ada tapi punya saya nik {nik} {notyet}",
    "Kita deng {rel} vaksin sama-sama. Punya {relshort} (NIK {relnik}) so ada, kita pe NIK {nik} {notyet}.",
    "Mohon dicek NIK saya {nik}. Sebagai pembanding, {rel} yang vaksin di hari yang sama (NIK {relnik}) sudah dapat {cert}.",
    "NIK saya : {nik} ({cert} {notyet})\nNIK {relshort} : {relnik} (sudah ada)",
    "Aneh sekali, {rel} (NIK {relnik}) sudah terima {cert}, saya sendiri dengan NIK {nik} belum.",
    "Lon deungon {rel} vaksin bersama. Punya {relshort} (NIK {relnik}) ka na, punya lon NIK {nik} {notyet}.",
    "{Cert} saya, NIK {nik}, {notyet}, sedangkan punya {rel} (NIK {relnik}) sudah lama keluar."]
T["id"]["typo_fix"] = [
    "Aduh, NIK di email tadi jari saya kepeleset ({bad}). Betulnya {nik}.",
    "Ralat: NIK saya bukan {bad}, tapi {nik}.", "Tiang salah tulis NIK tadi, {bad}. Yang betul {nik}.",
    "Beta salah ketik NIK tadi, {bad}, yang betul {nik}.", "Ulun keliru menulis NIK, {bad}, yang benar {nik}.",
    "RALAT NIK: BUKAN {bad} TAPI {nik}", "nik yg tadi {bad} salah ketik yg benar {nik}",
    "Kaule salah tulis NIK, {bad}, yang benar {nik}.", "Eh sori NIK gua tadi salah, {bad}, yang bener {nik}.",
    "Mohon diabaikan NIK {bad} di email sebelumnya, NIK saya yang sebenarnya {nik}.",
    "Kita salah ketik NIK tadi, {bad}, yang betul {nik}.",
    "Koreksi: di formulir pengaduan saya mengisi {bad}, itu salah satu angka. NIK saya {nik}.",
    "NIK salah : {bad}\nNIK benar : {nik}", "Lon salah tulis NIK, {bad}, nyang beutoi {nik}."]
T["id"]["reporter"] = [
    "Saya {mename}, NIK {menik}, ingin menanyakan {cert} {rel} dengan NIK {nik}. Punya saya sendiri sudah aman.",
    "Perkenalkan, tiang {mename} (NIK {menik}). Tiang mau tanya {cert} {rel}, NIK {nik}.",
    "Beta {mename}, NIK {menik}. Beta mau lapor soal {rel}, NIK {nik}.",
    "Ulun {mename} NIK {menik}, handak melaporkan {cert} {rel} NIK {nik}.",
    "Pelapor : {mename} (NIK {menik})\nYang dilaporkan : {rel}, NIK {nik}",
    "SAYA {mename} NIK {menik} MELAPORKAN {cert} {rel} NIK {nik}",
    "Kaule {mename}, NIK kaule {menik}. Kaule mau tanya {cert} {rel}, NIK {nik}.",
    "Gua {mename}, NIK gua {menik}, mau nanya {cert} {rel}, NIK-nya {nik}. Punya gua udah beres.",
    "saya {mename} nik {menik} mau tanya {cert} {rel} nik {nik}",
    "Kita {mename}, NIK {menik}. Kita mo tanya {cert} {rel}, NIK {nik}.",
    "Identitas pelapor: {mename}, NIK {menik}. Yang bermasalah adalah {cert} {rel} dengan NIK {nik}.",
    "Saya {mename} (NIK {menik}) menulis untuk {rel}, NIK {nik}; {cert} saya sendiri tidak ada masalah.",
    "Lon {mename}, NIK {menik}, meunyo tanyong {cert} {rel}, NIK {nik}.",
    "Dengan ini saya, {mename}, NIK {menik}, mengadukan {cert} milik {rel} (NIK {nik})."]
T["id"]["listed"] = [
    "{aname} - NIK {anik}\n{bname} - NIK {bnik}", "Data kami berdua: {aname} ({anik}) dan {bname} ({bnik}).",
    "Nama : {aname}, NIK : {anik}\nNama : {bname}, NIK : {bnik}", "{aname} {anik}, {bname} {bnik}",
    "Tiang lampirkan dua data: {aname} NIK {anik}, {bname} NIK {bnik}.", "Beta kasih dua NIK: {aname} {anik}, {bname} {bnik}.",
    "Ulun kirimkan NIK kami berdua, {aname}: {anik}, {bname}: {bnik}.", "NIK {aname} {anik}, NIK {bname} {bnik}",
    "Berikut NIK: {anik} ({aname}) dan {bnik} ({bname}).", "Kaule sertakan {aname} NIK {anik} dan {bname} NIK {bnik}.",
    "nik {aname} {anik} nik {bname} {bnik}", "Kita pe data: {aname} {anik}, {bname} {bnik}.",
    "Dua orang: {aname} / {anik}; {bname} / {bnik}."]
T["id"]["listed_tail"] = [
    "Yang {notyet} itu {cert} saya, satunya sudah beres.", "Yang bermasalah punya saya, yang satu lagi sudah ada.",
    "Tiang cuma perlu punya tiang sendiri, yang lain sudah keluar.", "Beta pung yang sonde ada, yang lain su ada.",
    "{Cert} ulun yang {notyet}, yang satu sudah aman.", "YANG BELUM PUNYA SAYA", "yg blm punya sy aja",
    "Kaule yang {notyet}, yang satunya sudah.", "Punya gua doang yang {notyet}.", "Kita pe yang belum, yang satu so ada.",
    "Mohon dicek yang atas nama saya saja, yang satunya sudah terbit.", "Dari dua itu, hanya {cert} saya yang {notyet}.",
    "Punya lon yang {notyet}, yang lain ka na."]
T["id"]["fwd_note"] = [
    "Email di bawah ini saya sodorkan lagi, soalnya belum dapat jawaban.", "Meneruskan email sebelumnya, mohon ditanggapi.",
    "Tiang teruskan lagi email yang kemarin.", "Beta kirim ulang, belum ada balasan.", "FYI, email saya yang dulu belum dibalas.",
    "Ini email lama ulun, mohon dibaca.", "Ulang kirim, sudah seminggu belum ada jawaban.",
    "Mohon maaf kirim ulang, takutnya email kemarin terselip.", "Kaule kirim lagi email yang di bawah.",
    "Saya forward lagi ya min."]
T["id"]["fwd_note_ob"] = [
    "Saya teruskan email dari {rel} ya, mohon dibantu.", "Tiang teruskan email {rel} di bawah.",
    "Beta kirim email dari {rel}.", "Ini email {rel}, ulun yang teruskan.", "Meneruskan keluhan {rel}.",
    "Email dari {rel} saya forward ke sini karena belum dibalas.", "Kaule teruskan email {rel}.",
    "Fwd dari {relshort}, tolong dibantu.", "Saya bantu kirim ulang email {rel}.", "{Rel} minta tolong saya meneruskan email ini."]
T["id"]["quote_hdr"] = [
    "{date}, {oname} <{oemail}> menuliskan:", "-----Pesan Asli-----\nDari: {oname} <{oemail}>\nTerkirim: {date}\nPerihal: sertifikat",
    "{oname} <{oemail}> pada {date} menulis begini:", "Tgl {date}, {oname} ({oemail}) mengirim:",
    "-----Original Message-----\nDari: {oname} [mailto:{oemail}]\nTanggal: {date}", "Di {date} {oname} <{oemail}> wrote:",
    "Dikutip dari {oname} <{oemail}>, {date}:"]
T["id"]["desk_hdr"] = [
    "Hari {date}, petugas Layanan Sertifikat membalas dari sertifikat@certdesk.local:",
    "-----Pesan Asli-----\nPengirim: Layanan Sertifikat <sertifikat@certdesk.local>\nWaktu kirim: {date}",
    "Tanggal {date}, Layanan Sertifikat menulis:", "Balasan Layanan Sertifikat <sertifikat@certdesk.local> ({date}):",
    "Jawaban dari petugas layanan, {date}:", "Di {date} sertifikat@certdesk.local menulis:"]
T["id"]["noise_person"] = [
    "Sertifikat saya belum ada, NIK {onik}, HP {ophone}.", "Tolong cek punya tetangga saya, NIK {onik}, nomornya {ophone}.",
    "NIK : {onik}\nHP : {ophone}", "Ini data teman kos saya, NIK {onik} dan HP {ophone}.",
    "Beta pung tetangga NIK {onik}, HP {ophone}.", "Punya adik ipar sudah beres kok, NIK {onik}, HP {ophone}.",
    "Data warga RT kami: NIK {onik}, no HP {ophone}.", "Sekalian teman kerja saya di Johor, NIK {onik}, HP {ophone}."]
T["id"]["noise_desk"] = [
    "Tautan sertifikat NIK {onik} sudah kami kirimkan kembali, tujuan {ophone}.", "Permintaan ganti nomor NIK {onik} sudah diproses, sekarang {ophone}.",
    "Data NIK {onik} sudah lengkap, SMS terkirim ke {ophone}.", "Pengaduan NIK {onik} selesai, sertifikat dikirim ke {ophone}.",
    "Untuk NIK {onik}, kami sudah mengirim tautan sertifikat ke {ophone}.", "Tiket NIK {onik} ditutup; SMS terkirim ke {ophone}.",
    "Pembaruan data NIK {onik} beres; SMS akan masuk ke {ophone}."]
T["id"]["ask"] = [
    "Bapak/Ibu, tolong balas dengan NIK yang tertera di KTP beserta HP pendaftaran vaksin.", "Boleh kami minta NIK Bapak/Ibu?",
    "Agar dapat kami periksa, mohon sertakan NIK.", "Cukup balas pesan ini dan cantumkan NIK Anda.",
    "Tanpa NIK kami tidak dapat mencari data, mohon dilengkapi.", "Sebutkan NIK serta nama persis seperti di KTP, ya.",
    "Kami perlu NIK untuk mengecek data vaksinasi Anda."]
T["id"]["footer"] = [
    "Dikirim dari HP Vivo saya", "Dikirim via Yahoo Mail Android tiang", "Dikirim dari Samsung Galaxy",
    "Terkirim dari Outlook untuk Android", "Dikirim dari iPhone tiang", "Dikirim dari ponsel Oppo",
    "--\nDikirim lewat Gmail", "Dikirim dari perangkat seluler saya", "Dikirim dari Redmi Note", "Dikirim lewat aplikasi Mail di laptop kantor",
    "Sent from warnet Berkah Jaya"]

# --- English (Indonesians abroad and at home, officials, nurses) ---------------------------
T["en"]["greet"] = [
    "Dear Certificate Team,", "Good day Sir/Madam,", "Hello certificate team, good day.", "Greetings from Hong Kong,", "Dear duty officer of the certificate desk,",
    "Hi there, team,", "To whom it may concern:", "GOOD MORNING", "Dear helpdesk staff,", "Respected Sir or Madam of the helpdesk,",
    "Hi, hope all is well on your side.", "Dear all,", "Good evening from Taipei,", "Hello admin team,", "", ""]
T["en"]["close"] = [
    "Best wishes from Kowloon,", "Thanks & regards from Selangor,", "Yours sincerely from Jeddah,", "Many, many thanks.", "Warm regards from Riyadh,", "Cheers,",
    "Thank you very much.", "Faithfully yours, from Taoyuan", "Thx.", "Kind regards, and stay healthy.", "Respectfully,",
    "Thank you for your time.", "Regards from Kuala Lumpur,", "God bless."]
T["en"]["subject"] = [
    "Vaccine certificate still missing (PMI)", "Request for help - vaccination certificate", "COVID CERTIFICATE NOT RECEIVED",
    "cert not showing", "Enquiry on my vaccine certificate", "Complaint: vaccination certificate", "Need my vaccine cert urgently",
    "Certificate not in app", "Follow up on vaccine certificate", "vax cert problem again", "Missing e-certificate", "Help pls - vax cert"]
T["en"]["subject_fix"] = [
    "Wrong details on vaccine certificate", "Request: please correct my certificate data", "ERROR IN CERTIFICATE",
    "Certificate data does not match ID", "Correction of vaccination record", "Amendment request", "Mistake on my cert",
    "Data correction needed", "vaccine cert has wrong info"]
T["en"]["subject_phone"] = [
    "Mobile number change (vaccine record)", "Registered phone no longer active", "New phone number for certificate",
    "Old number dead - please update", "MOBILE NUMBER CHANGED", "Update contact number", "SMS went to my old number",
    "Phone number update request", "number changed"]
T["en"]["generic"] = [
    "I received my {dlast} at {fac} on {when}, but to this day my {cert} {notyet}.",
    "I am working as a domestic helper in Hong Kong. I had my {dlast} back home on {when} and my {cert} {notyet} in {app}.",
    "A good {w} weeks have gone by since my {dlast}; the {cert} {notyet}.",
    "my {cert} {notyet} although i had {dlast} at {fac}",
    "MY {cert} {notyet}, I HAD {dlast} ON {when}",
    "I work at a factory in Taichung. Before flying I had {dlast} at {fac}, but the {cert} {notyet}, and my agency keeps asking for it.",
    "My {cert} {notyet} in {app}. Last shot: {dlast}, {when}, {fac}.",
    "Kindly check why my {cert} {notyet}. I completed {dlast} at {fac} on {when}.",
    "Good day, I would like to ask about my {cert} which {notyet}, even though I got {dlast} {w} weeks ago at {fac}. I have reinstalled {app} twice, cleared the cache, and even borrowed my friend's phone to log in, still nothing.",
    "hi my {cert} {notyet} i already vaccinated {dlast} on {when} at {fac} please help thank you",
    "Vaccinated {dlast} on {when} at {fac}. {cert} {notyet}.",
    "I'm a plantation worker in Sabah, had my {dlast} on {when} before I left, and until today my {cert} {notyet}.",
    "My employer in Riyadh needs proof of vaccination, but my {cert} {notyet} although I had {dlast} at {fac}.",
    "I had {dlast} on {when}. Since then, {w} weeks, and the {cert} {notyet}.",
    "Could you please look into this: my {cert} {notyet}, and I had {dlast} at {fac} on {when}.",
    "Just wondering why my {cert} {notyet}? Got {dlast} at {fac} already.",
    "I need the {cert} for travel but it {notyet}. I had my {dlast} at {fac} on {when}.",
    "I have been fully vaccinated up to {dlast}, yet {app} shows that my {cert} {notyet}.",
    "Hi, it's me again. Still, my {cert} {notyet}. I got {dlast} on {when} at {fac}.",
    "My {cert} {notyet} and I am starting to worry, it's been {w} weeks since {dlast}.",
    "Writing from Johor Bahru: I got {dlast} at {fac} on {when}, but my {cert} {notyet}.",
    "Please assist, my {cert} {notyet}. I got {dlast} at {fac}."]
T["en"]["sms_lost"] = [
    "Maybe the SMS came but I deleted it by mistake when clearing my inbox.",
    "My old phone was factory reset, so any SMS I received is gone.",
    "I might have received the SMS, but my phone fell into water and all messages were lost.",
    "I delete SMS often because of the spam, maybe the certificate one went with them.",
    "My kid plays with my phone and sometimes deletes messages.",
    "If the link was sent by SMS, I can no longer find it in my phone.",
    "I switched to a new phone and my old SMS did not transfer.",
    "My inbox was full and I wiped all the old messages last month.",
    "Possibly it arrived while I was busy and got deleted later.",
    "I lost track of the SMS, I think I cleaned up my messages.",
    "The SMS might be there somewhere but I can't find it anymore.",
    "I may have erased the SMS without reading it.",
    "The messages on my phone were all deleted when I updated the software."]
T["en"]["no_phone"] = [
    "No phone number went onto my vaccine registration, I never gave one.",
    "At the vaccination I didn't have a phone of my own, so no number was written.",
    "The officer did not ask for my mobile number at registration.",
    "It was a mass vaccination at the village hall, they only took my KTP, no phone number.",
    "I left the phone number field empty on the form.",
    "I didn't have a SIM card at that time, so my number was not recorded.",
    "My company registered us and I don't think they included our phone numbers.",
    "When I got vaccinated I only showed my ID, I never provided a mobile number.",
    "My number was not taken down at the vaccination site because of the long queue.",
    "I had no handphone back then so nothing was filled in.",
    "I remember I did not write any phone number on the registration paper.",
    "No mobile number was given during my vaccination registration.",
    "I forgot to put my phone number when registering."]
T["en"]["resend"] = [
    "Could you resend the {cert} please?", "Please send me the {cert} again.", "Would it be possible to re-send my {cert}?",
    "Kindly resend the SMS with the {cert}.", "Can you send the {cert} link one more time?", "Please reissue and resend my {cert}.",
    "RESEND MY {cert} PLEASE", "I would appreciate it if the {cert} could be sent again.", "Just resend the {cert} to my phone pls.",
    "Please send the {cert} again to the registered number.", "Could the {cert} be sent once more?",
    "Hoping you can push the {cert} to me again.", "Please re-send it, thanks."]
T["en"]["dose_pending"] = [
    "My {prev} is recorded, but my {dose} on {when} at {fac} {notinput}.",
    "I had my {dose} at {fac} on {when}, but {app} only shows {prev}.",
    "My {prev} produced a {cert}; the {dose}, received {w} weeks back, produced nothing.",
    "{Prev} fine but {dose} on {when} {notinput}",
    "I GOT MY {dose} ON {when} BUT APP STILL SHOWS {prev}",
    "Before leaving for Hong Kong I got my {dose} at {fac}, but that record {notinput}; only {prev} shows.",
    "My status is frozen at {prev}, though the {dose} went into my arm on {when}.",
    "Please check: I got {dose} on {when} at {fac}, but only {prev} appears in {app}.",
    "i got {dose} at {fac} on {when} but the {cert} for it {notyet} only {prev}",
    "{Prev} is OK. The problem is my {dose} at {fac} on {when}, which {notinput}.",
    "It has been {w} weeks since my {dose} at {fac} and {app} still lists just {prev}.",
    "The {dose} I received at {fac} on {when} {notinput}, so my {cert} still shows only {prev}.",
    "My {dose} seems missing, I had it at {fac} on {when}; {prev} was recorded long ago.",
    "Got {dose} at {fac} on {when}. Only {prev} is in the system.",
    "I completed {dose} on {when} but the record {notinput}. {prev} appears fine."]
T["en"]["rec_pending"] = [
    "I had {dlast} on {when} at {fac}, but there is no vaccination data for me at all, probably it {notinput}.",
    "{App} says I am unvaccinated, even though I got {dlast} at {fac}.",
    "Zero doses on my history page. Zero. Yet I had {dlast} on {when}.",
    "Typing my NIK into {app} gives 'data not found', though {fac} gave me {dlast}.",
    "I STILL SHOW AS UNVACCINATED BUT I HAD {dlast} ON {when}",
    "i had {dlast} at {fac} on {when} but my data is not there at all the nurse said it {notinput}",
    "I hold the paper card from {fac} stamped {dlast}, {when}; online there is nothing of me.",
    "It has been {w} weeks since {dlast} and my vaccination record {notinput}.",
    "My record shows zero vaccinations even though I had {dlast} at {fac}.",
    "Although I was vaccinated ({dlast}, {when}, {fac}), no vaccination data exists under my name.",
    "The puskesmas told me my data {notinput}, but I was vaccinated with {dlast} on {when}.",
    "Nothing at all shows in {app}, not even my {dlast} from {when}.",
    "Status in {app}: not vaccinated. Reality: {dlast} at {fac} on {when}.",
    "My vaccine history is blank, I guess it {notinput}, I got {dlast} at {fac}."]
T["en"]["fix_full_name"] = [
    "The {cert} spells me {wrong}. I am {right}.",
    "Typo alert on my name: {wrong} on the {cert}, versus {right} on my KTP.",
    "NAME ON CERTIFICATE IS WRONG: {wrong}. CORRECT: {right}",
    "Name on certificate: {wrong} (wrong)\nCorrect name: {right}",
    "The {cert} shows my name as {wrong}; my real name is {right}.",
    "my name in the {cert} is {wrong} should be {right}",
    "Name fix please: {wrong} needs to become {right}.",
    "In {app} my name appears as {wrong}, while my passport says {right}, and my employer abroad will not accept the mismatch.",
    "The nurse typed my name wrongly, so the {cert} says {wrong} instead of {right}.",
    "Name spelling error: {wrong}. Right spelling: {right}.",
    "My {cert} has {wrong} as the name, but I am {right}.",
    "The name printed ({wrong}) is not mine exactly, it should read {right}.",
    "Kindly change the name on my {cert}, it says {wrong} but it is {right}.",
    "Wrong name on my cert - {wrong}, correct is {right}.",
    "Can my name be amended? {wrong} is what the {cert} shows, {right} is what my KTP shows."]
T["en"]["fix_birth_date"] = [
    "Birth date on the {cert}: {wrong}. Birth date in real life: {right}.",
    "According to the {cert} I was born {wrong}; my mother would say {right}.",
    "DATE OF BIRTH WRONG: {wrong}. CORRECT: {right}",
    "Date of birth: {wrong} (wrong)\nCorrect date of birth: {right}",
    "They got my birthday wrong - {wrong} where it should be {right}.",
    "dob wrong on {cert} {wrong} real one {right}",
    "Please swap the birth date {wrong} for the true one, {right}.",
    "I was born on {right}, yet the {cert} lists {wrong} as my birth date.",
    "Birth date mismatch: {cert} says {wrong}, my passport says {right}.",
    "The DOB recorded is {wrong}, the right DOB is {right}.",
    "Kindly amend my date of birth, it is {right}, not {wrong}.",
    "In {app} my birth date is {wrong}; according to my ID it is {right}.",
    "Wrong DOB on my cert - {wrong}, should be {right}.",
    "My birthday shows as {wrong} on the {cert}, but it's {right}."]
T["en"]["fix_vaccinated_on"] = [
    "Per the {cert}, my {dose} happened on {wrong}; in fact the needle went in on {right}.",
    "Recorded date for {dose}: {wrong}. True date: {right}.",
    "DATE OF {dose} IS WRONG: {wrong}. CORRECT: {right}",
    "Date of {dose}: {wrong} (wrong)\nCorrect date: {right}",
    "I got my {dose} on {right}, but the {cert} says {wrong}.",
    "{app} says {dose} was {wrong} but no, i got it {right}",
    "Kindly move my {dose} from {wrong} to its real date, {right}.",
    "My vaccination card from the clinic shows {dose} on {right}, but the {cert} shows {wrong}.",
    "Wrong date for {dose}: it says {wrong}, should be {right}.",
    "There's a date error for my {dose} - {wrong} instead of {right}.",
    "{Dose} was given on {right}, not on {wrong} as written on my {cert}.",
    "Kindly fix the {dose} date; recorded {wrong}, actual {right}.",
    "My {dose} appears as {wrong} on the {cert}; the real date was {right}.",
    "The date shown for my {dose} ({wrong}) is incorrect, it was {right}."]
T["en"]["fix_vaccine"] = [
    "The vaccine for my {dose} on the {cert} is written as {wrong}, but I received {right}.",
    "Wrong vaccine brand for {dose}: recorded {wrong}, correct {right}.",
    "VACCINE TYPE FOR {dose} IS WRONG: {wrong}. CORRECT: {right}",
    "Vaccine ({dose}): {wrong} (wrong)\nCorrect vaccine: {right}",
    "I got {right} for my {dose}, but the {cert} says {wrong}.",
    "my {dose} was {right} not {wrong} please change",
    "Please relabel my {dose}: it was {right}, the record says {wrong}.",
    "My paper card shows {right} for the {dose}, but {app} shows {wrong}.",
    "For the {dose} it says {wrong}; I was injected with {right}. This matters because my destination country does not accept every brand.",
    "{Dose} brand mismatch: {cert} says {wrong}, actual {right}.",
    "Brand on {dose} should read {right}; {wrong} is a mistake.",
    "Kindly amend my {dose} vaccine from {wrong} to {right}.",
    "The nurse injected {right} for my {dose}, I saw the vial; the {cert} claims {wrong}."]
T["en"]["fix_nik"] = [
    "NIK printed on my {cert}: {wrong}. NIK on my e-KTP: {right}.",
    "One of the digits in my NIK got changed: the {cert} has {wrong}, my KTP has {right}.",
    "WRONG NIK: {wrong}. CORRECT NIK: {right}",
    "NIK on record: {wrong} (wrong)\nNIK on my ID card: {right}",
    "I hold NIK {right}; somehow the {cert} carries {wrong}.",
    "nik on {cert} {wrong} wrong, mine {right}",
    "Please correct my NIK from {wrong} to {right}.",
    "{App} filed me under NIK {wrong}, while my NIK is {right}, so searching gets me nowhere.",
    "The officer typed my NIK as {wrong}. The correct NIK is {right}.",
    "NIK mismatch: recorded {wrong}, actual {right}.",
    "Kindly amend the NIK on my {cert}; it shows {wrong} instead of {right}.",
    "My ID number was entered wrongly as {wrong}, it is {right}.",
    "Wrong NIK on my cert - {wrong}, should be {right}.",
    "The NIK printed ({wrong}) is off by one digit, my NIK is {right}."]
T["en"]["fix_sex"] = [
    "My sex on the {cert} is written as {wrong}, but I am {right}.",
    "Gender mix-up on my {cert}: {wrong} where {right} belongs.",
    "GENDER WRONG: {wrong}. CORRECT: {right}",
    "Gender: {wrong} (wrong)\nCorrect gender: {right}",
    "I am {right}, yet the {cert} lists me as {wrong}.",
    "my gender on {app} is {wrong} should be {right}",
    "Please correct my gender from {wrong} to {right}.",
    "The sex field shows {wrong}; according to my KTP it is {right}.",
    "Gender mismatch: {cert} says {wrong}, actual {right}.",
    "Kindly amend my gender, it is {right}, not {wrong}.",
    "The {cert} says {wrong} for gender, but I'm {right}.",
    "Wrong gender on my cert - {wrong}, should be {right}.",
    "My gender has been recorded as {wrong} instead of {right}."]
T["en"]["phone_changed"] = [
    "My registration-time number {old} {inactive}. {Newnum} {new}.",
    "My old number {old} {inactive}; my new number is {new}.",
    "OLD NUMBER {old} IS DEAD, NEW NUMBER {new}",
    "Old (registered) number: {old}\nNew number: {new}",
    "Back at the jab I gave {old}; that SIM {inactive}. {Newnum} {new} - route the SMS there.",
    "I now work in Malaysia and my Indonesian number {old} {inactive}. My new number is {new}.",
    "Swap please: old {old} ({inactive}) out, new {new} in.",
    "my old number {old} {inactive} new one is {new} please update",
    "The number on my vaccination record ({old}) {inactive}. {Newnum} {new}.",
    "The SMS must have gone to my old number {old}, which {inactive}. My new number is {new}.",
    "Kindly replace my old number {old} with my new number {new}, as the old one {inactive}.",
    "The mobile number given at vaccination was {old} and it {inactive}. Please update it to {new}.",
    "What's registered is my old number, {old}; it {inactive}. {Newnum} {new}.",
    "I changed SIM cards. Old: {old}. New: {new}. The old one {inactive}.",
    "I'm in Hong Kong now, so my old Indonesian line {old} {inactive}. {Newnum} {new}.",
    "Old number {old} {inactive}. New number {new}.",
    "Please note my new mobile, {new}; the old one on file, {old}, {inactive}."]
T["en"]["phone_lost"] = [
    "My registration-time number {old} {inactive}, so whatever SMS you sent went nowhere.",
    "My old number {old} {inactive}, I can't receive any SMS on it.",
    "REGISTERED NUMBER {old} IS DEAD",
    "my old number {old} {inactive} so no sms",
    "The number on record, {old}, {inactive}, and I haven't got a replacement SIM yet.",
    "My number at the time of vaccination was {old}; it {inactive} since I went abroad.",
    "I used {old} when I registered, and that number {inactive}.",
    "The phone number {old} used at registration {inactive}.",
    "Unfortunately my old line {old} {inactive}, so the {cert} link never reached me.",
    "The SMS would have gone to {old}, which {inactive}."]
T["en"]["contact"] = [
    "You can reach me on WhatsApp at {phone}.", "Ring {phone} should anything need confirming.",
    "Mobile/WA: {phone}", "My contact number is {phone}.", "Feel free to call {phone}.", "Contact: {phone} (WhatsApp)",
    "PHONE {phone}", "pls contact me at {phone}", "For verification calls: {phone}.",
    "For any questions my number is {phone}.", "My phone: {phone}, WhatsApp also fine.",
    "Should you need more details, text me at {phone}.", "Reach me at {phone}, thanks."]
T["en"]["duplicate"] = [
    "My {dose} was booked under a different mobile, {other}, and the system opened a fresh record for it, calling it {dfirst}. The record I know stops at {prev}.",
    "It seems I have two records. My {dose} went into another record with the number {other} and was counted as {dfirst}, while my record stops at {prev}.",
    "TWO RECORDS FOR ME. {dose} SITS UNDER NUMBER {other} LABELLED {dfirst}",
    "There are two of me in your system: one ending at {prev}, the other tied to {other} with my {dose} shown as {dfirst}.",
    "My company registered my {dose} with the number {other}, so it became {dfirst} on a different record instead of following my {prev}.",
    "i used number {other} for my {dose} so it shows as {dfirst} in another record, my original record only has {prev}",
    "Kindly join my records: {dose} lives under {other} as {dfirst}, apart from the main one with {prev}.",
    "Because I used the phone number {other} for my {dose}, my data split: the {dose} appears as {dfirst} in a new record, and the old one ends at {prev}.",
    "There is a double record under my name. In the second one (number {other}) my {dose} is written as {dfirst}.",
    "My {dose} was booked with {other}; now it is a separate {dfirst} instead of being added after my {prev}.",
    "I think the system created a new record for my {dose} because I gave the number {other}; it says {dfirst} there, and my main record has only {prev}.",
    "Duplicate record: {dose} saved as {dfirst} under phone {other}. My real record ends at {prev}.",
    "Before I went abroad, the agency booked my {dose} with the number {other}, so it was logged as {dfirst} on another record, apart from my {prev}."]
T["en"]["nik_self"] = [
    "My NIK is {nik}, name {name}.", "NIK : {nik}\nFull name : {name}", "Full name : {name}\nNIK (KTP) : {nik}", "NIK {nik} -- {name}",
    "For reference, my name is {name} and my NIK is {nik}.", "ID number (NIK): {nik}, {name}", "NAME {name} NIK {nik}",
    "my nik {nik} name {name}", "Details: {name} / NIK {nik}.", "I am {name}, holder of NIK {nik}.", "NIK as per KTP: {nik} - {name}",
    "Full name {name}, national ID {nik}.", "{name} -- NIK {nik}"]
T["en"]["nik_kk"] = [
    "Family card (KK) number : {kk}\nMy NIK : {nik}", "KK of my household: {kk}; my NIK: {nik}.", "KK {kk} -- NIK {nik}",
    "Family card {kk}, personal NIK {nik}.", "kk no {kk} nik no {nik}", "KK NUMBER {kk}, NIK {nik}",
    "Adding family card {kk} plus my NIK {nik}.", "KK: {kk}. My own NIK: {nik}.",
    "Family registration number {kk}; ID number {nik}.", "Details: KK {kk}, NIK (KTP) {nik}.",
    "Kartu Keluarga {kk}, and NIK {nik}.", "For your reference - KK {kk}, NIK {nik}."]
T["en"]["phone_record"] = [
    "Mobile used for my vaccine sign-up: {phone}.", "The sign-up at the vaccine post was done with {phone}.",
    "My registered mobile is {phone}.", "Registered phone: {phone}", "i registered with {phone}",
    "My KTP is with my employer, but the phone I used at the vaccination post is {phone}.",
    "REGISTERED NUMBER {phone}", "Please search by my registration number, {phone}.",
    "My vaccination was booked with the mobile {phone}.", "At the vaccine site I gave the number {phone}.",
    "You can look me up with the mobile I used to register: {phone}.", "My vaccination was registered under {phone}."]
T["en"]["when_where"] = [
    "I got vaccinated at {fac}, on {when}.", "Place: {fac}\nDate: {when}", "It was at {fac}, {when}.",
    "Vaccination site {fac}, date {when}.", "vaccinated at {fac} on {when}", "LOCATION {fac}, DATE {when}",
    "Needle day: {when}, at {fac}.", "I went to {fac} on {when} for it.", "Date & place of the jab: {when}, {fac}.",
    "On {when} I got it at {fac}, after a long queue.", "It took place at {fac} on {when}."]
T["en"]["ob_intro"] = [
    "Typing this up for {rel}; email is not something they use.", "I'd like to ask about the {cert} of {rel}.",
    "Please help with the {cert} of {rel}.", "I AM ASKING ABOUT {rel}", "This is about {rel}.",
    "As a village official I am helping {rel} with the {cert}.", "I am a nurse at the health post and I'm following up the {cert} of {rel}.",
    "{Rel} cannot use a smartphone well and asked me to send this email.", "i want to ask for {rel}",
    "I'm handling the {cert} of {rel}.", "From Taiwan I'm helping {rel} back home with the {cert}.",
    "Regarding the {cert} of {rel}, please assist.", "Writing for {rel}, who is not good with technology.",
    "Hello, I'm contacting you about {rel} and the {cert}."]
T["en"]["ob_nik"] = [
    "NIK of {relshort}: {nik}, name {name}.", "Name per KTP >> {name}\nNIK >> {nik}", "Their NIK : {nik}\nTheir name : {name}",
    "{Relshort}'s NIK is {nik}, name {name}.", "Full details of {rel}: {name}, NIK {nik}.", "nik {nik} name {name}",
    "NAME {name} NIK {nik}", "Registered as {name}, NIK {nik}.", "{Relshort} is {name}, NIK {nik}.",
    "ID number of {relshort}: {nik} ({name}).", "{name} - NIK {nik} ({relshort})", "Full name {name}, national ID {nik}."]
T["en"]["ob_generic"] = [
    "{Relshort} had {dlast} on {when} at {fac}, but the {cert} {notyet}.",
    "It has been {w} weeks since {relshort} got {dlast}, and the {cert} {notyet} in {app}.",
    "{Relshort} was vaccinated ({dlast}) on {when}, yet the {cert} {notyet}.",
    "the {cert} of {relshort} {notyet} although vaccinated {dlast} on {when}",
    "{Relshort} got {dlast} at {fac} but the {cert} {notyet}.",
    "The {cert} of {relshort} {notyet}; {dlast} was on {when} at {fac}.",
    "{Relshort} has completed up to {dlast}, but in {app} the {cert} {notyet}.",
    "VACCINATED {dlast} ON {when} BUT THE {cert} {notyet}",
    "During the mass vaccination at {fac} on {when}, {relshort} got {dlast}, and since then the {cert} {notyet}.",
    "{Relshort} got {dlast} {w} weeks ago, but the {cert} {notyet}, so no entry to the mall.",
    "I checked {app} with the NIK of {relshort}; the {cert} {notyet} though {dlast} was done at {fac}.",
    "{Relshort} finished {dlast} at {fac}, still the {cert} {notyet}.",
    "No {cert} for {relshort} yet, even though {dlast} was given at {fac} on {when}."]
T["en"]["ob_pending"] = [
    "{Relshort} had {dlast} on {when} at {fac}, but there is no vaccination data at all, probably it {notinput}.",
    "In {app} {relshort} is still listed as unvaccinated, though {dlast} was done at {fac}.",
    "The vaccination history of {relshort} is empty; it {notinput}, even though {dlast} was given on {when}.",
    "{Relshort} shows as unvaccinated, but it's been {w} weeks since {dlast}.",
    "RECORD OF {relshort} IS EMPTY THOUGH VACCINATED {dlast} ON {when}",
    "no vaccine data for {relshort} at all although vaccinated {dlast} at {fac}, seems it {notinput}",
    "No vaccination record can be found for {relshort}, although {dlast} was given at {fac} on {when}.",
    "{Relshort} keeps a paper card from {fac} stamped {dlast}, {when}; online there is no trace.",
    "The staff at {fac} told us the data of {relshort} {notinput}, though {dlast} was done on {when}.",
    "Not one vaccination appears under the name of {relshort}, although {dlast} was given.",
    "{Relshort} is not recorded as vaccinated in {app} despite {dlast} at {fac}.",
    "It's been {w} weeks and the vaccination data of {relshort} {notinput}.",
    "The record for {relshort} is blank - {dlast} at {fac} on {when} never made it in."]
T["en"]["ob_dose"] = [
    "The {prev} of {relshort} is recorded, but the {dose} on {when} at {fac} {notinput}.",
    "{Relshort} had the {dose} at {fac} on {when}, but {app} only shows {prev}.",
    "the {dose} of {relshort} at {fac} {notinput}, only {prev} is there",
    "The {cert} for {prev} is there, but the {dose} from {when} {notyet}.",
    "GOT {dose} ON {when} BUT ONLY {prev} SHOWS",
    "Nothing for the {dose} of {relshort}, given at {fac} on {when}; {prev} went in ages ago.",
    "It has been {w} weeks since {relshort} had the {dose} at {fac}, but the status is still {prev}.",
    "{Relshort} received the {dose} at {fac}, but the {cert} for it {notyet}, only {prev}.",
    "{Prev} is fine, but the {dose} of {relshort} on {when} {notinput}.",
    "{Relshort} got the {dose} at {fac} on {when}; the vaccination history stops at {prev}.",
    "For {relshort}, only {prev} shows. The {dose} given at {fac} {notinput}.",
    "{Relshort} completed the {dose} on {when}, yet only {prev} is in {app}."]
T["en"]["ob_contact"] = [
    "I am on {phone}.", "For confirmation please call me on {phone}.", "My WhatsApp (sender): {phone}",
    "My number (the sender): {phone}", "Anything missing, ping me at {phone}.", "pls call me {phone}",
    "MY PHONE {phone}", "I can be contacted anytime at {phone}.", "Text me at {phone} if you need documents.",
    "The sender (me) answers on {phone}.", "My contact: {phone}.", "Any questions, my line is {phone}."]
T["en"]["two_self"] = [
    "The {cert} of {rel} with NIK {relnik} has come out, but mine, NIK {nik}, {notyet}.",
    "{Relshort}'s one (NIK {relnik}) is in {app}; the missing one is mine, NIK {nik}.",
    "I got vaccinated together with {rel}. The {cert} of {relshort} (NIK {relnik}) is there, but mine (NIK {nik}) {notyet}.",
    "NIK {relnik} OF {relshort} HAS THE CERTIFICATE, MY NIK {nik} DOES NOT",
    "the one for {relshort} nik {relnik} is there but mine nik {nik} {notyet}",
    "The problem is my {cert}, NIK {nik}. The {cert} of {rel}, NIK {relnik}, is fine.",
    "Check NIK {nik}, mine, please. {Rel} got jabbed on that same date with NIK {relnik} and already has the {cert}.",
    "My NIK: {nik} ({cert} {notyet})\nNIK of {relshort}: {relnik} (received)",
    "Strange: {rel} (NIK {relnik}) got the {cert}, but I, NIK {nik}, did not.",
    "My {cert}, NIK {nik}, {notyet}, while the one of {rel} (NIK {relnik}) came long ago.",
    "{Rel} and I had our jabs at the same place; {relshort} (NIK {relnik}) is sorted, I (NIK {nik}) am not.",
    "Mine is missing (NIK {nik}); the one for {rel} (NIK {relnik}) is OK.",
    "Only my certificate is the issue: NIK {nik}. Ignore {relshort}, NIK {relnik}, that one arrived."]
T["en"]["typo_fix"] = [
    "Fat-finger moment earlier: I typed {bad}. The real NIK is {nik}.",
    "Correction: my NIK is not {bad}, it is {nik}.", "CORRECTION NIK: NOT {bad} BUT {nik}",
    "the nik i sent before {bad} was wrong the right one is {nik}", "Scratch {bad} from my last mail; my NIK is {nik}.",
    "Oops - {bad} came from my clumsy thumb. NIK = {nik}.", "Wrong NIK: {bad}\nRight NIK: {nik}",
    "In the complaint form I entered {bad}, one digit off. My NIK is {nik}.", "Typo in my NIK earlier ({bad}) - correct one: {nik}.",
    "My apologies, {bad} is not my NIK, {nik} is.", "Let me correct the NIK: {bad} was a mistake, {nik} is right.",
    "Earlier I gave {bad} by mistake. The correct NIK: {nik}.", "Fixing my typo - NIK {nik}, not {bad}."]
T["en"]["reporter"] = [
    "I am {mename}, NIK {menik}, and I'd like to ask about the {cert} of {rel}, NIK {nik}. Mine is fine.",
    "My name is {mename} (NIK {menik}). I'm asking about {rel}, NIK {nik}.",
    "Reported by : {mename} (NIK {menik})\nPerson with the problem : {rel}, NIK {nik}",
    "I {mename} NIK {menik} REPORTING FOR {rel} NIK {nik}",
    "i am {mename} nik {menik} asking about {rel} nik {nik}",
    "Reporter's details: {mename}, NIK {menik}. The problem is the {cert} of {rel}, NIK {nik}.",
    "I, {mename} (NIK {menik}), am writing for {rel}, NIK {nik}; my own {cert} has no problem.",
    "This is {mename}, NIK {menik}. I'm following up {rel}, whose NIK is {nik}.",
    "I'm {mename} with NIK {menik}. My {cert} is OK; the one missing belongs to {rel} (NIK {nik}).",
    "My details: {mename}, {menik}. The person with the problem: {rel}, {nik}.",
    "Hello, {mename} here (NIK {menik}), writing about the {cert} of {rel}, NIK {nik}.",
    "On behalf of {rel} (NIK {nik}), I, {mename}, NIK {menik}, submit this complaint.",
    "{mename}, NIK {menik}, asking for {rel} - NIK {nik}."]
T["en"]["listed"] = [
    "{aname} - NIK {anik}\n{bname} - NIK {bnik}", "Our details: {aname} ({anik}) and {bname} ({bnik}).",
    "Name: {aname}, NIK: {anik}\nName: {bname}, NIK: {bnik}", "{aname} {anik}, {bname} {bnik}",
    "Two NIKs: {aname} {anik}; {bname} {bnik}.", "NIK {aname}: {anik}, NIK {bname}: {bnik}",
    "Here are the NIKs: {anik} ({aname}) and {bnik} ({bname}).", "nik {aname} {anik} nik {bname} {bnik}",
    "Both of us: {aname} / {anik}, {bname} / {bnik}.", "Listing both: {aname}, NIK {anik}; {bname}, NIK {bnik}.",
    "{aname} (NIK {anik}) and {bname} (NIK {bnik}).", "People: {aname} {anik} | {bname} {bnik}"]
T["en"]["listed_tail"] = [
    "The one that {notyet} is mine, the other one is done.", "The problem is with mine, the other one is fine.",
    "I only need mine, the other one arrived.", "MINE IS THE ONE MISSING", "only mine is missing lah",
    "Please check the one under my name only, the other has been issued.", "Between those two, it is my {cert} that {notyet}.",
    "It's mine that {notyet}; the other is sorted.", "Just mine, the other person's is OK.",
    "The missing {cert} is mine.", "Mine is the problem, not the other.", "Only my {cert} is the issue here."]
T["en"]["fwd_note"] = [
    "Resending my email below as I haven't had a reply.", "Forwarding my earlier email, please respond.",
    "FYI, my previous email is still unanswered.", "Sending again, a week with no answer.",
    "Sorry to resend, in case the first one got lost.", "See my email below, please.", "Forwarding again, thanks.",
    "Bumping my previous message.", "Re-sending as requested by your call centre."]
T["en"]["fwd_note_ob"] = [
    "Forwarding the email from {rel}, please help.", "Please see the email from {rel} below.",
    "This is the email of {rel}, I'm forwarding it.", "Forwarding the complaint of {rel}.",
    "{Rel} begged me to pass this along to you.", "Sending on the email from {relshort}, still no reply.",
    "Fwd from {relshort}, please assist.", "I am forwarding this on behalf of {rel}.", "See below from {rel}."]
T["en"]["quote_hdr"] = [
    "On {date}, {oname} <{oemail}> sent:", "-----Original Message-----\nFrom: {oname} <{oemail}>\nSent: {date}\nSubject: certificate",
    "{oname} <{oemail}> had written on {date}:", "On {date} {oname} ({oemail}) wrote:", "From: {oname} <{oemail}>, {date}:",
    "-----Original Message-----\nFrom: {oname} [mailto:{oemail}]\nDate: {date}", "Quoting {oname} <{oemail}>, {date}:"]
T["en"]["desk_hdr"] = [
    "Reply from Layanan Sertifikat <sertifikat@certdesk.local> dated {date}:",
    "-----Original Message-----\nFrom: Layanan Sertifikat <sertifikat@certdesk.local>\nSent: {date}",
    "On {date}, the certificate helpdesk wrote:", "At {date} the desk (Layanan Sertifikat, sertifikat@certdesk.local) replied:",
    "Helpdesk reply of {date}:", "On {date} sertifikat@certdesk.local wrote:"]
T["en"]["noise_person"] = [
    "My certificate isn't out either, NIK {onik}, phone {ophone}.", "Please check my neighbour's too, NIK {onik}, number {ophone}.",
    "NIK: {onik}\nPhone: {ophone}", "This is my housemate's, NIK {onik} and phone {ophone}.",
    "My sister-in-law's is sorted already, NIK {onik}, phone {ophone}.", "Also my coworker in Kowloon, NIK {onik}, mobile {ophone}.",
    "Our resident: NIK {onik}, HP {ophone}."]
T["en"]["noise_desk"] = [
    "We have pushed the certificate of NIK {onik} again to {ophone}.", "Mobile for NIK {onik} is now set to {ophone}.",
    "Data for NIK {onik} is complete; SMS delivered to {ophone}.", "Complaint for NIK {onik} resolved, certificate sent to {ophone}.",
    "For NIK {onik} we have sent the certificate link to {ophone}.", "Ticket for NIK {onik} closed; SMS sent to {ophone}.",
    "NIK {onik} updated, registered number is now {ophone}."]
T["en"]["ask"] = [
    "Send back your KTP's NIK, plus the mobile used at sign-up.", "May we have your NIK?",
    "Include your NIK so we can look you up.", "A reply with your NIK is all we need.",
    "Without a NIK we cannot search for your record; please provide it.", "Let us know your NIK and the name exactly as printed on your KTP.",
    "We need your NIK to check your vaccination data."]
T["en"]["footer"] = [
    "Sent from my Vivo", "Sent from Yahoo Mail on iPhone", "Sent from my Samsung Galaxy", "Sent with Outlook on iPhone",
    "Sent from HUAWEI nova", "Sent via Gmail Go", "Sent from my OPPO smartphone", "--\nSent from my mobile, excuse typos",
    "Sent from the Mail app on Windows"]

# --- mixed Indonesian / English / Malay (migrant workers, Jakarta code-switching) ------------
T["mix"]["greet"] = [
    "Hi admin, selamat siang ya.", "Hello kak, sorry ganggu.", "Dear admin, permisi ya.", "Good morning Bapak/Ibu,",
    "Assalamualaikum, hello team.", "Om Swastyastu, dear team.", "Hai min, good evening dari Hong Kong.",
    "Helo admin, saya dari Malaysia ni.", "Morning kak admin,", ""]
T["mix"]["close"] = [
    "Thank you ya kak.", "Suksma, thanks a lot.", "Makasih banyak, regards.", "Thanks, ditunggu ya.",
    "Terima kasih, God bless.", "Tq so much min.", "Regards dari Taipei,", "Thank you, salam dari perantauan.",
    "Ok thanks, wassalam."]
T["mix"]["generic"] = [
    "Kak, sudah {w} weeks since my {dlast} tapi {cert} saya {notyet}, please help.",
    "Sorry nak tanya, {cert} saya {notyet}, padahal sudah {dlast} kat {fac} on {when}.",
    "Saya kerja di Hong Kong, my {cert} {notyet} padahal I already got {dlast} sebelum berangkat.",
    "Min, I already vaksin {dlast} tapi kenapa {cert} {notyet}? Majikan minta terus.",
    "My {cert} {notyet} lho, padahal {dlast} udah dari {when} di {fac}.",
    "Tiang already vaccinated {dlast} at {fac}, but {cert} tiang {notyet}, please check ya.",
    "Gua udah {dlast} di {fac}, but the {cert} {notyet}, how ah?",
    "i already vaksin {dlast} tgl {when} but my {cert} {notyet} tolong check",
    "Saya PMI di Taiwan, {dlast} done on {when} at {fac}, tapi {cert} {notyet} di {app}.",
    "Hello min, {cert} saya {notyet} in {app}, even though vaksin {dlast} udah {w} minggu lalu.",
    "Boleh tolong check? My {cert} {notyet}, saya sudah {dlast} di {fac}.",
    "Saya di Saudi sekarang, before leaving sudah vaksin {dlast} on {when}, tapi {cert} {notyet}.",
    "Already {dlast} at {fac} tapi {cert} {notyet}, I need it for my contract renewal.",
    "Kita so vaccinated {dlast} di {fac}, but {cert} {notyet}, please help ya.",
    "Tak boleh buka {cert} sebab {notyet}, padahal saya dah vaksin {dlast} kat {fac}."]
