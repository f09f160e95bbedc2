//! Properties of fixing on generated releases: fixing converges and is idempotent, no
//! safe fix is left afterwards, and every edit stays on the lines of its finding.

mod common;

use proptest::prelude::*;
use siaran::fix::{self, FixMode};
use siaran::{lint, LineIndex, LintInput, Settings};

const CITIES: &[&str] = &["Semarang", "SEMARANG", "semarang", "Kota Mungkid", "Wonosobo"];
const GAPS: &[&str] = &[", ", " ", ",", " , ", ",  "];
const DOMAINS: &[&str] = &[
    "kota-semarang.kpu.go.id",
    "https://kota-semarang.kpu.go.id/",
    "www.kab-magelang.kpu.go.id",
    "Kota-Semarang.KPU.go,id",
    "kpu.go.id",
];
const SEPARATORS: &[&str] = &[" — ", " - ", " – ", " -- ", "— ", " —", "  —  ", " _ ", " "];
const SENTENCES: &[&str] = &[
    "Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas di kantor KPU Kota Semarang.",
    "Rapat membahas jadwal unggahan berita di laman resmi dan media sosial.",
    "“Kami ingin setiap warga mendapat informasi yang benar,” ujar Ratna.",
    "Peserta  menyepakati  jadwal baru , lalu menutup rapat.",
    "Kegiatan ini diikuti oleh seluruh pegawai sekretariat.",
    "Sosialisasi dilanjutkan di lapangan pada pekan berikutnya.",
];
const TAILS: &[&str] = &[
    "(awh/ed. Foto: rap/KPU Kota Semarang)",
    "(awh/ed. Foto: dok KPU Kota Semarang)",
    "",
];

fn pick(options: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(options)
}

prop_compose! {
    fn release()(
        city in pick(CITIES), gap in pick(GAPS), domain in pick(DOMAINS), sep in pick(SEPARATORS),
        lead in pick(SENTENCES), body in prop::collection::vec(pick(SENTENCES), 0..4),
        tail in pick(TAILS), crlf in any::<bool>(), blank_lines in any::<bool>(),
    ) -> String {
        let mut lines = vec!["Rapat Koordinasi Humas".to_string(), format!("{city}{gap}{domain}{sep}{lead}")];
        lines.extend(body.iter().map(|s| s.to_string()));
        if let Some(last) = lines.last_mut() {
            if !tail.is_empty() {
                last.push(' ');
                last.push_str(tail);
            }
        }
        let joiner = match (crlf, blank_lines) {
            (true, true) => "\r\n\r\n",
            (true, false) => "\r\n",
            (false, true) => "\n\n",
            (false, false) => "\n",
        };
        lines.join(joiner)
    }
}

fn input(text: &str) -> LintInput<'_> {
    LintInput {
        source: text,
        path: None,
        date: Some(common::default_date()),
        today: common::default_date(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn fixing_converges_and_is_idempotent(text in release(), unsafe_fixes in any::<bool>()) {
        let settings = Settings::default();
        let mode = if unsafe_fixes { FixMode::Unsafe } else { FixMode::Safe };
        let once = fix::fix(&input(&text), &settings, mode);
        prop_assert!(once.converged, "fixing did not converge on {text:?}");
        let left: Vec<&str> = once
            .report
            .findings
            .iter()
            .filter(|f| f.fix.as_ref().is_some_and(|x| mode.accepts(x.applicability)))
            .map(|f| f.rule)
            .collect();
        prop_assert!(left.is_empty(), "fixable findings left: {left:?}");
        let twice = fix::fix(&input(&once.text), &settings, mode);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert_eq!(twice.fixed, 0);
    }

    #[test]
    fn edits_stay_on_their_findings_lines_and_nothing_else_changes(text in release()) {
        let report = lint(&input(&text), &Settings::default());
        let lines = LineIndex::new(&text);
        for finding in &report.findings {
            let Some(fix) = &finding.fix else { continue };
            let first = lines.line_of(finding.span.start);
            let last = lines.line_of(finding.span.end);
            for edit in &fix.edits {
                prop_assert!(lines.line_of(edit.span.start) >= first && lines.line_of(edit.span.end) <= last,
                    "{} edits outside its lines", finding.rule);
            }
        }
        let pass = fix::apply(&text, &report.findings, FixMode::Unsafe);
        // Rebuild the old text from the new one: everything outside the edits is the same.
        let mut rebuilt = String::new();
        let (mut old_at, mut new_at) = (0, 0);
        for edit in &pass.edits {
            let keep = edit.span.start - old_at;
            prop_assert_eq!(&pass.text[new_at..new_at + keep], &text[old_at..edit.span.start]);
            rebuilt.push_str(&text[old_at..edit.span.end]);
            new_at += keep + edit.replacement.len();
            old_at = edit.span.end;
        }
        prop_assert_eq!(&pass.text[new_at..], &text[old_at..]);
        rebuilt.push_str(&text[old_at..]);
        prop_assert_eq!(rebuilt, text);
    }
}
