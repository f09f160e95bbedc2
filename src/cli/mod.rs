//! Command-line front end. Exit codes: 0 clean, 1 error-level findings, 2 usage,
//! configuration or I/O problems.

mod args;
mod check;
mod config_files;
mod dictionary;
mod docs;
mod init;
mod input;
pub(crate) mod lsp;
mod render;
mod terminal;
mod text;
mod write;

use std::process::ExitCode;

use clap::Parser;

pub fn main() -> ExitCode {
    let args = match args::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // clap prints help and version to stdout with success; real usage errors
            // exit 2, as documented.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match args.command {
        args::Command::Check(check) => check::run(&check),
        args::Command::Rules(rules) => docs::rules(&rules),
        args::Command::Explain(explain) => docs::explain(&explain),
        args::Command::Init(init) => init::run(&init),
        args::Command::Lsp => lsp::run(),
        args::Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut args::Cli::command(), "siaran", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
    }
}
