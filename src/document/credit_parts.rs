//! The parts of a credit tail's inner text (`awh/ed. Foto: rap/KPU Kota Semarang`):
//! the writers' byline, the editor marker and the photo credit, each with its span.
//! [`super::credit`] finds the tail; this module only splits what is inside it.

use super::credit_marks::words;
use crate::span::Span;

/// The parts of `awh/ed. Foto: rap/KPU Kota Semarang`, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CreditParts {
    /// The writer initials with the slashes between them (`div/sim`), without the
    /// editor marker; empty when there are none. [`CreditParts::writers`] splits them.
    pub byline: Span,
    /// The editor marker (`ed.`, or a drift such as `ed` or `Ed.`), without its slash.
    pub editor: Option<Span>,
    /// Where `/ed.` belongs when the marker is missing: the stray period after the last
    /// initials (`ndr.`), or an empty span after them.
    pub editor_slot: Span,
    /// Between the byline and the photo label: one space in the house form.
    pub label_gap: Span,
    pub photo: Option<PhotoCredit>,
}

impl CreditParts {
    /// Each writer's initials (`div`, `sim`), without the slashes between them.
    pub fn writers(self, source: &str) -> impl Iterator<Item = Span> + '_ {
        let mut at = self.byline.start;
        self.byline.text(source).split('/').filter_map(move |piece| {
            let lead = piece.len() - piece.trim_start().len();
            let span = Span::new(at + lead, at + lead + piece.trim().len());
            at += piece.len() + 1;
            (!span.is_empty()).then_some(span)
        })
    }
}

/// `Foto: rap/KPU Kota Semarang` or `Foto: dok KPU Kota Semarang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhotoCredit {
    /// The word `Foto` as written; empty when the credit follows the editor marker
    /// without a label.
    pub label: Span,
    /// From the label to the credit: `: ` in the house form.
    pub colon: Span,
    /// Everything after the colon, trimmed; empty when nothing follows.
    pub credit: Span,
    /// Photographer initials before the slash (`rap`).
    pub initials: Option<Span>,
    /// `dok`/`Dok` (from the documentation).
    pub dok: Option<Span>,
    /// The institution (`KPU Kota Semarang`), trimmed; empty when not written.
    pub institution: Span,
}

/// The photo label `foto` (any case) in the lowercased inner text.
fn find_label(lower: &str) -> Option<usize> {
    words(lower, "foto").next()
}

/// Splits the inner text of a tail into its parts.
pub(super) fn parts(source: &str, inner: Span) -> CreditParts {
    let text = inner.text(source);
    let base = inner.start;
    let lower = text.to_ascii_lowercase();
    let label = find_label(&lower);
    // A slash or comma left before the label (`ed/Foto`, `ed., Foto`) belongs to the gap.
    let before_label =
        text[..label.unwrap_or(text.len())].trim_end_matches(|c: char| c.is_whitespace() || c == '/' || c == ',');
    let label_gap = Span::new(base + before_label.len(), base + label.unwrap_or(before_label.len()));

    let mut segments = Vec::new();
    let mut at = 0;
    for piece in before_label.split('/') {
        let lead = piece.len() - piece.trim_start().len();
        segments.push(Span::new(at + lead, at + lead + piece.trim().len()));
        at += piece.len() + 1;
    }
    let mut editor = None;
    let mut leftover = None;
    if let Some(&last) = segments.last() {
        let written = &lower[last.start..last.end];
        if written == "ed" || written.starts_with("ed.") || written.starts_with("ed ") {
            let len = if written.starts_with("ed.") { 3 } else { 2 };
            editor = Some(Span::new(last.start, last.start + len).shift(base));
            let rest = text[last.start + len..last.end].trim_start();
            leftover = (!rest.is_empty()).then(|| Span::new(last.end - rest.len(), last.end).shift(base));
            segments.pop();
        }
    }
    let written: Vec<Span> = segments.into_iter().filter(|s| !s.is_empty()).collect();
    let mut byline = match (written.first(), written.last()) {
        (Some(first), Some(last)) => Span::new(first.start, last.end),
        _ => Span::empty(before_label.len()),
    };
    let mut editor_slot = Span::empty(editor.map_or(base + byline.end, |e| e.start));
    if editor.is_none() && !byline.is_empty() {
        if text[byline.start..byline.end].ends_with('.') {
            byline.end -= 1;
            editor_slot = Span::new(base + byline.end, base + byline.end + 1);
        } else {
            editor_slot = Span::empty(base + byline.end);
        }
    }
    let byline = byline.shift(base);

    let photo = match (label, leftover) {
        (Some(at), _) => {
            let after = &text[at + 4..];
            let spaces = |t: &str| t.len() - t.trim_start().len();
            let colon_len = match after[spaces(after)..].strip_prefix(':') {
                Some(rest) => after.len() - rest.len() + spaces(rest),
                None => spaces(after),
            };
            let credit_start = at + 4 + colon_len;
            let credit = Span::new(credit_start, credit_start + text[credit_start..].trim_end().len()).shift(base);
            Some(photo_credit(
                source,
                Span::new(at, at + 4).shift(base),
                Span::new(at + 4, credit_start).shift(base),
                credit,
            ))
        }
        (None, Some(credit)) => Some(photo_credit(
            source,
            Span::empty(credit.start),
            Span::empty(credit.start),
            credit,
        )),
        (None, None) => None,
    };
    CreditParts {
        byline,
        editor,
        editor_slot,
        label_gap,
        photo,
    }
}

/// Splits `rap/KPU Kota Semarang` or `dok KPU Kota Semarang` (absolute spans).
fn photo_credit(source: &str, label: Span, colon: Span, credit: Span) -> PhotoCredit {
    let text = credit.text(source);
    let lower = text.to_ascii_lowercase();
    let mut initials = None;
    let mut dok = None;
    let rest = if lower.starts_with("dok") && !lower[3..].starts_with(|c: char| c.is_alphabetic()) {
        dok = Some(Span::new(credit.start, credit.start + 3));
        3 + text[3..].len() - text[3..].trim_start_matches(['.', ' ']).len()
    } else if let Some(slash) = text.find('/') {
        let written = text[..slash].trim_end();
        initials = Some(Span::new(credit.start, credit.start + written.len()));
        slash + 1 + text[slash + 1..].len() - text[slash + 1..].trim_start().len()
    } else {
        0
    };
    PhotoCredit {
        label,
        colon,
        credit,
        initials,
        dok,
        institution: Span::new(credit.start + rest, credit.end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::credit::locate;

    /// The parts of the tail at the end of `t`, as text.
    fn parts_of(t: &str) -> (Vec<&str>, Option<&str>, &str, &str, Option<[&str; 5]>) {
        let tail = locate(t, Span::new(0, t.len()), t.len()).expect("a tail");
        let p = tail.parts;
        let opt = |s: Option<Span>| s.map_or("-", |s| s.text(t));
        (
            p.writers(t).map(|w| w.text(t)).collect(),
            p.editor.map(|e| e.text(t)),
            p.editor_slot.text(t),
            p.label_gap.text(t),
            p.photo.map(|f| {
                [
                    f.label.text(t),
                    f.colon.text(t),
                    opt(f.initials),
                    opt(f.dok),
                    f.institution.text(t),
                ]
            }),
        )
    }

    #[test]
    fn splits_the_house_form() {
        let (writers, editor, _, gap, photo) = parts_of("(div/sim/ed. Foto: rhd/KPU Kota Semarang)");
        assert_eq!(writers, ["div", "sim"]);
        assert_eq!(editor, Some("ed."));
        assert_eq!(gap, " ");
        assert_eq!(photo, Some(["Foto", ": ", "rhd", "-", "KPU Kota Semarang"]));
        let (_, _, _, _, photo) = parts_of("(nrh/ed. Foto: dok KPU Kabupaten Kendal)");
        assert_eq!(photo, Some(["Foto", ": ", "-", "dok", "KPU Kabupaten Kendal"]));
    }

    #[test]
    fn splits_drifted_forms() {
        let (writers, editor, slot, _, _) = parts_of("(ndr. Foto: tya/KPU Kabupaten Banyumas)");
        assert_eq!((writers, editor, slot), (vec!["ndr"], None, "."));
        let (_, _, _, gap, photo) = parts_of("(awh/ed.Foto :rap/KPU Kota Semarang)");
        assert_eq!(gap, "");
        assert_eq!(photo.unwrap()[..2], ["Foto", " :"]);
        let (writers, editor, _, _, photo) = parts_of("(RA/ed. foto: awh/KPU Kota Semarang)");
        assert_eq!((writers, editor), (vec!["RA"], Some("ed.")));
        assert_eq!(photo.unwrap()[0], "foto");
        let (writers, editor, _, gap, _) = parts_of("(awh/ed/Foto: rap/KPU Kota Semarang)");
        assert_eq!((writers, editor, gap), (vec!["awh"], Some("ed"), "/"));
        let (_, editor, _, _, photo) = parts_of("(rhd/ed.)");
        assert_eq!((editor, photo), (Some("ed."), None));
        let (_, _, _, _, photo) = parts_of("(rhd/ed. dok KPU Kota Semarang)");
        assert_eq!(photo, Some(["", "", "-", "dok", "KPU Kota Semarang"]));
    }
}
