//! `punct/unbalanced-quote`: a quotation mark without its partner in the paragraph.
//!
//! A quotation may run over several paragraphs: each paragraph then opens with a quote
//! mark and only the last one closes. An opening mark left open at the end of a
//! paragraph is therefore fine when the next paragraph opens with a quote mark.

use crate::document::Document;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct UnbalancedQuote;
    id: "punct/unbalanced-quote",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: ("Tanda petik tidak berpasangan", "Unbalanced quotation marks"),
    what: (
        "Kutipan langsung dibuka dan ditutup dengan tanda petik: `“Kami siap,” ujar Hendra.` Kutipan yang berlanjut ke paragraf berikutnya (paragraf berikutnya juga dibuka dengan tanda petik) dibiarkan.",
        "A direct quotation opens and closes with quotation marks: `“Kami siap,” ujar Hendra.` A quotation that continues into the next paragraph (which opens with a quotation mark again) is left alone.",
    ),
    why: (
        "Tanda petik yang tidak berpasangan membuat pembaca tidak tahu di mana ucapan narasumber berakhir.",
        "An unpaired mark leaves readers unsure where the speaker's words end.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: letak tanda yang hilang harus ditentukan penulis.",
        "No automatic fix: only the writer knows where the missing mark goes.",
    ),
    examples: [Example {
        bad: "“Kami tidak meminta perlakuan istimewa, kami hanya ingin bisa datang ke tempat pemungutan suara, kata Yohanes.",
        good: "“Kami tidak meminta perlakuan istimewa,” kata Yohanes, “kami hanya ingin bisa datang ke tempat pemungutan suara.”",
    }],
    messages: {
        UNCLOSED = (
            "Tanda petik pembuka '“' tidak ditutup dalam paragraf ini",
            "Opening quotation mark '“' is not closed in this paragraph",
        ),
        UNOPENED = (
            "Tanda petik penutup '”' tanpa tanda petik pembuka",
            "Closing quotation mark '”' without an opening one",
        ),
        ODD_STRAIGHT = (
            "Tanda petik '\"' tidak berpasangan dalam paragraf ini",
            "Unpaired quotation mark '\"' in this paragraph",
        ),
    },
}

impl Rule for UnbalancedQuote {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let blocks: Vec<(Span, bool)> = doc
            .headline
            .iter()
            .map(|h| (h.span, false))
            .chain(doc.paragraphs.iter().enumerate().map(|(n, p)| {
                let continues = doc
                    .paragraphs
                    .get(n + 1)
                    .is_some_and(|next| doc.text(*next).trim_start().starts_with(['“', '"']));
                (*p, continues)
            }))
            .collect();
        for (block, continues) in blocks {
            check_block(cx, doc, block, continues, out);
        }
    }
}

fn check_block(cx: &Context<'_>, doc: &Document<'_>, block: Span, continues: bool, out: &mut Findings) {
    let text = doc.text(block);
    let mut open: Vec<usize> = Vec::new();
    let mut straight: Vec<usize> = Vec::new();
    for (i, c) in super::quote_marks(text) {
        let at = Span::new(block.start + i, block.start + i + c.len_utf8());
        // `Kota “ ungkap`: a closing mark turned the wrong way (`punct/quote-comma`
        // reports it); it still closes the quotation.
        let turned = c == '“'
            && !open.is_empty()
            && super::quote_comma::lone_opening_mark(text, i)
            && super::quote_comma::speech_tag(&text[i + c.len_utf8()..]).is_some();
        match c {
            '“' if turned => {
                open.pop();
            }
            '“' => open.push(i),
            '”' if open.pop().is_none() => out.push(cx.finding(&META, at, &UNOPENED, &[])),
            '"' if !doc.in_address(at) => straight.push(i),
            _ => {}
        }
    }
    // The last mark left open may continue in the next paragraph.
    let keep = usize::from(continues);
    for i in open.iter().take(open.len().saturating_sub(keep)) {
        let span = Span::new(block.start + i, block.start + i + '“'.len_utf8());
        out.push(cx.finding(&META, span, &UNCLOSED, &[]));
    }
    if straight.len() % 2 == 1 && !(continues && open.is_empty()) {
        if let Some(&last) = straight.last() {
            let span = Span::new(block.start + last, block.start + last + 1);
            out.push(cx.finding(&META, span, &ODD_STRAIGHT, &[]));
        }
    }
}
