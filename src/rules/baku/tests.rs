//! Data-driven tests of the `baku/` family: every example in `rules/*.toml` runs through
//! its rule, every word pair is caught by exactly one rule with the pair's replacement,
//! and safe fixes converge.

use super::data::{self, BOUND_FORMS, DI_KE};
use crate::diagnostic::{Applicability, Finding};
use crate::fix::FixMode;
use crate::rules::test_kit::{findings, fixed_once};
use crate::rules::Example;

/// The template release with `paragraph` in it, and the `baku/` findings in it.
fn baku_findings(paragraph: &str) -> (String, Vec<Finding>) {
    let text = Example::release(paragraph).into_owned();
    let found = findings("baku", &text);
    (text, found)
}

#[test]
fn data_examples_behave() {
    let examples = DI_KE.examples.iter().chain(&BOUND_FORMS.examples);
    for example in examples {
        let (_, bad) = baku_findings(&example.bad);
        assert!(
            bad.iter().any(|f| Some(f.rule) == example.rule.as_deref()),
            "{:?}: not flagged: {}",
            example.rule,
            example.bad
        );
        let (_, good) = baku_findings(&example.good);
        assert!(good.is_empty(), "{:?}: good example flagged: {good:?}", example.rule);
    }
}

#[test]
fn every_word_pair_is_caught_once_with_its_replacement() {
    let mut failures = Vec::new();
    for pair in data::pairs().filter(|p| p.kind.owner() != data::PairOwner::DayDate && p.confidence != "low") {
        let (text, found) = baku_findings(&format!("{} dibahas dalam rapat.", pair.wrong));
        if found.len() != 1 {
            failures.push(format!("{}: {} findings: {found:?}", pair.wrong, found.len()));
            continue;
        }
        let fixed = fixed_once(&text, &found, FixMode::Unsafe);
        let expected = Example::release(&format!(
            "{} dibahas dalam rapat.",
            crate::case::match_case(&pair.wrong, &pair.right)
        ))
        .into_owned();
        if fixed != expected {
            failures.push(format!("{} -> {}: fixed to {fixed:?}", pair.wrong, pair.right));
        }
        let safe = found[0]
            .fix
            .as_ref()
            .is_some_and(|f| f.applicability == Applicability::Safe);
        if pair.risky && safe {
            failures.push(format!("{}: risky pair with a safe fix", pair.wrong));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn safe_fixes_converge() {
    for rule in super::RULES {
        for example in rule.meta().examples {
            let (text, found) = baku_findings(&example.bad);
            let fixed = fixed_once(&text, &found, FixMode::Safe);
            let again = baku_findings_of(&fixed);
            let left: Vec<_> = again
                .iter()
                .filter(|f| f.fix.as_ref().is_some_and(|x| x.applicability == Applicability::Safe))
                .collect();
            assert!(
                left.is_empty(),
                "{}: safe fixes leave {left:?} in {fixed:?}",
                rule.meta().id
            );
        }
    }
}

fn baku_findings_of(text: &str) -> Vec<Finding> {
    findings("baku", text)
}

#[test]
fn case_is_preserved() {
    assert_eq!(crate::case::match_case("Praktek", "praktik"), "Praktik");
    assert_eq!(crate::case::match_case("PRAKTEK", "praktik"), "PRAKTIK");
    assert_eq!(crate::case::match_case("praktek", "praktik"), "praktik");
    assert_eq!(crate::case::match_case("ramadhan", "Ramadan"), "Ramadan");
}

#[test]
fn look_alikes_stay_clean() {
    let clean =
        "Mutu layanan ditingkatkan, arsip dibawa dan diantar petugas. Momentum ini, di mana warga hadir ke depan, \
        melibatkan KPU kabupaten/kota se-Jawa Tengah dan koordinasi antarsatker dengan uang saku Rp300 ribu. Adapun \
        kegiatan tetap berjalan meskipun hujan, lewat kerja sama dan bekerja sama sehari-hari di daerah masing-masing \
        pada Senin – Jumat, 2019 – 2024.";
    let (_, found) = baku_findings(clean);
    assert!(found.is_empty(), "{found:?}");
    // Names keep their spelling; free words that look like bound forms stay free.
    let names = "Anti mengatakan, Rizki Ramadhan dari Institut Teknologi Sepuluh Nopember hadir saat musim semi \
        tiba, dan layanan antar jemput menghubungkan antara kantor dan gudang, di tumpukan kertas lama. \
        Ramadhan Pratama menyusul.";
    let (_, found) = baku_findings(names);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn words_in_addresses_are_skipped() {
    let (_, found) = baku_findings("Unduh di https://kpu.go.id/praktek/dibidang atau surel praktek@kpu.go.id.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn typographic_apostrophes_match_too() {
    let (_, found) = baku_findings("Acara ditutup dengan do’a bersama.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn headline_replacements_are_title_case() {
    let text = "Nota Kerjasama Ditandatangani\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang rapat.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)";
    let found = baku_findings_of(text);
    assert_eq!(
        fixed_once(text, &found, FixMode::Safe).lines().next(),
        Some("Nota Kerja Sama Ditandatangani")
    );
}

/// `Se Kota Semarang` in a headline is `se-` + a name, as in the body: the hyphen, never
/// `Sekota`, and not a safe fix (the headline's capital may be title case only).
#[test]
fn se_before_a_region_in_a_headline_takes_the_hyphen() {
    let text = "Sosialisasi Pemilih Se Kota Semarang\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang rapat se Kota Semarang, Senin (27/10).\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)";
    let found = baku_findings_of(text);
    let fixes: Vec<(&str, Applicability)> = found
        .iter()
        .filter_map(|f| f.fix.as_ref())
        .map(|fix| (fix.edits[0].replacement.as_str(), fix.applicability))
        .collect();
    assert_eq!(fixes, [("-", Applicability::Unsafe), ("-", Applicability::Safe)]);
    assert_eq!(
        fixed_once(text, &found, FixMode::Unsafe).lines().next(),
        Some("Sosialisasi Pemilih Se-Kota Semarang")
    );
    assert!(fixed_once(text, &found, FixMode::Unsafe).contains("rapat se-Kota Semarang,"));
}

mod headline;
