//! `punct/doubled-mark`: a doubled comma, semicolon or colon (`manusia,,`), or two
//! periods that are neither a period nor an ellipsis (`selesai..`).

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct DoubledMark;
    id: "punct/doubled-mark",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Koma, titik koma, titik dua atau titik ditulis ganda",
        "Comma, semicolon, colon or period written twice",
    ),
    what: (
        "Dua titik (`selesai..`) bukan titik dan bukan elipsis (`...`); elipsis dan elipsis di akhir kalimat (`....`) dibiarkan, begitu pula alamat laman.",
        "Two periods (`selesai..`) are neither a period nor an ellipsis (`...`); ellipses, a sentence-final ellipsis (`....`) and web addresses are left alone.",
    ),
    why: ("Satu tanda baca cukup: `manusia,` bukan `manusia,,`.", "One mark is enough: `manusia,`, not `manusia,,`."),
    fix_safety: (
        "Perbaikan aman untuk koma, titik koma, dan titik dua ganda; untuk dua titik perbaikannya tidak aman, karena penulis mungkin bermaksud menulis elipsis.",
        "The fix is safe for a doubled comma, semicolon or colon; for two periods it is unsafe, since the writer may have meant an ellipsis.",
    ),
    examples: [Example {
        bad: "Operator menyampaikan kendala, antara lain keterbatasan sumber daya manusia,, perangkat yang usang, dan ruang layanan yang sempit.",
        good: "Operator menyampaikan kendala, antara lain keterbatasan sumber daya manusia, perangkat yang usang, dan ruang layanan yang sempit...",
    }],
    messages: {
        MESSAGE = ("Tanda '{mark}' ditulis ganda: '{found}'", "'{mark}' written twice: '{found}'"),
        FIX = ("Ganti dengan '{mark}'", "Replace with '{mark}'"),
    },
}

impl Rule for DoubledMark {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let blocks: Vec<Span> = super::blocks(doc).collect();
        let runs = doubled_runs(doc.source.as_bytes(), &blocks);
        for block in blocks {
            let from = runs.partition_point(|&(start, _)| start < block.start);
            let to = runs.partition_point(|&(start, _)| start < block.end);
            let in_block = runs.get(from..to).unwrap_or_default();
            // Commas, semicolons and periods first, then colons: the order the rule has
            // always reported them in, which decides what a findings limit keeps.
            let (colons, others): (Vec<_>, Vec<_>) = in_block
                .iter()
                .partition(|&&(start, _)| doc.source.as_bytes()[start] == b':');
            for (start, run) in others.into_iter().chain(colons) {
                let mark = doc.source.as_bytes()[start];
                let span = Span::new(start, start + run);
                if doc.in_address(span) || doc.touches_dateline(span) || doc.touches_credit(span) {
                    continue;
                }
                let mark = char::from(mark).to_string();
                let args = [("mark", mark.as_str()), ("found", doc.text(span))];
                let title = cx.text(&FIX, &args);
                let edits = vec![Edit::replace(span, mark.as_str())];
                let fix = if mark == "." {
                    Fix::unsafe_(title, edits)
                } else {
                    Fix::safe(title, edits)
                };
                out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
            }
        }
    }
}

/// The two-mark needles: a doubled mark holds one of them.
static PAIRS: LazyLock<[Finder<'static>; 4]> =
    LazyLock::new(|| [",,", ";;", "..", "::"].map(|pair| Finder::new(pair.as_bytes())));

/// `(start, length)` of every run of two or more `,`, `;` or `:`, and of exactly two
/// periods (three or more are an ellipsis: `...`, `....`), within one of `blocks`
/// (spans of `bytes` in order), in order. Found by searching the text of all blocks at
/// once for two marks in a row, which are rare, not by visiting every mark, which are
/// not.
fn doubled_runs(bytes: &[u8], blocks: &[Span]) -> Vec<(usize, usize)> {
    let (Some(first), Some(last)) = (blocks.first(), blocks.last()) else {
        return Vec::new();
    };
    let mut runs = Vec::new();
    for pair in PAIRS.iter() {
        let mark = pair.needle()[0];
        // The search resumes one byte on (not two, as an iterator would), so that a pair
        // straddling a block's edge cannot hide a pair that starts the next block.
        let mut from = first.start;
        while let Some(at) = pair.find(&bytes[from..last.end]).map(|i| from + i) {
            from = at + 1;
            let k = blocks.partition_point(|b| b.start <= at);
            let Some(block) = k.checked_sub(1).map(|k| blocks[k]) else {
                continue;
            };
            // Both marks inside one block.
            if at + 1 >= block.end {
                continue;
            }
            let start = block.start
                + bytes[block.start..at]
                    .iter()
                    .rposition(|&b| b != mark)
                    .map_or(0, |i| i + 1);
            let run = bytes[start..block.end].iter().take_while(|&&b| b == mark).count();
            from = start + run;
            if !(mark == b'.' && run > 2) {
                runs.push((start, run));
            }
        }
    }
    runs.sort_unstable();
    runs
}

#[cfg(test)]
mod tests {
    use crate::span::Span;

    #[test]
    fn runs() {
        let text = b"a,, b.. c... d.... e;; f:: g, h.\nx,,y ,,,z ::";
        let blocks = [Span::new(0, 32), Span::new(33, 35), Span::new(35, 42)];
        let found = super::doubled_runs(text, &blocks);
        // A run is counted within its block: `,` ending one block and `,` opening the
        // next are no pair; `::` after the last block is not read.
        assert_eq!(found, [(1, 2), (5, 2), (20, 2), (24, 2), (38, 3)]);
        let blocks = [Span::new(33, 34), Span::new(34, 42)];
        assert_eq!(super::doubled_runs(text, &blocks), [(34, 2), (38, 3)]);
    }
}
