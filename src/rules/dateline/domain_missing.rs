//! `dateline/domain-missing`: a dateline with a city but no domain (`Semarang — `).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct DomainMissing;
    id: "dateline/domain-missing",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Dateline tanpa domain satker", "Dateline without the satker domain"),
    what: (
        "Dateline KPU menyebut domain laman satker setelah nama kota: `Semarang, kota-semarang.kpu.go.id — `. Pesan menyebut domain satker yang dikonfigurasi (`[house] satker`), atau, tanpa konfigurasi, domain satker yang paling sering disebut dalam siaran (`KPU Kota Semarang`).",
        "A KPU dateline names the satker's web domain after the city: `Semarang, kota-semarang.kpu.go.id — `. The message names the configured satker's domain (`[house] satker`) or, without one, the domain of the office the release names most (`KPU Kota Semarang`).",
    ),
    why: (
        "Dateline gaya koran (`Semarang — `) tidak menyebut satker asal berita.",
        "A newspaper-style dateline (`Semarang — `) does not say which office the news is from.",
    ),
    fix_safety: (
        "Perbaikan menyisipkan domain itu; tidak aman untuk satker yang dikonfigurasi, hanya saran untuk satker yang disimpulkan dari teks.",
        "The fix inserts that domain: unsafe for a configured satker, a suggestion only for one inferred from the text.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Dateline belum memuat domain laman satker: tulis '{city}, {domain} — '",
            "The dateline lacks the satker's web domain: write '{city}, {domain} — '",
        ),
        UNKNOWN = (
            "Dateline belum memuat domain laman satker: tulis '{city}, ' lalu domain laman satker Anda sebelum tanda pisah, seperti 'Semarang, kota-semarang.kpu.go.id — '",
            "The dateline lacks the satker's web domain: write '{city}, ' then your satker's web domain before the dash, as in 'Semarang, kota-semarang.kpu.go.id — '",
        ),
        FIX = ("Tambahkan domain '{domain}'", "Add the domain '{domain}'"),
    },
}

impl Rule for DomainMissing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dateline) = &cx.doc.dateline else {
            return;
        };
        let Some(city) = dateline.city.filter(|_| dateline.domain.is_none()) else {
            return;
        };
        let written = cx.doc.text(city);
        let city_text = if written.chars().any(char::is_lowercase) {
            written.to_string()
        } else {
            crate::case::title_case(written)
        };
        let configured = cx.configured_satker().and_then(crate::house::satker_by_slug);
        let satker = configured.or_else(|| crate::house::infer_satker(cx.doc.source));
        let Some(satker) = satker else {
            out.push(cx.finding(&META, dateline.span, &UNKNOWN, &[("city", &city_text)]));
            return;
        };
        let domain = satker.domain();
        let args = [("city", city_text.as_str()), ("domain", domain.as_str())];
        // Replace the gap after the city with `, domain`; the separator rules judge
        // the dash on their own.
        let edit = Edit::replace(Span::new(city.end, dateline.gap.end), format!(", {domain}"));
        let title = cx.text(&FIX, &[("domain", &domain)]);
        let fix = if configured.is_some() {
            Fix::unsafe_(title, vec![edit])
        } else {
            Fix::display_only(title, vec![edit])
        };
        let finding = cx.finding(&META, dateline.span, &MESSAGE, &args).with_fix(fix);
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, SourceKind};
    use crate::pubdate::{PubDate, PubDateSource};
    use crate::rules::{Context, Rule};

    fn messages(text: &str, satker: Option<&str>) -> Vec<String> {
        let doc = Document::parse(text, SourceKind::Text);
        let settings = crate::Settings {
            satker: satker.map(str::to_string),
            ..crate::Settings::default()
        };
        let pub_date = PubDate {
            date: jiff::civil::date(2025, 10, 27),
            source: PubDateSource::Given,
        };
        let cx = Context::new(&doc, None, &settings, pub_date);
        let mut out = crate::findings::Findings::default();
        super::DomainMissing.check(&cx, &mut out);
        out.into_vec().into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn names_the_domain_to_write() {
        let text = "Rapat\nSEMARANG — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)";
        assert_eq!(
            messages(text, None),
            ["Dateline belum memuat domain laman satker: tulis 'Semarang, kota-semarang.kpu.go.id — '"]
        );
        assert_eq!(
            messages(text, Some("kab-kendal")),
            ["Dateline belum memuat domain laman satker: tulis 'Semarang, kab-kendal.kpu.go.id — '"]
        );
        let unknown = "Rapat\nSemarang — Rapat digelar di kantor.\nSelesai. (awh/ed. Foto: rap/humas)";
        assert_eq!(
            messages(unknown, None),
            ["Dateline belum memuat domain laman satker: tulis 'Semarang, ' lalu domain laman satker Anda sebelum tanda pisah, seperti 'Semarang, kota-semarang.kpu.go.id — '"]
        );
    }
}
