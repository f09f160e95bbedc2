//! Words with where they stand, and the gaps that open a sentence or a part. The
//! splitter that finds them, [`split`], lives in the private `tokens` module.

use super::Region;
use crate::span::Span;

pub use super::tokens::split;

/// A word: letters and digits, with `-`, `'` or `’` allowed between two of them
/// (`masing-masing`, `ke-96`, `Jum'at`), and where it stands, decided once at parse time.
///
/// Its six yes-or-no facts share one byte ([`Word::in_address`] and the methods after
/// it), so that the role bits can be 32 wide and a word still fits in 24 bytes: a
/// release's words are walked by every family, and a 20 MB line holds four million.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// What the house data knows the word as (`lexicon` role bits), looked up
    /// once when the document is parsed.
    pub roles: u32,
    /// The part of the release it belongs to.
    pub region: Region,
    /// The facts below, one bit each.
    pub(super) flags: u8,
}

// The reason for the flags byte, held: two offsets, the roles, the region and the flags.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Word>() == 24);

/// Bits of [`Word::flags`].
pub(super) const IN_ADDRESS: u8 = 1;
pub(super) const IN_QUOTE: u8 = 2;
pub(super) const IN_HANDLE: u8 = 4;
pub(super) const SENTENCE_START: u8 = 8;
pub(super) const PART_START: u8 = 16;
/// The high bit, as [`FIRST_UPPER`] of the splitter's token, so that the pass copies it
/// with one mask.
pub(super) const CAPITALISED: u8 = 128;

impl Word {
    /// Inside a URL, an e-mail address or a domain: word rules leave it alone.
    pub fn in_address(&self) -> bool {
        self.flags & IN_ADDRESS != 0
    }

    /// Inside a quotation.
    pub fn in_quote(&self) -> bool {
        self.flags & IN_QUOTE != 0
    }

    /// Part of a hashtag, handle or identifier (`#TemanPemilih`, `@kpu_ri`).
    pub fn in_handle(&self) -> bool {
        self.flags & IN_HANDLE != 0
    }

    /// First word of a sentence: of its block (headline or paragraph), of the news after
    /// the dateline, or after `.`, `!` or `?` (opening quotes and brackets between).
    pub fn sentence_start(&self) -> bool {
        self.flags & SENTENCE_START != 0
    }

    /// First word of a sentence or of a part where a capital is usual: also after `:`,
    /// a dash or an opening quotation mark. A capital here says nothing about names.
    pub fn part_start(&self) -> bool {
        self.flags & PART_START != 0
    }

    /// Starts with a capital letter (`Semarang`, `KPU`, `Évian`): told by the splitter from
    /// the first character it read, so that rules looking for names read no text.
    pub fn capitalised(&self) -> bool {
        self.flags & CAPITALISED != 0
    }

    /// Running text that word rules judge: not an address, not initials in the credit tail.
    pub fn is_checked(&self) -> bool {
        !self.in_address() && self.region != Region::CreditTail
    }

    /// Running prose of the headline or body: not the dateline, the credit tail or text
    /// after it, an address or a handle.
    pub fn is_prose(&self) -> bool {
        matches!(self.region, Region::Headline | Region::Body) && !self.in_address() && !self.in_handle()
    }
}

/// Whether the text between two words ends a sentence, a part or opens a quotation, so
/// that the next word starts a part. An opening quote mark is the last thing before the word.
pub fn opens_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ':', '—', '“']) || gap.ends_with(['"', '\'', '‘'])
}

/// Whether the text between two headline words opens a part of the headline, where a
/// title capitalises even a function word (`Sharing: Humas Didorong`): a `:`, `?`, `!`,
/// `|`, a dash, an opening quotation mark or parenthesis. A headline's parts differ from
/// the sentence parts of [`opens_sentence`]: `.` inside a headline (`Rp2.5`) opens none,
/// `|`, `(` and a spaced hyphen do. For any headline, the front matter `title` too, so it
/// works on the text between, not on [`Word`]s.
pub fn opens_headline_part(gap: &str) -> bool {
    gap.contains([':', '?', '!', '—', '–', '“', '"', '(', '|']) || gap.trim() == "-"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_part_openers() {
        for gap in [": ", " | ", " - ", " – ", " (", " “", "? "] {
            assert!(opens_headline_part(gap), "{gap:?}");
        }
        for gap in [" ", ".", ", ", "/"] {
            assert!(!opens_headline_part(gap), "{gap:?}");
        }
    }

    #[test]
    fn sentence_openers() {
        for gap in [". ", "? ", ", “", " \"", ": ", " — ", ".” "] {
            assert!(opens_sentence(gap), "{gap:?}");
        }
        for gap in [" ", ", ", " (", "\" ", "\n", " – "] {
            assert!(!opens_sentence(gap), "{gap:?}");
        }
    }
}
