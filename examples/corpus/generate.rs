//! A deterministic corpus of realistic KPU press releases with known, injected errors.
//!
//! Release `i` of seed `s` depends only on `(s, i)`, not on how many are generated, so a
//! corpus of 100 is the start of the corpus of 10,000. Each release is clean as written;
//! some then get one to three injected errors, one per line, each recorded with the rule
//! that must find it (the manifest).

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use jiff::civil::{Date, Weekday};
use siaran::house::{self, Satker};

use crate::mutations::MUTATIONS;
use crate::text;

/// One generated file.
pub struct Release {
    /// File name: `YYYY-MM-DD-slug-NNNNN.txt|md`, so the publication date is in the name.
    pub name: String,
    pub text: String,
    pub injected: Vec<Injected>,
}

/// An error written into a release on purpose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Injected {
    /// 1-based line, front matter included.
    pub line: usize,
    pub rule: &'static str,
    /// A substring of that line that shows the error.
    pub evidence: String,
}

/// The manifest's header line (tab-separated columns).
pub const MANIFEST_HEADER: &str = "file\tline\trule\tevidence";

/// Release `index` of the corpus of `seed`.
pub fn release(seed: u64, index: usize) -> Release {
    let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut draft = Draft::new(&mut rng, index);
    let wanted = match rng.below(10) {
        0..=3 => 0,
        4..=6 => 1,
        7..=8 => 2,
        _ => 3,
    };
    let mut injected = Vec::new();
    for _ in 0..wanted * 4 {
        if injected.len() == wanted {
            break;
        }
        let mutation = &MUTATIONS[rng.below(MUTATIONS.len())];
        if injected.iter().any(|i: &Injected| i.rule == mutation.rule) {
            continue;
        }
        if let Some((line, evidence)) = (mutation.apply)(&mut draft, &mut rng) {
            draft.touched.push(line);
            injected.push(Injected {
                line: line + 1,
                rule: mutation.rule,
                evidence,
            });
        }
    }
    injected.sort_by_key(|i| i.line);
    Release {
        name: draft.name.clone(),
        text: draft.lines.join("\n") + "\n",
        injected,
    }
}

/// Writes releases `0..count` of `seed` into `dir` with `manifest.tsv` beside them, and
/// returns the total size of the releases in bytes.
pub fn write(dir: &Path, count: usize, seed: u64) -> io::Result<u64> {
    fs::create_dir_all(dir)?;
    let mut manifest = String::from(MANIFEST_HEADER);
    manifest.push('\n');
    let mut bytes = 0;
    for index in 0..count {
        let r = release(seed, index);
        fs::write(dir.join(&r.name), &r.text)?;
        bytes += r.text.len() as u64;
        for i in &r.injected {
            let _ = writeln!(manifest, "{}\t{}\t{}\t{}", r.name, i.line, i.rule, i.evidence);
        }
    }
    fs::write(dir.join("manifest.tsv"), manifest)?;
    Ok(bytes)
}

/// xorshift64*: small, fast and the same on every platform.
pub struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // splitmix64 spreads nearby seeds apart and never yields the zero state.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// `k` distinct indices below `n`, in random order.
    fn sample(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        for i in 0..k.min(n) {
            let j = i + self.below(n - i);
            all.swap(i, j);
        }
        all.truncate(k);
        all
    }
}

/// A release being written, line by line, with the places mutations aim at.
pub struct Draft {
    pub name: String,
    pub lines: Vec<String>,
    pub headline: usize,
    pub lead: usize,
    /// Body paragraphs after the lead, the last (with the credit tail) excluded.
    pub body: Vec<usize>,
    pub last: usize,
    /// Front matter `date` and `author` lines of a Markdown release.
    pub front: Option<(usize, usize)>,
    pub toml: bool,
    pub institution: String,
    pub event_day: &'static str,
    pub headline_verb: &'static str,
    /// Lines already carrying an injected error.
    pub touched: Vec<usize>,
}

/// Satker whose releases open with `Komisi Pemilihan Umum (KPU)`: every office except
/// KPU RI (no slug) and the KIP offices of Aceh.
fn satkers() -> Vec<&'static Satker> {
    house::all_satker()
        .iter()
        .filter(|s| !s.slug.is_empty() && s.institution.starts_with("KPU "))
        .collect()
}

pub const DAYS: [&str; 7] = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

fn day_name(date: Date) -> &'static str {
    DAYS[match date.weekday() {
        Weekday::Monday => 0,
        Weekday::Tuesday => 1,
        Weekday::Wednesday => 2,
        Weekday::Thursday => 3,
        Weekday::Friday => 4,
        Weekday::Saturday => 5,
        Weekday::Sunday => 6,
    }]
}

fn day_and_date(date: Date) -> String {
    format!("{} ({}/{})", day_name(date), date.day(), date.month())
}

fn shifted(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days)).unwrap_or(date)
}

/// `1.265`-style thousands.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Staff initials. Consonants only, so that no initials spell a word that a word rule
/// knows (`kaos`, `esei`).
fn initials(rng: &mut Rng) -> String {
    const LETTERS: &[u8] = b"bcdfghjklmnprstwyz";
    let len = 3 + rng.below(2);
    (0..len).map(|_| rng.pick(LETTERS) as char).collect()
}

impl Draft {
    fn new(rng: &mut Rng, index: usize) -> Self {
        let satker = rng.pick(&satkers());
        let inst = satker.institution.as_str();
        let expanded = format!("Komisi Pemilihan Umum (KPU){}", &inst[3..]);
        let published = shifted(Date::constant(2024, 1, 1), rng.below(3 * 365) as i64);
        let event = shifted(published, -(rng.below(4) as i64));
        let next = shifted(published, 3 + rng.below(18) as i64);
        let (topic_title, topic) = rng.pick(text::TOPICS);
        let (verb_title, verb) = rng.pick(text::VERBS);
        let speaker = format!("{} {}", rng.pick(text::FIRST_NAMES), rng.pick(text::LAST_NAMES));
        let guest = format!("{} {}", rng.pick(text::FIRST_NAMES), rng.pick(text::LAST_NAMES));
        let fill = |template: &str, rng: &mut Rng| -> String {
            template
                .replace("{place}", rng.pick(text::PLACES))
                .replace("{role}", rng.pick(text::ROLES))
                .replace("{guest_role}", rng.pick(text::GUEST_ROLES))
                .replace("{inst}", inst)
                .replace("{topic}", topic)
                .replace("{name}", &speaker)
                .replace("{first}", speaker.split(' ').next().unwrap_or_default())
                .replace("{guest_first}", guest.split(' ').next().unwrap_or_default())
                .replace("{guest}", &guest)
                .replace("{next}", &day_and_date(next))
                .replace("{big}", &thousands(1000 + rng.below(9000)))
                .replace("{money}", &format!("Rp{}", thousands(50 + rng.below(900)) + ".000"))
                .replace("{year}", &published.year().to_string())
                .replace("{n}", &(12 + rng.below(80)).to_string())
                .replace("{m}", &(3 + rng.below(6)).to_string())
        };

        let headline = format!("{inst} {verb_title} {topic_title}");
        let lead = format!(
            "{}, {}.kpu.go.id — {expanded} {verb} {topic} di {}, {}. {}",
            satker.seat,
            satker.slug,
            fill(rng.pick(text::PLACES), rng),
            day_and_date(event),
            fill(rng.pick(text::LEAD_TAILS), rng),
        );
        let mut paragraphs = vec![lead];
        let body_count = 8 + rng.below(6);
        for i in rng.sample(text::BODY.len(), body_count) {
            paragraphs.push(fill(text::BODY[i], rng));
        }
        let quotes = 1 + rng.below(2);
        for i in rng.sample(text::QUOTES.len(), quotes) {
            let at = 2 + rng.below(paragraphs.len() - 1);
            let first = speaker.split(' ').next().unwrap_or_default();
            let said = format!("“{},” {} {first}.", text::QUOTES[i], rng.pick(text::SPEECH_VERBS));
            paragraphs.insert(at.min(paragraphs.len()), said);
        }
        let writer = initials(rng);
        let photographer = initials(rng);
        let photo = if rng.below(5) == 0 {
            format!("dok {inst}")
        } else {
            format!("{photographer}/{inst}")
        };
        let closing = fill(rng.pick(text::CLOSINGS), rng);
        paragraphs.push(format!("{closing} ({writer}/ed. Foto: {photo})"));

        let markdown = rng.below(5) == 0;
        let toml = markdown && rng.below(3) == 0;
        let blank_lines = markdown || rng.below(2) == 0;
        let mut lines = Vec::new();
        let mut front = None;
        if markdown {
            let (fence, sep) = if toml { ("+++", " = ") } else { ("---", ": ") };
            let quote = |s: &str| format!("\"{s}\"");
            let tags = format!("[{}]", {
                let picked = rng.sample(text::TAGS.len(), 2);
                picked
                    .iter()
                    .map(|&i| {
                        if toml {
                            quote(text::TAGS[i])
                        } else {
                            text::TAGS[i].to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            lines.push(fence.to_string());
            lines.push(format!("title{sep}{}", quote(&headline)));
            lines.push(format!("date{sep}{published}"));
            lines.push(format!("author{sep}{}", quote(&writer)));
            let editor = initials(rng);
            lines.push(format!("editor{sep}{}", quote(&editor)));
            lines.push(format!("satker{sep}{}", quote(&satker.slug)));
            lines.push(format!("tags{sep}{tags}"));
            lines.push(fence.to_string());
            lines.push(String::new());
            front = Some((2, 3));
        }
        let headline_line = lines.len();
        lines.push(if markdown { format!("# {headline}") } else { headline });
        let mut at = Vec::new();
        for p in paragraphs {
            if blank_lines {
                lines.push(String::new());
            }
            at.push(lines.len());
            lines.push(p);
        }
        let extension = if markdown { "md" } else { "txt" };
        Draft {
            name: format!("{published}-{}-{index:05}.{extension}", satker.slug),
            lines,
            headline: headline_line,
            lead: at[0],
            body: at[1..at.len() - 1].to_vec(),
            last: at[at.len() - 1],
            front,
            toml,
            institution: inst.to_string(),
            event_day: day_name(event),
            headline_verb: verb_title,
            touched: Vec::new(),
        }
    }

    /// Replaces the first `from` in line `line` (when untouched) and returns the evidence.
    pub fn replace_in(&mut self, line: usize, from: &str, to: &str) -> Option<(usize, String)> {
        if self.touched.contains(&line) {
            return None;
        }
        let text = &self.lines[line];
        let at = text.find(from)?;
        self.lines[line] = format!("{}{to}{}", &text[..at], &text[at + from.len()..]);
        Some((line, to.to_string()))
    }

    /// Replaces a whole-word `from` in the first body line that has one, starting the
    /// search at a random body line.
    pub fn replace_word_in_body(&mut self, rng: &mut Rng, from: &str, to: &str) -> Option<(usize, String)> {
        self.replace_in_body(rng, to, |text| find_word(text, from).map(|at| at..at + from.len()))
    }

    /// Replaces `from` wherever it stands in the first body line that has it.
    pub fn replace_text_in_body(&mut self, rng: &mut Rng, from: &str, to: &str) -> Option<(usize, String)> {
        self.replace_in_body(rng, to, |text| text.find(from).map(|at| at..at + from.len()))
    }

    pub fn replace_in_body(
        &mut self,
        rng: &mut Rng,
        to: &str,
        find: impl Fn(&str) -> Option<std::ops::Range<usize>>,
    ) -> Option<(usize, String)> {
        let start = rng.below(self.body.len().max(1));
        let order: Vec<usize> = self.body[start..].iter().chain(&self.body[..start]).copied().collect();
        for line in order {
            if self.touched.contains(&line) {
                continue;
            }
            if let Some(range) = find(&self.lines[line]) {
                self.lines[line].replace_range(range, to);
                return Some((line, to.to_string()));
            }
        }
        None
    }
}

/// The byte offset of `word` standing as a whole word in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
