//! Command-line front end. Exit codes: 0 clean, 1 error-level findings, 2 usage,
//! configuration or I/O problems.

mod args;
mod check;
mod config_files;
mod dictionary;
mod input;
mod render;
mod text;

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
    }
}
