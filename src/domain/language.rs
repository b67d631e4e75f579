//! The language a citizen wrote in, guessed from function words; replies and
//! acknowledgements follow it.

use super::ticket::named_enum;

named_enum!(
    /// The language a citizen wrote in; replies and acknowledgements follow it.
    Language { Id = "id", En = "en" }
);

impl Language {
    /// A guess from function words, which short mails have few of: English when its
    /// words outweigh Indonesian ones, Bahasa Indonesia (the default) otherwise.
    pub fn detect(text: &str) -> Language {
        Self::detect_with_hint(text, None)
    }

    /// [`Language::detect`], with the client's declared language deciding when the text
    /// holds too few function words to tell (a one-line mail).
    pub fn detect_with_hint(text: &str, hint: Option<Language>) -> Language {
        const EN: &[&str] = &[
            "the",
            "and",
            "is",
            "my",
            "i",
            "i'm",
            "im",
            "have",
            "has",
            "not",
            "please",
            "received",
            "receive",
            "certificate",
            "you",
            "thank",
            "thanks",
            "hello",
            "hi",
            "dear",
            "where",
            "what",
            "when",
            "why",
            "how",
            "can",
            "could",
            "would",
            "yet",
            "still",
            "already",
            "got",
            "get",
            "didn't",
            "did",
            "was",
            "were",
            "are",
            "help",
            "vaccine",
            "vaccinated",
            "vaccination",
            "dose",
            "second",
            "first",
            "number",
            "phone",
            "wrong",
            "of",
            "to",
            "for",
            "with",
            "it",
            "this",
            "that",
            "me",
            "your",
            "sir",
            "madam",
            "regards",
            "no",
            "any",
            "been",
            "there",
            "from",
            "but",
        ];
        const ID: &[&str] = &[
            "yang",
            "dan",
            "saya",
            "tidak",
            "belum",
            "sudah",
            "mohon",
            "sertifikat",
            "terima",
            "kasih",
            "di",
            "ke",
            "dari",
            "untuk",
            "dengan",
            "ini",
            "itu",
            "ada",
            "apa",
            "bagaimana",
            "kenapa",
            "mengapa",
            "kapan",
            "bapak",
            "ibu",
            "pak",
            "bu",
            "selamat",
            "pagi",
            "siang",
            "sore",
            "malam",
            "tolong",
            "bantu",
            "dibantu",
            "vaksin",
            "dosis",
            "kedua",
            "pertama",
            "nomor",
            "hp",
            "salah",
            "muncul",
            "keluar",
            "dapat",
            "dapet",
            "tapi",
            "juga",
            "sampai",
            "masih",
            "karena",
            "atau",
            "kami",
            "anda",
            "nya",
            "min",
            "kak",
            "gan",
            "sy",
            "tdk",
            "blm",
            "sdh",
            "yg",
            "dgn",
            "utk",
            "tks",
            "trims",
        ];
        let (mut en, mut id) = (0, 0);
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'').take(400) {
            let w = w.to_lowercase();
            en += usize::from(EN.contains(&w.as_str()));
            id += usize::from(ID.contains(&w.as_str()));
        }
        if en + id < 2 {
            hint.unwrap_or(Language::Id)
        } else if en >= 2 && en * 2 > id * 3 {
            Language::En
        } else {
            Language::Id
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn english_is_recognised_and_indonesian_is_the_default() {
        assert_eq!(
            Language::detect("I have not received my certificate, please help. Thank you"),
            Language::En
        );
        assert_eq!(Language::detect("Saya belum menerima sertifikat, mohon dibantu"), Language::Id);
        assert_eq!(Language::detect(""), Language::Id);
    }

    #[test]
    fn the_declared_language_decides_only_when_the_text_cannot() {
        assert_eq!(Language::detect_with_hint("Sertifikat?", Some(Language::En)), Language::En);
        assert_eq!(Language::detect_with_hint("Certificate?", None), Language::Id);
        assert_eq!(
            Language::detect_with_hint("Saya belum dapat sertifikat", Some(Language::En)),
            Language::Id,
            "an English mail client does not make an Indonesian text English"
        );
    }

    #[test]
    fn short_mails_get_their_language() {
        let english = [
            "Where is my certificate?",
            "Hi, still no certificate. Thanks",
            "Certificate not received yet",
            "Hello, I got the second dose but no SMS",
            "Dear sir, my vaccination certificate shows the wrong name",
            "Please help, wrong phone number",
        ];
        for t in english {
            assert_eq!(Language::detect(t), Language::En, "{t}");
        }
        let indonesian = [
            "Sertifikat saya belum muncul",
            "Min, sertifikat dosis 2 blm keluar",
            "Selamat pagi, mohon bantuannya",
            "Nomor HP saya salah, tolong diganti",
            "Kak sertifikat vaksin sy tdk ada",
            "Sudah vaksin tapi sertifikat belum ada, certificate not found",
        ];
        for t in indonesian {
            assert_eq!(Language::detect(t), Language::Id, "{t}");
        }
    }
}
