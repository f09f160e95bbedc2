//! `siaran check`: read inputs, find their configuration, lint (and fix) them in
//! parallel, render in a stable order, and pick the exit code.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget};
use rayon::prelude::*;
use siaran::{Choices, Selector};

use super::args::{CheckArgs, Format};
use super::check_file::{check_and_render, Done, Job};
use super::config_files::{self, ConfigResolver};
use super::exit::{fail, output_failed, report_problem};
use super::input::{self, InputError};
use super::problems::{self, Problem};
use super::render::{self, Summary};
use super::terminal;
use super::text;
use super::usage;

/// Files handled per parallel batch: results are rendered batch by batch, in input
/// order, so memory stays flat however large the archive.
const BATCH: usize = 256;
/// Runs shorter than this show no progress bar.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);

pub fn run(args: &CheckArgs) -> ExitCode {
    if let Err(e) = usage::check(args) {
        return fail(&e);
    }
    // Until a configuration says otherwise: problems before then are in this language.
    let cli_lang = args.lang.unwrap_or_default();
    let choices = match choices(args) {
        Ok(choices) => choices,
        Err(bad) => return fail(&problems::message_in(&bad.to_string(), cli_lang)),
    };
    let mut configs = match ConfigResolver::new(args.config.as_deref(), choices) {
        Ok(c) => c,
        Err(e) => return fail(&e.render(cli_lang)),
    };
    let (jobs, walk_errors) = match jobs(args, &mut configs) {
        Ok(found) => found,
        Err(e) => return fail(&e.render(cli_lang)),
    };
    if jobs.is_empty() && walk_errors.is_empty() {
        eprintln!("siaran: {}", text::NO_FILES.render(cli_lang, &[]));
    }
    if args.fixing() || args.diff {
        // Writing a Word document back would mean mapping each fix onto its runs and
        // formatting; refusing before anything is written keeps a mixed folder whole.
        if let Some(docx) = jobs.iter().find(|j| j.path.as_deref().is_some_and(input::is_docx)) {
            return fail(&format!(
                "{}: --fix and --diff cannot change a Word document; nothing was written. \
                 Correct it in Word (findings give paragraph:column), or check a .txt copy",
                docx.name
            ));
        }
    }
    let today = super::today::today();
    let lang = args
        .lang
        .or_else(|| jobs.first().map(|j| j.config.settings.lang()))
        .unwrap_or_default();
    let renderer = render::renderer(args.format());
    let mut output = render::Output::stdout(renderer.as_ref());
    let mut summary = Summary::default();
    let mut statistics: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut problems = walk_errors.len();
    for e in &walk_errors {
        report_problem(&e.render(lang));
    }
    let (mut fixed, mut changed_files) = (0, 0);

    let progress = Progress::new(jobs.len(), args.quiet);
    // Batches are checked and rendered on the thread pool while this thread writes the
    // previous one, so writing never leaves the workers idle; the channel holds one
    // batch, so memory stays flat however large the archive.
    let rendered: std::io::Result<()> = std::thread::scope(|scope| {
        let (done, batches) = std::sync::mpsc::sync_channel::<Vec<Done>>(1);
        let jobs = &jobs;
        let renderer = renderer.as_ref();
        scope.spawn(move || {
            for batch in jobs.chunks(BATCH) {
                let one = |job| check_and_render(args, today, job, renderer);
                // One file (an editor, a hook on one release) needs no thread pool: starting
                // it would cost more than the file.
                let outcomes: Vec<Done> = if batch.len() == 1 {
                    batch.iter().map(one).collect()
                } else {
                    batch.par_iter().map(one).collect()
                };
                if done.send(outcomes).is_err() {
                    break;
                }
            }
        });
        for (batch, outcomes) in jobs.chunks(BATCH).zip(batches) {
            let mut parts = Vec::with_capacity(outcomes.len());
            for outcome in outcomes {
                problems += outcome.problems.len();
                for p in &outcome.problems {
                    report_problem(p);
                }
                fixed += outcome.fixed;
                changed_files += usize::from(outcome.changed);
                if let Some(text) = &outcome.output {
                    std::io::stdout()
                        .lock()
                        .write_all(terminal::for_stdout(text).as_bytes())?;
                }
                summary += outcome.summary;
                for (rule, count) in outcome.statistics {
                    *statistics.entry(rule).or_default() += count;
                }
                parts.extend(outcome.part?);
                if output.writes_each_file() {
                    output.parts(&parts)?;
                    parts.clear();
                }
            }
            output.parts(&parts)?;
            progress.advance(batch.len());
        }
        Ok(())
    });
    if let Err(e) = rendered {
        return output_failed(&e);
    }
    progress.finish();

    let n = |v: usize| v.to_string();
    if args.fix_only {
        // Reports nothing: format-on-save replaces the buffer and wants no chatter.
    } else if args.findings_hidden() {
        // Standard output holds the diff or the fixed text; the tally goes to stderr.
        if !args.quiet {
            let line = if args.diff {
                text::SUMMARY_WOULD_FIX.render(lang, &[("fixed", &n(fixed)), ("files", &n(changed_files))])
            } else {
                text::SUMMARY_FIXED.render(lang, &[("fixed", &n(fixed))])
            };
            eprintln!("{line}");
        }
    } else if let Err(e) = finish(args, output, &summary, statistics, fixed, lang) {
        return output_failed(&e);
    }
    if problems > 0 {
        ExitCode::from(2)
    } else if args.exit_zero || args.fix_only {
        ExitCode::SUCCESS
    } else if summary.errors > 0 || (args.diff && changed_files > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The summary, the tally of fixes and the statistics after the findings.
fn finish(
    args: &CheckArgs,
    output: render::Output<'_>,
    summary: &Summary,
    statistics: BTreeMap<&'static str, usize>,
    fixed: usize,
    lang: siaran::Lang,
) -> std::io::Result<()> {
    output.finish(summary, lang, args.quiet)?;
    let mut out = std::io::stdout().lock();
    if args.fix && !args.quiet && matches!(args.format(), Format::Human | Format::Concise) {
        writeln!(
            out,
            "{}",
            text::SUMMARY_FIXED.render(lang, &[("fixed", &fixed.to_string())])
        )?;
    }
    if args.statistics {
        let mut rows: Vec<_> = statistics.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        for (rule, count) in rows {
            writeln!(out, "{count:>6}  {rule}")?;
        }
    }
    out.flush()
}

/// The command line's options layer; a rule or family name it does not know is an error.
fn choices(args: &CheckArgs) -> Result<Choices, siaran::settings::UnknownSelector> {
    let selectors = |names: &[String]| names.iter().map(|n| Selector::parse(n)).collect::<Result<Vec<_>, _>>();
    Ok(Choices {
        lang: args.lang,
        select: (!args.select.is_empty()).then(|| selectors(&args.select)).transpose()?,
        ignore: selectors(&args.ignore)?,
        spell: args.spell,
        ..Choices::default()
    })
}

/// The releases to check, each with its settings (`[[override]]` applied).
fn jobs(
    args: &CheckArgs,
    configs: &mut ConfigResolver,
) -> Result<(Vec<Job>, Vec<InputError>), config_files::ConfigFileError> {
    if args.stdin {
        let name = args
            .stdin_filename
            .as_ref()
            .map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let as_path = args.stdin_filename.clone().unwrap_or_else(|| PathBuf::from("-"));
        let config = configs.for_file(&as_path)?;
        return Ok((
            vec![Job {
                name,
                path: None,
                config,
            }],
            Vec::new(),
        ));
    }
    let roots = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, errors) = input::collect(&roots);
    let mut jobs = Vec::with_capacity(files.len());
    for input::Found { path, walked } in files {
        let config = configs.for_file(&path)?;
        // `include` and `exclude` of the file's configuration choose what a walk checks.
        if walked && !config.settings.walk().accepts(&config.relative) {
            continue;
        }
        jobs.push(Job {
            name: path.display().to_string(),
            path: Some(path),
            config,
        });
    }
    Ok((jobs, errors))
}

/// A progress bar on stderr for runs of more than about a second, on a terminal only.
struct Progress {
    bar: ProgressBar,
    started: Instant,
    allowed: bool,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Self {
        Progress {
            bar: ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden()),
            started: Instant::now(),
            allowed: !quiet && total > 1 && std::io::stderr().is_terminal(),
        }
    }

    fn advance(&self, files: usize) {
        self.bar.inc(files as u64);
        if self.allowed && self.bar.is_hidden() && self.started.elapsed() > PROGRESS_AFTER {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
