//! Code actions: a quick fix per finding (labelled safe or unsafe), "disable this rule on
//! this line" (a Markdown comment, checked to work before it is offered), and
//! `source.fixAll.siaran`, which applies safe fixes only (what format-on-save runs).

use std::collections::{BTreeMap, HashMap};

use lsp_types::{
    CodeAction, CodeActionDisabled, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Uri, WorkspaceEdit,
};
use siaran::fix::{self, FixMode};
use siaran::{Applicability, Finding, Lang, LintInput, Text};

use super::super::text::fix_note;
use super::diagnostics;
use super::position::{Encoding, PositionMap};
use super::session::{Checked, Document};

pub const FIX_ALL: &str = "source.fixAll.siaran";

const FIX_ALL_TITLE: Text = Text::new(
    "siaran: perbaiki semua (perbaikan aman)",
    "siaran: fix all (safe fixes)",
);
const DISABLE: Text = Text::new("Nonaktifkan {rule} untuk baris ini", "Disable {rule} for this line");
const NO_COMMENTS: Text = Text::new(
    "Komentar penonaktifan hanya berlaku di siaran Markdown (.md); untuk teks biasa, nonaktifkan aturan untuk berkas ini dengan [[override]] di siaran.toml",
    "Suppression comments work in Markdown releases (.md) only; for plain text, switch the rule off for this file with [[override]] in siaran.toml",
);

/// What the client asked for.
pub struct Request<'a> {
    pub uri: &'a Uri,
    pub range: Range,
    /// `context.only`: the kinds wanted, or every kind.
    pub only: Option<&'a [CodeActionKind]>,
    pub encoding: Encoding,
    pub docs_url: &'a str,
    pub disabled_support: bool,
}

pub fn actions(doc: &Document, checked: &Checked, request: &Request<'_>) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let (start, end) = doc.lines.range_offsets(&doc.text, request.range, request.encoding);
    if wants(request.only, &CodeActionKind::QUICKFIX) {
        let here: Vec<&Finding> = checked
            .findings
            .iter()
            .filter(|f| f.span.start <= end && start <= f.span.end)
            .collect();
        let map = diagnostics::positions(doc, &checked.findings, request.encoding);
        for finding in &here {
            out.extend(quick_fix(doc, checked.lang, finding, &map, request));
        }
        let mut seen = Vec::new();
        for finding in here {
            if !seen.contains(&finding.rule) {
                seen.push(finding.rule);
                out.extend(disable_on_line(doc, checked, finding, &map, request));
            }
        }
    }
    if wants(request.only, &CodeActionKind::new(FIX_ALL)) {
        out.extend(fix_all(doc, checked, request));
    }
    out.into_iter().map(CodeActionOrCommand::CodeAction).collect()
}

/// Whether `kind` is among the kinds asked for: asking for `source` asks for
/// `source.fixAll.siaran` too.
fn wants(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|k| {
            let (k, kind) = (k.as_str(), kind.as_str());
            kind == k || kind.strip_prefix(k).is_some_and(|rest| rest.starts_with('.'))
        })
    })
}

fn edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

fn quick_fix(
    doc: &Document,
    lang: Lang,
    finding: &Finding,
    map: &PositionMap,
    request: &Request<'_>,
) -> Option<CodeAction> {
    let fix = finding.fix.as_ref()?;
    if fix.applicability == Applicability::DisplayOnly {
        return None;
    }
    let edits = fix
        .edits
        .iter()
        .map(|e| TextEdit::new(map.range(&doc.text, e.span.start, e.span.end), e.replacement.clone()))
        .collect();
    Some(CodeAction {
        title: fix_note(lang, fix.applicability, &fix.title),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostics::diagnostic(finding, map, doc, request.docs_url)]),
        edit: Some(edit(request.uri, edits)),
        is_preferred: Some(fix.applicability == Applicability::Safe),
        ..CodeAction::default()
    })
}

/// `<!-- siaran-disable-next-line RULE -->` above the finding's line. Offered only when
/// the comment, once inserted, suppresses this rule there and changes nothing else (a
/// comment inside front matter would not, and would break it). In plain text there are
/// no comments: the action is shown disabled, with the reason, where the client can.
fn disable_on_line(
    doc: &Document,
    checked: &Checked,
    finding: &Finding,
    map: &PositionMap,
    request: &Request<'_>,
) -> Option<CodeAction> {
    let lang = checked.lang;
    let title = DISABLE.render(lang, &[("rule", finding.rule)]);
    if !doc.is_markdown() {
        return request.disabled_support.then(|| CodeAction {
            title,
            kind: Some(CodeActionKind::QUICKFIX),
            disabled: Some(CodeActionDisabled {
                reason: NO_COMMENTS.template(lang).to_string(),
            }),
            ..CodeAction::default()
        });
    }
    let settings = checked.config.as_ref()?.file_settings();
    let line = doc.lines.line_of(finding.span.start);
    let at = doc.lines.start(line);
    let rest = &doc.text[at..];
    let indent = &rest[..rest.len() - rest.trim_start_matches([' ', '\t']).len()];
    let comment = format!(
        "{indent}<!-- siaran-disable-next-line {} -->{}",
        finding.rule,
        line_break(&doc.text)
    );
    let mut edited = doc.text.clone();
    edited.insert_str(at, &comment);
    let input = LintInput {
        source: &edited,
        path: Some(&doc.name),
        date: checked.date,
        today: crate::cli::today::today(),
    };
    let after = siaran::lint(&input, &settings);
    if !only_this_rule_went(&checked.findings, &after.findings, finding.rule) {
        return None;
    }
    let position = map_line_start(doc, line, request.encoding);
    Some(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostics::diagnostic(finding, map, doc, request.docs_url)]),
        edit: Some(edit(
            request.uri,
            vec![TextEdit::new(Range::new(position, position), comment)],
        )),
        ..CodeAction::default()
    })
}

fn map_line_start(doc: &Document, line: usize, encoding: Encoding) -> lsp_types::Position {
    let at = doc.lines.start(line);
    PositionMap::new(&doc.text, &doc.lines, encoding, [at]).position(&doc.text, at)
}

/// The document's own line break, so an inserted line matches its neighbours.
fn line_break(text: &str) -> &'static str {
    if text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}

/// Fewer findings of `rule` after, and the same number of every other rule's.
fn only_this_rule_went(before: &[Finding], after: &[Finding], rule: &str) -> bool {
    let count = |findings: &[Finding]| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for f in findings {
            *counts.entry(f.rule).or_default() += 1;
        }
        counts
    };
    let (mut before, mut after) = (count(before), count(after));
    let went = before.remove(rule).unwrap_or(0) > after.remove(rule).unwrap_or(0);
    went && before == after
}

/// Every safe fix, applied until none is left, as one edit covering what changed.
fn fix_all(doc: &Document, checked: &Checked, request: &Request<'_>) -> Option<CodeAction> {
    let settings = checked.config.as_ref()?.file_settings();
    let safe = |f: &Finding| f.fix.as_ref().is_some_and(|x| x.applicability == Applicability::Safe);
    if !checked.findings.iter().any(safe) {
        return None;
    }
    let input = LintInput {
        source: &doc.text,
        path: Some(&doc.name),
        date: checked.date,
        today: crate::cli::today::today(),
    };
    let fixed = fix::fix(&input, &settings, FixMode::Safe);
    let (start, end, replacement) = changed_part(&doc.text, &fixed.text)?;
    let map = PositionMap::new(&doc.text, &doc.lines, request.encoding, [start, end]);
    let range = map.range(&doc.text, start, end);
    Some(CodeAction {
        title: FIX_ALL_TITLE.template(checked.lang).to_string(),
        kind: Some(CodeActionKind::new(FIX_ALL)),
        edit: Some(edit(request.uri, vec![TextEdit::new(range, replacement.to_string())])),
        ..CodeAction::default()
    })
}

/// The part of `before` that differs from `after`: `(start, end, replacement)` with the
/// common prefix and suffix left out (on character boundaries), so applying it moves no
/// cursor outside the change. `None` when nothing changed.
fn changed_part<'a>(before: &str, after: &'a str) -> Option<(usize, usize, &'a str)> {
    if before == after {
        return None;
    }
    let mut prefix = before.bytes().zip(after.bytes()).take_while(|(a, b)| a == b).count();
    while !before.is_char_boundary(prefix) || !after.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = before.len().min(after.len()) - prefix;
    let mut suffix = before
        .bytes()
        .rev()
        .zip(after.bytes().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    while !before.is_char_boundary(before.len() - suffix) || !after.is_char_boundary(after.len() - suffix) {
        suffix -= 1;
    }
    Some((prefix, before.len() - suffix, &after[prefix..after.len() - suffix]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_part_keeps_to_character_boundaries() {
        assert_eq!(changed_part("abc", "abc"), None);
        assert_eq!(changed_part("a - b", "a — b"), Some((2, 3, "—")));
        // `é` and `è` share their first byte: the change must start at the character.
        assert_eq!(changed_part("xéy", "xèy"), Some((1, 3, "è")));
        assert_eq!(changed_part("aa", "aaa"), Some((2, 2, "a")));
    }

    #[test]
    fn kinds_match_by_prefix() {
        let fix_all = CodeActionKind::new(FIX_ALL);
        assert!(wants(None, &fix_all));
        assert!(wants(Some(&[CodeActionKind::SOURCE]), &fix_all));
        assert!(wants(Some(&[CodeActionKind::SOURCE_FIX_ALL]), &fix_all));
        assert!(!wants(Some(&[CodeActionKind::QUICKFIX]), &fix_all));
        assert!(!wants(Some(&[CodeActionKind::new("source.fix")]), &fix_all));
    }
}
