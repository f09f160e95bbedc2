//! The commands around `check`: `explain` for families and near misses, `satker` to
//! find an office, `init` for a new site, and which files a folder walk picks.

use std::fs;

mod common;

use common::{root, siaran, stderr, stdout, TEMPLATE};

#[test]
fn explain_lists_a_family_and_suggests_the_nearest_id() {
    let out = siaran(&["explain", "dateline", "--lang", "en"], root());
    assert_eq!(out.status.code(), Some(0));
    let listed = stdout(&out);
    assert!(listed.starts_with("The dateline family: "), "{listed}");
    assert!(
        listed.contains("\ndateline/separator ") && !listed.contains("credit/"),
        "{listed}"
    );
    let typo = siaran(&["explain", "dateline/seperator"], root());
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        stderr(&typo).contains("maksudnya 'dateline/separator'?"),
        "{}",
        stderr(&typo)
    );
    let family_typo = siaran(&["explain", "datelin", "--lang", "en"], root());
    assert!(
        stderr(&family_typo).contains("did you mean 'dateline'?"),
        "{}",
        stderr(&family_typo)
    );
}

#[test]
fn satker_searches_slugs_names_and_domains() {
    let out = siaran(&["satker", "Semarang"], root());
    assert_eq!(out.status.code(), Some(0));
    let slugs: Vec<String> = stdout(&out)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(slugs, ["jateng", "kab-semarang", "kota-semarang"]);
    assert!(stdout(&siaran(&["satker", "kpu.go.id"], root())).lines().count() > 500);
    assert!(stdout(&siaran(&["satker", "kpu ri"], root())).starts_with("ri  KPU RI  kpu.go.id"));
    let none = siaran(&["satker", "antah berantah"], root());
    assert_eq!(none.status.code(), Some(2));
    assert_eq!(stdout(&siaran(&["satker"], root())).lines().count(), 553);
}

#[test]
fn init_creates_the_folder_suggests_and_has_a_slug_for_kpu_ri() {
    let dir = tempfile::tempdir().unwrap();
    let near = siaran(&["init", "--satker", "semarang", "--dir", "baru"], dir.path());
    assert_eq!(near.status.code(), Some(2));
    assert!(
        stderr(&near).contains("'kab-semarang', 'kota-semarang'"),
        "{}",
        stderr(&near)
    );
    assert!(stderr(&near).contains("tidak dikenal; maksudnya"), "{}", stderr(&near));
    let en = siaran(&["init", "--satker", "kota-semarng", "--lang", "en"], dir.path());
    let said = stderr(&en);
    assert!(
        said.contains("unknown satker 'kota-semarng'; did you mean 'kota-semarang'?"),
        "{said}"
    );
    assert!(!dir.path().join("baru").exists(), "nothing written on a miss");

    let ri = siaran(&["init", "--satker", "ri", "--dir", "baru/situs"], dir.path());
    assert_eq!(ri.status.code(), Some(0), "{}", stderr(&ri));
    let config = fs::read_to_string(dir.path().join("baru/situs/siaran.toml")).unwrap();
    assert!(config.contains("satker = \"ri\""), "{config}");
    // The KPU RI config checks KPU RI's domain.
    let site = dir.path().join("baru/situs");
    let release = TEMPLATE
        .replace("{}", "Peserta hadir.")
        .replace("kota-semarang.kpu.go.id", "kpu.go.id")
        .replace("Semarang, ", "Jakarta, ")
        .replace("KPU Kota Semarang", "KPU RI")
        .replace("(KPU) Kota Semarang", "(KPU) RI");
    fs::write(site.join("rilis.txt"), &release).unwrap();
    let checked = siaran(
        &["check", "--format", "concise", "--date", "2025-10-27", "rilis.txt"],
        &site,
    );
    assert!(
        !stdout(&checked).contains("dateline/domain-satker"),
        "{}",
        stdout(&checked)
    );
    fs::write(site.join("rilis.txt"), release.replace("kpu.go.id", "jateng.kpu.go.id")).unwrap();
    let other = siaran(
        &["check", "--format", "concise", "--date", "2025-10-27", "rilis.txt"],
        &site,
    );
    assert!(stdout(&other).contains("dateline/domain-satker"), "{}", stdout(&other));
}

/// `init` in a site with a `content` folder: `check .` lints the content, not the README.
#[test]
fn walks_match_extensions_in_any_case_and_follow_include_and_exclude() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path();
    fs::create_dir_all(site.join("content/2025")).unwrap();
    let out = siaran(&["init", "--satker", "kota-semarang"], site);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bad = TEMPLATE.replace("{}", "Peserta  hadir.");
    fs::write(site.join("content/2025/RILIS.TXT"), &bad).unwrap();
    fs::write(site.join("content/README.md"), "# Catatan\n\nbukan siaran\n").unwrap();
    fs::write(site.join("README.md"), "# Situs\n\nbukan siaran\n").unwrap();
    fs::write(site.join("catatan.txt"), "bukan siaran").unwrap();
    let out = siaran(&["check", "--format", "concise", "--date", "2025-10-27", "."], site);
    assert_eq!(
        stdout(&out),
        "./content/2025/RILIS.TXT:3:8: warning[punct/double-space] Spasi ganda di antara kata\nDitemukan 1 temuan (0 galat, 1 peringatan, 0 info) dalam 1 berkas.\n1 temuan dapat diperbaiki otomatis (perbaikan aman).\n"
    );
    // Named on the command line (as pre-commit names files), a file is always checked.
    let named = siaran(&["check", "--format", "concise", "README.md"], site);
    assert!(stdout(&named).contains("dalam 1 berkas"), "{}", stdout(&named));
}

#[test]
fn a_walk_that_finds_nothing_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = siaran(&["check", "."], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).starts_with("siaran: catatan: tidak ada berkas siaran"),
        "{}",
        stderr(&out)
    );
    let en = siaran(&["check", "--lang", "en", "."], dir.path());
    assert!(
        stderr(&en).starts_with("siaran: note: no release files"),
        "{}",
        stderr(&en)
    );
}
