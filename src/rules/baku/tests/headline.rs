//! Fixtures of issue 14 (§1, §2, §10): a capital in a headline or at a sentence start is
//! not a name, headline and body fixes agree, and bound forms never join into a non-word.
//! Each case asserts the exact findings (rule, line, column) and what the fix writes.

use jiff::civil::date;

use crate::diagnostic::Applicability;
use crate::lint::{lint, LintInput};
use crate::settings::Settings;

/// A release with `headline` and `sentence` (a paragraph of the body).
fn release(headline: &str, sentence: &str) -> String {
    format!(
        "{headline}\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat.\n{sentence}\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)"
    )
}

/// The `baku/` and `spell/doubled-word` findings of `text` as (rule, line, column, what
/// the fix's edits write, whether the fix is safe).
fn found(text: &str) -> Vec<(&'static str, usize, usize, String, bool)> {
    let today = date(2025, 10, 27);
    let input = LintInput {
        source: text,
        path: None,
        date: Some(today),
        today,
    };
    let report = lint(&input, &Settings::default());
    report
        .findings
        .iter()
        .filter(|f| f.family() == "baku" || f.rule == "spell/doubled-word")
        .map(|f| {
            let at = report.lines.position(text, f.span.start);
            let fix = f.fix.as_ref();
            let mut fixed = text[f.span.start..f.span.end].to_string();
            for edit in fix.map_or(&[][..], |x| &x.edits[..]).iter().rev() {
                let (s, e) = (edit.span.start - f.span.start, edit.span.end - f.span.start);
                if e <= fixed.len() {
                    fixed.replace_range(s..e, &edit.replacement);
                }
            }
            let safe = fix.is_some_and(|x| x.applicability == Applicability::Safe);
            (f.rule, at.line, at.column, fixed, safe)
        })
        .collect()
}

const APART: &str = "baku/bound-form-apart";

#[test]
fn headline_and_body_agree_on_bound_forms() {
    // The body writes `Pemilu` as a name: the hyphen, in the headline as in the body.
    let text = release("Evaluasi Pasca Pemilu", "Evaluasi digelar pasca Pemilu 2024.");
    assert_eq!(
        found(&text),
        [
            (APART, 1, 10, "Pasca-Pemilu".into(), true),
            (APART, 3, 18, "pasca-Pemilu".into(), true),
        ]
    );
    // The body writes `pemilu` in lower case: joined.
    let text = release("Evaluasi Pasca Pemilu", "Evaluasi digelar setelah pemilu.");
    assert_eq!(found(&text), [(APART, 1, 10, "Pascapemilu".into(), true)]);
    // `Pasangan` is capitalised by title case only: `Antarpasangan`, never `Antar-Pasangan`.
    let text = release("Debat Antar Pasangan Calon", "Debat pasangan calon berlangsung tertib.");
    assert_eq!(found(&text), [(APART, 1, 7, "Antarpasangan".into(), false)]);
    let text = release("Debat Antar Pasangan Calon", "Debat berlangsung tertib.");
    assert_eq!(found(&text), [(APART, 1, 7, "Antarpasangan".into(), false)]);
    // `Se Kota Semarang` keeps the hyphen of `se-` + a name.
    let text = release("Sosialisasi Se Kota Semarang", "Warga kota hadir.");
    assert_eq!(found(&text), [(APART, 1, 13, "Se-Kota".into(), false)]);
    // Look-alikes: joined or hyphenated already, and `antar` the verb.
    let text = release(
        "Evaluasi Pascapemilu dan Debat Antarpasangan se-Kota Semarang",
        "Evaluasi digelar pasca-Pemilu 2024 dengan layanan antar jemput.",
    );
    assert_eq!(found(&text), []);
}

#[test]
fn bound_forms_never_join_into_a_non_word() {
    // pasca- binds to nouns: before a verb, `setelah`.
    let text = release(
        "Rapat Evaluasi",
        "Pasca melakukan rapat, petugas kembali. Rapat pasca melakukan coklit.",
    );
    assert_eq!(
        found(&text),
        [
            (APART, 3, 1, "Setelah melakukan".into(), false),
            (APART, 3, 47, "setelah melakukan".into(), false),
        ]
    );
    // `se` before a region name in any case: the gazetteer's form, with the hyphen.
    let text = release(
        "Rapat Evaluasi",
        "Rapat diikuti KPU se sulawesi Selatan. Se provinsi Sulawesi Utara hadir.",
    );
    assert_eq!(
        found(&text),
        [
            (APART, 3, 19, "se-Sulawesi Selatan".into(), true),
            (APART, 3, 40, "Se-Provinsi Sulawesi Utara".into(), true),
        ]
    );
    // Look-alikes: `sebatang` is a word (a one-word region name is not enough), nouns
    // after pasca- join, and the right forms stay.
    let text = release(
        "Rapat Evaluasi",
        "Setelah melakukan rapat, sebatang pohon ditanam pascapemilu se-Sulawesi Selatan.",
    );
    assert_eq!(found(&text), []);
    let text = release("Rapat Evaluasi", "Rapat se batang pohon.");
    assert_eq!(found(&text), [(APART, 3, 7, "sebatang".into(), false)]);
    // Other bound forms before a verb: flagged, with nothing to join into (no fix: the
    // text stays as it is).
    let text = release(
        "Rapat Evaluasi",
        "Ketua antar menyampaikan sambutan, lalu multi menjadi tema.",
    );
    let findings = found(&text);
    assert_eq!(
        findings,
        [
            (APART, 3, 7, "antar menyampaikan".into(), false),
            (APART, 3, 41, "multi menjadi".into(), false),
        ]
    );
}

#[test]
fn update_as_an_adjective_is_mutakhir() {
    const WORD: &str = "baku/non-standard-word";
    let text = release(
        "Rapat Evaluasi",
        "Informasi yang akurat dan update dibagikan. Data selalu update. Petugas melakukan update data.",
    );
    assert_eq!(
        found(&text),
        [
            (WORD, 3, 27, "mutakhir".into(), false),
            (WORD, 3, 57, "mutakhir".into(), false),
            (WORD, 3, 83, "pembaruan".into(), false),
        ]
    );
    let message = |text: &str| {
        let today = date(2025, 10, 27);
        let report = lint(&LintInput::new(text, today).date(today), &Settings::default());
        report.findings.iter().map(|f| f.message.clone()).collect::<Vec<_>>()
    };
    let messages = message(&release("Rapat Evaluasi", "Data selalu update."));
    assert!(
        messages
            .iter()
            .any(|m| m.contains("'terkini'") && m.contains("'pembaruan'")),
        "{messages:?}"
    );
}

#[test]
fn capitalised_is_not_a_name() {
    const WORD: &str = "baku/non-standard-word";
    const PREFIX: &str = "baku/prefix-apart";
    const DOUBLED: &str = "spell/doubled-word";
    // Title case in a headline hides nothing.
    let text = release(
        "Rapat Di Buka Oleh Ketua di Alun Alun Kota",
        "Rapat berlangsung tertib.",
    );
    assert_eq!(
        found(&text),
        [
            (PREFIX, 1, 7, "Dibuka".into(), true),
            (DOUBLED, 1, 29, "Alun-Alun".into(), true),
        ]
    );
    let text = release("Anggaran Dipertanggung Jawabkan", "Rapat berlangsung tertib.");
    assert_eq!(found(&text), [(WORD, 1, 10, "Dipertanggungjawabkan".into(), true)]);
    // Nor does a capital at a sentence start or in an official name, and `alun` exists
    // only reduplicated.
    let text = release(
        "Rapat Koordinasi",
        "Di buka oleh ketua, rapat dihadiri Pemerintah Propinsi Jawa Tengah di Alun Alun Kota Semarang.",
    );
    assert_eq!(
        found(&text),
        [
            (PREFIX, 3, 1, "Dibuka".into(), true),
            (WORD, 3, 47, "Provinsi".into(), true),
            (DOUBLED, 3, 71, "Alun-Alun".into(), true),
        ]
    );
    let text = release(
        "Rapat Koordinasi",
        "Mereka menandatangani Nota Kerjasama Pendidikan Pemilih.",
    );
    assert_eq!(found(&text), [(WORD, 3, 28, "Kerja Sama".into(), true)]);
    // Real names stay clean: streets, kampung, people, private institutions.
    let text = release(
        "Warga Jalan Minggu dan Kampung Pelangi Ikuti Simulasi",
        "Warga Jalan Nasehat dan Kampung Pelangi hadir bersama Rizki Ramadhan, alumni Institut Teknologi Sepuluh Nopember, di Bunga Bunga Cafe.",
    );
    assert_eq!(found(&text), []);
}
