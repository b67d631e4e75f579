//! What certdesk reads in complaint mails: `cargo run --example claims -- FILE.eml…`
//! prints, per mail (and with CLAIMS_OWN=1 the writer's own words first), the dose named, whom it is for, each number's role and the fields
//! said wrong. For looking at the claim reader's misses in a benchmark's mails.

fn main() -> anyhow::Result<()> {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read(&path)?;
        let mail = certdesk::mail::mime::parse(&raw).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
        let c = certdesk::domain::claims::read(&mail.text, &mail.subject);
        println!("== {path}");
        if std::env::var_os("CLAIMS_OWN").is_some() {
            println!("{}\n--", certdesk::domain::extract::own_words_of(&mail.text, &mail.subject));
        }
        println!(
            "doses {:?}  on behalf {:?}  phone changed {}  own meant {}",
            c.doses, c.on_behalf, c.phone_changed, c.own_meant
        );
        for (p, r) in &c.phones {
            println!("phone {} {r:?}", p.masked());
        }
        for (n, r) in &c.niks {
            println!("nik {} {r:?}", n.masked());
        }
        for f in &c.fields {
            println!(
                "field {} dates {:?} vaccines {:?} names {:?}\n  \u{201c}{}\u{201d}",
                f.field.as_str(),
                f.dates,
                f.vaccines,
                f.names,
                f.quote
            );
        }
    }
    Ok(())
}
