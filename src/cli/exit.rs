//! How a command ends: problems on stderr and exit 2; a closed pipe (`siaran rules |
//! head -1`) quietly, with exit 0, as ripgrep does, since the reader has what it wanted.

use std::io;
use std::process::ExitCode;

use super::terminal;

pub fn report_problem(e: &dyn std::fmt::Display) {
    eprintln!("siaran: error: {}", terminal::escape(&e.to_string()));
}

/// Reports `e` and exits 2.
pub fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    report_problem(e);
    ExitCode::from(2)
}

/// The end of a command whose output failed: quietly with exit 0 when the reader closed
/// the pipe, else exit 2 with the error.
pub fn output_failed(e: &io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        fail(e)
    }
}

/// `result` as an exit code: success, or [`output_failed`].
pub fn written(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => output_failed(&e),
    }
}
