//! The command line as users and tools see it: exit codes, formats, inputs, config.

use std::fs;

mod common;

use common::{root, siaran, siaran_stdin, stderr, stdout};

use common::REFERENCE;

const CLEAN: &str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";
const HYPHEN: &str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";

#[test]
fn reference_release_is_clean() {
    let out = siaran(&["check", REFERENCE, "--date", "2025-10-27"], root());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "Tidak ada temuan dalam 1 berkas.\n");
}

#[test]
fn hyphen_in_the_reference_dateline_is_an_error_on_line_2() {
    let text = fs::read_to_string(root().join(REFERENCE))
        .unwrap()
        .replacen("id — ", "id - ", 1);
    let out = siaran_stdin(
        &["check", "--stdin", "--format", "json", "--date", "2025-10-27"],
        text.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["rule"], "dateline/separator");
    assert_eq!(findings[0]["line"], 2);
}

#[test]
fn json_shape_is_versioned_and_complete() {
    let out = siaran_stdin(
        &[
            "check",
            "--stdin",
            "--stdin-filename",
            "arsip/2025-10-27-rapat.txt",
            "--format",
            "json",
            "--lang",
            "en",
        ],
        HYPHEN.as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["version"], 1);
    let file = &json["files"][0];
    assert_eq!(file["path"], "arsip/2025-10-27-rapat.txt");
    assert_eq!(file["publication_date"], "2025-10-27");
    assert_eq!(file["publication_date_source"], "file-name");
    let f = &file["findings"][0];
    assert_eq!(f["rule"], "dateline/separator");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        f["message"],
        "The dateline separator must be an em dash (—), not a hyphen '-'"
    );
    assert_eq!((f["line"].as_u64(), f["column"].as_u64()), (Some(2), Some(34)));
    assert_eq!((f["end_line"].as_u64(), f["end_column"].as_u64()), (Some(2), Some(37)));
    let start = f["start"].as_u64().unwrap() as usize;
    let end = f["end"].as_u64().unwrap() as usize;
    assert_eq!(&HYPHEN[start..end], " - ");
    assert_eq!(f["fix"]["applicability"], "safe");
    assert_eq!(f["fix"]["title"], "Replace with ' — '");
    assert_eq!(f["fix"]["edits"][0]["replacement"], " — ");
    assert_eq!(f["fix"]["edits"][0]["start"], f["start"]);
    assert_eq!(
        json["summary"],
        serde_json::json!({"files": 1, "findings": 1, "errors": 1, "warnings": 0, "infos": 0, "fixable": 1, "failed": 0})
    );
}

#[test]
fn concise_format() {
    let out = siaran_stdin(
        &[
            "check",
            "--stdin",
            "--stdin-filename",
            "rapat.txt",
            "--format",
            "concise",
            "--quiet",
        ],
        HYPHEN.as_bytes(),
    );
    assert_eq!(
        stdout(&out),
        "rapat.txt:2:34: error[dateline/separator] Pemisah dateline harus tanda pisah (—), bukan tanda hubung '-'\n"
    );
}

#[test]
fn human_output_snapshot() {
    let out = siaran(&["check", "examples/contoh-siaran.txt", "--date", "2025-10-14"], root());
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("human_id", stdout(&out));
    let out = siaran(
        &[
            "check",
            "examples/contoh-siaran.txt",
            "--date",
            "2025-10-14",
            "--lang",
            "en",
        ],
        root(),
    );
    insta::assert_snapshot!("human_en", stdout(&out));
    assert!(
        !stdout(&out).contains('\u{1b}'),
        "no colour codes when not on a terminal"
    );
}

#[test]
fn clean_stdin_exits_0_and_quiet_prints_nothing() {
    let out = siaran_stdin(&["check", "--stdin", "--quiet"], CLEAN.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
}

#[test]
fn markdown_is_detected_from_the_stdin_file_name() {
    let md = format!(
        "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\n{}",
        HYPHEN.split_once('\n').unwrap().1
    );
    let out = siaran_stdin(
        &["check", "--stdin", "--stdin-filename", "rapat.md", "--format", "json"],
        md.as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["files"][0]["publication_date_source"], "front-matter");
    assert_eq!(json["files"][0]["findings"][0]["line"], 8);
}

#[test]
fn invalid_utf8_is_exit_2_with_file_and_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rusak.txt"), b"Judul\nSemarang \xff rusak\n").unwrap();
    let out = siaran(&["check", "rusak.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("rusak.txt: UTF-8 tidak sah pada bita ke-15"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn utf16_gets_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("utf16.txt"), [0xFF, 0xFE, b'J', 0]).unwrap();
    let out = siaran(&["check", "utf16.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("utf16.txt: berkas berkode UTF-16"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_file_is_exit_2_naming_it_and_other_files_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ada.txt"), HYPHEN).unwrap();
    let out = siaran(
        &["check", "tidak-ada.txt", "ada.txt", "--format", "concise"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("siaran: error: tidak-ada.txt: "),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("ada.txt:2:34: error[dateline/separator]"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(siaran(&["check", "--no-such-flag"], root()).status.code(), Some(2));
    let out = siaran(&["check", "--date", "27-10-2025", REFERENCE], root());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}

#[test]
fn config_is_found_walking_up_and_applies_satker_and_lang() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("siaran.toml"),
        "lang = \"en\"\n[house]\nsatker = \"kab-kendal\"\n",
    )
    .unwrap();
    fs::create_dir_all(dir.path().join("2025/10")).unwrap();
    fs::write(dir.path().join("2025/10/rapat.txt"), CLEAN).unwrap();
    let out = siaran(
        &["check", "2025/10/rapat.txt", "--format", "concise", "--quiet"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "2025/10/rapat.txt:2:11: error[dateline/domain-satker] Dateline domain 'kota-semarang.kpu.go.id' is not this satker's (kab-kendal.kpu.go.id)\n\
         2025/10/rapat.txt:3:46: error[credit/institution] The photo credit names 'KPU Kota Semarang', not this satker (KPU Kabupaten Kendal)\n"
    );
}

#[test]
fn explicit_config_and_severity_override() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("lain.toml"),
        "[rules.severity]\n\"dateline/separator\" = \"warning\"\n",
    )
    .unwrap();
    fs::write(dir.path().join("rapat.txt"), HYPHEN).unwrap();
    let out = siaran(
        &[
            "check",
            "rapat.txt",
            "--config",
            "lain.toml",
            "--format",
            "concise",
            "--quiet",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "warnings do not fail");
    assert!(stdout(&out).contains("warning[dateline/separator]"));
}

/// An `[[override]]` wins over the global settings for the files it matches, even when
/// the global setting names the rule and the override only its family.
#[test]
fn override_beats_global_rule_setting_for_its_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("siaran.toml"),
        "[rules.severity]\n\"dateline/separator\" = \"warning\"\n[[override]]\nfiles = [\"arsip/**\"]\ndisable = [\"dateline\"]\n",
    )
    .unwrap();
    fs::create_dir_all(dir.path().join("arsip")).unwrap();
    fs::write(dir.path().join("arsip/lama.txt"), HYPHEN).unwrap();
    fs::write(dir.path().join("arsip/lama2.txt"), HYPHEN).unwrap();
    fs::write(dir.path().join("baru.txt"), HYPHEN).unwrap();
    let out = siaran(&["check", ".", "--format", "concise", "--quiet"], dir.path());
    let text = stdout(&out);
    assert!(
        text.contains("baru.txt") && text.contains("warning[dateline/separator]"),
        "{text}"
    );
    assert!(!text.contains("arsip/"), "{text}");
}

#[test]
fn bad_config_is_exit_2_pointing_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("siaran.toml"),
        "lang = \"id\"\n[house]\nsatkr = \"kota-semarang\"\n",
    )
    .unwrap();
    fs::write(dir.path().join("rapat.txt"), CLEAN).unwrap();
    let out = siaran(&["check", "rapat.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("siaran.toml:3:1: kunci `satkr` tidak dikenal"), "{err}");
    let en = stderr(&siaran(&["check", "--lang", "en", "rapat.txt"], dir.path()));
    assert!(en.contains("siaran.toml:3:1: unknown field `satkr`"), "{en}");
}

#[test]
fn folders_are_walked_for_releases_honouring_gitignore_in_stable_order() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::create_dir_all(p.join("b")).unwrap();
    fs::create_dir_all(p.join("arsip")).unwrap();
    fs::write(p.join(".gitignore"), "arsip/\n").unwrap();
    fs::write(p.join("b/dua.md"), HYPHEN).unwrap();
    fs::write(p.join("a.txt"), HYPHEN).unwrap();
    fs::write(p.join("arsip/lama.txt"), HYPHEN).unwrap();
    fs::write(p.join("catatan.docx"), HYPHEN).unwrap();
    let out = siaran(&["check", ".", "--format", "concise", "--quiet"], p);
    let text = stdout(&out);
    let files: Vec<&str> = text.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(files, ["./a.txt", "./b/dua.md"]);
}

#[test]
fn json_article_on_stdin_positions_refer_to_the_body() {
    let article = r#"{"title": "Rapat Koordinasi Humas", "date": "2025-10-27", "satker": "kab-semarang",
        "body": "Semarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)"}"#;
    let out = siaran_stdin(
        &["check", "--stdin", "--input-format", "json", "--format", "json"],
        article.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let file = &json["files"][0];
    assert_eq!(file["publication_date_source"], "front-matter");
    let rules: Vec<(&str, u64, u64)> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rules, [("meta/satker-dateline", 1, 1), ("dateline/separator", 1, 34)]);
}

/// Issue 14 §1: the title of a JSON article is a headline; its findings come in a second
/// entry for the same path, marked `"field": "title"`, with positions in the title.
#[test]
fn json_article_title_findings_say_they_are_about_the_title() {
    let article = r#"{"title": "Sosialisasi Pemilih Di Kecamatan Tembalang.", "date": "2025-10-27",
        "body": "Semarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar sosialisasi.\nSelesai. (awh/ed. Foto: rap/KPU Kota Semarang)"}"#;
    let out = siaran_stdin(
        &["check", "--stdin", "--input-format", "json", "--format", "json"],
        article.as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{json}");
    assert_eq!(files[0]["findings"], serde_json::json!([]));
    assert!(files[0].get("field").is_none());
    assert_eq!(files[1]["path"], "-");
    assert_eq!(files[1]["field"], "title");
    let found: Vec<(&str, u64, u64)> = files[1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["column"].as_u64().unwrap(),
                f["start"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [("title/function-word", 21, 20), ("title/trailing-period", 43, 42)]
    );
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["summary"]["findings"], 2);
    let concise = siaran_stdin(
        &["check", "--stdin", "--input-format", "json", "--format", "concise"],
        article.as_bytes(),
    );
    assert!(
        stdout(&concise).starts_with("-#title:1:21: warning[title/function-word]"),
        "{}",
        stdout(&concise)
    );
}

#[test]
fn malformed_json_article_is_exit_2() {
    let out = siaran_stdin(&["check", "--stdin", "--input-format", "json"], b"{\"titel\": 1}");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("-: bukan artikel JSON: unknown field `titel`"),
        "{}",
        stderr(&out)
    );
}
