//! `siaran check`: read inputs, find their configuration, lint (and fix) them in
//! parallel, render in a stable order, and pick the exit code.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget};
use jiff::civil::Date;
use rayon::prelude::*;
use siaran::fix::{self, FixMode};
use siaran::{lint, lint_article, lint_article_title, Article, Choices, LintInput, Report, Selector};

use super::args::{CheckArgs, Format, InputFormat};
use super::config_files::{self, ConfigResolver, FileConfig};
use super::exit::{fail, output_failed, report_problem};
use super::input::{self, InputError};
use super::problems::{self, Problem};
use super::render::{self, FileResult, Summary};
use super::terminal;
use super::text;
use super::usage;
use super::write;

/// Files handled per parallel batch: results are rendered batch by batch, in input
/// order, so memory stays flat however large the archive.
const BATCH: usize = 256;
/// Runs shorter than this show no progress bar.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);

/// One release to check: where it came from, how to name it, and its configuration.
struct Job {
    name: String,
    path: Option<PathBuf>,
    config: FileConfig,
}

/// What checking one release produced.
#[derive(Default)]
struct Outcome {
    /// Problems to print on stderr (I/O, encoding, writing).
    problems: Vec<String>,
    /// The text the report refers to, and the report.
    checked: Option<(String, Report)>,
    /// For an article read from JSON: its title and the findings about it.
    title: Option<(String, Report)>,
    fixed: usize,
    changed: bool,
    /// With --diff: the unified diff; with --stdin --fix: the fixed text.
    output: Option<String>,
}

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
    let today = jiff::ZonedDateTime::now().date();
    let lang = args
        .lang
        .or_else(|| jobs.first().map(|j| j.config.settings.lang()))
        .unwrap_or_default();
    let mut renderer = render::renderer(args.format());
    let mut summary = Summary::default();
    let mut statistics: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut problems = walk_errors.len();
    for e in &walk_errors {
        report_problem(&e.render(lang));
    }
    let (mut fixed, mut changed_files) = (0, 0);

    let progress = Progress::new(jobs.len(), args.quiet);
    // Batches are checked on the thread pool while this thread renders the previous one,
    // so rendering never leaves the workers idle; the channel holds one batch, so memory
    // stays flat however large the archive.
    let rendered: std::io::Result<()> = std::thread::scope(|scope| {
        let (done, batches) = std::sync::mpsc::sync_channel::<Vec<Outcome>>(1);
        let jobs = &jobs;
        scope.spawn(move || {
            for batch in jobs.chunks(BATCH) {
                // One file (an editor, a hook on one release) needs no thread pool: starting
                // it would cost more than the file.
                let outcomes: Vec<Outcome> = if batch.len() == 1 {
                    batch.iter().map(|job| check(args, today, job)).collect()
                } else {
                    batch.par_iter().map(|job| check(args, today, job)).collect()
                };
                if done.send(outcomes).is_err() {
                    break;
                }
            }
        });
        for (batch, outcomes) in jobs.chunks(BATCH).zip(batches) {
            for (job, outcome) in batch.iter().zip(outcomes) {
                problems += outcome.problems.len();
                for p in &outcome.problems {
                    report_problem(p);
                }
                fixed += outcome.fixed;
                changed_files += usize::from(outcome.changed);
                if let Some(output) = &outcome.output {
                    std::io::stdout()
                        .lock()
                        .write_all(terminal::for_stdout(output).as_bytes())?;
                }
                let Some((source, report)) = &outcome.checked else {
                    summary.failed += 1;
                    continue;
                };
                summary.add(report);
                let title = outcome.title.iter().map(|(_, r)| r);
                for r in title.clone() {
                    summary.add_findings(r);
                }
                for f in std::iter::once(report).chain(title).flat_map(|r| &r.findings) {
                    *statistics.entry(f.rule).or_default() += 1;
                }
                if args.findings_hidden() {
                    continue;
                }
                let result = FileResult {
                    name: &job.name,
                    field: None,
                    source,
                    report,
                    lang: job.config.settings.lang(),
                };
                renderer.file(&result)?;
                if let Some((title, report)) = outcome.title.as_ref().filter(|(_, r)| !r.findings.is_empty()) {
                    let result = FileResult {
                        name: &job.name,
                        field: Some("title"),
                        source: title,
                        report,
                        lang: job.config.settings.lang(),
                    };
                    renderer.file(&result)?;
                }
            }
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
    } else if let Err(e) = finish(args, renderer.as_mut(), &summary, statistics, fixed, lang) {
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
    renderer: &mut dyn render::Renderer,
    summary: &Summary,
    statistics: BTreeMap<&'static str, usize>,
    fixed: usize,
    lang: siaran::Lang,
) -> std::io::Result<()> {
    renderer.finish(summary, lang, args.quiet)?;
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
        if walked && !walk_accepts(configs, &path)? {
            continue;
        }
        let config = configs.for_file(&path)?;
        jobs.push(Job {
            name: path.display().to_string(),
            path: Some(path),
            config,
        });
    }
    Ok((jobs, errors))
}

/// Whether the `include` and `exclude` of the file's configuration let a walk check it.
fn walk_accepts(configs: &mut ConfigResolver, path: &Path) -> Result<bool, config_files::ConfigFileError> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let resolved = configs.for_folder(folder)?;
    Ok(resolved
        .settings
        .walk()
        .accepts(&config_files::relative(path, &resolved.base)))
}

/// Checks (and with --fix or --diff, fixes) one release.
fn check(args: &CheckArgs, today: Date, job: &Job) -> Outcome {
    let mut outcome = Outcome::default();
    let lang = job.config.settings.lang();
    let settings = job.config.file_settings();
    let loaded = match read(args, job) {
        Ok(loaded) => loaded,
        Err(e) => {
            outcome.problems.push(e.render(lang));
            return outcome;
        }
    };
    let original = match loaded {
        Loaded::Article(article) => {
            let report = lint_article(&article, args.date, today, &settings);
            let title = lint_article_title(&article, args.date, today, &settings);
            outcome.title = title.zip(article.title).map(|(report, title)| (title, report));
            outcome.checked = Some((article.body, report));
            return outcome;
        }
        Loaded::Text(text) => text,
    };
    let input = LintInput {
        source: &original,
        path: Some(&job.name),
        date: args.date,
        today,
    };
    if !args.fixing() && !args.diff {
        let report = lint(&input, &settings);
        outcome.checked = Some((original, report));
        return outcome;
    }
    let mode = if args.unsafe_fixes {
        FixMode::Unsafe
    } else {
        FixMode::Safe
    };
    let fixed = fix::fix(&input, &settings, mode);
    outcome.fixed = fixed.fixed;
    outcome.changed = fixed.text != original;
    if args.diff {
        if outcome.changed {
            let diff = similar::TextDiff::from_lines(original.as_str(), fixed.text.as_str());
            outcome.output = Some(diff.unified_diff().header(&job.name, &job.name).to_string());
        }
    } else if args.stdin {
        // Editors replace the buffer with standard output.
        outcome.output = Some(fixed.text.clone());
    } else if let (true, Some(path)) = (outcome.changed, &job.path) {
        if let Err(e) = write::write_atomic(path, &original, &fixed.text) {
            outcome.problems.push(e.render(lang));
            outcome.fixed = 0;
            outcome.changed = false;
            let report = lint(&input, &settings);
            outcome.checked = Some((original, report));
            return outcome;
        }
    }
    outcome.checked = Some((fixed.text, fixed.report));
    outcome
}

/// What one input holds.
enum Loaded {
    Text(String),
    Article(Box<Article>),
}

fn read(args: &CheckArgs, job: &Job) -> Result<Loaded, InputError> {
    if let Some(path) = &job.path {
        return input::read(path).map(Loaded::Text);
    }
    let bytes = input::read_limited(&job.name, std::io::stdin().lock(), 0)?;
    let text = input::decode(&job.name, bytes)?;
    match args.input_format() {
        InputFormat::Text => Ok(Loaded::Text(text)),
        InputFormat::Json => serde_json::from_str(&text)
            .map(Loaded::Article)
            .map_err(|e| InputError::Json {
                path: job.name.clone(),
                message: e.to_string(),
            }),
    }
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
