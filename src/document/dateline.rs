//! Parsing the dateline that opens the lead: `Semarang, kota-semarang.kpu.go.id — `.
//!
//! The parser is lenient on purpose: it recognises every drift docs/dateline.md lists (a
//! hyphen or en dash for the em dash, `https://`, `go,id`, `SEMARANG`, a missing comma)
//! so that the `dateline/` rules can say exactly which part is off.

use super::domain_scan::first_domain;
use crate::span::Span;

/// The parts of a dateline, as byte spans into the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// From the city to the end of the separator.
    pub span: Span,
    pub city: Option<Span>,
    /// What stands between the city and the domain (canonically `, `).
    pub gap: Span,
    pub domain: Option<Domain>,
    /// What stands between the domain (or city) and the news (canonically ` — `).
    pub separator: Span,
}

/// The satker domain as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Domain {
    /// Everything written, scheme and trailing slash included.
    pub span: Span,
    /// `https://`, `http://` and/or `www.` in front of the host.
    pub prefix: Option<Span>,
    /// The host as written (`kota-semarang.kpu.go,id`).
    pub host: Span,
    /// A `/` after the host.
    pub trailing_slash: Option<Span>,
    /// The satker slug in lower case (`kota-semarang`; empty for `kpu.go.id`).
    pub slug: String,
}

/// How far into the lead a domain may start and still be a dateline.
const MAX_DOMAIN_START: usize = 80;
/// How many words a city name may have (`Kota Mungkid`, `Daerah Istimewa Yogyakarta`).
const MAX_CITY_WORDS: usize = 4;

/// Parses the dateline at the start of `lead` (which begins at byte `base`).
pub fn parse(lead: &str, base: usize) -> Option<Dateline> {
    // A domain further in is no dateline's; the lead may still open with a city.
    let Some(found) = first_domain(lead, MAX_DOMAIN_START, |at| starts_token(lead, at)) else {
        return parse_city_only(lead, base);
    };
    let prefix_text = &lead[..found.start];
    let mut city = city_in(prefix_text)?;
    let host = &lead[found.host_start..found.host_end];
    let prefix = (found.host_start > found.start).then(|| Span::new(base + found.start, base + found.host_start));
    let slash = (found.end > found.host_end).then(|| Span::new(base + found.host_end, base + found.end));
    let sep_len = separator_len(&lead[found.end..]);
    let mut slug = slug_of(host);
    let (mut host_start, mut domain_start) = (found.host_start, found.start);
    let mut city_end = city.map_or(0, |c| c.end);
    if let Some(dot) = glued_city(host).filter(|_| city.is_none() && prefix.is_none()) {
        // `Singaraja.kab-buleleng.kpu.go.id`: the city, a period where the comma
        // belongs, and a known satker's domain.
        city = Some(Span::new(found.host_start, found.host_start + dot));
        city_end = found.host_start + dot;
        (host_start, domain_start) = (city_end + 1, city_end + 1);
        slug = slug_of(&host[dot + 1..]);
    }
    Some(Dateline {
        span: Span::new(base + city.map_or(found.start, |c| c.start), base + found.end + sep_len),
        city: city.map(|c| c.shift(base)),
        gap: Span::new(base + city_end, base + domain_start),
        domain: Some(Domain {
            span: Span::new(base + domain_start, base + found.end),
            prefix,
            host: Span::new(base + host_start, base + found.host_end),
            trailing_slash: slash,
            slug,
        }),
        separator: Span::new(base + found.end, base + found.end + sep_len),
    })
}

/// Where a capitalised city ends that is glued to a known satker's domain by a period
/// (`Singaraja.kab-buleleng.kpu.go.id`): the byte offset of that period in `host`. A
/// host the gazetteer knows as a whole (`jakarta.kpu.go.id`) is not split.
fn glued_city(host: &str) -> Option<usize> {
    let dot = host.find('.')?;
    let (first, rest) = (&host[..dot], &host[dot + 1..]);
    let capitalised = first.starts_with(|c: char| c.is_ascii_uppercase()) && first.chars().all(char::is_alphabetic);
    let rest_slug = slug_of(rest);
    let known = |slug: &str| crate::house::satker_by_slug(slug).is_some();
    (capitalised && !rest_slug.is_empty() && known(&rest_slug) && !known(&slug_of(host))).then_some(dot)
}

/// Whether [`parse`] finds a dateline with a domain at the start of `text`: asked of a
/// release's first line, to tell a lead without a headline. Most first lines are
/// headlines, so the city-only reading and the parts are not worked out.
pub(super) fn opens_with_domain(text: &str) -> bool {
    first_domain(text, MAX_DOMAIN_START, |at| starts_token(text, at))
        .is_some_and(|found| city_in(&text[..found.start]).is_some())
}

fn parse_city_only(lead: &str, base: usize) -> Option<Dateline> {
    let city_end = city_only(lead, 0, 1)?;
    let gap_end = city_end + usize::from(lead[city_end..].starts_with(','));
    let sep_len = separator_len(&lead[gap_end..]);
    Some(Dateline {
        span: Span::new(base, base + gap_end + sep_len),
        city: Some(Span::new(base, base + city_end)),
        gap: Span::new(base + city_end, base + gap_end),
        domain: None,
        separator: Span::new(base + gap_end, base + gap_end + sep_len),
    })
}

/// The end of a city that opens a dateline without a domain (`Semarang — `, `SEMARANG,
/// - `): up to four capitalised words, each a capital and then letters, `'`, `’`, `.`
/// or `-`. Word `nth` starts at `start`. Like a backtracking pattern, it prefers longer
/// words and more of them, and takes the first city that a separator follows: an
/// optional comma, spaces, `—`, `–`, `-`, `--` or `_`, and a space.
///
/// Written by hand because a pattern with Unicode letter classes costs more to compile
/// than a one-file run spends on everything else.
fn city_only(lead: &str, start: usize, nth: usize) -> Option<usize> {
    let mut chars = lead[start..].chars();
    let first = chars.next().filter(|c| c.is_uppercase())?;
    let longest = start
        + first.len_utf8()
        + chars
            .take_while(|&c| is_city_char(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let mut end = longest;
    loop {
        let rest = &lead[end..];
        // A word does not end with a hyphen: in `MAMUJU-- ` the hyphens are the separator.
        if !lead[..end].ends_with('-') {
            if nth < MAX_CITY_WORDS && rest.starts_with(' ') {
                if let Some(found) = city_only(lead, end + 1, nth + 1) {
                    return Some(found);
                }
            }
            if separator_follows(rest) {
                return Some(end);
            }
        }
        // Give back one character of the word, as a backtracking pattern would.
        end -= lead[..end]
            .chars()
            .next_back()
            .filter(|_| end > start + first.len_utf8())?
            .len_utf8();
    }
}

fn is_city_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '\'' | '’' | '.' | '-')
}

/// `,? *(—|–|-|--|_|\|) `: what separates a city from the news; also glued to the
/// news's capital (`MAMUJU--Komisi`, `KOTA MUNGKID_Komisi`), but not a single hyphen,
/// which joins words (`KPU-Bawaslu`).
fn separator_follows(rest: &str) -> bool {
    // Most places a city word could end are followed by a letter: one byte says no.
    if !matches!(rest.as_bytes().first(), Some(b',' | b' ' | b'-' | b'_' | b'|' | 0xE2)) {
        return false;
    }
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start_matches(' ');
    let spaced = ["— ", "– ", "- ", "-- ", "_ ", "| "]
        .iter()
        .any(|s| rest.starts_with(s));
    let glued = ["—", "–", "--", "_", "|"].iter().any(|s| {
        rest.strip_prefix(s)
            .is_some_and(|news| news.starts_with(char::is_uppercase))
    });
    spaced || glued
}

/// A domain counts only where a token starts (after a space or a comma), so that the
/// city `Semarang,kota-semarang...` is not read as part of the host.
fn starts_token(text: &str, at: usize) -> bool {
    at == 0 || text[..at].ends_with(|c: char| c.is_whitespace() || c == ',')
}

/// The city inside the text before the domain: `Some(None)` when there is no city at
/// all, `None` when the text is not a city (the domain is mentioned mid-sentence).
fn city_in(prefix: &str) -> Option<Option<Span>> {
    let trimmed = prefix.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if trimmed.trim().is_empty() {
        return Some(None);
    }
    let start = trimmed.len() - trimmed.trim_start().len();
    let city = &trimmed[start..];
    let words = city.split_whitespace().count();
    let plausible = words <= MAX_CITY_WORDS
        && city.starts_with(char::is_alphabetic)
        && city
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || matches!(c, '.' | '\'' | '’' | '-'));
    plausible.then_some(Some(Span::new(start, trimmed.len())))
}

/// Length of the run of spaces and dash-like characters after the domain.
fn separator_len(rest: &str) -> usize {
    rest.char_indices()
        .find(|&(_, c)| !is_separator_char(c))
        .map_or(rest.len(), |(i, _)| i)
}

pub fn is_separator_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '―' | '−' | '_' | ',' | ':' | '|')
}

fn slug_of(host: &str) -> String {
    let mut slug = host.to_lowercase();
    if slug.contains(',') {
        slug = slug.replace(',', ".");
    }
    if slug.ends_with("kpu.go.id") {
        slug.truncate(slug.len() - "kpu.go.id".len());
    }
    slug.truncate(slug.trim_end_matches('.').len());
    slug
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use regex::Regex;

    use super::*;

    #[test]
    fn opens_with_domain_is_a_parse_with_a_domain() {
        for text in [
            "Semarang, kota-semarang.kpu.go.id — Isi.",
            "Semarang — Isi.",
            "kpu.go.id — Isi.",
            "Rapat di kpu.go.id, Semarang",
            "Judul Siaran",
            "Singaraja.kab-buleleng.kpu.go.id - Isi",
            "Budi (kpu.go.id) datang",
            "",
        ] {
            let parsed = parse(text, 0).is_some_and(|d| d.domain.is_some());
            assert_eq!(opens_with_domain(text), parsed, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn opens_with_domain_agrees_with_parse(text in "(Semarang|Kota Batu|kpu\\.go\\.id|kab-x\\.kpu\\.go\\.id|Singaraja\\.|https://|www\\.|[ ,—.(/_-]|Budi|a){0,10}") {
            let parsed = parse(&text, 0).is_some_and(|d| d.domain.is_some());
            proptest::prop_assert_eq!(opens_with_domain(&text), parsed);
        }
    }

    fn parts(lead: &str) -> (String, String, String, String) {
        let d = parse(lead, 0).expect("a dateline");
        (
            d.city.map_or(String::new(), |s| s.text(lead).to_string()),
            d.gap.text(lead).to_string(),
            d.domain.map_or(String::new(), |s| s.span.text(lead).to_string()),
            d.separator.text(lead).to_string(),
        )
    }

    #[test]
    fn canonical() {
        let p = parts("Semarang, kota-semarang.kpu.go.id — Komisi");
        assert_eq!(
            p,
            (
                "Semarang".into(),
                ", ".into(),
                "kota-semarang.kpu.go.id".into(),
                " — ".into()
            )
        );
    }

    #[test]
    fn drifted_forms() {
        assert_eq!(parts("Purwokerto, kab-banyumas.kpu.go.id— Komisi").3, "— ");
        assert_eq!(parts("SEMARANG, jateng.kpu.go.id -- Komisi").3, " -- ");
        assert_eq!(
            parts("Semarang, https://kota-semarang.kpu.go.id/ – x").2,
            "https://kota-semarang.kpu.go.id/"
        );
        assert_eq!(parts("Semarang kota-semarang.kpu.go,id — x").1, " ");
        assert_eq!(parts("Semarang,kota-semarang.kpu.go.id — x").0, "Semarang");
        assert_eq!(parts("Kota Mungkid, kab-magelang.kpu.go.id — x").0, "Kota Mungkid");
        assert_eq!(parts("kota-semarang.kpu.go.id — x").0, "");
        assert_eq!(parts("Semarang — Komisi").2, "");
    }

    /// The pattern [`city_only`] stands in for.
    static CITY_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(\p{Lu}(?:[\p{L}'’.-]*[\p{L}'’.])?(?: \p{Lu}(?:[\p{L}'’.-]*[\p{L}'’.])?){0,3}),? *(?:(?:—|–|-{1,2}|_|\|) |(?:—|–|--|_|\|)\p{Lu})",
        )
        .unwrap()
    });

    proptest::proptest! {
        #[test]
        fn city_only_finds_what_the_pattern_finds(lead in "(Kota|SEMARANG|Wonosobo|[ ,—–_.'-]|[aBÉé]){0,12}") {
            let by_pattern = CITY_ONLY.captures(&lead).and_then(|c| c.get(1)).map(|m| m.end());
            proptest::prop_assert_eq!(city_only(&lead, 0, 1), by_pattern);
        }
    }

    #[test]
    fn city_only_datelines() {
        assert_eq!(parts("Kota Mungkid — Komisi").0, "Kota Mungkid");
        assert_eq!(parts("SEMARANG, - Komisi").1, ",");
        assert_eq!(parts("Semarang-- x").0, "Semarang");
        assert_eq!(parts("MAMUJU--Komisi").0, "MAMUJU");
        assert_eq!(parts("KOTA MUNGKID_Komisi").0, "KOTA MUNGKID");
        assert_eq!(parts("TAKENGON | Komisi").3, " | ");
        assert!(parse("Sinergi KPU-Bawaslu dalam pengawasan", 0).is_none());
        assert!(parse("Semarang Barat Daya Ujung Timur — x", 0).is_none());
    }

    #[test]
    fn a_city_glued_to_a_known_domain_by_a_period() {
        let lead = "Singaraja.kab-buleleng.kpu.go.id-Komisi";
        assert_eq!(
            parts(lead),
            (
                "Singaraja".into(),
                ".".into(),
                "kab-buleleng.kpu.go.id".into(),
                "-".into()
            )
        );
        assert_eq!(parse(lead, 0).unwrap().domain.unwrap().slug, "kab-buleleng");
        // A host the gazetteer knows whole, or an unknown rest, stays one domain.
        assert_eq!(parts("Jakarta.kpu.go.id — x").2, "Jakarta.kpu.go.id");
        assert_eq!(parts("Singaraja.kab-antah.kpu.go.id — x").0, "");
    }

    #[test]
    fn slug() {
        let d = parse("Semarang, Kota-Semarang.KPU.go,id — x", 0).unwrap();
        assert_eq!(d.domain.unwrap().slug, "kota-semarang");
        let d = parse("Jakarta, kpu.go.id — x", 0).unwrap();
        assert_eq!(d.domain.unwrap().slug, "");
    }

    #[test]
    fn a_domain_mentioned_in_a_sentence_is_not_a_dateline() {
        assert!(parse(
            "Komisi Pemilihan Umum (KPU) Kota Semarang membuka laman kota-semarang.kpu.go.id untuk publik",
            0
        )
        .is_none());
        assert!(parse("KPU Kota Semarang menggelar rapat, Senin (27/10).", 0).is_none());
    }
}
