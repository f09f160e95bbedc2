//! The errors the corpus generator injects, each with the rule that must report it.
//! A mutation edits one line of a draft in place (never adding or removing lines) and
//! returns that line and the text that shows the error.

use crate::generate::{Draft, Rng, DAYS};

/// An error the generator knows how to inject, and the rule that must report it.
pub struct Mutation {
    pub rule: &'static str,
    pub apply: fn(&mut Draft, &mut Rng) -> Option<(usize, String)>,
}

/// `(standard, non-standard)` forms that `baku/non-standard-word` knows.
const NON_STANDARD: &[(&str, &str)] = &[
    ("praktik", "praktek"),
    ("mengimbau", "menghimbau"),
    ("risiko", "resiko"),
    ("kerja sama", "kerjasama"),
];

pub const MUTATIONS: &[Mutation] = &[
    Mutation {
        rule: "dateline/separator",
        apply: |d, _| d.replace_in(d.lead, ".kpu.go.id — ", ".kpu.go.id - "),
    },
    Mutation {
        rule: "dateline/domain-url",
        apply: |d, _| d.replace_in(d.lead, ", ", ", https://"),
    },
    Mutation {
        rule: "day-date/weekday-mismatch",
        apply: |d, rng| {
            let other = DAYS.iter().filter(|&&day| day != d.event_day).nth(rng.below(6))?;
            d.replace_in(d.lead, &format!("{} (", d.event_day), &format!("{other} ("))
        },
    },
    Mutation {
        rule: "day-date/day-spelling",
        apply: |d, _| {
            let line = *d
                .body
                .iter()
                .chain([&d.lead])
                .find(|&&l| d.lines[l].contains("Jumat ("))?;
            d.replace_in(line, "Jumat (", "Jum'at (")
        },
    },
    Mutation {
        rule: "credit/initials-case",
        apply: |d, _| {
            let text = &d.lines[d.last];
            let open = text.rfind('(')?;
            let slash = open + text[open..].find('/')?;
            let upper = text[open + 1..slash].to_uppercase();
            let from = text[open..=slash].to_string();
            d.replace_in(d.last, &from, &format!("({upper}/"))
        },
    },
    Mutation {
        rule: "abbr/wrong-expansion",
        apply: |d, _| d.replace_in(d.lead, "Komisi Pemilihan Umum (KPU)", "Komisi Pemilih Umum (KPU)"),
    },
    Mutation {
        rule: "abbr/form",
        apply: |d, rng| d.replace_word_in_body(rng, "KPU", "Kpu"),
    },
    Mutation {
        rule: "abbr/office-name",
        apply: |d, rng| {
            let inst = d.institution.clone();
            let region = inst.strip_prefix("KPU ")?;
            let bare = ["Kabupaten ", "Kota ", "Provinsi "]
                .iter()
                .find_map(|l| region.strip_prefix(l))?;
            let short = format!("KPU {bare}");
            d.replace_word_in_body(rng, &inst, &short)
        },
    },
    Mutation {
        rule: "baku/non-standard-word",
        apply: |d, rng| {
            let start = rng.below(NON_STANDARD.len());
            (0..NON_STANDARD.len()).find_map(|k| {
                let (right, wrong) = NON_STANDARD[(start + k) % NON_STANDARD.len()];
                d.replace_word_in_body(rng, right, wrong)
            })
        },
    },
    Mutation {
        rule: "baku/preposition-joined",
        apply: |d, rng| {
            d.replace_word_in_body(rng, "di tingkat", "ditingkat")
                .or_else(|| d.replace_word_in_body(rng, "di antaranya", "diantaranya"))
        },
    },
    Mutation {
        rule: "baku/pun-joined",
        apply: |d, rng| d.replace_word_in_body(rng, "apa pun", "apapun"),
    },
    Mutation {
        rule: "baku/month",
        apply: |d, rng| {
            d.replace_word_in_body(rng, "Februari", "Pebruari")
                .or_else(|| d.replace_word_in_body(rng, "November", "Nopember"))
        },
    },
    Mutation {
        rule: "baku/currency",
        apply: |d, rng| d.replace_text_in_body(rng, "Rp", "Rp. "),
    },
    Mutation {
        rule: "spell/doubled-word",
        apply: |d, rng| d.replace_word_in_body(rng, "yang", "yang yang"),
    },
    Mutation {
        rule: "punct/double-space",
        apply: |d, rng| d.replace_text_in_body(rng, " dan ", "  dan "),
    },
    Mutation {
        rule: "punct/space-before",
        apply: |d, rng| {
            // The first comma after a word gets a space before it.
            let comma = |text: &str| {
                let at = text
                    .match_indices(", ")
                    .map(|(i, _)| i)
                    .find(|&i| text[..i].ends_with(char::is_alphabetic))?;
                Some(at..at + 1)
            };
            d.replace_in_body(rng, " ,", comma)
        },
    },
    Mutation {
        rule: "title/trailing-period",
        apply: |d, _| {
            // In Markdown the front matter `title` would differ too (`meta/title-heading`).
            if d.touched.contains(&d.headline) || d.front.is_some() {
                return None;
            }
            d.lines[d.headline].push('.');
            let last = d.lines[d.headline].rsplit(' ').next().unwrap_or_default().to_string();
            Some((d.headline, last))
        },
    },
    Mutation {
        rule: "title/lowercase-word",
        apply: |d, _| {
            d.front.is_none().then_some(())?;
            let verb = d.headline_verb;
            d.replace_in(d.headline, &format!(" {verb} "), &format!(" {} ", verb.to_lowercase()))
        },
    },
    Mutation {
        rule: "meta/missing-key",
        apply: |d, _| {
            let (date, _) = d.front?;
            d.replace_in(date, "date", "# date")?;
            // The scorer's convention: a missing key is reported on line 1.
            Some((0, "date".to_string()))
        },
    },
    Mutation {
        rule: "meta/unknown-key",
        apply: |d, _| {
            let (_, author) = d.front?;
            let sep = if d.toml { " =" } else { ":" };
            d.replace_in(author, &format!("author{sep}"), &format!("auhtor{sep}"))
        },
    },
];
