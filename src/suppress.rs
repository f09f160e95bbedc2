//! Suppression comments in Markdown releases:
//! `<!-- siaran-disable RULE... -->` … `<!-- siaran-enable RULE... -->` and
//! `<!-- siaran-disable-next-line RULE... -->`. RULE is a rule id or a family; none
//! means every rule. A suppression that suppresses nothing is reported (info), so stale
//! ones do not pile up.

use std::collections::HashMap;

use crate::diagnostic::{family_of, Finding, Severity};
use crate::document::Document;
use crate::findings::Findings;
use crate::message::{Lang, Text};
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    NextLine,
}

#[derive(Debug)]
struct Directive<'a> {
    kind: Kind,
    span: Span,
    /// 0-based line of the comment.
    line: usize,
    selectors: Vec<&'a str>,
}

fn directives<'a>(doc: &Document<'a>) -> Vec<Directive<'a>> {
    doc.comments
        .iter()
        .filter_map(|&span| {
            let inner = doc.text(span).trim().strip_prefix("<!--")?.strip_suffix("-->")?.trim();
            let (word, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
            let kind = match word {
                "siaran-disable" => Kind::Disable,
                "siaran-enable" => Kind::Enable,
                "siaran-disable-next-line" => Kind::NextLine,
                _ => return None,
            };
            let selectors = rest.split([' ', ',']).filter(|s| !s.is_empty()).collect();
            Some(Directive {
                kind,
                span,
                line: doc.lines.line_of(span.start),
                selectors,
            })
        })
        .collect()
}

fn selects(selectors: &[&str], rule: &str) -> bool {
    selectors.is_empty() || selectors.iter().any(|s| *s == rule || *s == family_of(rule))
}

/// Removes suppressed findings; returns one info finding per suppression that
/// suppressed nothing (unless that rule is off: `severity` is `None`).
pub fn apply(doc: &Document<'_>, findings: &mut Vec<Finding>, lang: Lang, severity: Option<Severity>) {
    let directives = directives(doc);
    if directives.is_empty() {
        return;
    }
    let mut used = vec![false; directives.len()];
    let mut by_rule: HashMap<&'static str, Selecting> = HashMap::new();
    findings.retain(|f| {
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
    let Some(severity) = severity else {
        return;
    };
    for (d, used) in directives.iter().zip(used) {
        if !used && d.kind != Kind::Enable {
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
}

impl Selecting {
    fn new(all: &[Directive<'_>], rule: &str) -> Self {
        let mut selecting = Selecting {
            disables: Vec::new(),
            enables: Vec::new(),
            next_lines: Vec::new(),
        };
        for (i, d) in all.iter().enumerate().filter(|(_, d)| selects(&d.selectors, rule)) {
            match d.kind {
                Kind::Disable => selecting.disables.push((d.line, i)),
                Kind::Enable => selecting.enables.push(d.line),
                Kind::NextLine => selecting.next_lines.push((d.line, i)),
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
        match (disable, next_line) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

const UNUSED: Text = Text::new(
    "Komentar penonaktifan untuk '{rules}' tidak menekan temuan apa pun",
    "Suppression for '{rules}' suppresses no finding",
);

pub static META: RuleMeta = RuleMeta {
    id: "meta/unused-suppression",
    summary: Text::new("Komentar penonaktifan yang tidak terpakai", "Unused suppression comment"),
    explanation: Text::new(
        "Dalam siaran Markdown, `<!-- siaran-disable ATURAN -->` … `<!-- siaran-enable ATURAN -->` menonaktifkan aturan atau keluarga aturan untuk baris di antaranya, dan `<!-- siaran-disable-next-line ATURAN -->` untuk baris berikutnya saja (tanpa ATURAN: semua aturan). Komentar yang tidak lagi menekan temuan apa pun dilaporkan sebagai info supaya bisa dihapus: bila masalahnya sudah diperbaiki, komentar itu hanya akan menyembunyikan masalah berikutnya.",
        "In Markdown releases `<!-- siaran-disable RULE -->` … `<!-- siaran-enable RULE -->` switches a rule or family off for the lines between, and `<!-- siaran-disable-next-line RULE -->` for the next line only (no RULE: every rule). A comment that no longer suppresses anything is reported as info so it can be removed: once the problem is fixed, it would only hide the next one.",
    ),
    severity: Severity::Info,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\n<!-- siaran-disable-next-line dateline -->\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\n<!-- siaran-disable-next-line dateline -->\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: &[&UNUSED],
};

/// The registry entry for `meta/unused-suppression`. The engine reports it while
/// applying suppressions (they need every other rule's findings), so there is nothing
/// to check per rule.
pub struct UnusedSuppression;

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _cx: &Context<'_>, _out: &mut Findings) {}
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
                    let kind = [Kind::Disable, Kind::Enable, Kind::NextLine][next(3) as usize];
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
