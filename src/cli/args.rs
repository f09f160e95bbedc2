//! Command-line arguments; each flag's help text sits beside it and `--help` is
//! generated from them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use siaran::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "siaran",
    version,
    about = "Linter gaya selingkung siaran pers KPU (Indonesian KPU press-release linter)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Periksa siaran pers (check press releases).
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check; folders are searched for .txt and .md files,
    /// respecting .gitignore. Default: the current folder.
    pub paths: Vec<PathBuf>,

    /// Read one release from standard input.
    #[arg(long, conflicts_with = "paths")]
    pub stdin: bool,

    /// File name to report for standard input; also decides Markdown and the
    /// date prefix, and where siaran.toml is looked for.
    #[arg(long, value_name = "NAME", requires = "stdin")]
    pub stdin_filename: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Use this configuration file instead of looking for siaran.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Publication date (YYYY-MM-DD), used to resolve the year of `Senin (27/10)`.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,

    /// Message language: id (Bahasa Indonesia, default) or en.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Check spelling against a Hunspell Indonesian dictionary (spell/unknown-word):
    /// /usr/share/hunspell/id_ID.{aff,dic} from the Debian package hunspell-id, or the
    /// path set by `[spell] dictionary` in siaran.toml.
    #[arg(long)]
    pub spell: bool,

    /// Print findings only: no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Rich diagnostics with source snippets (colour on a terminal).
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// Machine-readable JSON (schema in the README).
    Json,
}

fn parse_date(value: &str) -> Result<Date, String> {
    match siaran::pubdate::parse_date_prefix(value) {
        Some(date) if value.len() == 10 => Ok(date),
        _ => Err(format!("'{value}' is not a date in the form YYYY-MM-DD")),
    }
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    value.parse()
}
