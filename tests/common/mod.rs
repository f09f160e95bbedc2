//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::sync::{Arc, LazyLock};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use jiff::civil::Date;
use siaran::{lint, Choices, Dictionary, FileSettings, Finding, LintInput, Resources, Settings};

/// The small Indonesian test dictionary written for these tests (`tests/dictionary/`): a
/// few affix rules and the words the spelling tests use. Tests that need the whole
/// language use [`full_dictionary`].
pub const TEST_DICTIONARY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/dictionary/id_TEST");

/// The test dictionary, loaded once for all tests of a binary, as the CLI loads one per run.
pub static HUNSPELL_ID: LazyLock<Arc<Dictionary>> = LazyLock::new(|| {
    let aff = std::fs::read(format!("{TEST_DICTIONARY}.aff")).unwrap();
    let dic = std::fs::read(format!("{TEST_DICTIONARY}.dic")).unwrap();
    Arc::new(Dictionary::from_bytes(&aff, &dic).expect("the test dictionary loads"))
});

/// Where a full Indonesian Hunspell dictionary is: `SIARAN_DICTIONARY` (a path prefix such
/// as `/usr/share/hunspell/id_ID`), else Debian's `hunspell-id`. `None` prints one
/// "skipped" line for the calling test, unless `SIARAN_REQUIRE_DICTIONARY` is set (CI),
/// where a missing dictionary fails the test.
pub fn full_dictionary_path(test: &str) -> Option<String> {
    let candidates = std::env::var("SIARAN_DICTIONARY")
        .ok()
        .into_iter()
        .chain(["/usr/share/hunspell/id_ID".to_string()]);
    for prefix in candidates {
        if Path::new(&format!("{prefix}.dic")).is_file() && Path::new(&format!("{prefix}.aff")).is_file() {
            return Some(prefix);
        }
    }
    assert!(
        std::env::var_os("SIARAN_REQUIRE_DICTIONARY").is_none(),
        "{test}: no Indonesian dictionary (set SIARAN_DICTIONARY or apt-get install hunspell-id)"
    );
    // Straight to stderr: the test harness hides `eprintln!` of passing tests, and this
    // line is the one sign that the full-dictionary tests did not run.
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: no Indonesian dictionary ({test} and other full-dictionary tests; set SIARAN_DICTIONARY or apt-get install hunspell-id)"
        );
    });
    None
}

/// The full dictionary of [`full_dictionary_path`], loaded once.
pub fn full_dictionary(test: &str) -> Option<Arc<Dictionary>> {
    static LOADED: LazyLock<std::sync::Mutex<Option<Arc<Dictionary>>>> = LazyLock::new(Default::default);
    let prefix = full_dictionary_path(test)?;
    let mut loaded = LOADED.lock().unwrap();
    let dictionary = loaded.get_or_insert_with(|| {
        let aff = std::fs::read(format!("{prefix}.aff")).unwrap();
        let dic = std::fs::read(format!("{prefix}.dic")).unwrap();
        Arc::new(Dictionary::from_bytes(&aff, &dic).expect("the Indonesian dictionary loads"))
    });
    Some(dictionary.clone())
}

/// The releases written for these tests, clean by house style: `(name, text)`.
pub fn reference_releases() -> Vec<(String, String)> {
    let mut releases: Vec<_> = std::fs::read_dir(root().join("tests/releases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    releases.sort();
    releases
}

/// The reference release the command-line tests use.
pub const REFERENCE: &str = "tests/releases/2025-10-27-rapat-pleno-dpt.txt";

/// Settings with a dictionary loaded beside them.
pub struct Spelling {
    pub settings: Settings,
    pub resources: Resources,
}

impl<'a> From<&'a Spelling> for FileSettings<'a> {
    fn from(spelling: &'a Spelling) -> Self {
        FileSettings::from(&spelling.settings).with_resources(&spelling.resources)
    }
}

/// The settings of `config` (siaran.toml text) with dictionary spelling switched on, as
/// `--spell` does, against the test dictionary.
pub fn with_spelling(config: &str) -> Spelling {
    with_dictionary(config, HUNSPELL_ID.clone())
}

/// The settings of `config` with dictionary spelling switched on against `dictionary`.
pub fn with_dictionary(config: &str, dictionary: Arc<Dictionary>) -> Spelling {
    let choices = Choices {
        spell: true,
        ..Choices::default()
    };
    let settings = siaran::Options::parse(config)
        .unwrap()
        .resolve(config, &choices)
        .unwrap();
    Spelling {
        settings,
        resources: Resources::default().with_dictionary(dictionary),
    }
}

/// A clean release around a single paragraph, for examples written as one paragraph.
pub const TEMPLATE: &str = siaran::Example::TEMPLATE;

/// The publication date used for examples and fixtures unless they say otherwise.
pub fn default_date() -> Date {
    Date::new(2025, 10, 27).unwrap()
}

/// The settings examples run with: satker `kota-semarang`, tags `rapat` and `humas`.
pub fn example_settings() -> Settings {
    siaran::config::settings_from_toml(EXAMPLE_CONFIG).unwrap()
}

/// The siaran.toml of [`example_settings`].
pub const EXAMPLE_CONFIG: &str = "[house]\nsatker = \"kota-semarang\"\n[meta]\ntags = [\"rapat\", \"humas\"]\n";

pub fn run<'s>(
    text: &str,
    path: Option<&str>,
    date: Option<Date>,
    settings: impl Into<FileSettings<'s>>,
) -> Vec<Finding> {
    lint(
        &LintInput {
            source: text,
            path,
            date,
            today: default_date(),
        },
        settings,
    )
    .findings
}

/// The file name an example is linted under: examples with front matter are Markdown,
/// named with the examples' publication date as prefix.
pub fn example_path(text: &str) -> Option<&'static str> {
    (text.starts_with("---\n") || text.starts_with("+++\n")).then_some("2025-10-27-contoh.md")
}

/// An example text as a whole release.
pub fn expand_example(text: &str) -> String {
    siaran::Example::release(text).into_owned()
}

/// Runs the `siaran` binary in `dir` (no colour).
pub fn siaran(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Runs the `siaran` binary in the crate root with `input` on standard input.
pub fn siaran_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
