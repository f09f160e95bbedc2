//! The `siaran` command: a thin layer over the library that owns files, configuration
//! discovery and output.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
