//! One release on a worker thread of `siaran check`: read it, lint (and fix) it, and
//! render what the output shows for it, so that the text and the findings are freed on
//! the thread that allocated them and the main thread gets only bytes and totals.

use std::cell::RefCell;
use std::io;
use std::path::PathBuf;

use jiff::civil::Date;
use siaran::fix::{self, FixMode};
use siaran::{lint, lint_article, lint_article_title, Article, LintInput, Report};

use super::args::{CheckArgs, InputFormat};
use super::config_files::FileConfig;
use super::input::{self, InputError};
use super::problems::Problem;
use super::render::{FileResult, Part, Renderer, Summary};
use super::write;

/// One release to check: where it came from, how to name it, and its configuration.
pub struct Job {
    pub name: String,
    pub path: Option<PathBuf>,
    pub config: FileConfig,
}

/// What the main thread needs of one checked release.
pub struct Done {
    /// Problems to print on stderr (I/O, encoding, writing).
    pub problems: Vec<String>,
    /// The release's totals: one file checked, with its findings, or one failed.
    pub summary: Summary,
    /// With --statistics: how many findings of each rule.
    pub statistics: Vec<(&'static str, usize)>,
    pub fixed: usize,
    pub changed: bool,
    /// With --diff: the unified diff; with --stdin --fix: the fixed text.
    pub output: Option<String>,
    /// What the output shows for the release, unless it shows text instead of findings
    /// or the release could not be checked.
    pub part: io::Result<Option<Part>>,
}

/// Checks one release and renders its findings with `renderer`.
pub fn check_and_render(args: &CheckArgs, today: Date, job: &Job, renderer: &dyn Renderer) -> Done {
    let outcome = check(args, today, job);
    let mut summary = Summary::default();
    let mut statistics = Vec::new();
    let reports = outcome.checked.iter().chain(&outcome.title).map(|(_, r)| r);
    if outcome.checked.is_some() {
        summary.files = 1;
    } else {
        summary.failed = 1;
    }
    for report in reports {
        summary.add_findings(report);
        if args.statistics {
            for f in &report.findings {
                match statistics.iter_mut().find(|(rule, _)| *rule == f.rule) {
                    Some((_, count)) => *count += 1,
                    None => statistics.push((f.rule, 1)),
                }
            }
        }
    }
    let part = if args.findings_hidden() || outcome.checked.is_none() {
        Ok(None)
    } else {
        render(&outcome, job, renderer)
    };
    Done {
        problems: outcome.problems,
        summary,
        statistics,
        fixed: outcome.fixed,
        changed: outcome.changed,
        output: outcome.output,
        part,
    }
}

fn render(outcome: &Outcome, job: &Job, renderer: &dyn Renderer) -> io::Result<Option<Part>> {
    thread_local! {
        /// The part is drawn here, then copied out at its size: a fresh buffer grew by
        /// doubling, eight copies for a release's few kilobytes.
        static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    SCRATCH.with_borrow_mut(|scratch| {
        scratch.clear();
        for result in outcome.results(job) {
            renderer.file(&result, scratch)?;
        }
        let lang = job.config.settings.lang();
        Ok(Some(Part {
            bytes: scratch.clone(),
            lang,
        }))
    })
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

impl Outcome {
    /// What the output shows for this release: its text's findings, then its title's if
    /// it is an article whose title has findings.
    fn results<'a>(&'a self, job: &'a Job) -> impl Iterator<Item = FileResult<'a>> {
        let lang = job.config.settings.lang();
        let text = self.checked.iter().map(move |(source, report)| FileResult {
            name: &job.name,
            field: None,
            source,
            report,
            lang,
        });
        let title = self
            .title
            .iter()
            .filter(|(_, report)| !report.findings.is_empty())
            .map(move |(source, report)| FileResult {
                name: &job.name,
                field: Some("title"),
                source,
                report,
                lang,
            });
        text.chain(title)
    }
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
