"""The triage benchmark's seventh phrase pool, `seventh` (imported by gen_triage.py).

Written blind, as a further honest held-out measure: by a helper who read neither
certdesk's rules (its sources, lexicons, tests or docs) nor any mail, benchmark output or
git history the product produced. It read only gen_triage.py (what each template key
means, which {slots} it is given, what self_check demands of the text),
triage_pool_sixth.py (for the interface only: the table names, keys, slots and
formatters, never as wording to vary), check_triage_independent.py, score_triage.py and
.ci/bench-triage (for the wiring). The wording is new: it shares no multi-word phrase
with `dev`, `heldout`, `fresh`, `fourth`, `fifth` or `sixth` (gen_triage.py checks this
at start-up). To stay clear of those pools the helper also compared its own text against
theirs by script (exact phrases, then shared runs of five and six words, rewriting its own
lines where they ran alike) and rendered their phone and date formatters once to pick
shapes of its own; that showed fragments of their wording, none of the rules'. The voices are people writing to a ministry helpdesk in 2021 and 2022:
formal letters, WhatsApp/SMS spelling, Javanese (krama and ngoko), Sundanese, Betawi,
Minang, Batak, Bugis/Makassar, Madurese, Balinese and Acehnese turns of phrase, eastern
Indonesian Malay, code-mixed English, pensioners, children, grandchildren and spouses
writing for a relative, village officials and teachers, angry and desperate mails,
one-liners and long ones. The hard cases are written several ways each: whose NIK is
whose when a mail carries two (the writer's and a relative's, a mistyped one and the
right one), which certificate came and which did not, how a wrong field and its right
value are named, and why the number on the record no longer reaches the citizen (dead,
sold, stolen, borrowed, a former employer's, a late parent's). Standard library only;
nothing here looks around the repository.

Constraints kept from gen_triage.py:
  fix_nik templates quote {wrong} (the NIK on record must be in the mail);
  nik_kk puts {kk} before {nik};
  two_self names both {nik} and {relnik}, reporter both {menik} and {nik}, listed both
  {anik} and {bnik}, typo_fix {bad} and {nik}; phone_changed and phone_lost quote {old};
  the hint keys (sms_lost, no_phone, resend), listed_tail, greet, close, subjects,
  fwd_note, ask and footer get fillers only ({cert}, {app}, {notyet}, ...), no values;
  duplicate gets {dose}, {prev}, {other}, {dfirst} (no {when}, {fac} or {w});
  rec_pending never ties {dfirst} to {when} (when is the last dose really given);
  contact and ob_contact are given a number that may or may not be the one on record, so
  they call it neither old nor new; listed names the two people in either order, so
  listed_tail points at "the one in my name", never at "the first".

Tables, each for this pool alone (gen_triage.py files them under the key "seventh"):
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
# Older people still abbreviate months the way the old spelling did (Peb, Mrt, Agst, Nop).
MONTHS_ID_OLD = ["Jan", "Peb", "Mrt", "Apr", "Mei", "Jun", "Jul", "Agst", "Sept", "Okt", "Nop", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def phone_shapes(a, b, c):
    """Extra ways of writing a mobile whose national part is a+b+c (after the trunk 0)."""
    return [f"+62 (0){a} {b} {c}", f"0{a} {b}{c}", f"+62-{a}{b}{c}", f"0{a}.{b}{c}", f"+62 {a} {b}-{c}",
            f"(62) {a}-{b}-{c}"]


def date_formats(d, lang):
    """This pool's date shapes (deterministic: a data-error mail is re-checked by style)."""
    m = d.month - 1
    nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if lang == "id":
        return [lambda: f"{d.day} / {d.month} / {d.year}",
                lambda: f"{d.day}-{d.month:02d}-{d.year}",
                lambda: f"{d.day} {MONTHS_ID_OLD[m]} {d.year}",
                lambda: f"{d.day}-{d.month}-{d.year % 100:02d}",
                lambda: f"{d.day}.{d.month:02d}.{d.year}"]
    return [lambda: f"{d.day}-{MONTHS_EN[m][:3]}-{d.year % 100:02d}",
            lambda: f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[m]} {d.day}, {d.year}",
            lambda: f"{d.day}/{MONTHS_EN[m][:3]}/{d.year}",
            lambda: f"{d.day}{nth} {MONTHS_EN[m][:3]} {d.year}",
            lambda: f"{d.day} {MONTHS_EN[m]}, {d.year}"]


FILL = {
    "id": {
        "cert": ["sertipikat vaksin", "sertifikat vaksin digital", "e-sertifikat vaksinasi", "surat bukti vaksin",
                 "bukti vaksinasi", "sertfikat vaksin"],
        "app": ["apk Peduli Lindungi", "PL di hape", "profil PeduliLindungi",
                "menu Sertifikat Vaksin PeduliLindungi", "SatuSehat versi HP", "pedulilindungi"],
        "notyet": ["gak ada-ada", "belum juga nongol", "masih nihil", "tidak ketemu", "kosong saja",
                   "belum ada sampai hari ini"],
        "req": ["Mohon kiranya permasalahan ini dapat dibantu.", "Atas perhatian dan bantuannya kami haturkan terima kasih.",
                "Tolong dibantu ya pak/bu, sangat butuh.", "Saya tunggu balasannya, matur nuwun.",
                "Semoga cepat ada solusinya.", "Mohon info kalau sudah beres ya.",
                "Besar harapan kami agar segera ada jalan keluarnya."],
        "fixreq": ["Mohon datanya dibetulkan sesuai KTP.", "Tolong diganti sama yang betul ya.",
                   "Kalau perlu foto KTP akan saya kirimkan.",
                   "Mohon koreksinya, karena akan dipakai untuk syarat kerja.",
                   "Bagaimana prosedur pembetulannya, apakah harus ke puskesmas lagi?", "Mohon dibenahi."],
        "inactive": ["sudah mati karena tidak diisi pulsa", "sudah lama hangus", "sudah tak bisa dihubungi sejak lama",
                     "sekarang dipakai orang lain", "sudah tidak saya pegang lagi", "kartunya sudah dibuang"],
        "newnum": ["nomor yang dipakai sekarang", "nomor HP pengganti", "sekarang bisa di", "kini saya pakai nomor",
                   "ganti ke nomor", "yang masih hidup nomor"],
        "notinput": ["belum dientri petugas", "belum masuk datanya", "belum diupload faskesnya", "belum direkap dinkes",
                     "belum diinput oleh vaksinator", "belum nyangkut di sistem"],
    },
    "en": {
        "cert": ["vax certificate", "Covid vaccine certificate", "e-cert", "e-vaccination certificate",
                 "certificate of vaccination", "jab cert"],
        "app": ["PeduliLindungi app", "the Peduli Lindungi apps", "my PL account", "PL app",
                "SATUSEHAT Mobile"],
        "notyet": ["is still empty on my side", "hasn't come up", "doesn't show", "is not showing at all",
                   "still hasn't appeared"],
        "req": ["Thanks a lot in advance.", "Would really appreciate your help on this.", "Please tell me the next step.",
                "Hope to hear from you soon.", "Many thanks for your time.", "Please help me, I really need it."],
        "fixreq": ["Please amend the data.", "Kindly correct this on your end.",
                   "Which documents should I send for the correction?", "Could you please have it fixed?",
                   "I can send a copy of my KTP if needed."],
        "inactive": ["is dead now", "was deactivated by the provider", "is not in use anymore",
                     "was recycled by the operator", "can't receive anything", "no longer works"],
        "newnum": ["now I use", "these days my number is", "the number to use is", "I'm now reachable at",
                   "please switch it to"],
        "notinput": ["hasn't been entered yet", "isn't recorded", "hasn't been input by the puskesmas",
                     "hasn't been uploaded by the vaccination site", "was never keyed in"],
    },
}

DOSE = {
    "id": {1: ["dosis kesatu", "suntikan perdana", "vaksin tahap 1"],
           2: ["dosis ke dua", "suntikan no. 2", "vaksin tahap 2"],
           3: ["dosis ke tiga", "vaksin booster ke-1", "vaksin tahap 3"]},
    "en": {1: ["vaccine #1", "first vaccine shot", "1st injection"],
           2: ["vaccine #2", "second vaccine shot", "2nd injection"],
           3: ["vaccine #3", "booster vaccine shot", "3rd injection"]},
}

# (written, short, sex of the relative, generation: older, younger, sibling, same)
REL = {
    "id": [("nyak saya", "nyak", "F", "older"), ("abah saya di kampung", "abah", "M", "older"),
           ("inang saya", "inang", "F", "older"), ("bapak saya yang sudah sepuh", "bapak", "M", "older"),
           ("mbah lanang saya", "mbah lanang", "M", "older"), ("mertua perempuan saya", "ibu mertua", "F", "older"),
           ("uwak saya", "uwak", None, "older"), ("anak mbarep saya", "si mbarep", None, "younger"),
           ("cucu lanang saya", "cucu saya", "M", "younger"), ("putri bungsu saya", "si bungsu", "F", "younger"),
           ("abang kandung saya", "abang", "M", "sibling"), ("uda saya", "uda", "M", "sibling"),
           ("teteh kandung saya", "teteh", "F", "sibling"), ("pasangan saya", "pasangan saya", None, "same")],
    "en": [("my maternal grandmother", "grandma", "F", "older"), ("my granddad", "grandad", "M", "older"),
           ("my aged mother", "mum", "F", "older"), ("my old man", "dad", "M", "older"),
           ("my uncle in Medan", "my uncle", "M", "older"), ("my firstborn son", "my son", "M", "younger"),
           ("my second daughter", "my daughter", "F", "younger"), ("my brother-in-law", "my brother-in-law", "M", "sibling"),
           ("my cousin", "my cousin", None, "sibling"), ("my other half", "my other half", None, "same")],
}

VAXNAME = {"coronavac": ["Sinovac", "CoronaVac/Sinovac", "Sinovac-CoronaVac"],
           "astrazeneca": ["Vaxzevria", "AstraZeneca/Vaxzevria", "Astrazenica"],
           "comirnaty": ["Phizer", "Pfizer/Comirnaty", "PFIZER"],
           "moderna": ["MODERNA", "Moderna (mRNA-1273)"],
           "sinopharm": ["SINOPHARM", "Sinopharm CNBG"],
           "biofarma": ["BioFarma", "Bio-Farma"],
           "sputnik-v": ["Sputnik V (Rusia)", "Gamaleya"],
           "convidecia": ["CanSinoBIO", "Cansino (Convidecia)"],
           "novavax": ["Covovax", "Novavax (Covovax)"]}

SLANG = {"saya": ["sy", "sayah"], "tidak": ["tdk", "ndak", "gak"], "sudah": ["sdh", "udah", "dah"],
         "belum": ["blm", "blum"], "yang": ["yg", "yng"], "dengan": ["dgn", "dg"], "untuk": ["utk", "buat"],
         "tanggal": ["tgl", "tggl"], "nomor": ["no", "nmr", "nomer"], "karena": ["krn", "krna"],
         "sekarang": ["skrg", "skrang"], "bagaimana": ["gmn", "gimana"], "terima kasih": ["trims", "tq", "makasih"],
         "mohon": ["mhn", "mohn"], "tolong": ["tlong", "tlg"], "kalau": ["kalo", "klo"],
         "sertifikat": ["sertif", "sertipikat"], "tapi": ["tp", "tpi"], "juga": ["jg"], "minggu": ["mgg"],
         "padahal": ["pdhl", "padahl"], "sampai": ["smp", "sampe"], "bapak": ["bpk", "pak"]}

SEX_WORDS = {"id": {"M": ["LAKI-LAKI", "Lk.", "pria (laki-laki)"], "F": ["PEREMPUAN", "Pr.", "wanita (perempuan)"]},
             "en": {"M": ["MALE", "male / laki-laki"], "F": ["FEMALE", "female / perempuan"]}}

T = {"id": {}, "en": {}, "mix": {}}

# --- Bahasa Indonesia: surat dinas, WA/SMS, lansia, logat daerah, yang kesal dan yang pasrah ---------------
T["id"]["greet"] = ["Kpd Yth petugas sertifikat vaksin di Kemenkes,", "Assalamu'alaikum wr. wb., semoga Bapak/Ibu sehat selalu.",
                    "Sugeng enjing,", "Wilujeng siang,", "Halo kak admin,", "Salam sejahtera bagi kita semua,",
                    "Met siang min", "Tabe' pak/bu,", "Horas!", "Assalamualaikum, peu haba?",
                    "Kepada Yth. Kementerian Kesehatan c.q. Tim Sertifikat Vaksin", "Shalom, selamat siang,",
                    "Pagi pak", ""]
T["id"]["close"] = ["Matur sembah nuwun.", "Hatur nuhun kana bantosanana.", "Wassalamu'alaikum wr. wb.", "Trims ya min.",
                    "Salam hormat saya,", "Demikian, terima kasih atas perhatiannya.", "Tabik,",
                    "Terima kasih, Tuhan memberkati.", "Makasih, sehat selalu buat petugas.", "Teriring salam dan doa,",
                    "Jazakallah khairan."]
T["id"]["subject"] = ["Sertifikat vaksinasi tidak terbit", "tanya sertifikat vaksin", "Pengaduan: sertifikat vaksin COVID-19",
                      "serti vaksin blm ada min", "Mohon penerbitan sertifikat", "Sertifikat vaksin kosong di aplikasi",
                      "Perihal sertifikat vaksinasi saya", "TOLONG SERTIFIKAT VAKSIN", "Sertifikat vaksin lansia"]
T["id"]["subject_fix"] = ["Permohonan perbaikan data sertifikat", "Data vaksin keliru", "Salah data di sertifikat vaksin",
                          "Ralat data sertifikat", "Perbaikan identitas sertifikat vaksin", "koreksi sertifikat"]
T["id"]["subject_phone"] = ["Perubahan nomor HP", "No HP di data vaksin salah", "Update nomor telepon",
                            "nomor HP lama sdh mati", "SMS sertifikat tidak sampai", "Ganti no hp sertifikat vaksin"]
T["id"]["generic"] = [
    "Vaksin saya sudah komplit, {dlast} saya jalani {when} di {fac}; anehnya {cert} {notyet}.",
    "Nyuwun sewu, {dlast} sampun kula tampi ing {fac}, ananging {cert} {notyet}.",
    "Punten, {dlast} parantos abdi tampi di {fac}, mung {cert} teu aya wae di {app}.",
    "Gimana nih, udah {w} minggu dari vaksin {cert} gue {notyet}.",
    "Ambo alah disuntiak {dlast} ({when}), sampai kini {cert} ambo {notyet} di {app}.",
    "Bah, sudah kami vaksin di {fac} itu, tapi {cert} {notyet} sampai sekarang.",
    "Mohon maaf, saya sudah tua dan kurang paham HP. Cucu yang membukakan {app}, dia bilang {cert} mbahnya {notyet}. "
    "Saya disuntik {dlast} tanggal {when}.",
    "Sudah {w} minggu saya menunggu dan {cert} {notyet}. Vaksin terakhir saya {when}.",
    "Bersama surat ini saya memberitahukan bahwa {dlast} telah saya terima di {fac} ({when}); akan tetapi {cert} "
    "atas nama saya {notyet} di {app}.",
    "Kenapa {cert} saya {notyet}?? Saya sudah vaksin lengkap, capek bolak-balik ke puskesmas disuruh nunggu terus.",
    "Pak, saya perlu {cert} buat syarat naik kapal ke Batam, tapi {notyet} padahal saya sudah {dlast} tanggal {when}.",
    "Iye bang, udah disuntik {dlast} di {fac} tapi kagak ada {cert}nya di {app}.",
    "Tabe', {dlast} ku sudah mi di {fac} tanggal {when}, cuma {cert} ku {notyet} ji.",
    "Sa su ambil {dlast} di {fac} baru {cert} sa {notyet}, tolong e.",
    "Lon ka lheuh {dlast} ({when}, {fac}), {cert} {notyet} di {app}.",
    "Kaule ampon nerema {dlast} e {fac}, tape {cert} {notyet}.",
    "Tiang sampun polih {dlast} ring {fac} tanggal {when}, nanging {cert} tiang {notyet}.",
    "{Cert} {notyet}. Vaksin {when} di {fac}.",
    "Aku wis oleh {dlast} nang {fac} {w} minggu kepungkur, ning {cert}ku kok durung metu.",
    "Anak-anak saya sudah dapat semua, tinggal {cert} saya yang {notyet}, padahal {dlast} saya di {fac} {when}.",
    "Saya kaur desa, sertifikat warga yang saya bantu daftarkan sudah keluar semua, justru {cert} saya sendiri {notyet}.",
    "Saya guru honorer, sertifikat murid-murid sudah ada, tinggal punya saya {notyet} padahal {dlast} saya {when}.",
]
T["id"]["sms_lost"] = [
    "Mungkin SMS-nya kehapus karena HP saya sering saya bersihkan.",
    "Kalau memang SMS sudah dikirim, saya tidak lihat, kotak masuk penuh promo pulsa.",
    "Ada SMS dari nomor yang tidak saya kenal, mungkin itu, tapi sudah terhapus.",
    "HP saya sempat direset pabrik jadi semua SMS lama hilang.",
    "SMS yang katanya berisi link sertifikat itu tidak pernah saya buka, sekarang sudah tidak ada.",
    "HP saya sering dipinjam cucu buat main game, pesan-pesan suka dihapusin dia.",
    "Saya ganti HP (nomornya tetap), SMS di HP lama tidak ikut pindah.",
    "Katanya link {cert} dikirim lewat SMS, tapi saya cari-cari tidak menemukannya.",
    "SMS-nya ketimbun pesan operator, saya cari tidak ketemu.",
    "Ada SMS ber-link yang masuk beberapa waktu lalu, saya curiga itu tipu-tipu, langsung saya hapus.",
    "Saya orang tua, jarang buka SMS, mungkin sudah masuk tapi tidak terbaca.",
]
T["id"]["no_phone"] = [
    "HP baru saya beli bulan lalu, jadi waktu daftar vaksin nomor HP memang kosong.",
    "Dulu daftarnya kolektif lewat kantor desa, kolom nomor HP dikosongkan.",
    "Saya memang tidak punya HP, jadi waktu vaksin tidak isi nomor.",
    "Petugas waktu itu tidak menanyakan nomor HP saya.",
    "Formulir pendaftaran saya isi tanpa nomor telepon, mungkin itu masalahnya.",
    "Saya lansia, tidak pakai HP, pendaftaran diurus pak RT tanpa nomor.",
    "Waktu vaksin massal di pabrik, data dikumpulkan HRD dan nomor HP tidak diminta.",
    "Saya lupa menuliskan nomor HP di lembar skrining.",
    "Seingat saya di kartu kendali vaksin kolom nomor teleponnya kosong.",
    "Dulu nomor HP tidak saya isi karena takut disalahgunakan orang.",
    "Nomor HP saya tidak tercantum waktu daftar lewat sekolah.",
]
T["id"]["resend"] = [
    "Mohon {cert} saya dikirim ulang ya.",
    "Kemarin ada info data saya diperbarui, mohon {cert} terbarunya dikirimkan.",
    "Bisa tolong diterbitkan ulang {cert} versi terbaru?",
    "Saya dengar ada perbaikan nomor batch vaksin, apakah {cert} baru sudah terbit?",
    "Tolong kirim lagi link {cert}nya, yang lama hilang.",
    "Yang saya butuhkan {cert} yang sudah diperbarui, mohon dikirim ke HP saya.",
    "Kalau sudah ada versi baru, saya minta dikirim lagi saja.",
    "Apakah bisa minta SMS sertifikatnya dikirim ulang?",
    "Mohon dicek apakah {cert} saya sudah siap dan dikirim kembali.",
    "Minta tolong kirimkan ulang, saya belum pegang versi barunya.",
]
T["id"]["dose_pending"] = [
    "{Prev} saya sudah tercatat, tapi {dose} yang saya terima {when} di {fac} {notinput}.",
    "Di {app} hanya ada {prev}, {dose} tidak muncul padahal sudah disuntik {when}.",
    "Sertifikat {prev} ada, sertifikat {dose} tidak ada. Vaksinnya di {fac}.",
    "Tgl {when} saya sudah {dose}, namun aplikasi masih berhenti di {prev}.",
    "Kula sampun {dose} wonten {fac}, nanging ingkang medal namung {prev}.",
    "{Dose} saya sudah {w} minggu lalu tapi belum ada sertifikatnya; {prev} aman.",
    "Mohon bantuan, {dose} saya (tanggal {when}) belum masuk, padahal {prev} sudah ada sertifikatnya.",
    "Kok cuma {prev} yg ada sertifikatnya? {Dose} gue udah di {fac} tgl {when}.",
    "Data {dose} saya kosong, sementara {prev} lengkap. Disuntik di {fac}.",
    "Sertifikat {dose} tak juga tampil walau saya sudah menerimanya {when} di {fac}.",
    "Untuk {prev} sudah beres, masalahnya {dose}: disuntik {when} tapi {notinput}.",
    "Ambo lah {dose} di {fac}, tapi nan ado baru {prev} se.",
    "Abdi parantos {dose} di {fac} tanggal {when}, nu kaluar kakara {prev}.",
]
T["id"]["rec_pending"] = [
    "Data vaksin saya sama sekali tidak ada, padahal sudah disuntik di {fac} pada {when}.",
    "Nama saya tidak ditemukan di {app}, seperti belum pernah vaksin. Terakhir vaksin {when}.",
    "Mulai dari {dfirst} di {fac}, data saya {notinput}.",
    "Dicek pakai NIK keterangannya \"belum vaksin\", aneh, {w} minggu yang lalu saya disuntik di {fac}.",
    "Riwayat vaksin saya kosong total, {cert} pun tidak ada.",
    "Petugas {fac} bilang datanya {notinput}; saya sudah menunggu {w} minggu.",
    "Saya hadir di {fac} tanggal {when} dan disuntik, tapi statusnya tetap 'belum vaksin'.",
    "Tidak ada satu pun data vaksin saya, {dfirst} juga tidak ada.",
    "Kulo sampun vaksin wonten {fac}, ning data kulo mboten wonten babar blas.",
    "Status saya di {app} tertulis belum divaksinasi, padahal {when} saya disuntik di {fac}.",
    "Saya vaksin massal di {fac}, katanya data peserta {notinput}, jadi {cert} tidak ada.",
    "Waktu dicek hasilnya 'data tidak ditemukan'. Saya vaksin {when}.",
]
T["id"]["fix_full_name"] = [
    "Di {cert} nama saya jadi {wrong}. Nama yang betul {right}.",
    "Ada salah ketik nama: {wrong}. Yang benar {right} (sesuai KTP).",
    "Saya {right}. Yang tercetak di sertifikat {wrong}, itu keliru.",
    "Tolong nama {wrong} diubah jadi {right} ya.",
    "Nama saya di sertifikat keliru penulisannya. Nama lengkap saya yang benar: {right}.",
    "Nami abdi {right}, tapi di sertifikat jadi {wrong}.",
    "Tertera {wrong} di sertifikat, itu salah, seharusnya {right}.",
    "Nama dalam sertifikat tidak sesuai KTP.\nKTP: {right}\nSertifikat: {wrong}",
    "Penulisan nama saya salah. Mohon dibetulkan jadi {right}.",
    "Kok nama gue jadi {wrong}? Nama gue {right}!",
    "Ejaan nama saya di sertifikat tidak sama dengan di KK; yang benar {right}.",
    "Sertifikat sudah terbit tapi namanya {wrong}. Mestinya {right}, mohon dikoreksi.",
    "Nama kula ingkang leres {right}, sanes {wrong}.",
]
T["id"]["fix_birth_date"] = [
    "Tanggal lahir di sertifikat {wrong}, padahal saya lahir {right}.",
    "Tgl lahir saya salah input: tertulis {wrong}, seharusnya {right}.",
    "Saya lahir {right}, bukan {wrong}.",
    "Mohon perbaiki tanggal lahir saya menjadi {right}.",
    "Tgl lahir di {cert} lain dengan yang di KTP ({right}).",
    "Lahir saya tanggal {right}, di sertifikat malah {wrong}.",
    "Data kelahiran saya keliru ({wrong}); yang benar {right}.",
    "Tanggal lahir saya di sertifikat salah, mohon diganti ke {right}.",
    "Sertifikat mencantumkan tanggal lahir {wrong}. Sesuai akta kelahiran: {right}.",
    "Kenapa tanggal lahir saya jadi {wrong}? Saya lahir {right}.",
    "Mohon ralat tgl lahir {wrong} jadi {right}.",
    "Kula lair {right}, ananging ing sertifikat kaserat {wrong}.",
]
T["id"]["fix_vaccinated_on"] = [
    "Tanggal {dose} di sertifikat {wrong}, padahal saya disuntik {right}.",
    "Tgl suntik untuk {dose} salah: tertulis {wrong}, harusnya {right}.",
    "Saya menerima {dose} pada {right}, bukan {wrong}.",
    "Mohon tanggal {dose} saya dibetulkan menjadi {right}.",
    "Di sertifikat, tanggal {dose} tidak sesuai kartu vaksin. Di kartu: {right}.",
    "{Dose} saya tanggal {right}, di aplikasi malah {wrong}.",
    "Tanggal penyuntikan {dose} keliru ({wrong}); yang benar {right}.",
    "Tanggal {dose} saya tercatat {wrong}. Sesuai kartu kendali: {right}.",
    "Kok tanggal {dose} jadi {wrong}? Saya vaksin {right}.",
    "Mohon ralat tanggal {dose} dari {wrong} ke {right}.",
    "Waktu {dose} yang benar {right}, tolong diganti.",
    "Saya disuntik {dose} tgl {right}, tapi tanggal di sertifikat berbeda.",
]
T["id"]["fix_vaccine"] = [
    "Untuk {dose} sertifikat menyebut {wrong}, sedangkan yang disuntikkan ke saya {right}.",
    "Merek vaksin pada {dose} salah: {wrong}, seharusnya {right}.",
    "Saya dapat {right} untuk {dose}, bukan {wrong}.",
    "Mohon ganti jenis vaksin pada {dose} saya menjadi {right}.",
    "Di kartu vaksin tertulis {right} untuk {dose}, di sertifikat beda.",
    "{Dose} saya {right}, di sertifikat jadi {wrong}.",
    "Vaksin yang tercatat untuk {dose} ({wrong}) keliru; yang benar {right}.",
    "Jenis vaksin utk {dose}: sertifikat {wrong}, kartu vaksin {right}.",
    "Lho kok {dose} saya ditulis {wrong}? Yang disuntik {right}.",
    "Merek vaksin untuk {dose} mohon diralat: {wrong} salah, {right} benar.",
    "Waktu {dose} saya disuntik {right}, tolong disesuaikan datanya.",
    "Sertifikat {dose} mencantumkan vaksin {wrong}. Faktanya saya dapat {right}.",
]
T["id"]["fix_nik"] = [
    "NIK di sertifikat saya {wrong}, padahal NIK saya {right}.",
    "NIK salah input: {wrong}. NIK yang benar sesuai KTP: {right}.",
    "Sertifikat saya terbit memakai NIK {wrong}, nomor yang tidak pernah saya punya. NIK di KTP saya {right}.",
    "Mohon ganti NIK {wrong} menjadi {right}.",
    "Satu angka dalam NIK saya keliru input: tercatat {wrong}, seharusnya {right}.",
    "NIK saya {right}; petugas mengetik {wrong} di data vaksinasi.",
    "Data saya tercatat atas NIK {wrong}, salah ketik petugas. Yang betul {right}.",
    "KTP: {right}\nDi sertifikat: {wrong}\nMohon disamakan.",
    "Satu digit NIK di {cert} meleset: {wrong}, sementara KTP saya {right}.",
    "Ketika saya cari pakai NIK {right} tidak ketemu, ternyata sertifikat saya atas NIK {wrong}.",
    "Tolong NIK di data vaksin saya ({wrong}) diubah ke NIK asli saya {right}.",
    "NIK nu leres {right}, nu kaserat di sertifikat {wrong}.",
]
T["id"]["fix_sex"] = [
    "Jenis kelamin saya di sertifikat tertulis {wrong}, padahal saya {right}.",
    "Jenis kelamin salah: {wrong}, seharusnya {right}.",
    "Saya {right}, bukan {wrong}. Mohon diperbaiki jenis kelaminnya.",
    "Di sertifikat, jenis kelamin saya terbalik. Yang benar {right}.",
    "Kolom jenis kelamin: tercantum {wrong}, mestinya {right}.",
    "Masa jenis kelamin saya ditulis {wrong}? Saya ini {right}.",
    "Mohon koreksi jenis kelamin menjadi {right}.",
    "Jenis kelamin di data vaksin beda dengan KTP (KTP: {right}).",
    "Jenis kelamin tertera {wrong}; sesuai KTP saya {right}.",
    "Data jenis kelamin saya keliru, harusnya {right} bukan {wrong}.",
    "Sertifikat saya menyebut saya {wrong}. Saya {right}, tolong dibenarkan.",
]
T["id"]["phone_changed"] = [
    "Nomor HP saya yang terdaftar {old} {inactive}; {newnum} {new}.",
    "Nomor {old} itu nomor lama saya, sudah ganti ke {new}.",
    "Waktu daftar saya pinjam HP tetangga ({old}); nomor saya sendiri {new}.",
    "Dompet sama SIM card {old} hilang waktu mudik, sekarang saya pakai {new}.",
    "Nomor {old} sudah jadi milik orang lain, tolong ganti ke {new}.",
    "SMS sertifikat pasti nyasar ke {old}, nomor itu sudah saya lepas tahun lalu. {Newnum} {new}.",
    "Nomor HP mohon diperbarui: {old} (lama) → {new} (baru).",
    "Nomor yang tercatat ({old}) punya kantor lama saya, saya sudah resign. Nomor pribadi saya {new}.",
    "Dulu saya didaftarkan anak saya dengan nomor HP-nya ({old}); HP saya sendiri {new}.",
    "HP lama saya rusak dan nomor {old} hangus karena lama tidak diisi pulsa; sekarang {new}.",
    "Tolong kirim ke {new}, jangan ke {old} lagi.",
    "Ganti nomor min: {old} udah gak aktif, skrg {new}.",
    "Nomer HP kula ingkang lami {old} sampun mboten aktif, ingkang enggal {new}.",
    "Nomor {old} yang terdaftar itu salah ketik petugas; nomor saya yang benar {new}.",
]
T["id"]["phone_lost"] = [
    "HP saya dengan nomor {old} hilang dicopet, nomornya belum bisa diurus.",
    "Nomor {old} sudah tidak saya pegang, HP-nya dicuri di pasar.",
    "Nomor terdaftar {old} {inactive}; sampai sekarang saya belum beli kartu lagi.",
    "HP saya terendam banjir bulan lalu dan kartu {old} ikut rusak; belum sempat ganti.",
    "Nomor {old} itu HP almarhum bapak, sudah tidak aktif.",
    "Kartu {old} keblokir gara-gara belum registrasi NIK ke operator, sehingga tidak ada SMS yang bisa masuk.",
    "Nomor {old} dipakai waktu daftar, tapi HP itu sudah saya jual.",
]
T["id"]["contact"] = [
    "Bila perlu konfirmasi, silakan hubungi saya di {phone}.",
    "WA saya: {phone}.",
    "Kontak yang bisa dihubungi: {phone}.",
    "Untuk info lebih lanjut bisa telepon/WA ke {phone}.",
    "No. HP: {phone}",
    "Bisa kabari saya lewat {phone} ya.",
    "Saya bisa ditelepon di {phone} kapan saja.",
    "Hubungi saja {phone} kalau ada yang kurang.",
    "Ada yang mau ditanyakan? Silakan ke {phone} (bisa WA).",
    "Nomor yang bisa dihubungi {phone}, mohon dikabari bila sudah beres.",
    "Telp/SMS/WA: {phone}",
]
T["id"]["duplicate"] = [
    "{Prev} saya sudah ada, tapi {dose} waktu itu didaftarkan dengan nomor {other} dan malah tercatat sebagai "
    "{dfirst} di akun lain.",
    "Untuk {dose} saya mendaftar lewat nomor {other}, akibatnya data saya pecah dua dan {dose} terbaca sebagai {dfirst}.",
    "Sepertinya data saya ganda. {Dose} saya muncul sebagai {dfirst} atas nomor {other}.",
    "Di aplikasi ada dua akun: satu dengan {prev}, satu lagi (nomor {other}) cuma ada {dfirst}, padahal itu {dose} saya.",
    "Mohon data saya digabung: {dose} tercatat terpisah dengan nomor HP {other}.",
    "{Dose} saya dianggap {dfirst} karena pendaftarannya pakai nomor {other}.",
    "Sertifikat {dose} tidak ada, yang muncul malah sertifikat {dfirst} baru di nomor {other}.",
    "Pas {dose} saya pakai nomor {other}, jadi sistem kira saya vaksin dari awal lagi.",
    "Datanya dobel pak: {prev} di data lama, sedangkan {dose} masuk ke akun lain dengan HP {other}.",
    "Saya jadi punya dua sertifikat {dfirst}; yang kedua sebenarnya {dose} saya, terdaftar dengan nomor {other}.",
    "{Dose} saya terdaftar di nomor {other} dan terhitung sebagai {dfirst}, mohon disatukan dengan data saya.",
]
T["id"]["nik_self"] = [
    "Nama: {name}\nNIK: {nik}",
    "Data diri: {name}, NIK {nik}.",
    "Atas nama {name}, NIK {nik}.",
    "NIK {nik} a.n. {name}",
    "NIK (Nomor Induk Kependudukan) {nik}, nama lengkap {name}.",
    "Saya {name} (NIK {nik}).",
    "NIK saya {nik}, nama {name}.",
    "Identitas: {name} / {nik}",
    "Berikut data diri saya. Nama: {name}; NIK: {nik}.",
    "{name}\nNIK. {nik}",
    "Nama sesuai KTP {name}, NIK {nik}.",
]
T["id"]["nik_kk"] = [
    "No. Kartu Keluarga: {kk}\nNo. NIK: {nik}",
    "Nomor KK saya {kk}, NIK saya {nik}.",
    "No.KK {kk} - NIK {nik}",
    "KK saya bernomor {kk}, adapun NIK saya {nik}.",
    "Sekalian saya tulis no KK {kk}, lalu NIK saya {nik}.",
    "Nomor kartu keluarga {kk}, sedangkan NIK saya {nik}.",
    "No KK {kk} (NIK ybs: {nik})",
    "KK: {kk}, NIK (KTP): {nik}.",
    "Data: KK {kk}, NIK {nik}.",
    "Nomor KK-nya {kk}, NIK-nya {nik}.",
]
T["id"]["phone_record"] = [
    "Nomor HP yang saya daftarkan waktu vaksin {phone}.",
    "NIK saya tidak hafal, KTP di rumah; yang saya ingat waktu daftar pakai HP {phone}.",
    "Silakan cek dengan nomor HP saya: {phone}.",
    "KTP saya sedang diperpanjang, tapi nomor yang terdaftar {phone}.",
    "Waktu vaksin saya terdaftar dengan HP {phone}.",
    "Mohon dicari pakai nomor {phone} saja.",
    "Nomor yang dipakai pas daftar: {phone}.",
    "HP yang terdaftar di data vaksin: {phone}.",
    "Sertifikat seharusnya dikirim ke nomor saya {phone}.",
    "Saya pakai nomor {phone} waktu registrasi vaksin.",
]
T["id"]["when_where"] = [
    "Saya divaksin tanggal {when} di {fac}.",
    "Tempat vaksin: {fac}, tanggal {when}.",
    "Vaksinasinya di {fac} pada {when}.",
    "Disuntik {when}, lokasi {fac}.",
    "Waktu dan tempat: {when}, {fac}.",
    "Itu di {fac}, tanggal {when} kalau tidak salah.",
    "Lokasi vaksin {fac} ({when}).",
    "Saya ikut vaksinasi {when} yang diadakan {fac}.",
]
T["id"]["ob_intro"] = [
    "Saya menulis atas nama {rel}.",
    "Saya mewakili {rel} yang tidak bisa pakai HP.",
    "Mohon maaf, saya mengurus sertifikat untuk {rel}.",
    "Izin bertanya untuk {rel}.",
    "Email ini saya kirim untuk {rel}, beliau tidak punya email.",
    "Sy mau tanya soal sertifikat {rel}.",
    "Saya bantu {rel} yang sedang sakit.",
    "Kulo badhe nyuwun pitulungan kangge {rel}.",
    "Punten, abdi ngawakilan {rel}.",
    "Sertifikat saya aman, yang belum beres punya {rel}.",
    "Tabe', saya urus sertifikatnya {rel}.",
    "Selain warga lain yang saya bantu sebagai ketua RT, kali ini saya bertanya untuk {rel}.",
]
T["id"]["ob_nik"] = [
    "Nama {relshort}: {name}, NIK {nik}.",
    "Data {rel}: {name} / NIK {nik}",
    "Nomor NIK {relshort}: {nik}, namanya {name}.",
    "Atas nama {name}, NIK {nik} ({rel}).",
    "Identitas beliau: {name}, NIK {nik}.",
    "NIK: {nik}\nNama: {name} ({rel})",
    "Nama lengkap {relshort} {name}, NIK-nya {nik}.",
    "{Relshort} bernama {name}, NIK {nik}.",
    "Ini NIK {rel}: {nik} (a.n. {name}).",
    "Data yang dimaksud: {name}, NIK {nik}.",
]
T["id"]["ob_generic"] = [
    "{Relshort} sudah komplit vaksinnya ({dlast} pada {when}), {cert}-nya kok {notyet}.",
    "Beliau sudah divaksin {dlast} di {fac}, namun {cert} beliau {notyet}.",
    "{Cert} {relshort} {notyet} di {app}, padahal vaksinnya {when}.",
    "Sudah {w} minggu sejak {relshort} vaksin, {cert} belum juga ada.",
    "{Relshort} mau kontrol ke rumah sakit dan diminta {cert}, tapi {notyet}.",
    "Vaksinnya di {fac}, {dlast}, tanggal {when}. {Cert} beliau {notyet}.",
    "{Relshort} sudah suntik {dlast}, saya cek di {app} {cert} tidak ada.",
    "Dia ikut antre vaksinasi massal di {fac} tapi sampai sekarang tidak ada {cert}.",
    "{Cert} atas nama {relshort} {notyet}, mohon dicek.",
    "Kasihan {relshort}, sudah vaksin {when} tapi {cert}-nya tidak ada.",
]
T["id"]["ob_pending"] = [
    "Data vaksin {relshort} sama sekali belum ada, padahal sudah disuntik di {fac}.",
    "Waktu dicek, status {relshort} masih belum vaksin.",
    "Kata petugas {fac}, data {relshort} {notinput}.",
    "{Relshort} sudah {w} minggu menunggu, riwayat vaksinnya masih kosong.",
    "Mulai {dfirst} pun data {relshort} tidak ada.",
    "{Relshort} disuntik di {fac} ({when}); dicari di {app} datanya nihil.",
    "Nama {relshort} tidak muncul sama sekali saat dicek pakai NIK.",
    "Riwayat vaksinasi {relshort} kosong, seolah belum pernah vaksin.",
    "Data {relshort} dari vaksinasi massal di {fac} {notinput}.",
    "{Relshort} sudah vaksin, tapi waktu cek NIK hasilnya 'tidak ditemukan'.",
]
T["id"]["ob_dose"] = [
    "{Prev} {relshort} sudah tercatat, tapi {dose} tanggal {when} {notinput}.",
    "{Relshort} sudah {dose} di {fac}, yang muncul baru {prev}.",
    "Sertifikat {prev} {relshort} ada, {dose} belum.",
    "{Dose} {relshort} ({when}) tidak ada di {app}, padahal {prev} lengkap.",
    "Yang jadi masalah {dose} beliau; {prev} {relshort} sudah ada sertifikatnya.",
    "{Relshort} menerima {dose} {w} minggu lalu, tapi di aplikasi masih {prev}.",
    "Data {dose} {relshort} kosong, {prev} aman.",
    "Mohon dicek {dose} {relshort} di {fac}, yang terbaca hanya {prev}.",
    "Beliau ({relshort}) sudah {dose} tgl {when}, sertifikatnya masih berhenti di {prev}.",
]
T["id"]["ob_contact"] = [
    "Untuk konfirmasi bisa hubungi saya (keluarganya) di {phone}.",
    "Nomor saya sebagai pelapor: {phone}.",
    "Yang bersangkutan tidak pegang HP, jadi mohon telepon ke saya di {phone}.",
    "HP saya {phone}, silakan kabari lewat saya.",
    "Kontak saya (bukan beliau): {phone}.",
    "WA saya {phone}, beliau tidak pakai WA.",
    "Mohon kabar lewat nomor saya {phone}.",
    "Yang bisa dihubungi saya saja, di nomor {phone}.",
    "Telp pelapor: {phone}",
    "Hubungi saya di {phone}, saya yang mengurus beliau.",
]
T["id"]["two_self"] = [
    "NIK saya {nik}. Sertifikat {rel} (NIK {relnik}) sudah keluar, punya saya belum.",
    "Kami vaksin bareng, {rel} dengan NIK {relnik} sudah dapat sertifikat, saya (NIK {nik}) belum.",
    "Yang bermasalah NIK saya sendiri, {nik}. Adapun {relnik} kepunyaan {relshort}, datanya sudah beres.",
    "Sertifikat {relshort} (NIK {relnik}) ada, sertifikat saya dengan NIK {nik} tidak ada.",
    "Mohon dicek NIK {nik} (saya). NIK {relnik} milik {rel} cuma saya sertakan sebagai pembanding, "
    "yang itu sudah terbit.",
    "Saya berangkat vaksin berdua dengan {rel}. Punya {relshort} ({relnik}) terbit, punya saya ({nik}) tidak.",
    "NIK {relnik} = {rel}, sudah aman. NIK {nik} = saya, ini yang belum ada sertifikatnya.",
    "Waktu saya cek pakai NIK {relnik}, sertifikat {relshort} muncul; pakai NIK saya {nik}, tidak ada apa-apa.",
    "Saya pemilik NIK {nik}. Sertifikat {rel} yang NIK-nya {relnik} sudah masuk ke HP, tapi punya saya belum.",
    "Tolong bantu NIK saya {nik}, jangan yang {relnik}, itu punya {relshort} dan sudah beres.",
    "Sertifikatnya {relshort} mah udah ada (NIK {relnik}), nu abdi teu aya, NIK abdi {nik}.",
    "Ini NIK {relshort} {relnik}, sudah dapat. Ini NIK saya {nik}, belum dapat.",
]
T["id"]["typo_fix"] = [
    "Ralat ya, tadi jari saya kepeleset: {bad}. NIK yang asli {nik}.",
    "Maaf, NIK saya {nik}, bukan {bad}.",
    "Koreksi NIK: {bad} ❌ {nik} ✅",
    "Di email sebelumnya NIK saya keliru {bad}; yang benar {nik}.",
    "NIK saya {nik} (yang kemarin saya ketik {bad}, itu keliru).",
    "Mohon maaf salah ketik, bukan {bad} tapi {nik}.",
    "Tadi saya salah tulis satu angka: {bad}. NIK yang betul: {nik}.",
    "NIK yang benar {nik}. Abaikan {bad} yang saya kirim kemarin.",
    "Waduh salah ketik, NIK-nya {nik} ya min, bukan {bad}.",
    "Pembetulan: NIK {bad} → {nik}.",
]
T["id"]["reporter"] = [
    "Saya {mename} (NIK saya {menik}) hendak melapor perihal {rel}, NIK beliau {nik}.",
    "Perkenalkan, saya {mename} (NIK {menik}). Sertifikat saya sendiri sudah ada; yang saya tanyakan punya {rel}, "
    "NIK {nik}.",
    "Saya bernama {mename}, NIK {menik}. Sertifikat yang saya tanyakan milik {relshort}, NIK-nya {nik}.",
    "Pengirim: {mename}, NIK {menik}\nYang diurus: {rel}, NIK {nik}",
    "Saya {mename} ({menik}), keluarga dari pemilik NIK {nik}, yaitu {rel}.",
    "NIK {nik} itu NIK {rel}; NIK saya sendiri {menik} (a.n. {mename}), data saya tidak bermasalah.",
    "Saya {mename}, NIK {menik}. Mohon dibantu untuk {relshort}: NIK {nik}.",
    "Penulis email ini {mename} (NIK {menik}); yang perlu dibantu {rel} (NIK {nik}).",
    "Dari saya, {mename} ({menik}), mewakili {rel} yang NIK-nya {nik}.",
    "Kula {mename}, NIK {menik}, nyuwun tulung kangge {rel}, NIK {nik}.",
    "Biar tidak tertukar: {menik} itu NIK saya ({mename}), sedangkan {nik} NIK {relshort}.",
]
T["id"]["listed"] = [
    "1. {aname} (NIK {anik})\n2. {bname} (NIK {bnik})",
    "{aname}: {anik}\n{bname}: {bnik}",
    "Data kami berdua: {aname} dengan NIK {anik}, serta {bname} dengan NIK {bnik}.",
    "- Nama {aname}, NIK {anik}\n- Nama {bname}, NIK {bnik}",
    "{anik} milik {aname}; {bnik} milik {bname}",
    "NIK beserta nama:\n{anik} {aname}\n{bnik} {bname}",
    "Berikut dua data: {aname} ber-NIK {anik}, {bname} ber-NIK {bnik}.",
    "Sdr. {aname} ({anik}), Sdr. {bname} ({bnik}).",
    "(i) {aname} = {anik}\n(ii) {bname} = {bnik}",
]
T["id"]["listed_tail"] = [
    "Yang saya tanyakan hanya punya saya (sesuai nama pengirim email ini); data satunya lagi sudah beres.",
    "Sertifikat anggota keluarga saya sudah ada, yang belum punya saya sendiri.",
    "Satu lagi saya cantumkan hanya supaya tidak tertukar.",
    "Mohon yang dicek atas nama saya, pengirim email ini.",
    "Data keluarga saya sertakan untuk pembanding saja, mereka tidak ada masalah.",
    "Yang satunya sudah terima SMS sertifikat, saya belum.",
    "Tolong jangan tertukar ya, yang bermasalah yang nama saya.",
    "NIK satunya itu keluarga saya, sudah beres semua.",
    "Saya tulis keduanya karena kami daftar bersamaan.",
]
T["id"]["fwd_note"] = [
    "Saya kirim ulang email ini karena belum ada tanggapan.",
    "Mohon maaf mengirim lagi, email di bawah belum dibalas.",
    "Ini email saya sebelumnya, sampai sekarang belum ada kabar.",
    "Follow up ya min, yang di bawah ini.",
    "Saya teruskan kembali pengaduan saya, mohon ditindaklanjuti.",
    "Meneruskan email yang kemarin, siapa tahu terlewat.",
]
T["id"]["fwd_note_ob"] = [
    "Email di bawah dari {rel}, saya teruskan.",
    "Berikut email {rel} yang saya teruskan, beliau minta tolong saya menanyakan.",
    "Ini pesan {rel}, saya bantu kirimkan ke sini.",
    "Meneruskan keluhan {rel} di bawah ini.",
    "Saya forward email {rel}, mohon dibantu ya.",
    "Email {rel} di bawah belum dibalas, saya yang teruskan.",
]
T["id"]["quote_hdr"] = [
    "Pada {date} pukul 08.47 {oname} <{oemail}> menulis:",
    "---- Pada {date}, {oname} <{oemail}> menulis ----",
    "Tanggal {date}, {oname} ({oemail}) mengirim:",
    "{oname} <{oemail}> pada {date} menulis:",
]
T["id"]["desk_hdr"] = [
    "Pada {date} pukul 10.21 Admin Sertifikat Vaksin Kemenkes <sertifikat@certdesk.local> menulis:",
    "---- Balasan dari Layanan Sertifikat, {date} ----",
    "Layanan Sertifikat Vaksin menulis pada {date}:",
]
T["id"]["noise_person"] = [
    "Selamat siang, NIK saya {onik}, HP {ophone}, sertifikat saya juga belum muncul.",
    "Saya juga mengalami hal yang sama. NIK {onik}, nomor {ophone}.",
    "Ikut bertanya, NIK {onik} belum dapat SMS ke {ophone}.",
    "Data saya: NIK {onik} / HP {ophone}. Mohon dibantu juga.",
]
T["id"]["noise_desk"] = [
    "Kami sudah menjadwalkan pengiriman ulang sertifikat NIK {onik} ke {ophone}.",
    "Data NIK {onik} sudah diperbarui, SMS dikirim ke {ophone}.",
    "Terima kasih. Untuk NIK {onik}, sertifikat telah terbit dan dikirim ke {ophone}.",
    "Laporan atas NIK {onik} (HP {ophone}) sudah kami teruskan ke dinas kesehatan.",
]
T["id"]["ask"] = [
    "Agar bisa kami cek, tolong balas dengan NIK serta nomor HP saat pendaftaran vaksin.",
    "Untuk kami telusuri, mohon sebutkan NIK, tanggal vaksin, dan lokasi vaksinasi Anda.",
    "Bisa dijelaskan lebih rinci kendalanya? Sertakan NIK Anda.",
    "Apakah Anda masih menggunakan nomor HP yang sama seperti saat pendaftaran?",
]
T["id"]["footer"] = [
    "Dikirim dari ponsel, mohon maaf bila ada salah ketik.",
    "Ingat pesan ibu: pakai masker, cuci tangan, jaga jarak.",
    "Pesan ini dikirim dari perangkat seluler.",
    "Email ini bersifat pribadi; bila Anda bukan penerima yang dimaksud, mohon dihapus.",
    "Tetap patuhi 5M, semoga pandemi cepat berlalu.",
    "Dikirim melalui aplikasi Email Xiaomi",
]

# --- English: Indonesians writing English, office English, expat-style and plain-spoken ----------------------
T["en"]["greet"] = ["Respected Sir/Madam,", "Hello there,", "Hi team,", "Good morning to the helpdesk team,", "To the certificate helpdesk,",
                    "Dear Kemenkes team,", "Greetings,", "Hi,", "Dear officer in charge,", ""]
T["en"]["close"] = ["Kind regards and thanks,", "Best regards from Surabaya,", "Thanks and regards,", "Sincerely,", "Many thanks,", "Cheers,",
                    "Respectfully,", "Regards from Bekasi,", "Faithfully yours,"]
T["en"]["subject"] = ["Vaccine certificate not issued", "Missing vaccination certificate",
                      "Query regarding my vaccine certificate", "Certificate still not available",
                      "Complaint: COVID-19 certificate", "Need my vax certificate", "No certificate after vaccination",
                      "Help with vaccine certificate"]
T["en"]["subject_fix"] = ["Request to correct certificate data", "Wrong data on vaccine certificate",
                          "Certificate correction request", "Mistake in my vaccine record",
                          "Amendment of certificate details"]
T["en"]["subject_phone"] = ["Mobile number has changed", "Phone number on record is wrong", "Update my phone number",
                            "Old number no longer active", "Certificate SMS not received"]
T["en"]["generic"] = [
    "Completed the {dlast} at {fac} ({when}); the {cert} {notyet} in {app} to this day.",
    "{w} weeks have passed since the {dlast} and my {cert} {notyet}.",
    "Good day, I was vaccinated at {fac} ({dlast}, {when}) but I cannot find my {cert} anywhere.",
    "Why is my {cert} still not there?! I got my {dlast} {w} weeks ago.",
    "My {cert} {notyet}. Vaccinated {when}, {fac}.",
    "My visa appointment requires the {cert}, which {notyet}; the {dlast} was done on {when}.",
    "Already I got {dlast} at {fac}, only the {cert} {notyet}, please kindly check.",
    "Kindly look into this: {dlast} received {when} at {fac}, {cert} {notyet} even after reinstalling {app}.",
    "My office asks for the {cert} and I have nothing to show, it {notyet} although I was jabbed on {when}.",
    "Following up once more: {fac} gave me my {dlast} {w} weeks back, and my {cert} {notyet}.",
    "Frankly this is ridiculous. {w} weeks after my {dlast} the {cert} {notyet}.",
    "Sir/Madam, I am 72 years old and not good with phones. My grandson checked {app} and my {cert} {notyet}. "
    "I was vaccinated on {when}.",
    "I have been fully vaccinated ({dlast} on {when}) but there is no {cert} for me.",
    "I'm a teacher; my pupils' certificates all came through, only my own {cert} {notyet}.",
    "Everyone in my household got theirs except me. My {dlast} was at {fac} on {when}.",
]
T["en"]["sms_lost"] = [
    "There may have been a text, but I cleared my inbox last month.",
    "New phone, same SIM; old texts stayed on the old phone, which I've given away.",
    "My inbox is flooded with promo texts so I might have deleted it by accident.",
    "I think a text with a link arrived but it's gone now.",
    "My kid wiped the messages on my phone, so if you sent it, it's lost.",
    "I did a factory reset on my phone recently, all SMS are gone.",
    "If an SMS was sent I never saw it, maybe it ended up in spam.",
    "The link in the text didn't open and I deleted it thinking it was a scam.",
    "I'm not sure whether the SMS came; I rarely check texts.",
    "Someone told me the {cert} comes by SMS, but I can't find any such message.",
]
T["en"]["no_phone"] = [
    "Back then I didn't own a mobile, so registration went through without one.",
    "My registration was done in bulk by the village office, without any phone numbers.",
    "Nobody asked me for a mobile number at the vaccination post.",
    "I left the phone field empty on the screening form.",
    "I'm elderly and have no handphone; the RT registered me without a number.",
    "My company's HR signed us up and didn't collect phone numbers.",
    "I believe the number column on my vaccination card was left blank.",
    "At the time I preferred not to give out my number.",
    "I registered through my school and didn't put a phone number.",
    "I honestly never wrote down a mobile number anywhere for the vaccine.",
]
T["en"]["resend"] = [
    "Could you resend my {cert}, please?",
    "I heard my data was updated; please send me the latest {cert}.",
    "Would it be possible to reissue the {cert} and send it again?",
    "If a new version exists, please push it to my phone again.",
    "Please re-send the SMS with the certificate link.",
    "I just need the updated {cert} sent to me once more.",
    "Can you trigger the certificate message again?",
    "Kindly send the {cert} again, I lost the earlier one.",
    "Is the corrected version ready? Please forward it to me.",
]
T["en"]["dose_pending"] = [
    "The {prev} is visible, whereas the {dose} (taken {when} at {fac}) {notinput}.",
    "Only the {prev} is in {app}; the {dose} is missing even though I got it {w} weeks ago.",
    "Though I was given the {dose} on {when}, the app lists nothing past my {prev}.",
    "There's a certificate for my {prev} but none for my {dose} (given at {fac}).",
    "My {dose} record is empty while the {prev} is complete; the {dose} was administered {when}.",
    "Could you check why my {dose} from {fac} isn't there? The {prev} is fine.",
    "{Dose} done on {when}, certificate nowhere; the {prev} certificate came through fine.",
    "The {dose} I took at {fac} seems to be lost, only the {prev} appears.",
    "I got jabbed for the {dose} {w} weeks ago and still see only the {prev}.",
    "Please add my {dose} ({when}, {fac}); right now the system stops at the {prev}.",
    "Half my vaccination is missing: {prev} yes, {dose} no, despite my visit to {fac} on {when}.",
]
T["en"]["rec_pending"] = [
    "As far as the system is concerned I was never vaccinated, yet {fac} jabbed me on {when}.",
    "{App} claims I'm unvaccinated. Not true: {fac}, {when}, I was there.",
    "None of my doses show, starting from the {dfirst} at {fac}.",
    "The checker returns 'data not found' for me, {w} weeks after I got vaccinated.",
    "According to {fac}, my data {notinput}; that was {w} weeks ago.",
    "My status still reads unvaccinated although I took part in the mass vaccination at {fac}.",
    "There's no record of any of my doses, not even the {dfirst}.",
    "I was vaccinated on {when} but my vaccination history is completely empty.",
    "Looks like {fac} never reported my vaccination, nothing is there.",
    "I've checked with my NIK several times and it shows no vaccination at all, even though I went on {when}.",
    "I'm the village secretary and helped register our residents; their records are in, mine isn't, "
    "although I went to {fac} with them.",
]
T["en"]["fix_full_name"] = [
    "On the {cert} my name came out as {wrong}. Proper spelling: {right}.",
    "Someone misspelt me: {wrong}. I'm {right}.",
    "My name is {right}, not {wrong}.",
    "Please change the name from {wrong} to {right}.",
    "The name on my certificate is misspelled. The correct spelling, as on my ID card, is {right}.",
    "Certificate says {wrong}. ID card says {right}. Please make them match.",
    "My certificate was issued with the wrong name spelling; kindly amend it to {right}.",
    "Whoever typed my data got my name wrong ({wrong}). Correct name: {right}.",
    "Name printed: {wrong} | correct name: {right}",
    "I need my name corrected to {right}, it doesn't match my passport.",
    "The name {wrong} on the certificate isn't how I spell it; it's {right}.",
]
T["en"]["fix_birth_date"] = [
    "My date of birth shows as {wrong}; I was born on {right}.",
    "The certificate has me born on {wrong}. Correct date: {right}.",
    "My birthday is {right}; {wrong} is simply wrong.",
    "Please update my DOB to {right}.",
    "The birth date on the {cert} doesn't match my ID; it should read {right}.",
    "DOB on certificate: {wrong}. DOB on KTP: {right}.",
    "Someone entered my birthday as {wrong}; the right date is {right}.",
    "My birth date was keyed in incorrectly, please change it to {right}.",
    "My certificate says I was born {wrong}, which is wrong. It's {right}.",
    "Would you be able to change my birth date, {wrong}, to {right}?",
]
T["en"]["fix_vaccinated_on"] = [
    "The date of my {dose} reads {wrong}, but I got it on {right}.",
    "The {dose} is dated {wrong}; the real date is {right}.",
    "{right} was the day of my {dose}, definitely not {wrong}.",
    "Kindly put {right} as the {dose} date.",
    "My {dose} date doesn't match my vaccination card, which says {right}.",
    "Certificate: {dose} on {wrong}. Vaccination card: {right}.",
    "The {dose} date has been entered wrongly as {wrong}; correct date {right}.",
    "My {dose} was on {right}; the certificate shows a different date.",
    "Could you fix the {dose} date? It should be {right}, not {wrong}.",
    "Date on record for my {dose} is {wrong}, it was actually {right}.",
]
T["en"]["fix_vaccine"] = [
    "The record names {wrong} for my {dose}; what went into my arm was {right}.",
    "Vaccine brand mix-up on the {dose}: {wrong} shown, {right} given.",
    "I got {right} for my {dose}, not {wrong}.",
    "Please change the vaccine type of my {dose} to {right}.",
    "According to my paper card the {dose} was {right}; the certificate disagrees.",
    "Certificate: {wrong} ({dose}). Card: {right}.",
    "Recorded brand ({wrong}) for the {dose} is incorrect; it was {right}.",
    "My {dose} was {right}. This matters for my travel, please fix.",
    "For the {dose}, could {wrong} be corrected to {right}?",
    "The {dose} shows {wrong}, which I never had. I had {right}.",
]
T["en"]["fix_nik"] = [
    "The NIK on my certificate is {wrong}, but my NIK is {right}.",
    "Wrong NIK entered: {wrong}. My correct NIK per my ID card: {right}.",
    "The certificate carries {wrong}, which isn't my NIK; mine is {right}.",
    "Please change the NIK from {wrong} to {right}.",
    "A single digit is off in my NIK: recorded as {wrong}, should be {right}.",
    "My NIK is {right}, but the vaccination data shows {wrong}.",
    "KTP: {right} / certificate: {wrong}. Please make them consistent.",
    "Searching with {right} finds nothing; my certificate turned out to be under {wrong}.",
    "Kindly replace {wrong} on my vaccination record with my real NIK, {right}.",
    "At the vaccination desk someone keyed {wrong} instead of {right}.",
]
T["en"]["fix_sex"] = [
    "The certificate lists my sex as {wrong}, whereas I am {right}.",
    "Gender is wrong: {wrong} instead of {right}.",
    "I am {right}, not {wrong}; please correct the gender field.",
    "My gender has been swapped on the certificate. It should be {right}.",
    "Sex field shows {wrong}; it should read {right}.",
    "How did my gender end up as {wrong}? I'm {right}.",
    "Please change the sex on my record to {right}.",
    "The gender differs from my KTP, which says {right}.",
    "Listed as {wrong}, that's incorrect, I'm {right}.",
    "Gender on record {wrong}, correct {right}.",
]
T["en"]["phone_changed"] = [
    "The number on my record, {old}, {inactive}; {newnum} {new}.",
    "{old} is my old number; I've switched to {new}.",
    "I registered using my neighbour's phone ({old}). My own number is {new}.",
    "My wallet went missing with the {old} SIM inside; since then I use {new}.",
    "Someone else has {old} now, please change it to {new}.",
    "The SMS probably went to {old}, which isn't mine any more. {Newnum} {new}.",
    "Please update my phone: old {old}, new {new}.",
    "The number on file ({old}) was my former office phone; I've left that job. Personal number: {new}.",
    "It was my son who signed me up, giving his own number {old}. Please use mine: {new}.",
    "My old handset broke and {old} expired for lack of top-up; I now use {new}.",
    "Please send it to {new}, not {old}.",
    "The officer mistyped my number as {old}; the correct one is {new}.",
]
T["en"]["phone_lost"] = [
    "Pickpocketed on the bus: the phone holding {old}. I haven't managed to recover the number.",
    "I no longer have {old}; the phone was stolen.",
    "The number on record, {old}, {inactive}; I haven't bought another SIM yet.",
    "{old} was my late father's phone and has been closed.",
    "I sold the phone with {old} months ago; whatever goes to that number lands with a stranger.",
    "My SIM ({old}) was blocked for missing the NIK re-registration and I never got it back.",
]
T["en"]["contact"] = [
    "Should you need confirmation, {phone} is where to find me.",
    "WhatsApp: {phone}",
    "Call me any time on {phone}.",
    "Contact number: {phone}.",
    "Feel free to message me on {phone}.",
    "Please let me know via {phone} once it's done.",
    "Phone/WA {phone}",
    "My number is {phone} in case you need more details.",
    "During office hours I pick up on {phone}.",
    "Any questions, just text {phone}.",
]
T["en"]["duplicate"] = [
    "My {prev} is there, but at the {dose} I gave the number {other}, and it was filed as a {dfirst} "
    "under a separate entry.",
    "I seem to have two records: the {dose} appears as a {dfirst} under {other}.",
    "At the {dose} I used the number {other}; now the system treats it as my {dfirst}.",
    "Please merge my records: my {dose} was logged separately with the phone number {other}.",
    "There are two accounts: one with my {prev}, another (phone {other}) with only a {dfirst}, which is really my {dose}.",
    "My {dose} shows up as a brand-new {dfirst} on the number {other}.",
    "I now hold two {dfirst} certificates; the second is actually my {dose}, registered with {other}.",
    "Duplicate data: {dose} registered under {other} instead of being added to my existing record.",
    "The {dose} certificate is missing; a {dfirst} certificate appeared instead, linked to {other}.",
    "Because I gave {other} at my {dose}, it was counted as a {dfirst}. Please combine them.",
]
T["en"]["nik_self"] = [
    "Name: {name}\nNIK: {nik}",
    "Here are my details: {name}, NIK {nik}.",
    "Full name {name}, ID number (NIK) {nik}.",
    "Myself: {name}, NIK {nik}.",
    "NIK {nik}, {name}",
    "For reference: {name} / NIK {nik}.",
    "Registered name {name}; national ID no. {nik}.",
    "NIK {nik}; name as on the KTP: {name}.",
    "Details below\nName : {name}\nNIK : {nik}",
    "{name} (KTP {nik})",
]
T["en"]["nik_kk"] = [
    "KK (family card): {kk}\nNIK (ID): {nik}",
    "KK {kk} is our household card; my personal NIK is {nik}.",
    "KK no. {kk}, NIK {nik}",
    "Family card number {kk}; personal ID (NIK) {nik}.",
    "For your records: household KK {kk}, individual NIK {nik}.",
    "Family registration no. {kk}, my own NIK {nik}.",
    "KK: {kk} | NIK: {nik}",
    "Family card {kk}. NIK {nik}.",
    "For completeness, KK {kk} and NIK {nik}.",
]
T["en"]["phone_record"] = [
    "At registration I gave the mobile {phone}.",
    "My KTP isn't with me right now; the vaccine sign-up was under {phone}.",
    "Please look me up by my phone number: {phone}.",
    "My vaccination data is under the number {phone}.",
    "Search with {phone}, that's the number I gave.",
    "Number used at registration: {phone}.",
    "The certificate should go to my number {phone}.",
    "I used {phone} when registering for the jab.",
    "My ID card is at the Dukcapil office for renewal; the number registered is {phone}.",
]
T["en"]["when_where"] = [
    "Jabbed {when} at {fac}.",
    "Place: {fac}; date: {when}.",
    "Venue was {fac}, day was {when}.",
    "Jab given {when}, location {fac}.",
    "Date and venue: {when}, {fac}.",
    "If I remember correctly it was {when} at {fac}.",
    "Vaccination site {fac} ({when}).",
]
T["en"]["ob_intro"] = [
    "I'm emailing for {rel}.",
    "I'm contacting you for {rel}, who doesn't use a smartphone.",
    "This is about {rel}'s certificate, not mine.",
    "Sorry to trouble you, I'm handling the vaccine certificate for {rel}.",
    "I'm sending this for {rel}, who has no email.",
    "I'm helping {rel}, who is unwell at the moment.",
    "I need your help for {rel}.",
    "My question concerns {rel}.",
    "I look after {rel} and deal with their paperwork.",
    "The problem is not with me but with {rel}.",
]
T["en"]["ob_nik"] = [
    "{Rel}'s name is {name}, NIK {nik}.",
    "For {rel}: name {name}, NIK {nik}",
    "NIK {nik}, registered as {name}.",
    "Name: {name} ({rel})\nNIK: {nik}",
    "Their details: {name}, NIK {nik}.",
    "{Relshort}: {name}, whose NIK reads {nik}.",
    "Person in question: {name}, NIK {nik}.",
    "This is {rel}'s NIK: {nik} (name: {name}).",
    "Patient: {name}, NIK {nik}.",
]
T["en"]["ob_generic"] = [
    "{Relshort} completed the {dlast} on {when}; even so the {cert} {notyet}.",
    "They had the {dlast} at {fac}, yet {relshort}'s {cert} {notyet}.",
    "{Relshort}'s {cert} {notyet} in {app}, although the jab was on {when}.",
    "It's been {w} weeks since {relshort} was vaccinated and there's still no certificate.",
    "The hospital wants {relshort}'s {cert} before a check-up, and it {notyet}.",
    "Vaccinated at {fac}, {dlast}, {when}. Still no {cert} for {relshort}.",
    "I checked {app} for {relshort} and the {cert} {notyet}.",
    "{Relshort} queued for hours at the mass vaccination in {fac}; no {cert} has turned up.",
    "Please check {relshort}'s {cert}; it {notyet}.",
]
T["en"]["ob_pending"] = [
    "{Relshort}'s vaccination data doesn't exist at all, though the jab was given at {fac}.",
    "When I check, {relshort} still shows as unvaccinated.",
    "The staff at {fac} said {relshort}'s data {notinput}.",
    "{Relshort} has waited {w} weeks and the vaccination history is still empty.",
    "Not even {relshort}'s {dfirst} is recorded.",
    "{Relshort} was jabbed at {fac} ({when}); {app} shows nothing whatsoever.",
    "{Relshort}'s name doesn't come up at all when searching by NIK.",
    "Judging by the system, {relshort} never got vaccinated at all.",
    "The mass vaccination at {fac} apparently never reported {relshort}'s data.",
]
T["en"]["ob_dose"] = [
    "For {relshort} the {prev} went in, but the {dose} of {when} {notinput}.",
    "{fac} gave {relshort} the {dose}; only the {prev} shows.",
    "There's a certificate for {relshort}'s {prev} but not the {dose}.",
    "{Relshort}'s {dose} ({when}) isn't in {app}, though the {prev} is complete.",
    "The issue is {relshort}'s {dose}; the {prev} already has a certificate.",
    "{Relshort} received the {dose} {w} weeks ago, but the app still shows only the {prev}.",
    "{Relshort}'s {dose} record is empty while the {prev} is fine.",
    "Please check {relshort}'s {dose} from {fac}; only the {prev} is visible.",
    "{Relshort} got the {dose} on {when}, the certificates stop at the {prev}.",
]
T["en"]["ob_contact"] = [
    "Reach me, the family member, at {phone}.",
    "My number as the one reporting: {phone}.",
    "They don't carry a phone, so ring me instead on {phone}.",
    "My phone is {phone}, please update me there.",
    "Contact me, not them: {phone}.",
    "My WhatsApp is {phone}; they don't use WhatsApp.",
    "Please reply via my number {phone}.",
    "Reporting family member's mobile (mine): {phone}",
    "I'm the one to contact, at {phone}.",
]
T["en"]["two_self"] = [
    "Mine is NIK {nik}. {Rel}'s certificate (NIK {relnik}) came through, mine didn't.",
    "{Rel} and I were jabbed the same morning. {Relshort} (NIK {relnik}) got a certificate; me (NIK {nik}), nothing.",
    "Trouble is with my own NIK, {nik}. The other number, {relnik}, belongs to {relshort}, whose certificate works.",
    "{Relshort}'s certificate (NIK {relnik}) exists; mine under NIK {nik} doesn't.",
    "Please check NIK {nik} (me). I include {rel}'s NIK {relnik} only for comparison, theirs has been issued.",
    "{Rel} and I went to the same site. Theirs ({relnik}) was issued, mine ({nik}) wasn't.",
    "NIK {relnik} is {rel}'s, fine. NIK {nik} is mine, no certificate.",
    "Searching {relnik} shows {relshort}'s certificate; searching my own NIK {nik} shows nothing.",
    "I'm the holder of NIK {nik}. {Rel}'s certificate (NIK {relnik}) arrived on the phone, mine never did.",
    "Please look at my NIK {nik}, not {relnik}; that one is {relshort}'s and it's sorted.",
]
T["en"]["typo_fix"] = [
    "Correction to my last message: {bad} had a typo. Right NIK: {nik}.",
    "Sorry! {nik} is my NIK, not {bad}.",
    "NIK correction: {bad} ✗ {nik} ✓",
    "In my previous email I typed my NIK wrongly as {bad}; it's {nik}.",
    "Please use {nik} (earlier I put {bad}, my mistake).",
    "Apologies for the typo, not {bad} but {nik}.",
    "I got one digit wrong earlier: {bad}. Correct NIK: {nik}.",
    "The correct NIK is {nik}. Please ignore {bad} from yesterday.",
    "Oops, typo: it's {nik}, not {bad}.",
    "Amended NIK: {bad} → {nik}.",
]
T["en"]["reporter"] = [
    "{mename} here, NIK {menik}; this mail concerns {rel}, NIK {nik}.",
    "I go by {mename} (NIK {menik}). Nothing wrong with my own certificate; it's {rel}'s I'm chasing, NIK {nik}.",
    "The certificate in question belongs to {relshort} (NIK {nik}); I am {mename}, NIK {menik}.",
    "Sent by: {mename}, NIK {menik}\nRegarding: {rel} (NIK {nik})",
    "NIK {nik} is {rel}'s; mine is {menik} ({mename}) and my data has no problem.",
    "Sender {mename} (own NIK {menik}). Please help {relshort}: NIK {nik}.",
    "{mename} (NIK {menik}) typing this; the one needing help is {rel} (NIK {nik}).",
    "From {mename}, NIK {menik}, regarding {rel}, NIK {nik}.",
    "I, {mename} (NIK {menik}), ask your help for {rel}, NIK number {nik}.",
    "Just so it's clear: {menik} is my NIK ({mename}), {nik} is {rel}'s.",
]
T["en"]["listed"] = [
    "1) {aname} (NIK {anik})\n2) {bname} (NIK {bnik})",
    "{aname} => {anik}; {bname} => {bnik}",
    "Both of us: {aname}, NIK no. {anik}; {bname}, NIK no. {bnik}.",
    "~ {aname}, ID {anik}\n~ {bname}, ID {bnik}",
    "NIK {anik} belongs to {aname}; NIK {bnik} belongs to {bname}.",
    "NIK / Name\n{anik} / {aname}\n{bnik} / {bname}",
    "Two people: {aname} ({anik}) and {bname} ({bnik}).",
    "#1 {aname}, KTP {anik}\n#2 {bname}, KTP {bnik}",
]
T["en"]["listed_tail"] = [
    "My question is only about mine, matching the From name on this email; the other is fine.",
    "My family member already has the certificate; I'm the one still waiting.",
    "I included the second one just so they don't get mixed up.",
    "Please check the entry whose name matches this email's sender.",
    "The other person's data is only for reference; theirs has no issue.",
    "The other one received the certificate SMS; I didn't.",
    "Please don't mix them up, the problem is with the one under my name.",
    "The second NIK belongs to my relative and is all sorted.",
    "I list both because we registered together.",
]
T["en"]["fwd_note"] = [
    "Resending this as I haven't heard back.",
    "Apologies for the repeat; the email below is still unanswered.",
    "Here's my earlier email, still no news.",
    "Following up on the message below.",
    "Forwarding my complaint again, please act on it.",
]
T["en"]["fwd_note_ob"] = [
    "This came from {rel}; forwarding it to you.",
    "Below is {rel}'s email; they asked me to follow it up.",
    "This is {rel}'s message, I'm passing it on.",
    "Forwarding {rel}'s complaint below.",
    "Sending on {rel}'s email, please help.",
]
T["en"]["quote_hdr"] = [
    "On {date}, at 09:12, {oname} <{oemail}> wrote:",
    "---- On {date}, {oname} <{oemail}> wrote ----",
    "On {date} {oname} <{oemail}> sent:",
    "At {date}, {oname} <{oemail}> said:",
]
T["en"]["desk_hdr"] = [
    "On {date}, at 14:05, Layanan Sertifikat <sertifikat@certdesk.local> wrote:",
    "---- Reply from Layanan Sertifikat, {date} ----",
    "The vaccine certificate service replied on {date}:",
]
T["en"]["noise_person"] = [
    "Good afternoon, my NIK is {onik}, phone {ophone}; my certificate hasn't appeared either.",
    "Same issue here. NIK {onik}, number {ophone}.",
    "Also asking: NIK {onik} never got the SMS on {ophone}.",
    "My data: NIK {onik} / mobile {ophone}. Please help me too.",
]
T["en"]["noise_desk"] = [
    "A fresh SMS for NIK {onik} has gone out to {ophone}.",
    "NIK {onik} has been updated; an SMS was sent to {ophone}.",
    "Thank you. For NIK {onik}, the certificate has been issued and sent to {ophone}.",
    "Your report for NIK {onik} (phone {ophone}) has been passed to the health office.",
]
T["en"]["ask"] = [
    "Please send us the NIK and mobile number you used at vaccination so we can check.",
    "To trace this, please tell us your NIK, vaccination date and site.",
    "Could you describe the problem in more detail? Please include your NIK.",
    "Are you still using the same mobile number as at registration?",
]
T["en"]["footer"] = [
    "Sent from Mail for Windows 10",
    "Sent from my Galaxy, please excuse typos.",
    "This email is confidential; if you are not the intended recipient, please delete it.",
    "Stay safe, wear a mask.",
    "Get Outlook for Android",
    "Sent from my Huawei phone",
]

# --- Campur: bahasa gado-gado anak kantoran dan anak muda ------------------------------------------------------
T["mix"]["greet"] = ["Hi admin, selamat pagi,", "Dear Bapak/Ibu,", "Hello kakak admin,", "Good morning min,", "Permisi, hi,",
                     "Halo team,"]
T["mix"]["close"] = ["Thanks ya,", "Makasih, regards,", "Thank you banget min.", "Best, salam,",
                     "Thx a lot, ditunggu.", "Tengkyu, God bless."]
T["mix"]["generic"] = [
    "Min, aku udah dapet {dlast} on {when} tapi {cert} {notyet}, so confused.",
    "Hi, saya sudah vaccinated di {fac} but my {cert} {notyet}, gimana ya?",
    "Sorry ganggu, {cert} aku still not showing padahal udah {w} weeks since vaksin.",
    "Urgent pls, need {cert} for travel tapi {notyet} di {app}.",
    "Dear admin, saya already got {dlast} tanggal {when} at {fac}, but sampai sekarang no {cert} at all.",
    "Literally udah {w} minggu and my {cert} {notyet}, help dong.",
    "Btw {cert} ku kok {notyet} ya, padahal vaccinated {when}.",
    "Kak, why {cert} saya {notyet}? Vaksin di {fac} udah lama banget.",
    "Halo, I've done {dlast} tapi {cert} nya {notyet} in {app}, mohon dicek ya.",
    "Guys please help, {cert} gw {notyet} since {when}, already reinstall {app} too.",
]
