//! Dictionary spelling (`spell/unknown-word`), with exact positions: against the small test
//! dictionary in `tests/dictionary/` always, and against a full Indonesian dictionary
//! (`SIARAN_DICTIONARY`, else Debian's hunspell-id) where one is installed. The `.expect`
//! fixture format has no dictionary option, so these releases are checked here.

mod common;

use std::process::Command;

use siaran::{Applicability, FileSettings, Finding, LineIndex};

fn spell_findings<'s>(source: &str, settings: impl Into<FileSettings<'s>>) -> Vec<(String, String, Option<String>)> {
    let lines = LineIndex::new(source);
    common::run(source, None, Some(common::default_date()), settings)
        .into_iter()
        .filter(|f| f.family() == "spell")
        .map(|f: Finding| {
            let pos = lines.position(source, f.span.start);
            let suggestion = f.fix.as_ref().map(|fix| {
                assert_eq!(fix.applicability, Applicability::DisplayOnly, "{}", f.message);
                fix.edits[0].replacement.clone()
            });
            (
                format!("{} {}:{}", f.rule, pos.line, pos.column),
                source[f.span.start..f.span.end].to_string(),
                suggestion,
            )
        })
        .collect()
}

fn spelling() -> common::Spelling {
    common::with_spelling(common::EXAMPLE_CONFIG)
}

const TYPOS: &str = "KPU Kota Semarang Gelar Sosialisasi Pemilih Pemula di Sekolah
Semarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar sosialisasi pendidikan pemilih bagi siswa SMA Negeri 3 Semarang, Senin (27/10).
Kegiatan ini bertujuan meningkatkan partisipsi pemilih pemula menjelang pemilihan kepala daerah.
Anggota KPU Kota Semarang, Rina Wulandari, menjelaskan tahapan pemungutan suara dan cara menggunakan hak pilih. Sosialsasi ditutup dengan sesi tanya jawab.
Para siswa berjanji mengajak keluarga mereka mengecek data pemilh di laman resmi KPU. (awh/ed. Foto: rap/KPU Kota Semarang)";

#[test]
fn typos_are_flagged_with_a_suggestion() {
    let found = spell_findings(TYPOS, &spelling());
    let expected = [
        ("spell/unknown-word 3:37", "partisipsi", "partisipasi"),
        ("spell/unknown-word 4:113", "Sosialsasi", "Sosialisasi"),
        ("spell/unknown-word 5:60", "pemilh", "pemilih"),
    ];
    let found: Vec<_> = found
        .iter()
        .map(|(at, word, s)| (at.as_str(), word.as_str(), s.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(found, expected);
}

/// `[spell] ignore` patterns skip the words they match whole, and only those.
#[test]
fn ignored_patterns_are_not_checked() {
    let config = "[house]\nsatker = \"kota-semarang\"\n[spell]\nignore = [\"partisip\\\\w*\", \"(?i)sosial\"]\n";
    let settings = common::with_spelling(config);
    let found: Vec<String> = spell_findings(TYPOS, &settings)
        .into_iter()
        .map(|(_, word, _)| word)
        .collect();
    assert_eq!(found, ["Sosialsasi", "pemilh"]);
}

#[test]
fn without_spelling_switched_on_nothing_is_flagged() {
    assert!(spell_findings(TYPOS, &common::example_settings()).is_empty());
    // Switched on but no dictionary given (a library caller): the rule stays quiet.
    assert!(spell_findings(TYPOS, &spelling().settings).is_empty());
}

const LOOK_ALIKES: &str = "KPU Kota Semarang Ikuti Knowledge Sharing Tata Kelola PPID Tahap III
Semarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang mengikuti Knowledge Sharing Tata Kelola Pejabat Pengelola Informasi dan Dokumentasi (PPID) Tahap III yang digelar KPU RI secara daring, Senin (27/10).
Forum knowledge sharing ini membahas praktik baik (best practices) pengelolaan informasi publik, keterbukaan data pemilih, dan kepesertaan lembaga yang berintegritas.
Anggota KPU Kota Semarang, Joko Wicaksono, S.Sos., M.Pd., mengatakan jajarannya terus memperbarui daftar informasi publik. Wicaksono menambahkan, datanya dimutakhirkan setiap triwulan.
Dimas Prasetyo menyampaikan bahwa masing-masing satker se-Jawa Tengah wajib menyusun laporan kepemiluannya, mulai dari DPTb, rekapitulasi 1.265.218 pemilih, hingga Hari Ulang Tahun ke-96.
Permohonan dapat diajukan melalui https://ppid.kota-semarang.kpu.go.id/permohonan, surel ppid@kota-semarang.kpu.go.id, atau media sosial dengan tagar #TemanPemilih dan istilah “coklit” yang dipakai petugas.
Keterselenggaraan forum diapresiasi peserta, dll. (awh/ed. Foto: rap/KPU Kota Semarang)";

#[test]
fn look_alikes_stay_clean() {
    // Names (mid-sentence, and at a sentence start when the release names them elsewhere
    // or a second capitalised word follows), a lower-case phrase the release uses as a
    // name, a foreign term in parentheses, clitics, derived forms, abbreviations, Roman
    // numerals, numbers, hyphenated words, addresses, a hashtag, the credit tail, and
    // dotted academic titles (`S.Sos.`, `M.Pd.`).
    assert_eq!(spell_findings(LOOK_ALIKES, &spelling()), []);
}

/// The reference releases: clean with the test dictionary, and with a full dictionary.
#[test]
fn reference_releases_are_clean_with_spelling() {
    let mut dictionaries = vec![("test", common::HUNSPELL_ID.clone())];
    dictionaries.extend(common::full_dictionary("reference_releases_are_clean_with_spelling").map(|d| ("full", d)));
    for (which, dictionary) in dictionaries {
        let settings = common::with_dictionary("", dictionary);
        for (name, source) in common::reference_releases() {
            let path = name.ends_with(".md").then_some(name.as_str());
            let noisy: Vec<_> = common::run(&source, path, None, &settings)
                .into_iter()
                .filter(|f| f.severity > siaran::Severity::Info)
                .map(|f| format!("{} {:?}", f.rule, &source[f.span.start..f.span.end]))
                .collect();
            assert!(noisy.is_empty(), "{which} dictionary, {name}: {noisy:?}");
        }
    }
}

#[test]
fn typos_are_flagged_with_the_full_dictionary() {
    let Some(dictionary) = common::full_dictionary("typos_are_flagged_with_the_full_dictionary") else {
        return;
    };
    let found = spell_findings(TYPOS, &common::with_dictionary(common::EXAMPLE_CONFIG, dictionary));
    let found: Vec<_> = found
        .iter()
        .map(|(at, word, s)| (at.as_str(), word.as_str(), s.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        found,
        [
            ("spell/unknown-word 3:37", "partisipsi", "partisipasi"),
            ("spell/unknown-word 4:113", "Sosialsasi", "Sosialisasi"),
            ("spell/unknown-word 5:60", "pemilh", "pemilih"),
        ]
    );
}

#[test]
fn a_name_at_a_sentence_start_is_not_a_typo() {
    // `Dinas` is one letter away, but `Dimas` is named in mid-sentence elsewhere.
    let release = common::expand_example(
        "Anggota KPU Kota Semarang Divisi Teknis, Dimas Prasetyo, memimpin rapat. Dimas mengatakan rapat berjalan lancar.",
    );
    assert_eq!(spell_findings(&release, &spelling()), []);
}

#[test]
fn every_supplement_word_is_needed_by_the_full_dictionary() {
    // Each entry must be one the full dictionary alone (without the supplement and the
    // affix fallbacks) rejects: a word it knows is no longer needed there.
    let Some(prefix) = common::full_dictionary_path("every_supplement_word_is_needed_by_the_full_dictionary") else {
        return;
    };
    let aff = std::fs::read(format!("{prefix}.aff")).unwrap();
    let dic = std::fs::read(format!("{prefix}.dic")).unwrap();
    let hunspell = spellbook::Dictionary::new(&String::from_utf8_lossy(&aff), &String::from_utf8_lossy(&dic)).unwrap();
    let redundant: Vec<_> = siaran::__private::supplement::words()
        .iter()
        .filter(|w| hunspell.check(w))
        .collect();
    assert!(redundant.is_empty(), "{prefix} knows {redundant:?}");
}

#[test]
fn every_supplement_word_is_accepted() {
    let dictionary = &*common::HUNSPELL_ID;
    for word in siaran::__private::supplement::words() {
        assert!(dictionary.accepts(word), "{word}");
    }
}

#[test]
fn cli_spell_with_a_missing_dictionary_exits_2_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("siaran.toml"),
        "[spell]\ndictionary = \"kamus/id_ID\"\n",
    )
    .unwrap();
    let release = dir.path().join("rilis.txt");
    std::fs::write(&release, common::expand_example("Rapat membahas jadwal.")).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(["check", "--spell"])
        .arg(&release)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("kamus/id_ID.aff"), "{stderr}");
    assert!(stderr.contains("apt-get install hunspell-id"), "{stderr}");
    assert!(stderr.contains("[spell] dictionary"), "{stderr}");
}

#[test]
fn cli_spell_uses_the_configured_dictionary_for_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let config = format!(
        "[spell]\nenabled = true\ndictionary = \"{}.dic\"\n",
        common::TEST_DICTIONARY
    );
    std::fs::write(dir.path().join("siaran.toml"), config).unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::write(dir.path().join(name), TYPOS).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(["check", "--format", "concise", "--date", "2025-10-27"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.matches("spell/unknown-word").count(), 6, "{stdout}");
    assert!(stdout.contains("partisipsi"), "{stdout}");
}
