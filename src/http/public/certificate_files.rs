//! Certificate artefacts that are not HTML templates: the QR code (SVG for the page,
//! modules for the PDF) and the PDF itself, drawn with the standard Helvetica font so
//! the file stays small (a few KB) and needs no embedded fonts.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use qrcode::{Color, EcLevel, QrCode};

use crate::domain::CertificatePayload;

/// The QR code of `data`, as an SVG element sized by the page's CSS.
pub fn qr_svg(data: &str) -> anyhow::Result<String> {
    let code = QrCode::with_error_correction_level(data, EcLevel::M)?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .quiet_zone(true)
        .min_dimensions(200, 200)
        .dark_color(qrcode::render::svg::Color("#000"))
        .light_color(qrcode::render::svg::Color("#fff"))
        .build())
}

/// Helvetica in a PDF speaks WinAnsi: keep Latin-1, replace the rest.
fn latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| u8::try_from(u32::from(c)).ok().filter(|b| *b >= 0x20).unwrap_or(b'?')).collect()
}

pub struct PdfText<'a> {
    /// (Indonesian label / English label, value)
    pub rows: Vec<(&'a str, String)>,
    pub status_note: Option<String>,
    pub verify_url: &'a str,
}

/// Rows of the certificate as both the HTML page and the PDF print them.
pub fn rows(p: &CertificatePayload) -> Vec<(&'static str, String)> {
    vec![
        ("Nama / Name", p.holder_name.clone()),
        ("Tanggal lahir / Date of birth", p.birth_date.format("%d-%m-%Y").to_string()),
        ("NIK / National ID", p.nik_masked.clone()),
        ("Vaksin / Vaccine", p.vaccine_name.clone()),
        ("Produsen / Manufacturer", p.manufacturer.clone()),
        ("Nomor batch / Batch", p.batch.clone().unwrap_or_else(|| "-".into())),
        ("Dosis / Dose", p.dose.to_string()),
        ("Tanggal vaksinasi / Date of vaccination", p.vaccinated_on.format("%d-%m-%Y").to_string()),
        ("Fasilitas kesehatan / Facility", p.facility.clone()),
        ("Penerbit / Issuer", p.issuer.clone()),
        ("Diterbitkan / Issued", p.issued_at.format("%d-%m-%Y %H:%M UTC").to_string()),
        ("Versi / Version", p.version.to_string()),
        ("ID sertifikat / Certificate ID", p.id.to_string()),
    ]
}

/// One A4 page: title, the rows, the QR code and how to verify it.
pub fn certificate_pdf(text: &PdfText<'_>) -> anyhow::Result<Vec<u8>> {
    let code = QrCode::with_error_correction_level(text.verify_url, EcLevel::M)?;
    let (catalog, tree, page_id, font, bold, content_id, info) =
        (Ref::new(1), Ref::new(2), Ref::new(3), Ref::new(4), Ref::new(5), Ref::new(6), Ref::new(7));
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids([page_id]).count(1);
    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, 595.0, 842.0)).parent(tree).contents(content_id);
    page.resources().fonts().pair(Name(b"F1"), font).pair(Name(b"F2"), bold);
    page.finish();
    pdf.type1_font(font).base_font(Name(b"Helvetica")).encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold).base_font(Name(b"Helvetica-Bold")).encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.document_info(info).title(TextStr("Sertifikat Vaksinasi COVID-19")).producer(TextStr("certdesk"));

    let mut c = Content::new();
    let line = |c: &mut Content, font: &[u8], size: f32, x: f32, y: f32, s: &str| {
        c.begin_text();
        c.set_font(Name(font), size);
        c.next_line(x, y);
        c.show(Str(&latin1(s)));
        c.end_text();
    };
    line(&mut c, b"F2", 18.0, 50.0, 780.0, "SERTIFIKAT VAKSINASI COVID-19");
    line(&mut c, b"F1", 12.0, 50.0, 762.0, "COVID-19 Vaccination Certificate");
    let mut y = 720.0;
    if let Some(note) = &text.status_note {
        c.set_fill_rgb(0.7, 0.0, 0.0);
        line(&mut c, b"F2", 12.0, 50.0, y, note);
        c.set_fill_gray(0.0);
        y -= 28.0;
    }
    for (label, value) in &text.rows {
        line(&mut c, b"F1", 9.0, 50.0, y, label);
        line(&mut c, b"F2", 12.0, 50.0, y - 14.0, value);
        y -= 34.0;
    }
    // The QR code, one filled square per dark module, 3.5 pt each, at the right.
    let width = code.width();
    let module = 3.5_f32;
    let (qx, qy) = (545.0 - module * width as f32, 760.0 - module * width as f32);
    c.set_fill_gray(0.0);
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            c.rect(qx + col * module, qy + (width as f32 - 1.0 - row) * module, module, module);
        }
    }
    c.fill_nonzero();
    line(&mut c, b"F1", 8.0, qx, qy - 14.0, "Pindai untuk verifikasi / Scan to verify");
    line(&mut c, b"F1", 7.0, 50.0, 40.0, text.verify_url.get(..110).unwrap_or(text.verify_url));
    pdf.stream(content_id, &c.finish());
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pdf_is_a_small_single_page_document() {
        let pdf = certificate_pdf(&PdfText {
            rows: vec![("Nama / Name", "Siti Aminah Ç".into())],
            status_note: Some("DIGANTI / REPLACED".into()),
            verify_url: "http://127.0.0.1:8080/verify/abc.def",
        })
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() < 30_000, "{} bytes", pdf.len());
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/Count 1"));
        assert!(text.contains("Helvetica"));
    }

    #[test]
    fn non_latin_characters_become_question_marks() {
        assert_eq!(latin1("Ré 漢"), b"R\xe9 ?".to_vec());
    }

    #[test]
    fn the_qr_svg_encodes_the_url() {
        let svg = qr_svg("http://x/verify/abc").unwrap();
        assert!(svg.contains("<svg"));
    }
}
