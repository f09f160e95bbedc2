//! `siaran check`: read inputs, find their configuration, lint, render, pick the exit code.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use siaran::{lint, LintInput};

use super::args::CheckArgs;
use super::config_files::{ConfigResolver, Overrides};
use super::input::{self, InputError};
use super::render::{self, FileResult, Summary};

/// One release to check: where it came from and how to name it.
struct Target {
    name: String,
    /// Folder where siaran.toml is looked for.
    folder: PathBuf,
    path: Option<PathBuf>,
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let overrides = Overrides {
        lang: args.lang,
        spell: args.spell,
    };
    let mut configs = match ConfigResolver::new(args.config.as_deref(), overrides) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    let today = jiff::ZonedDateTime::now().date();
    let mut renderer = render::renderer(args.format);
    let mut summary = Summary::default();
    let mut summary_lang = args.lang;
    let mut problems = 0usize;

    let (targets, walk_errors) = targets(args);
    for e in &walk_errors {
        report_problem(e);
    }
    problems += walk_errors.len();

    for target in targets {
        let text = match read(args, &target) {
            Ok(text) => text,
            Err(e) => {
                report_problem(&e);
                problems += 1;
                summary.failed += 1;
                continue;
            }
        };
        let settings = match configs.for_folder(&target.folder) {
            Ok(s) => s,
            Err(e) => return fail(&e),
        };
        let name_for_lint = target
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|| target.name.clone());
        let report = lint(
            &LintInput {
                source: &text,
                path: Some(&name_for_lint),
                date: args.date,
                today,
            },
            &settings,
        );
        summary.add(&report);
        summary_lang.get_or_insert(settings.lang);
        let result = FileResult {
            name: &target.name,
            source: &text,
            report: &report,
            lang: settings.lang,
        };
        if let Err(e) = renderer.file(&result) {
            return fail(&e);
        }
    }
    if let Err(e) = renderer.finish(&summary, summary_lang.unwrap_or_default(), args.quiet) {
        return fail(&e);
    }
    if problems > 0 {
        ExitCode::from(2)
    } else if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
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
                path: args.stdin_filename.clone(),
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

fn read(args: &CheckArgs, target: &Target) -> Result<String, InputError> {
    if args.stdin {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| InputError::Io {
                path: target.name.clone(),
                source,
            })?;
        return input::decode(&target.name, bytes);
    }
    match &target.path {
        Some(path) => input::read(path),
        None => Ok(String::new()),
    }
}

fn report_problem(e: &dyn std::fmt::Display) {
    eprintln!("siaran: error: {e}");
}

fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    report_problem(e);
    ExitCode::from(2)
}
