//! Where a satker domain is written in a lead (`https://www.kota-semarang.kpu.go,id/`),
//! found by a small scanner instead of a pattern: compiling the pattern cost more than
//! a one-release run spends on its dateline, and each release searched its lead with it.
//!
//! The scanner answers what the pattern
//! `(?i)((?:https?://)?(?:www\.)?)((?:[a-z0-9][a-z0-9-]*\.)*kpu[.,]go[.,]id)(/)?`
//! answers, leftmost match first; the tests prove it on generated text. Under `(?i)`
//! the pattern's letters also match the Kelvin sign `K` (for `k`) and the long `ſ` (for
//! `s`), so the scanner takes them too.

/// One written domain, as byte offsets into the lead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Found {
    /// Where the domain starts: the scheme, `www.`, or the host.
    pub start: usize,
    /// Where the host starts (after `https://` and/or `www.`).
    pub host_start: usize,
    pub host_end: usize,
    /// After the host, and after the `/` that may follow it.
    pub end: usize,
}

/// The first domain that starts a token (`starts_token` says where one may start),
/// taking matches one after another as a pattern search would; `None` also when that
/// domain starts after `max_start`, so that the search ends there.
pub(super) fn first_domain(text: &str, max_start: usize, starts_token: impl Fn(usize) -> bool) -> Option<Found> {
    let mut from = 0;
    while let Some(found) = leftmost(text, from, max_start) {
        if starts_token(found.start) {
            return Some(found);
        }
        from = found.end;
    }
    None
}

/// The leftmost domain that starts at or after `from` (if it starts by `max_start`).
///
/// One pass from `from`: the text is read as segments of `[a-z0-9-]` between dots, and
/// at each dot the scanner knows where the chain of whole labels `[a-z0-9][a-z0-9-]*\.`
/// that ends there starts, so that a core `kpu[.,]go[.,]id` right after a dot has its
/// host start at once. Of two cores whose domains start at the same place, the later is
/// taken, as the pattern's greedy repetition of labels does. The pass ends when no later
/// core could start early enough to be taken.
fn leftmost(text: &str, from: usize, max_start: usize) -> Option<Found> {
    let bytes = text.as_bytes();
    // A core is looked for only where its domain could start by `max_start`: before
    // the first character past `max_start` and a scheme's length that no host has.
    if from > max_start {
        return None;
    }
    let past = (max_start.saturating_add(10)..text.len()).find(|&at| text.is_char_boundary(at));
    let window = past
        .and_then(|past| {
            text[past..]
                .find(|c| !is_label_char(c) && c != '.')
                .map(|end| past + end + 6)
        })
        .map_or(text.len(), |end| end.min(text.len()));
    // Every domain holds a core; the pass starts where the run of label characters and
    // dots that leads to the first core starts (most leads have no core, or one soon).
    let core = memchr::memchr2_iter(b'g', b'G', &bytes[from..window])
        .map(|go| from + go)
        // `go` between two separators, before the full check.
        .filter(|&go| go > 0 && matches!(bytes[go - 1], b'.' | b',') && matches!(bytes.get(go + 2), Some(b'.' | b',')))
        .find_map(|go| {
            [4, 6]
                .into_iter()
                .filter_map(|k| go.checked_sub(k))
                .find(|&k| k >= from && core_end(text, k) == Some(go + 5))
        })?;
    let run = text[from..core].trim_end_matches(|c| is_label_char(c) || c == '.');
    let scan_from = from + run.len();
    let mut best: Option<Found> = None;
    // The segment being read: where it starts, its first letter or digit, and where
    // the chain of labels ending at its start begins (when it starts after a dot that
    // closed one). The character before `scan_from` is neither a label character nor a
    // dot, so no label reaches back past it.
    let (mut segment, mut first, mut chain): (usize, Option<usize>, Option<usize>) = (scan_from, None, None);
    for (at, c) in text[scan_from..].char_indices().map(|(at, c)| (scan_from + at, c)) {
        // Where a core from here on could have its host start, at the earliest; a
        // scheme may stand up to nine bytes (`httpſ://`) before that.
        let earliest = match first {
            Some(f) if f > segment => f,
            None if at > segment => at,
            _ => chain.unwrap_or(segment),
        };
        if earliest.saturating_sub(9) > best.map_or(max_start, |b| b.start) {
            break;
        }
        if let Some(host_end) = core_end(text, at) {
            let mut host_start = if at == segment { chain.unwrap_or(at) } else { at };
            let mut start = host_start;
            if let Some(scheme) = scheme_before(&text[..host_start]).filter(|&s| host_start - s >= from) {
                start = host_start - scheme;
            }
            if text
                .get(host_start..host_start + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case("www."))
            {
                host_start += 4;
            }
            let end = host_end + usize::from(bytes.get(host_end) == Some(&b'/'));
            if start <= max_start && best.is_none_or(|b| start <= b.start) {
                best = Some(Found {
                    start,
                    host_start,
                    host_end,
                    end,
                });
            }
        }
        if c == '.' {
            chain = match first {
                Some(f) if f == segment => Some(chain.unwrap_or(f)),
                other => other,
            };
            (segment, first) = (at + 1, None);
        } else if !is_label_char(c) {
            (segment, first, chain) = (at + c.len_utf8(), None, None);
        } else if first.is_none() && c != '-' {
            first = Some(at);
        }
    }
    best
}

/// The end of the core `kpu[.,]go[.,]id` (any case) that starts at `at`, if one does.
fn core_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let k = rest.chars().next().filter(|&c| matches!(c, 'k' | 'K' | '\u{212A}'))?;
    let core = rest.as_bytes().get(k.len_utf8()..k.len_utf8() + 8)?;
    let is = |range: std::ops::Range<usize>, word: &[u8]| core[range].eq_ignore_ascii_case(word);
    let dots = matches!(core[2], b'.' | b',') && matches!(core[5], b'.' | b',');
    (dots && is(0..2, b"pu") && is(3..5, b"go") && is(6..8, b"id")).then_some(at + k.len_utf8() + 8)
}

/// `[a-z0-9-]` ignoring case, as the pattern reads it.
fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '\u{17F}' | '\u{212A}')
}

/// The length of `https://` or `http://` (any case) at the end of `before`, if there.
fn scheme_before(before: &str) -> Option<usize> {
    let rest = before.strip_suffix("://")?;
    let rest = rest
        .strip_suffix(['s', 'S', '\u{17F}'])
        .filter(|r| ends_with_http(r))
        .unwrap_or(rest);
    ends_with_http(rest).then(|| before.len() - rest.len() + 4)
}

fn ends_with_http(text: &str) -> bool {
    text.len() >= 4 && text.as_bytes()[text.len() - 4..].eq_ignore_ascii_case(b"http")
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use regex::Regex;

    use super::*;

    /// The pattern the scanner stands in for.
    static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?P<prefix>(?:https?://)?(?:www\.)?)(?P<host>(?:[a-z0-9][a-z0-9-]*\.)*kpu[.,]go[.,]id)(?P<slash>/)?",
        )
        .unwrap()
    });

    fn by_pattern(text: &str, token: impl Fn(usize) -> bool) -> Option<Found> {
        let caps = DOMAIN.captures_iter(text).find(|c| token(c.get(0).unwrap().start()))?;
        let host = caps.name("host")?;
        Some(Found {
            start: caps.get(0)?.start(),
            host_start: host.start(),
            host_end: host.end(),
            end: caps.get(0)?.end(),
        })
    }

    fn token(text: &str) -> impl Fn(usize) -> bool + '_ {
        |at| at == 0 || text[..at].ends_with([' ', ','])
    }

    #[test]
    fn finds_what_the_pattern_finds() {
        for text in [
            "Semarang, kota-semarang.kpu.go.id — x",
            "Semarang, HTTPS://WWW.Kota-Semarang.KPU.go,id/ — x",
            "a.kpu.go.id.kpu.go.id",
            "x.kpu.go.id.akpu.go.id",
            "xhttps://kota.kpu.go.id, kab.kpu.go.id",
            "https://-kota.kpu.go.id kpu.go.id/",
            "wwww.kpu.go.id www.kpu.go.id",
            "httpſ://\u{212A}pu.go.id",
            "kota.kpu.go.idkota.kpu.go.id",
            "a--b.-c.kpu.go.id",
            "Semarang,kota-semarang.kpu.go.id",
        ] {
            assert_eq!(
                first_domain(text, usize::MAX, token(text)),
                by_pattern(text, token(text)),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn finds_what_the_pattern_finds_anywhere(text in "(kpu|\u{212A}pu|go|id|https?://|httpſ|www|[.,/ :-]|[aKsſé9]|WWW|HTTP|KPU|Go){0,16}", max_start in 0usize..30) {
            proptest::prop_assert_eq!(first_domain(&text, usize::MAX, token(&text)), by_pattern(&text, token(&text)));
            // Up to a start, as the dateline asks.
            let early = by_pattern(&text, token(&text)).filter(|f| f.start <= max_start);
            proptest::prop_assert_eq!(first_domain(&text, max_start, token(&text)), early);
            // Every match in turn, whether or not it starts a token.
            let all: Vec<_> = DOMAIN.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            let mut from = 0;
            let mut mine = Vec::new();
            while let Some(found) = leftmost(&text, from, usize::MAX) {
                mine.push((found.start, found.end));
                from = found.end;
            }
            proptest::prop_assert_eq!(mine, all);
        }
    }
}
