//! `--fix`, `--diff`, `--unsafe-fixes` and stdin fixing, end to end.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

mod common;

use common::{siaran, stdout};

const DRIFTED: &str = "Rapat Koordinasi Humas\nSEMARANG kota-semarang.kpu.go,id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";
const FIXED: &str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";

#[test]
fn fix_writes_the_file_and_a_second_run_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rapat.txt"), DRIFTED).unwrap();
    let out = siaran(&["check", "--fix", "rapat.txt"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(fs::read_to_string(dir.path().join("rapat.txt")).unwrap(), FIXED);
    assert!(
        stdout(&out).ends_with("Tidak ada temuan dalam 1 berkas.\n4 temuan diperbaiki.\n"),
        "{}",
        stdout(&out)
    );
    let again = siaran(&["check", "--fix", "rapat.txt"], dir.path());
    assert_eq!(again.status.code(), Some(0));
    assert!(stdout(&again).ends_with("0 temuan diperbaiki.\n"));
    assert_eq!(fs::read_to_string(dir.path().join("rapat.txt")).unwrap(), FIXED);
}

#[test]
fn diff_prints_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("rapat.txt"), DRIFTED).unwrap();
    let out = siaran(&["check", "--diff", "rapat.txt"], dir.path());
    assert_eq!(out.status.code(), Some(1), "a diff means exit 1");
    let diff = stdout(&out);
    assert!(diff.starts_with("--- rapat.txt\n+++ rapat.txt\n"), "{diff}");
    assert!(diff.contains("\n-SEMARANG kota-semarang.kpu.go,id - Komisi"));
    assert!(diff.contains("\n+Semarang, kota-semarang.kpu.go.id — Komisi"));
    assert_eq!(fs::read_to_string(dir.path().join("rapat.txt")).unwrap(), DRIFTED);
    fs::write(dir.path().join("rapat.txt"), FIXED).unwrap();
    let clean = siaran(&["check", "--diff", "rapat.txt"], dir.path());
    assert_eq!((clean.status.code(), stdout(&clean).as_str()), (Some(0), ""));
}

#[test]
fn unsafe_fixes_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("siaran.toml"), "[house]\nsatker = \"kota-semarang\"\n").unwrap();
    let other = FIXED.replace("kota-semarang.kpu.go.id", "kotasemarang.kpu.go.id");
    fs::write(dir.path().join("rapat.txt"), &other).unwrap();
    let out = siaran(&["check", "--fix", "rapat.txt"], dir.path());
    assert_eq!(out.status.code(), Some(1), "the unsafe domain fix is not applied");
    assert_eq!(fs::read_to_string(dir.path().join("rapat.txt")).unwrap(), other);
    let out = siaran(&["check", "--fix", "--unsafe-fixes", "rapat.txt"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fs::read_to_string(dir.path().join("rapat.txt")).unwrap(), FIXED);
}

#[test]
fn stdin_fix_prints_the_fixed_text() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(["check", "--stdin", "--fix"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(DRIFTED.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), FIXED);
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "4 temuan diperbaiki.\n");
}

/// A link is fixed at its target, in the target's folder: the link stays a link,
/// the target keeps its permissions, and no temporary file is left behind.
#[cfg(unix)]
#[test]
fn fix_through_a_symlink_writes_the_target_and_keeps_the_link() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("arsip")).unwrap();
    let target = dir.path().join("arsip/rapat.txt");
    fs::write(&target, DRIFTED).unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    symlink("arsip/rapat.txt", dir.path().join("tautan.txt")).unwrap();
    let out = siaran(&["check", "--fix", "tautan.txt"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let link = fs::symlink_metadata(dir.path().join("tautan.txt")).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced by a file");
    assert_eq!(
        fs::read_link(dir.path().join("tautan.txt")).unwrap(),
        Path::new("arsip/rapat.txt")
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), FIXED);
    assert_eq!(fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o640);
    for folder in [dir.path().to_path_buf(), dir.path().join("arsip")] {
        let names: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!names.iter().any(|n| n.starts_with(".siaran-")), "{names:?}");
    }
}

/// A folder nobody may write to: the original must survive, and the run exits 2.
#[cfg(unix)]
#[test]
fn read_only_folder_leaves_the_original_intact() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("terkunci");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("rapat.txt"), DRIFTED).unwrap();
    // Root ignores permission bits, so as root the folder is made immutable instead.
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let locked = if as_root {
        Command::new("chattr")
            .arg("+i")
            .arg(&folder)
            .status()
            .is_ok_and(|s| s.success())
    } else {
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).is_ok()
    };
    if !locked {
        eprintln!("cannot make a read-only folder here; skipped");
        return;
    }
    let out = siaran(&["check", "--fix", "terkunci/rapat.txt"], dir.path());
    let original = fs::read_to_string(folder.join("rapat.txt")).unwrap();
    let entries = fs::read_dir(&folder).unwrap().count();
    if as_root {
        let _ = Command::new("chattr").arg("-i").arg(&folder).status();
    } else {
        let _ = fs::set_permissions(&folder, fs::Permissions::from_mode(0o755));
    }
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("terkunci/rapat.txt: not fixed:"));
    assert_eq!(original, DRIFTED);
    assert_eq!(entries, 1);
}

/// On the releases written for the tests, with errors and without: after `--fix` no safe
/// fix is left, and a second `--fix` changes nothing.
#[test]
fn releases_fix_completely_and_stably() {
    let releases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/releases");
    let dir = tempfile::tempdir().unwrap();
    for folder in [releases.clone(), releases.join("salah")] {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    siaran(&["check", "--fix", "--quiet", "."], dir.path());
    let after: Vec<(String, String)> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), fs::read_to_string(&p).unwrap())
        })
        .collect();
    let out = siaran(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let safe_left: Vec<String> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            f["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |x| (f["path"].clone(), x))
        })
        .filter(|(_, x)| x["fix"]["applicability"] == "safe")
        .map(|(p, x)| format!("{p} {}", x["rule"]))
        .collect();
    assert!(safe_left.is_empty(), "{safe_left:?}");
    siaran(&["check", "--fix", "--quiet", "."], dir.path());
    for (path, text) in after {
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            text,
            "{path} changed on the second run"
        );
    }
}
