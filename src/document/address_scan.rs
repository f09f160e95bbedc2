//! The address pattern of [`super::text_spans`] as a scanner over the bytes of an ASCII
//! token: the same matches as the regex (a property test below proves it), without
//! compiling the regex at start-up or running it on the few tokens that may hold an
//! address. A token with a character beyond ASCII goes to the regex, whose Unicode case
//! folding (`ſ` is `s`) and word characters a scanner would have to copy.
//!
//! The pattern, tried at each start in turn, its first alternative that matches winning:
//! 1. `https?://` or `www.`, then characters up to white space, `<>()[]"` or `“”`;
//! 2. an e-mail address: `[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+`;
//! 3. a domain at a word boundary: labels `[a-z0-9][a-z0-9-]*\.`, then one of the
//!    [`SUFFIXES`], then a word boundary.

/// The endings of a bare domain, in the pattern's order. No two start alike, so at most
/// one fits at a place.
const SUFFIXES: [&[u8]; 13] = [
    b"go.id", b"ac.id", b"or.id", b"co.id", b"sch.id", b"web.id", b"my.id", b"id", b"com", b"org", b"net", b"info",
    b"io",
];

/// Calls `found(start, end)` for each match of the address pattern in `token`, an ASCII
/// text without white space, left to right as the regex's `find_iter` reports them.
pub(super) fn scan(token: &[u8], mut found: impl FnMut(usize, usize)) {
    let mut mail = Reach::default();
    let mut domain = Reach::default();
    let mut p = 0;
    while p < token.len() {
        if p >= mail.until {
            mail = mail_from(token, p);
        }
        if p >= domain.until {
            domain = domain_from(token, p);
        }
        let end = web(token, p)
            .or_else(|| mail.end.filter(|_| is_local(token[p])))
            .or_else(|| {
                let boundary = token[p].is_ascii_alphanumeric() && (p == 0 || !is_word(token[p - 1]));
                domain.end.filter(|_| boundary && p <= domain.last_start)
            });
        match end {
            Some(end) => {
                found(p, end);
                p = end;
            }
            None => p += 1,
        }
    }
}

/// Where a match of one alternative reaches from any start in a stretch of the token,
/// worked out once for the stretch: a second start in it (`a.b.c` tried at `a`, then at
/// `b`) reads no byte again, so a hostile token of a million dots costs a million steps,
/// not a million squared.
#[derive(Default)]
struct Reach {
    /// The stretch holds the starts before this byte.
    until: usize,
    /// Starts up to this one reach `end`; later ones reach nothing.
    last_start: usize,
    end: Option<usize>,
}

/// Alternative 1 at `p`: its end, if it matches.
fn web(token: &[u8], p: usize) -> Option<usize> {
    if !matches!(token[p], b'h' | b'H' | b'w' | b'W') {
        return None;
    }
    let rest = &token[p..];
    let prefix = [&b"https://"[..], b"http://", b"www."].into_iter().find(|prefix| {
        rest.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    })?;
    let tail = rest[prefix.len()..]
        .iter()
        .take_while(|&&b| !matches!(b, b'<' | b'>' | b'(' | b')' | b'[' | b']' | b'"'))
        .count();
    (tail > 0).then_some(p + prefix.len() + tail)
}

/// Alternative 2 from the run of local-part bytes starting at `p`: every start in it ends
/// the local part at the same byte, which must be `@` with a domain after it. A start
/// that is no local-part byte matches nothing (the caller checks).
fn mail_from(token: &[u8], p: usize) -> Reach {
    let at = p + token[p..].iter().take_while(|&&b| is_local(b)).count();
    let end = (token.get(at) == Some(&b'@'))
        .then(|| mail_domain(token, at + 1))
        .flatten();
    Reach {
        until: at.max(p + 1),
        last_start: at.saturating_sub(1),
        end,
    }
}

/// `[a-z0-9-]+(\.[a-z0-9-]+)+` at `i`: its end, if it matches.
fn mail_domain(token: &[u8], mut i: usize) -> Option<usize> {
    let label = |i: usize| {
        token
            .get(i..)
            .map_or(0, |rest| rest.iter().take_while(|&&b| is_label(b)).count())
    };
    let first = label(i);
    if first == 0 {
        return None;
    }
    i += first;
    let mut more = false;
    while token.get(i) == Some(&b'.') && label(i + 1) > 0 {
        i += 1 + label(i + 1);
        more = true;
    }
    more.then_some(i)
}

/// Alternative 3 from the chain of labels starting at `p`. Every later start in the chain
/// has the same labels after it, so the same dots: the match prefers the most labels, so
/// it ends after the last dot that a suffix fits, for every start before that dot. A start
/// that is no letter or digit after a word boundary matches nothing (the caller checks).
fn domain_from(token: &[u8], p: usize) -> Reach {
    let mut best = None;
    let mut i = p;
    // A label: a letter or digit, letters, digits or hyphens, then its dot.
    while token.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        let dot = i + token[i..].iter().take_while(|&&b| is_label(b)).count();
        if token.get(dot) != Some(&b'.') {
            break;
        }
        if let Some(end) = suffix_end(token, dot + 1) {
            best = Some((dot, end));
        }
        i = dot + 1;
    }
    Reach {
        until: i.max(p + 1),
        last_start: best.map_or(0, |(dot, _)| dot - 1),
        end: best.map(|(_, end)| end),
    }
}

/// The end of the suffix at `i`, if one fits and a word boundary follows it.
fn suffix_end(token: &[u8], i: usize) -> Option<usize> {
    let rest = &token[i.min(token.len())..];
    let suffix = SUFFIXES
        .iter()
        .find(|s| rest.get(..s.len()).is_some_and(|head| head.eq_ignore_ascii_case(s)))?;
    let end = i + suffix.len();
    (!token.get(end).copied().is_some_and(is_word)).then_some(end)
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_label(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// A word character of `\b` in ASCII.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[cfg(test)]
mod tests {
    use super::super::text_spans::ADDRESS;
    use super::*;

    fn scanned(token: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        scan(token.as_bytes(), |start, end| found.push((start, end)));
        found
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        /// On any ASCII token the scanner finds what the regex finds.
        #[test]
        fn finds_what_the_regex_finds(
            token in r#"(kpu|go|id|ac|or|co|sch|web|my|com|org|net|info|io|www\.|https://|http://|HtTpS://|WwW\.|@|\.|\.\.|-|_|%|\+|[a-zA-Z0-9]|[<>()\[\]"/:,;!?'])*"#
        ) {
            let by_regex: Vec<(usize, usize)> = ADDRESS.find_iter(&token).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(scanned(&token), by_regex);
        }
    }

    #[test]
    fn known_tokens() {
        assert_eq!(scanned("kpu.go.id"), [(0, 9)]);
        assert_eq!(scanned("(kpu.go.id.x)"), [(1, 10)]);
        // No word boundary before `kpu`: the domain starts at `go`.
        assert_eq!(scanned("x_kpu.go.id"), [(6, 11)]);
        assert_eq!(scanned("ppid@kota-semarang.kpu.go.id,"), [(0, 28)]);
        assert_eq!(scanned("https://kpu.go.id/berita."), [(0, 25)]);
        assert_eq!(scanned("S.H.,"), []);
    }

    /// A token of many labels and no suffix is read once, not once a start.
    #[test]
    fn long_chains_stay_linear() {
        let token = "a.".repeat(200_000);
        assert_eq!(scanned(&token), []);
        let token = format!("{}com", "a.".repeat(200_000));
        assert_eq!(scanned(&token), [(0, token.len())]);
    }
}
