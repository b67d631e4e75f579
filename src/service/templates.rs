//! Tera templates: defaults embedded in the binary (so a bare binary works), and an
//! optional folder (`storage.templates_dir`) whose files override them one by one.

use std::path::Path;

use anyhow::Context as _;
use tera::Tera;

/// (name, source) of every embedded template.
const EMBEDDED: &[(&str, &str)] = &[
    ("mail/ack.id.txt", include_str!("../../templates/mail/ack.id.txt")),
    ("mail/ack.en.txt", include_str!("../../templates/mail/ack.en.txt")),
    ("mail/reply.id.txt", include_str!("../../templates/mail/reply.id.txt")),
    ("mail/reply.en.txt", include_str!("../../templates/mail/reply.en.txt")),
    ("mail/message.id.html", include_str!("../../templates/mail/message.id.html")),
    ("mail/message.en.html", include_str!("../../templates/mail/message.en.html")),
    ("mail/too_large.id.txt", include_str!("../../templates/mail/too_large.id.txt")),
    ("mail/too_large.en.txt", include_str!("../../templates/mail/too_large.en.txt")),
    ("mail/sms_failed.id.txt", include_str!("../../templates/mail/sms_failed.id.txt")),
    ("mail/sms_failed.en.txt", include_str!("../../templates/mail/sms_failed.en.txt")),
    ("mail/staff_sla.txt", include_str!("../../templates/mail/staff_sla.txt")),
    ("whatsapp/ack.id.txt", include_str!("../../templates/whatsapp/ack.id.txt")),
    ("whatsapp/ack.en.txt", include_str!("../../templates/whatsapp/ack.en.txt")),
    ("public/base.html", include_str!("../../templates/public/base.html")),
    ("public/certificate.html", include_str!("../../templates/public/certificate.html")),
    ("public/verify.html", include_str!("../../templates/public/verify.html")),
    ("public/notice.html", include_str!("../../templates/public/notice.html")),
    ("portal/base.html", include_str!("../../templates/portal/base.html")),
    ("portal/macros.html", include_str!("../../templates/portal/macros.html")),
    ("portal/form_errors.html", include_str!("../../templates/portal/form_errors.html")),
    ("portal/challenge.html", include_str!("../../templates/portal/challenge.html")),
    ("portal/identity_fields.html", include_str!("../../templates/portal/identity_fields.html")),
    ("portal/evidence_fields.html", include_str!("../../templates/portal/evidence_fields.html")),
    ("portal/home.html", include_str!("../../templates/portal/home.html")),
    ("portal/status.html", include_str!("../../templates/portal/status.html")),
    ("portal/verify.html", include_str!("../../templates/portal/verify.html")),
    ("portal/code.html", include_str!("../../templates/portal/code.html")),
    ("portal/me.html", include_str!("../../templates/portal/me.html")),
    ("portal/phone.html", include_str!("../../templates/portal/phone.html")),
    ("portal/correction.html", include_str!("../../templates/portal/correction.html")),
    ("portal/done.html", include_str!("../../templates/portal/done.html")),
    ("portal/complaint.html", include_str!("../../templates/portal/complaint.html")),
    ("portal/follow.html", include_str!("../../templates/portal/follow.html")),
    ("portal/ticket.html", include_str!("../../templates/portal/ticket.html")),
    ("portal/message.html", include_str!("../../templates/portal/message.html")),
    ("desk/base.html", include_str!("../../templates/desk/base.html")),
    ("desk/login.html", include_str!("../../templates/desk/login.html")),
    ("desk/_tickets.html", include_str!("../../templates/desk/_tickets.html")),
    ("desk/home.html", include_str!("../../templates/desk/home.html")),
    ("desk/results.html", include_str!("../../templates/desk/results.html")),
    ("desk/search.html", include_str!("../../templates/desk/search.html")),
    ("desk/error.html", include_str!("../../templates/desk/error.html")),
    ("desk/_person.html", include_str!("../../templates/desk/_person.html")),
    ("desk/person.html", include_str!("../../templates/desk/person.html")),
    ("desk/ticket.html", include_str!("../../templates/desk/ticket.html")),
    ("desk/corrections.html", include_str!("../../templates/desk/corrections.html")),
    ("desk/phone_code.html", include_str!("../../templates/desk/phone_code.html")),
    ("desk/second_factor.html", include_str!("../../templates/desk/second_factor.html")),
    ("desk/correction.html", include_str!("../../templates/desk/correction.html")),
    ("macros/record_pending.id.txt", include_str!("../../templates/macros/record_pending.id.txt")),
    ("macros/record_pending.en.txt", include_str!("../../templates/macros/record_pending.en.txt")),
    ("macros/phone_missing.id.txt", include_str!("../../templates/macros/phone_missing.id.txt")),
    ("macros/phone_missing.en.txt", include_str!("../../templates/macros/phone_missing.en.txt")),
    ("macros/phone_mismatch.id.txt", include_str!("../../templates/macros/phone_mismatch.id.txt")),
    ("macros/phone_mismatch.en.txt", include_str!("../../templates/macros/phone_mismatch.en.txt")),
    ("macros/sms_failed.id.txt", include_str!("../../templates/macros/sms_failed.id.txt")),
    ("macros/sms_failed.en.txt", include_str!("../../templates/macros/sms_failed.en.txt")),
    ("macros/sms_delivered.id.txt", include_str!("../../templates/macros/sms_delivered.id.txt")),
    ("macros/sms_delivered.en.txt", include_str!("../../templates/macros/sms_delivered.en.txt")),
    (
        "macros/certificate_available.id.txt",
        include_str!("../../templates/macros/certificate_available.id.txt"),
    ),
    (
        "macros/certificate_available.en.txt",
        include_str!("../../templates/macros/certificate_available.en.txt"),
    ),
    ("macros/data_error.id.txt", include_str!("../../templates/macros/data_error.id.txt")),
    ("macros/data_error.en.txt", include_str!("../../templates/macros/data_error.en.txt")),
    ("macros/duplicate_record.id.txt", include_str!("../../templates/macros/duplicate_record.id.txt")),
    ("macros/duplicate_record.en.txt", include_str!("../../templates/macros/duplicate_record.en.txt")),
    ("macros/ask_nik.id.txt", include_str!("../../templates/macros/ask_nik.id.txt")),
    ("macros/ask_nik.en.txt", include_str!("../../templates/macros/ask_nik.en.txt")),
    ("sms/issued.id.txt", include_str!("../../templates/sms/issued.id.txt")),
    ("sms/reissued.id.txt", include_str!("../../templates/sms/reissued.id.txt")),
    ("sms/resend.id.txt", include_str!("../../templates/sms/resend.id.txt")),
    ("sms/phone_changed.id.txt", include_str!("../../templates/sms/phone_changed.id.txt")),
    ("sms/otp.id.txt", include_str!("../../templates/sms/otp.id.txt")),
    ("sms/correction_decided.id.txt", include_str!("../../templates/sms/correction_decided.id.txt")),
];

/// Loads the embedded templates, then any overrides; fails at start-up on a bad one.
pub fn load(override_dir: Option<&Path>) -> anyhow::Result<Tera> {
    let mut tera = Tera::default();
    let mut sources: Vec<(String, String)> =
        EMBEDDED.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
    if let Some(dir) = override_dir {
        for (name, src) in sources.iter_mut() {
            let path = dir.join(name.as_str());
            if path.exists() {
                *src =
                    std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            }
        }
    }
    tera.add_raw_templates(sources).context("parsing templates")?;
    // .html is escaped, .txt is not: plain text must show what the agent typed.
    tera.autoescape_on(vec![".html"]);
    Ok(tera)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_embedded_template_renders_with_a_full_context() {
        let tera = super::load(None).unwrap();
        let mut cx = tera::Context::new();
        for (k, v) in [
            ("number", "SRT-2021-000001"),
            ("name", "Siti"),
            ("portal_url", "http://x/portal"),
            ("ticket_url", "http://x/t"),
            ("text", "<b>halo</b>"),
            ("subject", "s"),
            ("size_mb", "30"),
            ("limit_mb", "25"),
            ("link", "http://x/c/abc"),
            ("until", "2021-10-01"),
            ("nik_masked", "3275********0001"),
            ("phone_masked", "+62 812-****-890"),
        ] {
            cx.insert(k, v);
        }
        cx.insert("ask_nik", &true);
        cx.insert("dose", &1);
        cx.insert("minutes", &5);
        cx.insert("approved", &false);
        cx.insert("version", &2);
        cx.insert("rows", &vec![("Nama / Name", "<b>halo</b>")]);
        cx.insert("qr_svg", "<svg></svg>");
        for (k, v) in [
            ("pdf_url", "/c/x/pdf"),
            ("issuer", "Kemenkes"),
            ("outcome", "valid"),
            ("reason", "fraud"),
            ("birth_date", "12-05-1990"),
            ("vaccine", "CoronaVac"),
            ("date", "12-07-2021"),
            ("title_id", "Judul"),
            ("title_en", "Title"),
            ("text_id", "Teks"),
            ("text_en", "<b>halo</b>"),
            ("tone", "ok"),
            ("event", "sla_breach"),
            ("target_id", "penyelesaian"),
            ("target_en", "resolution"),
            ("due", "2021-08-20 16:00 WIB"),
            ("queue", "general"),
            ("status", "open"),
            ("priority_now", "high"),
            ("escalated_to", "supervisors"),
            ("priority", "high"),
        ] {
            cx.insert(k, v);
        }
        // Portal pages need the page context (strings, CSRF token); the integration
        // suite renders every one of them.
        for (name, _) in
            super::EMBEDDED.iter().filter(|(n, _)| !n.starts_with("portal/") && !n.starts_with("desk/"))
        {
            let out = tera.render(name, &cx).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            if name.ends_with(".html") && !matches!(*name, "public/verify.html" | "public/base.html") {
                assert!(out.contains("&lt;b&gt;halo"), "{name} escapes the text");
            }
        }
    }
}
