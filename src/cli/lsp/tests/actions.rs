//! Code actions and hover: quick fixes labelled safe or unsafe, fix-all with safe fixes
//! only, "disable on this line" where a comment can do it, and the rule's explanation.

use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{CodeActionOrCommand, CodeActionResponse, Hover, HoverContents, Position, Range, Uri};
use serde_json::{json, Value};

use super::{apply, spans, Client, RELEASE};
use crate::cli::lsp::position::Encoding;

fn actions(client: &mut Client, uri: &Uri, range: Range, only: Option<&[&str]>) -> Vec<lsp_types::CodeAction> {
    let mut context = json!({ "diagnostics": [] });
    if let Some(only) = only {
        context["only"] = json!(only);
    }
    let params = json!({ "textDocument": { "uri": uri.as_str() }, "range": range, "context": context });
    let response: Option<CodeActionResponse> = client.request_ok(CodeActionRequest::METHOD, params);
    response
        .unwrap_or_default()
        .into_iter()
        .map(|a| match a {
            CodeActionOrCommand::CodeAction(a) => a,
            CodeActionOrCommand::Command(c) => panic!("a bare command: {c:?}"),
        })
        .collect()
}

fn edits_of(action: &lsp_types::CodeAction, uri: &Uri) -> Vec<lsp_types::TextEdit> {
    action.edit.as_ref().unwrap().changes.as_ref().unwrap()[uri].clone()
}

const DOUBLED: &str = "KPU Kota Semarang Gelar Rapat Koordinasi
Semarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi di aula kantor KPU Kota Semarang, Selasa (14/10).
Para peserta sangat sangat antusias. Kelompok yang yang jumlahnya besar.
Hasil rapat akan dilaporkan kepada KPU Provinsi Jawa Tengah sebelum akhir bulan. (awh/ed. Foto: rap/KPU Kota Semarang)
";

#[test]
fn a_quick_fix_per_finding_labelled_safe_or_unsafe() {
    let mut client = Client::pulling();
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    let praktek = Range::new(Position::new(2, 46), Position::new(2, 46));
    let found = actions(&mut client, &uri, praktek, Some(&["quickfix"]));
    let fix = &found[0];
    assert_eq!(fix.title, "perbaikan (aman): Ganti dengan 'praktik'");
    assert_eq!(fix.is_preferred, Some(true));
    let diagnostic = &fix.diagnostics.as_ref().unwrap()[0];
    assert_eq!(
        spans(std::slice::from_ref(diagnostic))[0],
        ("baku/non-standard-word".into(), 2, 46, 2, 53)
    );
    let fixed = apply(RELEASE, &edits_of(fix, &uri), Encoding::Utf16);
    assert_eq!(fixed, RELEASE.replace("praktek", "praktik"));
    // Plain text has no comments: the action says why it cannot be taken.
    let disable = &found[1];
    assert_eq!(disable.title, "Nonaktifkan baku/non-standard-word untuk baris ini");
    assert!(disable.edit.is_none());
    assert!(disable.disabled.as_ref().unwrap().reason.contains("Markdown"));
    assert_eq!(found.len(), 2, "{found:?}");

    let uri = client.open("2025-10-14-ganda.txt", DOUBLED);
    let line = Range::new(Position::new(2, 0), Position::new(2, 80));
    let titles: Vec<(String, Option<bool>)> = actions(&mut client, &uri, line, Some(&["quickfix"]))
        .into_iter()
        .filter(|a| a.edit.is_some())
        .map(|a| (a.title, a.is_preferred))
        .collect();
    assert_eq!(
        titles,
        [
            (
                "perbaikan (tidak aman): Tulis sebagai kata ulang: 'sangat-sangat'".to_string(),
                Some(false)
            ),
            ("perbaikan (aman): Hapus 'yang' yang kedua".to_string(), Some(true)),
        ]
    );
    client.shut_down().unwrap();
}

#[test]
fn fix_all_applies_safe_fixes_only() {
    let mut client = Client::pulling();
    let text = RELEASE.replace("Hasil rapat", "Para peserta sangat sangat antusias.\nHasil rapat");
    let uri = client.open("2025-10-14-rapat.txt", &text);
    let anywhere = Range::new(Position::new(0, 0), Position::new(0, 0));
    let found = actions(&mut client, &uri, anywhere, Some(&["source.fixAll"]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind.as_ref().unwrap().as_str(), "source.fixAll.siaran");
    let fixed = apply(&text, &edits_of(&found[0], &uri), Encoding::Utf16);
    let expected = text
        .replace(
            "SEMARANG, kota-semarang.kpu.go.id -",
            "Semarang, kota-semarang.kpu.go.id —",
        )
        .replace("praktek", "praktik");
    assert_eq!(fixed, expected);
    // The unsafe fix is left for a person to choose.
    client.change(&uri, None, &fixed);
    let left: Vec<String> = spans(&client.pull(&uri)).into_iter().map(|s| s.0).collect();
    assert_eq!(left, ["spell/doubled-word"]);
    assert!(actions(&mut client, &uri, anywhere, Some(&["source.fixAll"])).is_empty());
    client.shut_down().unwrap();
}

const MARKDOWN: &str = "---
title: KPU Kota Semarang Gelar Rapat Koordinasi
date: 2025-10-14
---

# KPU Kota Semarang Gelar Rapat Koordinasi

Semarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi di aula kantor KPU Kota Semarang, Selasa (14/10).

Peserta membahas praktek pemutakhiran data pemilih.

Hasil rapat akan dilaporkan kepada KPU Provinsi Jawa Tengah sebelum akhir bulan. (awh/ed. Foto: rap/KPU Kota Semarang)
";

#[test]
fn disabling_a_rule_on_a_line_of_markdown() {
    let mut client = Client::pulling();
    let uri = client.open("rapat.md", MARKDOWN);
    assert_eq!(
        spans(&client.pull(&uri)),
        [("baku/non-standard-word".into(), 9, 17, 9, 24)]
    );
    let at = Range::new(Position::new(9, 20), Position::new(9, 20));
    let found = actions(&mut client, &uri, at, None);
    let disable = found.iter().find(|a| a.title.starts_with("Nonaktifkan")).unwrap();
    let edits = edits_of(disable, &uri);
    assert_eq!(
        edits[0].new_text,
        "<!-- siaran-disable-next-line baku/non-standard-word -->\n"
    );
    let suppressed = apply(MARKDOWN, &edits, Encoding::Utf16);
    client.change(&uri, None, &suppressed);
    assert_eq!(client.pull(&uri), []);
    client.shut_down().unwrap();
}

#[test]
fn no_disable_comment_where_it_would_not_work() {
    let mut client = Client::pulling();
    // Front matter without `title`: the finding is in the front matter, where an HTML
    // comment would be YAML and suppress nothing.
    let text = MARKDOWN.replace("title: KPU Kota Semarang Gelar Rapat Koordinasi\n", "");
    let uri = client.open("rapat.md", &text);
    let diagnostics = client.pull(&uri);
    let meta = diagnostics
        .iter()
        .find(|d| spans(std::slice::from_ref(d))[0].0.starts_with("meta/"))
        .expect("a front matter finding");
    let found = actions(&mut client, &uri, meta.range, Some(&["quickfix"]));
    assert!(found.iter().all(|a| !a.title.starts_with("Nonaktifkan")), "{found:?}");
    client.shut_down().unwrap();
}

#[test]
fn hover_explains_the_rule() {
    let mut client = Client::pulling();
    let uri = client.open("2025-10-14-rapat.txt", RELEASE);
    let at = |line, character| json!({ "textDocument": { "uri": uri.as_str() }, "position": { "line": line, "character": character } });
    let hover: Option<Hover> = client.request_ok(HoverRequest::METHOD, at(2, 50));
    let hover = hover.expect("a hover on the finding");
    assert_eq!(
        hover.range,
        Some(Range::new(Position::new(2, 46), Position::new(2, 53)))
    );
    let HoverContents::Markup(markup) = hover.contents else {
        panic!("markdown expected")
    };
    assert!(
        markup
            .value
            .starts_with("`baku/non-standard-word`: Kata tidak baku 'praktek'"),
        "{}",
        markup.value
    );
    let meta = siaran::rule("baku/non-standard-word").unwrap();
    assert!(markup.value.contains(meta.docs.what.id), "{}", markup.value);
    assert!(markup.value.contains("```text\n"), "examples are shown");
    let nothing: Value = client.request_ok(HoverRequest::METHOD, at(0, 3));
    assert_eq!(nothing, Value::Null);
    client.shut_down().unwrap();
}
