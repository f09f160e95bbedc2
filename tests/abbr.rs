//! The `abbr/` family end to end: what its fixes write and how safe they are, and odd input.

mod common;

use siaran::fix::{self, FixMode};
use siaran::{Applicability, Finding, Settings};

fn lint(text: &str, settings: &Settings) -> Vec<Finding> {
    common::run(text, None, Some(common::default_date()), settings)
}

/// The single finding of `rule` in `text`, with the release after its fix (if any).
fn fixed(text: &str, settings: &Settings, rule: &str) -> (Finding, Option<(Applicability, String)>) {
    let found: Vec<Finding> = lint(text, settings).into_iter().filter(|f| f.rule == rule).collect();
    assert_eq!(found.len(), 1, "{rule} in {text:?}: {found:?}");
    let finding = found[0].clone();
    let after = finding.fix.as_ref().map(|fix| {
        // Display-only fixes are shown, never applied; apply them here to see their text.
        let mut shown = finding.clone();
        if let Some(f) = shown.fix.as_mut() {
            f.applicability = Applicability::Unsafe;
        }
        (fix.applicability, fix::apply(text, &[shown], FixMode::Unsafe).text)
    });
    (finding, after)
}

fn paragraph(text: &str) -> String {
    common::expand_example(text)
}

#[test]
fn wrong_forms_are_replaced_safely_except_obsolete_ones() {
    let s = common::example_settings();
    let (_, after) = fixed(&paragraph("Informasi resmi ada di kanal Kpu."), &s, "abbr/form");
    assert_eq!(
        after,
        Some((Applicability::Safe, paragraph("Informasi resmi ada di kanal KPU.")))
    );
    let (_, after) = fixed(&paragraph("Surat dikirim ke KPU-RI."), &s, "abbr/form");
    assert_eq!(
        after,
        Some((Applicability::Safe, paragraph("Surat dikirim ke KPU RI.")))
    );
    let (_, after) = fixed(&paragraph("Surat dikirim ke KPUD Kota Semarang."), &s, "abbr/form");
    assert_eq!(after.map(|a| a.0), Some(Applicability::Unsafe));
}

#[test]
fn wrong_expansions_have_no_fix() {
    let text = paragraph("Anggota Dewan Perwakilan Daerah (DPRD) Kota Semarang hadir.");
    let (finding, after) = fixed(&text, &common::example_settings(), "abbr/wrong-expansion");
    assert_eq!(after, None);
    assert_eq!(
        &text[finding.span.start..finding.span.end],
        "Dewan Perwakilan Daerah (DPRD)"
    );
    assert!(finding.help.unwrap_or_default().contains("DPD"));
}

#[test]
fn first_use_fix_inserts_the_expansion() {
    let s = common::example_settings();
    let release = "Rapat Pleno\nSemarang, kota-semarang.kpu.go.id — KPU Kota Semarang menggelar rapat.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)";
    let (_, after) = fixed(release, &s, "abbr/first-use");
    let expected = release.replacen("— KPU", "— Komisi Pemilihan Umum (KPU)", 1);
    assert_eq!(after, Some((Applicability::Unsafe, expected)));

    // At a sentence start a lower-case expansion takes a capital.
    let (_, after) = fixed(
        &paragraph("Rapat selesai. TPS dibuka pukul 07.00 WIB."),
        &s,
        "abbr/first-use",
    );
    let expected = paragraph("Rapat selesai. Tempat pemungutan suara (TPS) dibuka pukul 07.00 WIB.");
    assert_eq!(after, Some((Applicability::Unsafe, expected)));

    // Several meanings (Panitia Pemilihan Kecamatan, Pejabat Pembuat Komitmen): shown only.
    let (_, after) = fixed(&paragraph("Anggota PPK dilantik hari ini."), &s, "abbr/first-use");
    assert_eq!(after.map(|a| a.0), Some(Applicability::DisplayOnly));
}

#[test]
fn a_long_form_without_its_abbreviation_gets_the_abbreviation_not_a_second_expansion() {
    let s = common::example_settings();
    let release = "Rapat Pleno\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum Kota Semarang menggelar rapat. Ketua KPU Kota Semarang membuka rapat.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)";
    let (finding, after) = fixed(release, &s, "abbr/first-use");
    assert_eq!(&release[finding.span.start..finding.span.end], "Umum");
    let expected = release.replacen("Umum Kota", "Umum (KPU) Kota", 1);
    assert_eq!(after, Some((Applicability::Unsafe, expected.clone())));
    // Once it is added, the release is clean for the family.
    assert!(lint(&expected, &s).iter().all(|f| f.family() != "abbr"));
}

#[test]
fn a_wrong_form_at_first_use_is_one_finding_naming_the_expansion() {
    let s = common::example_settings();
    let text = paragraph("Perwakilan BAWASLU Kota Semarang turut hadir.");
    let found: Vec<Finding> = lint(&text, &s).into_iter().filter(|f| f.family() == "abbr").collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, "abbr/form");
    assert!(found[0].message.contains("Badan Pengawas Pemilihan Umum (Bawaslu)"));
    let (_, after) = fixed(&text, &s, "abbr/form");
    assert_eq!(
        after,
        Some((
            Applicability::Safe,
            paragraph("Perwakilan Bawaslu Kota Semarang turut hadir.")
        ))
    );
}

#[test]
fn office_names_are_fixed_safely_only_when_unambiguous() {
    let s = common::example_settings();
    let (_, after) = fixed(&paragraph("Hadir pula KPU Kendal."), &s, "abbr/office-name");
    assert_eq!(
        after,
        Some((Applicability::Safe, paragraph("Hadir pula KPU Kabupaten Kendal.")))
    );

    let kab = siaran::config::settings_from_toml("[house]\nsatker = \"kab-semarang\"\n").unwrap();
    let text = paragraph("Hadir pula KPU Semarang.");
    let (_, after) = fixed(&text, &kab, "abbr/office-name");
    assert_eq!(
        after,
        Some((Applicability::Unsafe, paragraph("Hadir pula KPU Kabupaten Semarang.")))
    );

    // A province's release names no Semarang satker: no fix at all.
    let release = "Rapat Koordinasi\nSemarang, jateng.kpu.go.id — Komisi Pemilihan Umum (KPU) Provinsi Jawa Tengah menggelar rapat bersama KPU Semarang.\nSelesai. (awh/ed. Foto: rap/KPU Provinsi Jawa Tengah)";
    let (finding, after) = fixed(release, &Settings::default(), "abbr/office-name");
    assert_eq!(after, None);
    assert!(finding.message.contains("KPU Kabupaten Semarang / KPU Kota Semarang"));
}

#[test]
fn safe_fixes_leave_nothing_for_their_rule() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/abbr/form.txt")).unwrap();
    let s = common::example_settings();
    let own: Vec<Finding> = lint(&text, &s).into_iter().filter(|f| f.rule == "abbr/form").collect();
    let pass = fix::apply(&text, &own, FixMode::Safe);
    assert_eq!(pass.fixed, 5);
    let after = pass.text;
    assert!(lint(&after, &s).iter().all(|f| f.family() != "abbr"), "{after}");
}

#[test]
fn odd_releases_do_not_panic() {
    let s = common::example_settings();
    for text in [
        "KPU",
        "Judul\nKPU (",
        "Judul\n(KPU",
        "Judul\nKPU Kab.",
        "Judul\nKPU Prov",
        "Judul\nKPU Jawa\nTengah",
        "Judul\nKomisi Pemilih Umum (KPU",
        "Judul\n(K.P.U.) K.P.",
        "Judul\nÉ (É) é (KPU É)",
        "JUDUL SEMUA KAPITAL\nSEMARANG, kota-semarang.kpu.go.id — SPIP (",
        "Judul\nKodim 1310 SSD",
        "Judul\nSdr. TARYONO",
        "Judul\nS.STP",
        "Judul\nA/SPIP\u{3000}1",
        "Judul\nTAKENGON",
        "Judul\n[SLB] (SLB-1) [",
        "Judul\nKomisi Pemilihan Umum",
    ] {
        let _ = lint(text, &s);
    }
}
