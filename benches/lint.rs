//! `cargo bench`: parsing, each rule family alone, and the default rules on one release,
//! on a 5 KB release re-linted in a long-lived process (the editor case) and on a
//! generated corpus; throughput in bytes per second. The releases come from the corpus
//! generator (`examples/corpus/`), so every machine measures the same text.

#[allow(dead_code)]
#[path = "../examples/corpus/generate.rs"]
mod generate;
#[path = "../examples/corpus/mutations.rs"]
mod mutations;
#[path = "../examples/corpus/text.rs"]
mod text;

use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use siaran::document::Document;
use siaran::FAMILIES;
use siaran::{lint, LintInput, Settings, SourceKind};

const SEED: u64 = 42;
const CORPUS_SIZE: usize = 200;

fn main() {
    divan::main();
}

/// `(file name, text)` of the first releases of the corpus.
static CORPUS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    (0..CORPUS_SIZE)
        .map(|i| generate::release(SEED, i))
        .map(|r| (r.name, r.text))
        .collect()
});

/// The first plain-text release of the corpus: headline, then a paragraph a line.
static ONE: LazyLock<(String, String)> = LazyLock::new(|| {
    CORPUS
        .iter()
        .find(|(name, text)| name.ends_with(".txt") && !text.contains("\n\n"))
        .cloned()
        .expect("the corpus has plain-text releases")
});

/// About 5 KB: the body paragraphs of other releases added before the closing one of
/// [`ONE`].
static FIVE_KB: LazyLock<String> = LazyLock::new(|| {
    let mut lines: Vec<&str> = ONE.1.lines().collect();
    let closing = lines.pop().unwrap_or_default();
    let bodies = CORPUS
        .iter()
        .filter(|(n, _)| n.ends_with(".txt"))
        .flat_map(|(_, text)| {
            let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
            lines[2..lines.len() - 1].to_vec()
        });
    let mut size = lines.iter().map(|l| l.len() + 1).sum::<usize>() + closing.len();
    for line in bodies {
        if size >= 5000 {
            break;
        }
        size += line.len() + 1;
        lines.push(line);
    }
    lines.push(closing);
    lines.join("\n")
});

fn lint_one(name: &str, text: &str, settings: &Settings) -> usize {
    let input = LintInput {
        source: text,
        path: Some(name),
        date: None,
        today: jiff::civil::date(2025, 10, 27),
    };
    lint(&input, settings).findings.len()
}

fn corpus_bytes() -> BytesCount {
    BytesCount::new(CORPUS.iter().map(|(_, t)| t.len()).sum::<usize>())
}

#[divan::bench]
fn parse(bencher: Bencher) {
    let text = ONE.1.as_str();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| Document::parse(black_box(text), SourceKind::Text).words.len());
}

/// One family at a time over the corpus (`--select FAMILY`).
#[divan::bench(args = FAMILIES)]
fn family(bencher: Bencher, family: &str) {
    let settings = Settings::from_choices(&siaran::Choices {
        select: Some(vec![siaran::Selector::parse(family).unwrap()]),
        ..siaran::Choices::default()
    });
    bencher.counter(corpus_bytes()).bench(|| {
        CORPUS
            .iter()
            .map(|(name, text)| lint_one(name, black_box(text), &settings))
            .sum::<usize>()
    });
}

#[divan::bench]
fn default_rules_one_release(bencher: Bencher) {
    let (name, text) = &*ONE;
    let settings = Settings::default();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| lint_one(name, black_box(text), &settings));
}

/// The editor case: a 5 KB release linted again and again by one process.
#[divan::bench]
fn default_rules_5kb_relint(bencher: Bencher) {
    let text = FIVE_KB.as_str();
    let settings = Settings::default();
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| lint_one("2025-10-27-rapat.txt", black_box(text), &settings));
}

#[divan::bench]
fn default_rules_corpus(bencher: Bencher) {
    let settings = Settings::default();
    bencher.counter(corpus_bytes()).bench(|| {
        CORPUS
            .iter()
            .map(|(name, text)| lint_one(name, black_box(text), &settings))
            .sum::<usize>()
    });
}
