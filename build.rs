//! Converts the house data in `rules/*.toml` to JSON in `OUT_DIR`. The TOML files stay
//! the source (comments, examples, readable diffs); the binary embeds the JSON because
//! serde_json reads it several times faster than a TOML parser, and a one-file run
//! reads every file.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=rules");
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut files: Vec<_> = fs::read_dir("rules")
        .expect("rules/ is readable")
        .map(|e| e.expect("rules/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML data converts to JSON");
        let name = path.file_stem().expect("a file name");
        fs::write(Path::new(&out).join(name).with_extension("json"), json).expect("OUT_DIR is writable");
    }
}
