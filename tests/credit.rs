//! The `credit/` family end to end: how safe the fixes of the photo credit are, and that
//! one drift of the label is one finding.

mod common;

use siaran::fix::{self, FixMode};
use siaran::{Applicability, Finding};

const LEAD: &str = "Rapat Koordinasi\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat.\nSelesai. ";

fn lint(text: &str) -> Vec<Finding> {
    common::run(text, None, Some(common::default_date()), &common::example_settings())
}

/// The release ending with `tail`, and the one finding of `rule` in it with the text
/// after its fix (applied whatever its applicability).
fn fixed(tail: &str, rule: &str) -> (Finding, Option<(Applicability, String)>) {
    let text = format!("{LEAD}{tail}");
    let found: Vec<Finding> = lint(&text).into_iter().filter(|f| f.rule == rule).collect();
    assert_eq!(found.len(), 1, "{rule} in {tail:?}: {found:?}");
    let finding = found[0].clone();
    let after = finding.fix.as_ref().map(|f| {
        let mut shown = finding.clone();
        if let Some(x) = shown.fix.as_mut() {
            x.applicability = Applicability::Unsafe;
        }
        let text = fix::apply(&text, &[shown], FixMode::Unsafe).text;
        (f.applicability, text[LEAD.len()..].to_string())
    });
    (finding, after)
}

#[test]
fn photo_source_fixes_are_safe_only_when_certain() {
    let rule = "credit/photo-source";
    let (_, after) = fixed("(awh/ed. Foto: Dok. KPU Kota Semarang)", rule);
    assert_eq!(
        after,
        Some((Applicability::Safe, "(awh/ed. Foto: dok KPU Kota Semarang)".into()))
    );
    let (_, after) = fixed("(awh/ed. Foto: rap/kpu kota semarang)", rule);
    assert_eq!(
        after,
        Some((Applicability::Safe, "(awh/ed. Foto: rap/KPU Kota Semarang)".into()))
    );
    let (_, after) = fixed("(awh/ed. Foto: rap)", rule);
    assert_eq!(
        after,
        Some((Applicability::Unsafe, "(awh/ed. Foto: rap/KPU Kota Semarang)".into()))
    );
    let (_, after) = fixed("(awh/ed. Foto: Humas KPU Kota Semarang)", rule);
    assert_eq!(
        after,
        Some((Applicability::Unsafe, "(awh/ed. Foto: humas/KPU Kota Semarang)".into()))
    );
    // An office the gazetteer does not know: no fix, only the message.
    let (_, after) = fixed("(awh/ed. Foto: rap/kpu semarang raya)", rule);
    assert_eq!(after, None);
}

#[test]
fn a_label_drifted_three_ways_is_one_finding_with_one_fix() {
    let (finding, after) = fixed("(awh/ed.foto:e-one/KPU Kota Semarang)", "credit/photo-label");
    for part in ["spasi sebelum", "kapital", "titik dua"] {
        assert!(finding.message.contains(part), "{part}: {}", finding.message);
    }
    assert_eq!(
        after,
        Some((Applicability::Safe, "(awh/ed. Foto: e-one/KPU Kota Semarang)".into()))
    );
}

#[test]
fn a_foreign_style_tail_is_one_incomplete_credit() {
    let text = format!("{LEAD}(***/RED)");
    let found = lint(&text);
    let credit: Vec<&Finding> = found.iter().filter(|f| f.family() == "credit").collect();
    assert_eq!(credit.len(), 1, "{credit:?}");
    assert_eq!(credit[0].rule, "credit/missing");
    assert!(credit[0].message.contains("belum lengkap"), "{}", credit[0].message);
    assert!(found.iter().all(|f| f.family() != "abbr"), "{found:?}");
}
