//! `rules/word-pairs.toml` is compiled from `rules/word-pairs.tsv`: this test compiles it
//! again and fails when the two have drifted apart. After editing the table, write the
//! compiled form with `SIARAN_BLESS=1 cargo test --test word_pairs`.
//!
//! The compiled form is deterministic: one `[[pair]]` per row, sorted by the lowercase
//! `wrong`, then the original; duplicate `wrong`s merged (sources joined, the lowest
//! confidence kept, notes joined); identity pairs and two-way cycles dropped (the
//! better-attested direction stays); every merge and drop listed in the header.

use std::collections::HashMap;
use std::fmt::Write;

const TABLE: &str = "rules/word-pairs.tsv";
const COMPILED: &str = "rules/word-pairs.toml";
const COLUMNS: usize = 8;

/// Notes that say the wrong form is also a valid word (an English word that may stand in
/// italics too), a proper name, or a legal or official term: such pairs are risky.
const RISKY_NOTE: &[&str] = &[
    "RISKY",
    "AMBIGUOUS",
    "proper name",
    "name must",
    "names must",
    "skip proper",
    "legal term",
    "official term",
    "English word",
];

#[derive(Clone)]
struct Row {
    line: usize,
    wrong: String,
    right: String,
    kind: String,
    source: String,
    confidence: String,
    note: String,
}

fn rank(confidence: &str) -> u8 {
    match confidence {
        "high" => 0,
        "med" => 1,
        "low" => 2,
        "n/a" => 3,
        other => panic!("unknown confidence {other:?}"),
    }
}

fn read_rows(text: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        cells.resize(cells.len().max(COLUMNS), "");
        assert_eq!(cells.len(), COLUMNS, "{TABLE}:{}: {} columns", index + 1, cells.len());
        let row = Row {
            line: index + 1,
            wrong: cells[0].to_string(),
            right: cells[1].to_string(),
            kind: cells[2].to_string(),
            source: cells[3].to_string(),
            confidence: cells[4].to_string(),
            note: cells[7].to_string(),
        };
        assert!(
            !row.wrong.is_empty() && !row.right.is_empty(),
            "{TABLE}:{}: empty pair",
            row.line
        );
        rank(&row.confidence);
        rows.push(row);
    }
    rows
}

fn merge_duplicates(rows: Vec<Row>, log: &mut Vec<String>) -> Vec<Row> {
    let mut merged: Vec<Row> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let Some(&i) = at.get(&row.wrong) else {
            at.insert(row.wrong.clone(), merged.len());
            merged.push(row);
            continue;
        };
        let prev = &mut merged[i];
        if prev.right != row.right {
            log.push(format!(
                "dropped line {} ({} -> {}): conflicts with line {} ({} -> {})",
                row.line, row.wrong, row.right, prev.line, prev.wrong, prev.right
            ));
            continue;
        }
        let mut sources: Vec<String> = prev.source.split(',').map(String::from).collect();
        for s in row.source.split(',') {
            if !s.is_empty() && !sources.iter().any(|x| x == s) {
                sources.push(s.to_string());
            }
        }
        prev.source = sources.join(",");
        if rank(&row.confidence) > rank(&prev.confidence) {
            prev.confidence = row.confidence.clone();
        }
        if !row.note.is_empty() && !prev.note.contains(&row.note) {
            prev.note = [prev.note.as_str(), row.note.as_str()]
                .into_iter()
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
                .join("; ");
        }
        log.push(format!(
            "merged line {} into line {} ({} -> {})",
            row.line, prev.line, row.wrong, row.right
        ));
    }
    merged
}

fn drop_cycles(rows: Vec<Row>, log: &mut Vec<String>) -> Vec<Row> {
    let by_wrong: HashMap<&str, &Row> = rows.iter().map(|r| (r.wrong.as_str(), r)).collect();
    let mut dropped: Vec<String> = Vec::new();
    for r in &rows {
        if r.right == r.wrong {
            let note = if r.note.is_empty() { "-" } else { &r.note };
            log.push(format!(
                "dropped line {} ({} -> {}): identity pair, a cycle of length 1 (note: {note})",
                r.line, r.wrong, r.right
            ));
            dropped.push(r.wrong.clone());
        }
    }
    for r in &rows {
        if dropped.contains(&r.wrong) {
            continue;
        }
        if let Some(back) = by_wrong.get(r.right.as_str()) {
            if !dropped.contains(&back.wrong) && back.right == r.wrong {
                // Keep the better-attested direction: higher confidence, then earlier line.
                let (loser, winner) = if (rank(&r.confidence), r.line) > (rank(&back.confidence), back.line) {
                    (r, *back)
                } else {
                    (*back, r)
                };
                log.push(format!(
                    "dropped line {} ({} -> {}): cycle with line {} ({} -> {})",
                    loser.line, loser.wrong, loser.right, winner.line, winner.wrong, winner.right
                ));
                dropped.push(loser.wrong.clone());
            }
        }
    }
    rows.into_iter().filter(|r| !dropped.contains(&r.wrong)).collect()
}

/// Whether `word` stands in `text` as a whole word (`valid`, not `invalid`).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => write!(out, "\\u{:04X}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const HEADER: &str = "\
# Non-standard (tidak baku) -> standard (baku) word pairs for the baku/ rule family.
#
# GENERATED FILE: do not edit by hand. Compiled from rules/word-pairs.tsv (its sources
# and their licences are listed there) by tests/word_pairs.rs, which fails when the two
# drift apart. Edit the table, then run `SIARAN_BLESS=1 cargo test --test word_pairs`.
#
# Fields of each [[pair]]:
#   wrong      the non-standard form, matched as a whole word (may contain spaces,
#              e.g. \"antar lembaga\"; case variants such as \"Walikota\" are separate entries)
#   right      the standard replacement
#   kind       the table's kind: ejaan (spelling), depan (di/ke written apart), serangkai
#              (written joined), terpisah (written apart), terikat (bound form joined),
#              pun, serapan-ir (-ir -> -asi/-isasi), luluh-KPST (k/p/t/s elision),
#              padanan (Indonesian equivalent of a foreign word), hari, bulan
#   source     the table's source tags, unchanged
#   confidence high | med | low | n/a, as in the table
#   risky      true when confidence is not high, or when the table's note says the wrong
#              form is also a valid word (incl. an English word), a proper name or a legal
#              or official term: report, but do not apply the fix automatically
#   note       the table's note, when there is one
# The table's two hunspell columns are not carried over.
";

fn compile(table: &str) -> String {
    let mut log = Vec::new();
    let rows = read_rows(table);
    let count = rows.len();
    let rows = merge_duplicates(rows, &mut log);
    let mut rows = drop_cycles(rows, &mut log);
    rows.sort_by(|a, b| (a.wrong.to_lowercase(), &a.wrong).cmp(&(b.wrong.to_lowercase(), &b.wrong)));
    let mut out = String::from(HEADER);
    writeln!(out, "# {count} table rows -> {} pairs.", rows.len()).unwrap();
    for line in log {
        writeln!(out, "#   {line}").unwrap();
    }
    for r in rows {
        let risky =
            r.confidence != "high" || RISKY_NOTE.iter().any(|n| r.note.contains(n)) || has_word(&r.note, "valid");
        out.push_str("\n[[pair]]\n");
        writeln!(out, "wrong = {}", toml_str(&r.wrong)).unwrap();
        writeln!(out, "right = {}", toml_str(&r.right)).unwrap();
        writeln!(out, "kind = {}", toml_str(&r.kind)).unwrap();
        writeln!(out, "source = {}", toml_str(&r.source)).unwrap();
        writeln!(out, "confidence = {}", toml_str(&r.confidence)).unwrap();
        writeln!(out, "risky = {risky}").unwrap();
        if !r.note.is_empty() {
            writeln!(out, "note = {}", toml_str(&r.note)).unwrap();
        }
    }
    out
}

#[test]
fn compiled_word_pairs_match_the_table() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(root.join(TABLE)).unwrap();
    let compiled = compile(&table);
    let path = root.join(COMPILED);
    if std::env::var_os("SIARAN_BLESS").is_some() {
        std::fs::write(&path, &compiled).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == compiled,
        "{COMPILED} is out of step with {TABLE}: run `SIARAN_BLESS=1 cargo test --test word_pairs`"
    );
}
