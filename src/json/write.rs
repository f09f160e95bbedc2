//! JSON v1 written straight into bytes, for `siaran check --format json`: byte for byte
//! what `serde_json` makes of [`JsonFile`](super::JsonFile) (a test holds the two equal),
//! without serde's generic path. That path sent every key through the string escaper
//! and every quote, colon and comma through a write of its own, a tenth of the command's
//! time on a corpus with many findings; here keys are literals and a string is copied
//! whole when no byte of it needs an escape.

use crate::diagnostic::Finding;
use crate::line_index::{LineIndex, Position};
use crate::lint::Report;
use crate::span::Span;

use super::source_name;

impl Report {
    /// Appends to `out` what `serde_json::to_writer(out, &report.to_json_field(path,
    /// field, source))` writes, faster.
    pub fn write_json(&self, path: &str, field: Option<&str>, source: &str, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"path\":");
        string(out, path);
        if let Some(field) = field {
            out.extend_from_slice(b",\"field\":");
            string(out, field);
        }
        out.extend_from_slice(b",\"publication_date\":");
        string(out, &self.pub_date.date.to_string());
        out.extend_from_slice(b",\"publication_date_source\":");
        string(out, source_name(self.pub_date.source));
        out.extend_from_slice(b",\"findings\":[");
        let mut at = Places {
            lines: &self.lines,
            source,
            last: None,
        };
        array(out, &self.findings, |out, finding| write_finding(out, finding, &mut at));
        out.extend_from_slice(b"]}");
    }
}

fn write_finding(out: &mut Vec<u8>, finding: &Finding, at: &mut Places<'_>) {
    out.extend_from_slice(b"{\"rule\":");
    string(out, finding.rule);
    out.extend_from_slice(b",\"severity\":");
    string(out, finding.severity.as_str());
    out.extend_from_slice(b",\"message\":");
    string(out, &finding.message);
    let start = at.range(out, finding.span);
    // Findings come sorted by start: the next one's column counts on from this one.
    at.last = Some((finding.span.start, start));
    out.extend_from_slice(b",\"labels\":[");
    array(out, &finding.labels, |out, label| {
        out.extend_from_slice(b"{\"message\":");
        string(out, &label.message);
        at.range(out, label.span);
        out.push(b'}');
    });
    out.extend_from_slice(b"],\"help\":");
    optional(out, finding.help.as_deref());
    out.extend_from_slice(b",\"note\":");
    optional(out, finding.note.as_deref());
    out.extend_from_slice(b",\"fix\":");
    let Some(fix) = &finding.fix else {
        out.extend_from_slice(b"null}");
        return;
    };
    out.extend_from_slice(b"{\"title\":");
    string(out, &fix.title);
    out.extend_from_slice(b",\"applicability\":");
    string(out, fix.applicability.as_str());
    out.extend_from_slice(b",\"edits\":[");
    array(out, &fix.edits, |out, edit| {
        out.extend_from_slice(b"{\"replacement\":");
        string(out, &edit.replacement);
        at.range(out, edit.span);
        out.push(b'}');
    });
    out.extend_from_slice(b"]}}");
}

/// Writes `items` one after another with `write`, separated by commas (the brackets are
/// the caller's, with the key before them).
fn array<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
}

/// Positions in one release's text, counted on from the last finding's start when it
/// is earlier on the same line (a column is a count of characters from the line start).
struct Places<'a> {
    lines: &'a LineIndex,
    source: &'a str,
    last: Option<(usize, Position)>,
}

impl Places<'_> {
    /// Writes the range's fields, each after a comma (they follow another field of the
    /// object), as [`super::Range`] has them; returns the start's position.
    fn range(&self, out: &mut Vec<u8>, span: Span) -> Position {
        let start = match self.last {
            Some((offset, position)) if offset <= span.start => {
                self.lines.position_after(self.source, position, offset, span.start)
            }
            _ => self.lines.position(self.source, span.start),
        };
        let end = self.lines.position_after(self.source, start, span.start, span.end);
        out.extend_from_slice(b",\"line\":");
        number(out, start.line);
        out.extend_from_slice(b",\"column\":");
        number(out, start.column);
        out.extend_from_slice(b",\"end_line\":");
        number(out, end.line);
        out.extend_from_slice(b",\"end_column\":");
        number(out, end.column);
        out.extend_from_slice(b",\"start\":");
        number(out, span.start);
        out.extend_from_slice(b",\"end\":");
        number(out, span.end);
        start
    }
}

fn optional(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(value) => string(out, value),
        None => out.extend_from_slice(b"null"),
    }
}

fn number(out: &mut Vec<u8>, mut n: usize) {
    // Most numbers are a line or a column of one or two digits.
    if n < 10 {
        out.push(b'0' + n as u8);
        return;
    }
    if n < 100 {
        out.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        return;
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    while n > 0 {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend_from_slice(&digits[at..]);
}

/// A JSON string as serde_json writes it: `"` and `\` escaped, control characters as
/// `\b \t \n \f \r` or `\u00XX` (lowercase hex), everything else as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.push(b'"');
    // Nearly no text needs an escape. Asking about every byte without stopping early
    // lets the compiler test sixteen at a time; the rare string that needs one is
    // escaped byte by byte.
    if bytes.iter().fold(false, |any, &b| any | needs_escape(b)) {
        let mut start = 0;
        for (at, &byte) in bytes.iter().enumerate() {
            if needs_escape(byte) {
                out.extend_from_slice(&bytes[start..at]);
                escape(out, byte);
                start = at + 1;
            }
        }
        out.extend_from_slice(&bytes[start..]);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
}

fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

fn escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x09 => b't',
        0x0A => b'n',
        0x0C => b'f',
        0x0D => b'r',
        _ => {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xF)],
            ]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é – “kutip” \u{2028} \u{feff} akhir\\\"");
        let mut samples = vec![all.clone(), String::new(), "tanpa escape sama sekali".to_string()];
        // Every byte value at every place of a string longer than two vectors of sixteen,
        // so both the vector test and its tail see it.
        let plain = "abcdefghijklmnopqrstuvwxyz0123456789";
        for byte in 0u8..0x80 {
            for at in 0..plain.len() {
                let mut s = plain.to_string();
                s.replace_range(at..at + 1, &char::from(byte).to_string());
                samples.push(s);
            }
        }
        for s in samples {
            let mut ours = Vec::new();
            string(&mut ours, &s);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(&s).unwrap(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn numbers_are_decimal() {
        for n in [0, 7, 10, 99, 100, 12_345, usize::MAX] {
            let mut out = Vec::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
        }
    }
}

#[cfg(test)]
mod fixtures {
    use crate::{lint, LintInput, Settings};

    /// Every fixture release, as named and as an article's field: the writer gives the
    /// bytes serde gives for the same report (labels, help, notes, fixes of every kind).
    #[test]
    fn writes_what_serde_writes_for_every_fixture() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut checked = 0;
        for family in std::fs::read_dir(root).unwrap() {
            for file in std::fs::read_dir(family.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if !path.extension().is_some_and(|e| e == "txt" || e == "md") {
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                let name = path.display().to_string();
                let input = LintInput::new(&source, jiff::civil::date(2025, 10, 27)).path(&name);
                let report = lint(&input, &Settings::default());
                for field in [None, Some("title")] {
                    let mut ours = Vec::new();
                    report.write_json(&name, field, &source, &mut ours);
                    let serde = serde_json::to_vec(&report.to_json_field(&name, field, &source)).unwrap();
                    assert_eq!(
                        String::from_utf8(ours).unwrap(),
                        String::from_utf8(serde).unwrap(),
                        "{name}"
                    );
                }
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
    }
}
