//! Command-line front end. Exit codes: 0 clean, 1 error-level findings, 2 usage,
//! configuration or I/O problems.

mod args;
mod check;
mod check_file;
mod config_files;
mod dictionary;
mod docs;
mod exit;
mod file_uri;
mod init;
mod input;
pub(crate) mod lsp;
mod problems;
mod render;
mod satker;
mod terminal;
mod text;
mod today;
mod usage;
mod usage_errors;
mod write;

use std::process::ExitCode;

use clap::Parser;

pub fn main() -> ExitCode {
    let args = match args::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // clap prints help and version to stdout with success; real usage errors
            // exit 2, as documented, in the run's language.
            if !e.use_stderr() {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            let argv: Vec<String> = std::env::args().collect();
            if usage_errors::wants_english(&argv) {
                let _ = e.print();
            } else {
                eprint!("{}", usage_errors::indonesian(&e.render().to_string()));
            }
            return ExitCode::from(2);
        }
    };
    match args.command {
        args::Command::Check(check) => check::run(&check),
        args::Command::Rules(rules) => docs::rules(&rules),
        args::Command::Explain(explain) => docs::explain(&explain),
        args::Command::Init(init) => init::run(&init),
        args::Command::Satker(satker) => satker::run(&satker),
        args::Command::Lsp => lsp::run(),
        args::Command::Completions { shell } => {
            use clap::CommandFactory;
            use std::io::Write;
            // Written in one go, so that a closed pipe is an error to handle, not a panic.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut args::Cli::command(), "siaran", &mut script);
            exit::written(std::io::stdout().lock().write_all(&script))
        }
    }
}
