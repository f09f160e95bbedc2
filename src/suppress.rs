//! Suppression comments in Markdown releases:
//! `<!-- siaran-disable RULE... -->` … `<!-- siaran-enable RULE... -->`,
//! `<!-- siaran-disable-next-line RULE... -->`, and at the end of a line of text
//! `<!-- siaran-disable-line RULE... -->`. RULE is a rule id or a family; none means
//! every rule. A suppression that suppresses nothing is reported (info), so stale ones
//! do not pile up; a misspelt directive or an unknown rule would silently suppress
//! nothing, so both are warnings (`meta/invalid-suppression`).

use std::collections::HashMap;

use crate::diagnostic::{family_of, Finding, Severity};
use crate::document::Document;
use crate::message::Lang;
use crate::rules::declare_rule;
use crate::settings::Selector;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
    /// Its own line: a comment that ends a line of text.
    Line,
}

/// The directives, as written.
const DIRECTIVES: &[(&str, Kind)] = &[
    ("siaran-disable", Kind::Disable),
    ("siaran-enable", Kind::Enable),
    ("siaran-disable-next-line", Kind::NextLine),
    ("siaran-disable-line", Kind::Line),
];

#[derive(Debug)]
struct Directive<'a> {
    kind: Kind,
    span: Span,
    /// 0-based line of the comment.
    line: usize,
    selectors: Vec<&'a str>,
}

/// A comment that looks like a directive but is not one (`siaran-disable-nextline`):
/// where, the word written, and the directive it was likely meant as.
type Misspelt<'a> = (Span, &'a str, Option<&'static str>);

/// The directives of the release, and the misspelt ones.
fn directives<'a>(doc: &Document<'a>) -> (Vec<Directive<'a>>, Vec<Misspelt<'a>>) {
    let mut found = Vec::new();
    let mut misspelt = Vec::new();
    for &span in &doc.comments {
        let Some(inner) = doc
            .text(span)
            .trim()
            .strip_prefix("<!--")
            .and_then(|t| t.strip_suffix("-->"))
        else {
            continue;
        };
        let inner = inner.trim();
        let (word, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let Some(&(_, kind)) = DIRECTIVES.iter().find(|(name, _)| *name == word) else {
            let lower = word.to_lowercase();
            if lower.starts_with("siaran") {
                let near = DIRECTIVES
                    .iter()
                    .map(|(name, _)| (strsim::damerau_levenshtein(&lower, name), *name))
                    .filter(|(distance, _)| *distance <= 3)
                    .min_by_key(|(distance, _)| *distance)
                    .map(|(_, name)| name);
                misspelt.push((span, word, near));
            }
            continue;
        };
        let selectors = rest.split([' ', ',']).filter(|s| !s.is_empty()).collect();
        found.push(Directive {
            kind,
            span,
            line: doc.lines.line_of(span.start),
            selectors,
        });
    }
    (found, misspelt)
}

fn selects(selectors: &[&str], rule: &str) -> bool {
    selectors.is_empty() || selectors.iter().any(|s| *s == rule || *s == family_of(rule))
}

/// Removes suppressed findings; adds one finding per suppression that suppressed
/// nothing (at `unused`, unless that rule is off) and per misspelt directive or unknown
/// rule (at `invalid`, unless off).
pub fn apply(
    doc: &Document<'_>,
    findings: &mut Vec<Finding>,
    lang: Lang,
    unused: Option<Severity>,
    invalid: Option<Severity>,
) {
    let (directives, misspelt) = directives(doc);
    if let Some(severity) = invalid {
        for (span, word, near) in misspelt {
            let message = match near {
                Some(near) => MISSPELT_NEAR.render(lang, &[("word", word), ("near", near)]),
                None => MISSPELT.render(lang, &[("word", word)]),
            };
            findings.push(Finding::new(INVALID_META.id, severity, span, message));
        }
        for d in &directives {
            for (selector, unknown) in d.selectors.iter().filter_map(|s| Some((s, Selector::parse(s).err()?))) {
                let message = match unknown.nearest() {
                    Some(near) => UNKNOWN_RULE_NEAR.render(lang, &[("rule", selector), ("near", near)]),
                    None => UNKNOWN_RULE.render(lang, &[("rule", selector)]),
                };
                findings.push(Finding::new(INVALID_META.id, severity, d.span, message));
            }
        }
    }
    if directives.is_empty() {
        return;
    }
    let mut used = vec![false; directives.len()];
    let mut by_rule: HashMap<&'static str, Selecting> = HashMap::new();
    findings.retain(|f| {
        if f.rule == INVALID_META.id {
            return true;
        }
        let line = doc.lines.line_of(f.span.start);
        let selecting = by_rule
            .entry(f.rule)
            .or_insert_with(|| Selecting::new(&directives, f.rule));
        let hit = selecting.first_covering(line);
        if let Some(i) = hit {
            used[i] = true;
        }
        hit.is_none()
    });
    let Some(severity) = unused else {
        return;
    };
    for (d, used) in directives.iter().zip(used) {
        // A directive naming only unknown rules is reported as invalid, not unused.
        let names_a_rule = d.selectors.is_empty() || d.selectors.iter().any(|s| Selector::parse(s).is_ok());
        if !used && d.kind != Kind::Enable && names_a_rule {
            let rules = if d.selectors.is_empty() {
                "*".to_string()
            } else {
                d.selectors.join(" ")
            };
            let message = UNUSED.render(lang, &[("rules", &rules)]);
            findings.push(Finding::new(META.id, severity, d.span, message));
        }
    }
}

/// The directives that select one rule, as (line, index) in line order. A directive is
/// a comment on a line of its own, so line order is index order. Built once per rule:
/// testing every directive for every finding, each looking ahead for its `enable`, was
/// cubic in a file with many comments.
struct Selecting {
    disables: Vec<(usize, usize)>,
    enables: Vec<usize>,
    next_lines: Vec<(usize, usize)>,
    same_lines: Vec<(usize, usize)>,
}

impl Selecting {
    fn new(all: &[Directive<'_>], rule: &str) -> Self {
        let mut selecting = Selecting {
            disables: Vec::new(),
            enables: Vec::new(),
            next_lines: Vec::new(),
            same_lines: Vec::new(),
        };
        for (i, d) in all.iter().enumerate().filter(|(_, d)| selects(&d.selectors, rule)) {
            match d.kind {
                Kind::Disable => selecting.disables.push((d.line, i)),
                Kind::Enable => selecting.enables.push(d.line),
                Kind::NextLine => selecting.next_lines.push((d.line, i)),
                Kind::Line => selecting.same_lines.push((d.line, i)),
            }
        }
        selecting
    }

    /// The first directive (in file order) that suppresses the rule on 0-based `line`:
    /// a `disable` above it with no `enable` in between (an `enable` on the line itself
    /// ends the region), or a `disable-next-line` just above it.
    fn first_covering(&self, line: usize) -> Option<usize> {
        let last_enable = self.enables[..self.enables.partition_point(|&e| e <= line)].last();
        let k = self
            .disables
            .partition_point(|&(l, _)| last_enable.is_some_and(|&e| l <= e));
        let disable = self.disables.get(k).filter(|&&(l, _)| l < line).map(|&(_, i)| i);
        let next_line = line.checked_sub(1).and_then(|above| {
            let k = self.next_lines.partition_point(|&(l, _)| l < above);
            self.next_lines.get(k).filter(|&&(l, _)| l == above).map(|&(_, i)| i)
        });
        let k = self.same_lines.partition_point(|&(l, _)| l < line);
        let same_line = self.same_lines.get(k).filter(|&&(l, _)| l == line).map(|&(_, i)| i);
        [disable, next_line, same_line].into_iter().flatten().min()
    }
}

declare_rule! {
    engine pub static INVALID_META;
    id: "meta/invalid-suppression",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: (
        "Komentar penonaktifan salah tulis atau menyebut aturan yang tidak ada",
        "Misspelt suppression comment, or one naming an unknown rule",
    ),
    what: (
        "Komentar `<!-- siaran-… -->` yang salah tulis (`siaran-disable-nextline`) atau menyebut aturan yang tidak ada (`dateline/seperator`) dilaporkan sebagai peringatan, dengan saran nama yang paling dekat.",
        "A `<!-- siaran-… -->` comment that is misspelt (`siaran-disable-nextline`) or names a rule that does not exist (`dateline/seperator`) is a warning, with the nearest name suggested.",
    ),
    why: (
        "Komentar seperti itu tidak menonaktifkan apa pun, padahal penulisnya mengira sudah.",
        "Such a comment suppresses nothing, though its writer thinks it does.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
    bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\n<!-- siaran-disable-nextline dateline -->\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
}],
    messages: {
        MISSPELT = (
            "'{word}' bukan komentar penonaktifan siaran; komentar ini tidak menonaktifkan apa pun",
            "'{word}' is not a siaran suppression; this comment suppresses nothing",
        ),
        MISSPELT_NEAR = (
            "'{word}' bukan komentar penonaktifan siaran; maksudnya '{near}'?",
            "'{word}' is not a siaran suppression; did you mean '{near}'?",
        ),
        UNKNOWN_RULE = (
            "Komentar penonaktifan menyebut '{rule}', yang bukan nama aturan atau keluarga aturan; komentar ini tidak menonaktifkan apa pun",
            "The suppression names '{rule}', which is not the name of a rule or family; the comment suppresses nothing",
        ),
        UNKNOWN_RULE_NEAR = (
            "Komentar penonaktifan menyebut '{rule}', yang bukan nama aturan; maksudnya '{near}'?",
            "The suppression names '{rule}', which is not the name of a rule; did you mean '{near}'?",
        ),
    },
}

// Reported by the engine while applying suppressions (they need every other rule's
// findings), so it has metadata and no `check`.
declare_rule! {
    engine pub static META;
    id: "meta/unused-suppression",
    severity: Info,
    fix: None,
    default_enabled: true,
    summary: ("Komentar penonaktifan yang tidak terpakai", "Unused suppression comment"),
    what: (
        "Dalam siaran Markdown, `<!-- siaran-disable ATURAN -->` … `<!-- siaran-enable ATURAN -->` menonaktifkan aturan atau keluarga aturan untuk baris di antaranya, `<!-- siaran-disable-next-line ATURAN -->` untuk baris berikutnya saja, dan `<!-- siaran-disable-line ATURAN -->` di ujung sebuah baris untuk baris itu sendiri (tanpa ATURAN: semua aturan). Komentar yang tidak lagi menekan temuan apa pun dilaporkan sebagai info supaya bisa dihapus.",
        "In Markdown releases `<!-- siaran-disable RULE -->` … `<!-- siaran-enable RULE -->` switches a rule or family off for the lines between, `<!-- siaran-disable-next-line RULE -->` for the next line only, and `<!-- siaran-disable-line RULE -->` at the end of a line for that line itself (no RULE: every rule). A comment that no longer suppresses anything is reported as info so it can be removed.",
    ),
    why: (
        "Bila masalahnya sudah diperbaiki, komentar itu hanya akan menyembunyikan masalah berikutnya.",
        "Once the problem is fixed, it would only hide the next one.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
    bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\n<!-- siaran-disable-next-line dateline -->\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\n<!-- siaran-disable-next-line dateline -->\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
}],
    messages: {
        UNUSED = (
            "Komentar penonaktifan untuk '{rules}' tidak menekan temuan apa pun",
            "Suppression for '{rules}' suppresses no finding",
        ),
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as first written: directive by directive, each `disable` looking ahead
    /// for its `enable`.
    fn first_covering_by_scan(all: &[Directive<'_>], line: usize, rule: &str) -> Option<usize> {
        all.iter().enumerate().position(|(i, d)| {
            selects(&d.selectors, rule)
                && match d.kind {
                    Kind::Enable => false,
                    Kind::NextLine => line == d.line + 1,
                    Kind::Line => line == d.line,
                    Kind::Disable => {
                        let ends = all[i + 1..]
                            .iter()
                            .find(|e| e.kind == Kind::Enable && selects(&e.selectors, rule))
                            .map_or(usize::MAX, |e| e.line);
                        line > d.line && line < ends
                    }
                }
        })
    }

    #[test]
    fn binary_searches_agree_with_the_scan() {
        let mut seed = 12345u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..2000 {
            let mut line = 0;
            let all: Vec<Directive<'_>> = (0..next(8))
                .map(|_| {
                    line += 1 + next(3) as usize;
                    let kind = [Kind::Disable, Kind::Enable, Kind::NextLine, Kind::Line][next(4) as usize];
                    let selectors = [vec![], vec!["punct"], vec!["baku"]][next(3) as usize].clone();
                    Directive {
                        kind,
                        span: Span::empty(0),
                        line,
                        selectors,
                    }
                })
                .collect();
            let selecting = Selecting::new(&all, "punct/double-space");
            for probe in 0..line + 3 {
                assert_eq!(
                    selecting.first_covering(probe),
                    first_covering_by_scan(&all, probe, "punct/double-space"),
                    "line {probe} in {all:?}"
                );
            }
        }
    }
}
