//! `siaran check`: read inputs, find their configuration, lint (and fix), render, and
//! pick the exit code.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::civil::Date;
use siaran::fix::{self, FixMode};
use siaran::{lint, lint_article, Article, LintInput, Report, Settings};

use super::args::{CheckArgs, InputFormat};
use super::config_files::ConfigResolver;
use super::input::{self, InputError};
use super::render::{self, FileResult, Renderer, Summary};
use super::text;
use super::write;

/// One release to check: where it came from and how to name it.
struct Target {
    name: String,
    /// Folder where siaran.toml is looked for.
    folder: PathBuf,
    path: Option<PathBuf>,
}

/// What one input holds.
enum Loaded {
    Text(String),
    Article(Box<Article>),
}

/// Run-wide state: the renderer and the running totals.
struct Run<'a> {
    args: &'a CheckArgs,
    today: Date,
    renderer: Box<dyn Renderer>,
    summary: Summary,
    problems: usize,
    /// Findings fixed (or, with --diff, that would be fixed) and files changed.
    fixed: usize,
    changed_files: usize,
}

pub fn run(args: &CheckArgs) -> ExitCode {
    if (args.fix || args.diff) && args.input_format == InputFormat::Json {
        return fail(&"--fix and --diff need text input, not --input-format json");
    }
    let mut configs = match ConfigResolver::new(args.config.as_deref(), args.lang) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    let mut run = Run {
        args,
        today: jiff::ZonedDateTime::now().date(),
        renderer: render::renderer(args.format),
        summary: Summary::default(),
        problems: 0,
        fixed: 0,
        changed_files: 0,
    };
    let mut summary_lang = args.lang;

    let (targets, walk_errors) = targets(args);
    for e in &walk_errors {
        run.problem(e);
    }
    for target in targets {
        let loaded = match read(args, &target) {
            Ok(loaded) => loaded,
            Err(e) => {
                run.problem(&e);
                run.summary.failed += 1;
                continue;
            }
        };
        let settings = match configs.for_folder(&target.folder) {
            Ok(s) => s,
            Err(e) => return fail(&e),
        };
        summary_lang.get_or_insert(settings.lang);
        if let Err(e) = run.file(&target, loaded, &settings) {
            return fail(&e);
        }
    }
    let lang = summary_lang.unwrap_or_default();
    if let Err(e) = run.finish(lang) {
        return fail(&e);
    }
    if run.problems > 0 {
        ExitCode::from(2)
    } else if run.summary.errors > 0 || (args.diff && run.changed_files > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

impl Run<'_> {
    fn problem(&mut self, e: &dyn std::fmt::Display) {
        report_problem(e);
        self.problems += 1;
    }

    fn file(&mut self, target: &Target, loaded: Loaded, settings: &Settings) -> std::io::Result<()> {
        let args = self.args;
        let lint_name = target
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|| target.name.clone());
        let original = match loaded {
            Loaded::Article(article) => {
                let report = lint_article(&article, args.date, self.today, settings);
                return self.render(target, &article.body, &report, settings);
            }
            Loaded::Text(text) => text,
        };
        let input = LintInput {
            source: &original,
            path: Some(&lint_name),
            date: args.date,
            today: self.today,
        };
        if !args.fix && !args.diff {
            let report = lint(&input, settings);
            return self.render(target, &original, &report, settings);
        }
        let mode = if args.unsafe_fixes {
            FixMode::Unsafe
        } else {
            FixMode::Safe
        };
        let outcome = fix::fix(&input, settings, mode);
        let changed = outcome.text != original;
        self.fixed += outcome.fixed;
        self.changed_files += usize::from(changed);
        if args.diff {
            if changed {
                let diff = similar::TextDiff::from_lines(original.as_str(), outcome.text.as_str());
                let mut out = std::io::stdout().lock();
                write!(out, "{}", diff.unified_diff().header(&target.name, &target.name))?;
            }
            self.summary.add(&outcome.report);
            return Ok(());
        }
        if args.stdin {
            // Editors replace the buffer with standard output.
            std::io::stdout().lock().write_all(outcome.text.as_bytes())?;
            self.summary.add(&outcome.report);
            return Ok(());
        }
        if changed {
            if let Some(path) = &target.path {
                if let Err(e) = write::write_atomic(path, &original, &outcome.text) {
                    self.problem(&e);
                    let report = lint(&input, settings);
                    return self.render(target, &original, &report, settings);
                }
            }
        }
        self.render(target, &outcome.text, &outcome.report, settings)
    }

    fn render(&mut self, target: &Target, source: &str, report: &Report, settings: &Settings) -> std::io::Result<()> {
        self.summary.add(report);
        let result = FileResult {
            name: &target.name,
            source,
            report,
            lang: settings.lang,
        };
        self.renderer.file(&result)
    }

    fn finish(&mut self, lang: siaran::Lang) -> std::io::Result<()> {
        let args = self.args;
        let n = |v: usize| v.to_string();
        if args.diff || (args.fix && args.stdin) {
            // Standard output holds the diff or the fixed text; the tally goes to stderr.
            if !args.quiet {
                let line = if args.diff {
                    text::SUMMARY_WOULD_FIX
                        .render(lang, &[("fixed", &n(self.fixed)), ("files", &n(self.changed_files))])
                } else {
                    text::SUMMARY_FIXED.render(lang, &[("fixed", &n(self.fixed))])
                };
                eprintln!("{line}");
            }
            return Ok(());
        }
        self.renderer.finish(&self.summary, lang, args.quiet)?;
        if args.fix && !args.quiet && matches!(args.format, super::args::Format::Human | super::args::Format::Concise) {
            println!("{}", text::SUMMARY_FIXED.render(lang, &[("fixed", &n(self.fixed))]));
        }
        Ok(())
    }
}

fn targets(args: &CheckArgs) -> (Vec<Target>, Vec<InputError>) {
    if args.stdin {
        let name = args
            .stdin_filename
            .as_ref()
            .map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let folder = args
            .stdin_filename
            .as_deref()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        return (
            vec![Target {
                name,
                folder,
                path: None,
            }],
            Vec::new(),
        );
    }
    let roots = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, errors) = input::collect(&roots);
    let targets = files
        .into_iter()
        .map(|path| Target {
            name: path.display().to_string(),
            folder: path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
            path: Some(path),
        })
        .collect();
    (targets, errors)
}

fn read(args: &CheckArgs, target: &Target) -> Result<Loaded, InputError> {
    if let Some(path) = &target.path {
        return input::read(path).map(Loaded::Text);
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|source| InputError::Io {
            path: target.name.clone(),
            source,
        })?;
    let text = input::decode(&target.name, bytes)?;
    match args.input_format {
        InputFormat::Text => Ok(Loaded::Text(text)),
        InputFormat::Json => serde_json::from_str(&text)
            .map(Loaded::Article)
            .map_err(|e| InputError::Json {
                path: target.name.clone(),
                message: e.to_string(),
            }),
    }
}

fn report_problem(e: &dyn std::fmt::Display) {
    eprintln!("siaran: error: {e}");
}

fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    report_problem(e);
    ExitCode::from(2)
}
