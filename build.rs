//! Converts the house data in `rules/*.toml` to JSON in `OUT_DIR`. The TOML files stay
//! the source (comments, examples, readable diffs); the binary embeds the JSON because
//! serde_json reads it several times faster than a TOML parser, and a one-file run
//! reads every file.
//!
//! It also lays out the lexicon (`OUT_DIR/lexicon.rs`): every word the house data keys
//! on, case-folded, with the roles it plays, in an open-addressing hash table the
//! document consults once per word (see `src/lexicon/mod.rs`).

use std::collections::BTreeMap;
use std::path::Path;
use std::{env, fs};

#[allow(dead_code, reason = "the crate uses the names build.rs does not")]
mod calendar {
    include!("src/lexicon/calendar.rs");
}
#[allow(dead_code, reason = "shared with the crate")]
mod shared {
    include!("src/lexicon/shared.rs");
}

fn main() {
    println!("cargo::rerun-if-changed=rules");
    println!("cargo::rerun-if-changed=src/lexicon/calendar.rs");
    println!("cargo::rerun-if-changed=src/lexicon/shared.rs");
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut files: Vec<_> = fs::read_dir("rules")
        .expect("rules/ is readable")
        .map(|e| e.expect("rules/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut tables = BTreeMap::new();
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML data converts to JSON");
        let name = path.file_stem().expect("a file name");
        fs::write(Path::new(&out).join(name).with_extension("json"), json).expect("OUT_DIR is writable");
        tables.insert(name.to_string_lossy().into_owned(), value);
    }
    let lexicon = lexicon(&tables);
    fs::write(Path::new(&out).join("lexicon.rs"), lexicon).expect("OUT_DIR is writable");
}

/// The words of the house data with their roles, as Rust source for `include!`.
fn lexicon(tables: &BTreeMap<String, toml::Table>) -> String {
    let mut roles: BTreeMap<String, u32> = BTreeMap::new();
    let mut add = |word: &str, role: u32| {
        *roles.entry(word.to_ascii_lowercase()).or_default() |= role;
        // `do'a` is also typed with a typographic apostrophe: `do’a`.
        if word.contains('\'') {
            *roles.entry(word.to_ascii_lowercase().replace('\'', "’")).or_default() |= role;
        }
    };
    for (name, _, _) in calendar::DAY_NAMES {
        add(name, shared::DAY);
    }
    for name in calendar::MONTHS
        .iter()
        .chain(calendar::ENGLISH_MONTHS.iter().map(|(e, _)| e))
    {
        add(name, shared::MONTH);
    }
    let strings = |table: &str, key: &str| -> Vec<String> {
        let list = tables[table][key]
            .as_array()
            .unwrap_or_else(|| panic!("{table}.{key} is a list"));
        list.iter().map(|v| v.as_str().expect("a string").to_string()).collect()
    };
    // The kinds of pair `baku/non-standard-word` reports (`PairKind::owner`; the rule's
    // tests check that each of its forms is marked), unless of low confidence.
    let reported = |pair: &toml::Value| {
        let kind = pair["kind"].as_str().expect("pair.kind is a string");
        ["ejaan", "serangkai", "terpisah", "serapan-ir", "padanan"].contains(&kind)
            && pair["confidence"].as_str() != Some("low")
    };
    for file in ["word-pairs", "word-pairs-extra"] {
        for pair in tables[file]["pair"].as_array().expect("[[pair]] entries") {
            let wrong = pair["wrong"].as_str().expect("pair.wrong is a string");
            let (start, word) = if reported(pair) {
                (shared::PAIR_START | shared::NSW_START, shared::PAIR | shared::NSW_FORM)
            } else {
                (shared::PAIR_START, shared::PAIR)
            };
            match wrong.split(' ').collect::<Vec<_>>()[..] {
                [first, second, ..] => {
                    add(first, start);
                    if reported(pair) {
                        add(second, shared::NSW_SECOND);
                    }
                }
                _ => {
                    add(wrong, word);
                    add(&format!("{wrong}nya"), word);
                }
            }
        }
    }
    for (prep, list) in [("di", "di"), ("ke", "ke")] {
        for base in strings("di-ke", list) {
            add(&format!("{prep}{base}"), shared::DI_KE);
            add(&format!("{prep}{base}nya"), shared::DI_KE);
        }
    }
    add("di", shared::DI);
    add("pun", shared::PUN);
    add("rp", shared::RP);
    for entry in tables["abbreviations"]["abbr"].as_array().expect("[[abbr]] entries") {
        let list = |key: &str| -> Vec<String> {
            entry.get(key).and_then(|v| v.as_array()).map_or_else(Vec::new, |list| {
                list.iter()
                    .map(|v| match v {
                        toml::Value::Table(rewrite) => rewrite["form"].as_str(),
                        other => other.as_str(),
                    })
                    .map(|v| v.expect("a string or a { form } table").to_string())
                    .collect()
            })
        };
        let short = entry["short"].as_str().expect("abbr.short is a string").to_string();
        let forms = [short]
            .into_iter()
            .chain(list("accept"))
            .chain(list("variants"))
            .chain(list("rewrites"));
        for form in forms {
            // A dotted form (`K.P.U.`) is several words: its first (`K`) is marked.
            let first = form.split('.').next().expect("split gives one piece at least");
            assert!(
                first == form || first.chars().all(char::is_alphanumeric),
                "{form}: the first part of a dotted form is a word"
            );
            add(first, shared::ABBR);
        }
    }
    for form in tables["bound-forms"]["prefix"].as_array().expect("[[prefix]] entries") {
        add(
            form["prefix"].as_str().expect("prefix is a string"),
            shared::BOUND_PREFIX,
        );
    }
    // The first words of `baku/pleonasm`'s pleonasms (its tests check each is marked).
    for opener in ["adalah", "agar", "demi", "para", "sangat"] {
        add(opener, shared::PLEONASM);
    }

    // Open addressing with linear probing, a quarter full: a miss, the common case, ends
    // at an empty slot or a slot whose fingerprint (the hash's top 16 bits) differs,
    // usually at the first probe, without touching the words.
    let size = (roles.len() * 4).next_power_of_two();
    let mut slots = vec![0u32; size];
    for (index, key) in roles.keys().enumerate() {
        let hash = shared::fold_hash(key.as_bytes());
        let mut at = hash as usize & (size - 1);
        while slots[at] != 0 {
            at = (at + 1) & (size - 1);
        }
        let index = u32::try_from(index + 1)
            .ok()
            .filter(|&i| i <= 0xffff)
            .expect("fewer than 65,535 words");
        slots[at] = ((hash >> 48) as u32) << 16 | index;
    }
    // A bit for each value of 15 other bits of the hash, set when a word of the table
    // hashes to it: 4 KB that stay in the first-level cache, where the slots (32 KB) did
    // not, and most words of a text find their bit clear.
    let mut filter = vec![0u64; shared::FILTER_BITS / 64];
    for key in roles.keys() {
        let bit = shared::filter_bit(shared::fold_hash(key.as_bytes()));
        filter[bit / 64] |= 1 << (bit % 64);
    }
    let max_len = roles.keys().map(String::len).max().unwrap_or(0);
    let mut src = String::new();
    src.push_str(&format!(
        "/// The longest word in the table, in bytes.\nconst MAX_LEN: usize = {max_len};\n"
    ));
    src.push_str("/// Folded words, sorted.\nstatic KEYS: &[&str] = &[\n");
    for key in roles.keys() {
        src.push_str(&format!("    {key:?},\n"));
    }
    src.push_str("];\n/// The roles of each word in `KEYS`.\nstatic ROLES: &[u32] = &[\n");
    for role in roles.values() {
        src.push_str(&format!("    {role},\n"));
    }
    src.push_str("];\n/// Hash slots: 0 is empty, otherwise the hash's top 16 bits, then 1 + an index into\n/// `KEYS`.\nstatic SLOTS: &[u32] = &[\n");
    for chunk in slots.chunks(16) {
        let row: Vec<String> = chunk.iter().map(u32::to_string).collect();
        src.push_str(&format!("    {},\n", row.join(", ")));
    }
    src.push_str(
        "];\n/// Bits of the hashes of the words in `KEYS` (`shared::filter_bit`).\nstatic FILTER: &[u64] = &[\n",
    );
    for chunk in filter.chunks(8) {
        let row: Vec<String> = chunk.iter().map(u64::to_string).collect();
        src.push_str(&format!("    {},\n", row.join(", ")));
    }
    src.push_str("];\n");
    src
}
