//! `consistency/` with and without the spelling dictionary: a one-letter slip at a
//! sentence start (where any word is capitalised) is reported only when the dictionary
//! can say the word is no Indonesian word.

mod common;

const RELEASE: &str = "Rapat Koordinasi Logistik\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat di Kelurahan Kranggan, Senin (27/10).\nGudang di Kranggan sudah siap. Krangan menjadi lokasi penyimpanan kotak suara.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";

fn consistency<'s>(settings: impl Into<siaran::FileSettings<'s>>) -> Vec<(String, usize, usize)> {
    let lines = siaran::LineIndex::new(RELEASE);
    common::run(RELEASE, Some("rilis.txt"), Some(common::default_date()), settings)
        .into_iter()
        .filter(|f| f.family() == "consistency")
        .map(|f| {
            let at = lines.position(RELEASE, f.span.start);
            (f.rule.to_string(), at.line, at.column)
        })
        .collect()
}

#[test]
fn a_slip_at_a_sentence_start_needs_the_dictionary() {
    assert_eq!(consistency(&siaran::Settings::default()), []);
    let spelling = common::with_spelling("");
    assert_eq!(
        consistency(&spelling),
        [("consistency/name-spelling".to_string(), 3, 32)]
    );
}
