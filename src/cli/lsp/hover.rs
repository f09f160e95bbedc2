//! Hover on a finding: its message, then the rule's explanation and examples, as
//! `siaran explain` prints them.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

use super::super::docs::explanation_markdown;
use super::position::{Encoding, PositionMap};
use super::session::{Checked, Document};

pub fn hover(doc: &Document, checked: &Checked, position: Position, encoding: Encoding) -> Option<Hover> {
    let offset = doc.lines.offset(&doc.text, position, encoding);
    let here: Vec<_> = checked
        .findings
        .iter()
        .filter(|f| f.span.start <= offset && offset <= f.span.end)
        .collect();
    let first = here.first()?;
    let mut sections = Vec::new();
    let mut explained = Vec::new();
    for finding in &here {
        sections.push(format!("`{}`: {}", finding.rule, finding.message));
    }
    for finding in &here {
        if explained.contains(&finding.rule) {
            continue;
        }
        explained.push(finding.rule);
        if let Some(meta) = siaran::rule(finding.rule) {
            sections.push(format!("---\n\n{}", explanation_markdown(meta, checked.lang)));
        }
    }
    let map = PositionMap::new(&doc.text, &doc.lines, encoding, [first.span.start, first.span.end]);
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n"),
        }),
        range: Some(map.range(&doc.text, first.span.start, first.span.end)),
    })
}
