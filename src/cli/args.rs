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
    /// Daftar aturan (list the rules).
    Rules(RulesArgs),
    /// Jelaskan satu aturan dengan contoh (explain one rule, with examples).
    Explain(ExplainArgs),
    /// Buat siaran.toml untuk satu satker (write a siaran.toml for one office).
    Init(InitArgs),
    /// Server bahasa (LSP) untuk editor, lewat stdin/stdout (language server for editors).
    Lsp,
    /// Skrip pelengkapan untuk shell (shell completion script).
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
    /// Language: id (default) or en.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id, e.g. dateline/separator.
    pub rule: String,
    /// Language: id (default) or en.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The satker slug, as in its domain `<slug>.kpu.go.id` (kota-semarang).
    #[arg(long)]
    pub satker: String,
    /// Folder to write siaran.toml into.
    #[arg(long, default_value = ".")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check; folders are searched for .txt, .md and .docx
    /// files, respecting .gitignore. Default: the current folder.
    pub paths: Vec<PathBuf>,

    /// Read one release from standard input.
    #[arg(long, conflicts_with = "paths")]
    pub stdin: bool,

    /// File name to report for standard input; also decides Markdown and the
    /// date prefix, and where siaran.toml is looked for.
    #[arg(long, value_name = "NAME", requires = "stdin")]
    pub stdin_filename: Option<PathBuf>,

    /// What standard input holds: a release as text, or one JSON article
    /// (`{"title": ..., "body": ..., "date": ...}`; positions then refer to `body`).
    #[arg(long, value_enum, default_value_t = InputFormat::Text, requires = "stdin")]
    pub input_format: InputFormat,

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

    /// Apply safe fixes in place (with --stdin: print the fixed text to stdout).
    #[arg(long)]
    pub fix: bool,

    /// With --fix or --diff, also apply unsafe fixes.
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Print a unified diff of what --fix would change; write nothing.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,

    /// Run only these rules or families (comma-separated; repeatable).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Vec<String>,

    /// Never run these rules or families (comma-separated; repeatable).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,

    /// After the summary, print how many findings each rule produced.
    #[arg(long)]
    pub statistics: bool,
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
pub enum InputFormat {
    /// A release as plain text or Markdown.
    Text,
    /// One JSON article (the library's `Article` fields).
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Rich diagnostics with source snippets (colour on a terminal).
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// Machine-readable JSON (schema in the README).
    Json,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions annotations.
    Github,
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
