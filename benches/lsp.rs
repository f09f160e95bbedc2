//! `cargo bench --bench lsp`: the editor's wait. A 5 KB release is open in `siaran lsp`
//! (in process, over an in-memory connection); each iteration types one character
//! (`textDocument/didChange`, incremental) and pulls the diagnostics
//! (`textDocument/diagnostic`), timing until the answer is back. That is the delay
//! between a keystroke and fresh findings, less the client's own work and the push
//! debounce. The release comes from the corpus generator, so every machine measures the
//! same text.

// The binary's modules, compiled into the bench to reach the server's entry point
// (`--all-targets` checks also compile their unit tests here, which run nothing).
#[allow(unused)]
#[path = "../src/cli/mod.rs"]
mod cli;
#[allow(dead_code)]
#[path = "../examples/corpus/generate.rs"]
mod generate;
#[path = "../examples/corpus/mutations.rs"]
mod mutations;
#[path = "../examples/corpus/text.rs"]
mod text;

use divan::Bencher;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::json;

fn main() {
    divan::main();
}

/// About 5 KB of plain-text release: the headline and lead of the generator's first
/// plain-text release, then body paragraphs of the following ones.
fn five_kb() -> String {
    let releases: Vec<_> = (0..200)
        .map(|i| generate::release(42, i))
        .filter(|r| r.name.ends_with(".txt"))
        .collect();
    let mut lines: Vec<String> = releases[0]
        .text
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let closing = lines.pop().unwrap_or_default();
    for release in &releases[1..] {
        let body: Vec<&str> = release.text.lines().filter(|l| !l.is_empty()).collect();
        for line in &body[2..body.len() - 1] {
            if lines.iter().map(|l| l.len() + 1).sum::<usize>() >= 5000 {
                lines.push(closing);
                return lines.join("\n");
            }
            lines.push(line.to_string());
        }
    }
    lines.push(closing);
    lines.join("\n")
}

#[divan::bench(sample_count = 200)]
fn did_change_then_pull_5kb(bencher: Bencher) {
    let text = five_kb();
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || cli::lsp::serve(&server));
    let uri = "file:///bench/2025-10-27-rapat.txt";
    let capabilities = json!({ "textDocument": { "diagnostic": {} } });
    let mut next = 0;
    let mut request = |method: &str, params: serde_json::Value| {
        next += 1;
        let id = RequestId::from(next);
        client
            .sender
            .send(Request::new(id.clone(), method.to_string(), params).into())
            .unwrap();
        loop {
            match client.receiver.recv().unwrap() {
                Message::Response(r) if r.id == id => return r.response_result.unwrap(),
                _ => {}
            }
        }
    };
    request("initialize", json!({ "capabilities": capabilities }));
    let notify = |method: &str, params: serde_json::Value| {
        client
            .sender
            .send(Notification::new(method.to_string(), params).into())
            .unwrap();
    };
    notify("initialized", json!({}));
    notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "plaintext", "version": 1, "text": text } }),
    );
    let mut version = 1;
    bencher.counter(divan::counter::BytesCount::of_str(&text)).bench_local(|| {
        version += 1;
        // Type a letter at the start of the third line, or take it away again.
        let (range, typed) = if version % 2 == 0 {
            (json!({ "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 0 } }), "x")
        } else {
            (json!({ "start": { "line": 2, "character": 0 }, "end": { "line": 2, "character": 1 } }), "")
        };
        notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": range, "text": typed }] }),
        );
        let report = request("textDocument/diagnostic", json!({ "textDocument": { "uri": uri } }));
        divan::black_box(report["items"].as_array().map(Vec::len))
    });
    request("shutdown", serde_json::Value::Null);
    notify("exit", serde_json::Value::Null);
    thread.join().unwrap().unwrap();
}
