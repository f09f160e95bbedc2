//! `siaran lsp` as an editor starts it: a child process speaking framed JSON-RPC on its
//! standard input and output. The exit code follows the protocol: 0 after `shutdown`
//! and `exit`, 1 for `exit` alone. (The server's behaviour is tested in process, in
//! src/cli/lsp/tests; the real-editor run is tests/editors/neovim.lua.)

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::{json, Value};

fn start() -> Child {
    Command::new(env!("CARGO_BIN_EXE_siaran"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn send(child: &mut Child, message: Value) {
    let body = message.to_string();
    let stdin = child.stdin.as_mut().unwrap();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
}

/// The next message on the server's standard output.
fn receive(out: &mut BufReader<ChildStdout>) -> Value {
    let mut length = 0;
    loop {
        let mut header = String::new();
        out.read_line(&mut header).unwrap();
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some(n) = header.strip_prefix("Content-Length: ") {
            length = n.parse().unwrap();
        }
    }
    let mut body = vec![0; length];
    out.read_exact(&mut body).unwrap();
    serde_json::from_slice(&body).unwrap()
}

fn initialize(child: &mut Child) -> BufReader<ChildStdout> {
    let mut out = BufReader::new(child.stdout.take().unwrap());
    send(
        child,
        json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": { "capabilities": {} } }),
    );
    let answer = receive(&mut out);
    assert_eq!(answer["result"]["serverInfo"]["name"], "siaran", "{answer}");
    assert_eq!(answer["result"]["capabilities"]["positionEncoding"], "utf-16");
    send(
        child,
        json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }),
    );
    out
}

#[test]
fn diagnostics_over_stdio_then_a_clean_exit() {
    let mut child = start();
    let mut out = initialize(&mut child);
    let text = "Judul\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang rapat.\n";
    let open =
        json!({ "textDocument": { "uri": "untitled:rilis", "languageId": "plaintext", "version": 1, "text": text } });
    send(
        &mut child,
        json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": open }),
    );
    // Not a pulling client: the diagnostics are pushed.
    let pushed = receive(&mut out);
    assert_eq!(pushed["method"], "textDocument/publishDiagnostics", "{pushed}");
    let codes: Vec<&str> = pushed["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.contains(&"dateline/separator"), "{codes:?}");
    send(&mut child, json!({ "jsonrpc": "2.0", "id": 2, "method": "shutdown" }));
    assert_eq!(receive(&mut out)["result"], Value::Null);
    send(&mut child, json!({ "jsonrpc": "2.0", "method": "exit" }));
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn exit_without_shutdown_exits_1() {
    let mut child = start();
    let _out = initialize(&mut child);
    send(&mut child, json!({ "jsonrpc": "2.0", "method": "exit" }));
    assert_eq!(child.wait().unwrap().code(), Some(1));
}
