//! Prints what siaran reads from a Word document: one line per paragraph, the text the
//! rules see. `cargo run --example docx_text -- rilis.docx`; `scripts/ci-docx.sh` compares
//! it with the text LibreOffice converted from.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: docx_text FILE.docx");
        return ExitCode::from(2);
    };
    let shown = std::path::Path::new(&path).display().to_string();
    let read = std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| siaran::docx::extract(&bytes).map_err(|e| e.to_string()));
    match read {
        Ok(docx) => {
            let _ = std::io::stdout().write_all(docx.text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{shown}: {e}");
            ExitCode::from(2)
        }
    }
}
