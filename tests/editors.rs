//! The README's editor recipes, run as written: Vim's `makeprg`/`errorformat` in a real
//! Vim (Debian's `vim`), and the VS Code task's command and problem matcher. A recipe
//! that drifts from what siaran prints puts the cursor in the wrong place.
//!
//! Without `vim` on the PATH the Vim test says so and passes, unless
//! `SIARAN_REQUIRE_EDITORS` is set, as `scripts/ci-cli.sh` sets it after installing vim.

use std::fs;
use std::path::Path;
use std::process::Command;

/// A release whose finding (the double space) comes after two em dashes: three bytes
/// each, one column each.
const RELEASE: &str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang — menggelar  rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n";
const COLUMN: usize = 90;

fn readme() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README.md")
}

/// The text between `start` (exclusive) and the next backtick, from the README.
fn quoted_after(readme: &str, start: &str) -> String {
    let from = readme.find(start).unwrap_or_else(|| panic!("README has no {start:?}")) + start.len();
    readme[from..].split('`').next().unwrap_or_default().to_string()
}

/// A PATH that finds the siaran under test first.
fn path_with_siaran() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_siaran")).parent().expect("bin folder");
    format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default())
}

#[test]
fn vim_recipe_puts_the_cursor_on_the_finding_after_em_dashes() {
    let vim_found = Command::new("vim")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !vim_found {
        assert!(
            std::env::var_os("SIARAN_REQUIRE_EDITORS").is_none(),
            "vim is required (SIARAN_REQUIRE_EDITORS) but not found"
        );
        eprintln!("skipped: no vim on the PATH (Debian package vim)");
        return;
    }
    let readme = readme();
    let makeprg = quoted_after(&readme, "`set makeprg=");
    let errorformat = quoted_after(&readme, "`set errorformat=");
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("rilis.txt"), RELEASE).expect("write");
    let report = "call writefile([line('.') . ' ' . virtcol('.') . ' ' . getline('.')[col('.') - 1 :]], 'cursor.txt')";
    let out = Command::new("vim")
        .args(["-u", "NONE", "-i", "NONE", "-N", "-es"])
        .args(["-c", &format!("set makeprg={makeprg}")])
        .args(["-c", &format!("set errorformat={errorformat}")])
        .args([
            "-c",
            "silent make",
            "-c",
            "cfirst",
            "-c",
            report,
            "-c",
            "qa!",
            "rilis.txt",
        ])
        .current_dir(dir.path())
        .env("PATH", path_with_siaran())
        .output()
        .expect("vim runs");
    let cursor = fs::read_to_string(dir.path().join("cursor.txt"))
        .unwrap_or_else(|e| panic!("vim wrote no cursor ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let expected = format!("2 {COLUMN}   rapat koordinasi humas.\n");
    assert_eq!(cursor, expected, "makeprg {makeprg:?}, errorformat {errorformat:?}");
}

#[test]
fn vs_code_task_paths_resolve_in_the_workspace() {
    let readme = readme();
    let from = readme.find("\"label\": \"siaran\"").expect("the VS Code task") - "{\n  ".len();
    let block = &readme[from..];
    let task: serde_json::Value =
        serde_json::from_str(&block[..block.find("\n```").expect("end of block")]).expect("the task is JSON");
    let matcher = &task["problemMatcher"];
    assert_eq!(
        matcher["fileLocation"],
        serde_json::json!(["relative", "${workspaceFolder}"])
    );
    assert_eq!(task["options"]["cwd"], "${workspaceFolder}");
    // What VS Code runs for `sub/rilis.txt` open in the workspace.
    let workspace = tempfile::tempdir().expect("temp dir");
    fs::create_dir(workspace.path().join("sub")).expect("mkdir");
    fs::write(workspace.path().join("sub/rilis.txt"), RELEASE).expect("write");
    let command = task["command"].as_str().expect("command");
    let command = command
        .replace("${relativeFile}", "sub/rilis.txt")
        .replace("${file}", &workspace.path().join("sub/rilis.txt").display().to_string());
    let out = Command::new("sh")
        .args(["-c", &command])
        .current_dir(workspace.path())
        .env("PATH", path_with_siaran())
        .output()
        .expect("the task runs");
    let pattern = regex::Regex::new(matcher["pattern"]["regexp"].as_str().expect("regexp")).expect("regexp");
    let output = String::from_utf8(out.stdout).expect("UTF-8");
    let line = output.lines().next().expect("a finding");
    let groups = pattern
        .captures(line)
        .unwrap_or_else(|| panic!("{line:?} does not match"));
    // VS Code prefixes the folder to the path as text: an absolute path would not resolve.
    let file = Path::new(&format!("{}/{}", workspace.path().display(), &groups[1])).to_path_buf();
    assert!(file.is_file(), "{} does not resolve in the workspace", &groups[1]);
    assert_eq!((&groups[2], &groups[3]), ("2", COLUMN.to_string().as_str()));
}
