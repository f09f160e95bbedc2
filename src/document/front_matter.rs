//! Locating a YAML (`---`) or TOML (`+++`) front matter block at the top of a release.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrontMatterFormat {
    Yaml,
    Toml,
}

/// A front matter block. `block` covers the delimiters too; `body` only the text between
/// them. Parsing the keys is left to the `meta/` rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrontMatter {
    pub format: FrontMatterFormat,
    pub block: Span,
    pub body: Span,
    /// The opening delimiter has no closing one: the whole block is suspect.
    pub unclosed: bool,
}

/// Finds the front matter that starts at `start` (after a BOM). An opening delimiter
/// without a closing one is reported as `unclosed` and covers only the opening line, so
/// the rest of the text is still linted as a release.
pub fn locate(source: &str, start: usize) -> Option<FrontMatter> {
    let text = &source[start..];
    let (format, delimiter) = if text.starts_with("---") {
        (FrontMatterFormat::Yaml, "---")
    } else if text.starts_with("+++") {
        (FrontMatterFormat::Toml, "+++")
    } else {
        return None;
    };
    let first_end = line_end(text, 0);
    if text[delimiter.len()..first_end.content].trim() != "" {
        return None;
    }
    let body_start = first_end.next;
    let mut pos = body_start;
    while pos < text.len() {
        let end = line_end(text, pos);
        let line = &text[pos..end.content];
        let closes = line.trim_end() == delimiter || (format == FrontMatterFormat::Yaml && line.trim_end() == "...");
        if closes {
            return Some(FrontMatter {
                format,
                block: Span::new(start, start + end.next),
                body: Span::new(start + body_start, start + pos),
                unclosed: false,
            });
        }
        pos = end.next;
    }
    // Unclosed: the block is taken to run over the `key: value` lines that follow the
    // opening delimiter, so the text after them is still linted as a release.
    let mut end = body_start;
    while end < text.len() {
        let line_end = line_end(text, end);
        if !looks_like_key_line(&text[end..line_end.content]) {
            break;
        }
        end = line_end.next;
    }
    Some(FrontMatter {
        format,
        block: Span::new(start, start + end),
        body: Span::new(start + body_start, start + end),
        unclosed: true,
    })
}

/// `key: value`, `key = value`, a list item or an indented continuation.
fn looks_like_key_line(line: &str) -> bool {
    if line.trim().is_empty() {
        return false;
    }
    if line.starts_with([' ', '\t', '-']) {
        return true;
    }
    let key_end = line.find([':', '=']).unwrap_or(0);
    key_end > 0
        && line[..key_end]
            .trim_end()
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

struct LineEnd {
    /// End of the line's text (before the terminator).
    content: usize,
    /// Start of the next line.
    next: usize,
}

fn line_end(text: &str, from: usize) -> LineEnd {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                return LineEnd {
                    content: i,
                    next: i + 1,
                }
            }
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                return LineEnd {
                    content: i,
                    next: i + 2,
                }
            }
            b'\r' => {
                return LineEnd {
                    content: i,
                    next: i + 1,
                }
            }
            _ => i += 1,
        }
    }
    LineEnd {
        content: bytes.len(),
        next: bytes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_block_with_crlf() {
        let src = "---\r\ntitle: x\r\n---\r\nbody";
        let fm = locate(src, 0).unwrap();
        assert_eq!(fm.format, FrontMatterFormat::Yaml);
        assert_eq!(fm.body.text(src), "title: x\r\n");
        assert_eq!(&src[fm.block.end..], "body");
        assert!(!fm.unclosed);
    }

    #[test]
    fn toml_block() {
        let src = "+++\ntitle = 'x'\n+++\n";
        let fm = locate(src, 0).unwrap();
        assert_eq!(fm.format, FrontMatterFormat::Toml);
        assert_eq!(fm.block.end, src.len());
    }

    #[test]
    fn unclosed_block_covers_the_key_lines_only() {
        let src = "---\ntitle: x\ntags:\n  - a\n\n# Judul\n";
        let fm = locate(src, 0).unwrap();
        assert!(fm.unclosed);
        assert_eq!(&src[fm.block.end..], "\n# Judul\n");
        let src = "---\nJudul Berita\n";
        assert_eq!(locate(src, 0).unwrap().block, Span::new(0, 4));
    }

    #[test]
    fn a_rule_of_dashes_followed_by_text_is_not_front_matter() {
        assert!(locate("--- bukan\n", 0).is_none());
        assert!(locate("Judul\n---\n", 0).is_none());
    }
}
