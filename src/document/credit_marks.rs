//! How much a parenthesised group reads like a credit, answered for any group of a
//! paragraph from one pass over it. Judging each group by searching its own text was
//! quadratic when many `(` are never closed: each such group runs to the end of the
//! paragraph, so `(` × n searched n texts of length up to n.

/// How much a parenthesised group reads like a credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marks {
    /// An editor marker, a photo label or `dok`.
    Strong,
    /// Lowercase initials and a slash (`(rhd/sim)`); capital initials do not count:
    /// `(PPK/PPS)` is a pair of abbreviations.
    Weak,
    None,
}

/// The paragraph's credit words, by position.
pub struct MarkIndex<'a> {
    text: &'a str,
    lower: String,
    /// Each photo label `foto` (a whole word), with the position of the colon that
    /// follows it after spaces, if one does.
    labels: Vec<(usize, Option<usize>)>,
    /// Each editor marker `ed` (a whole word).
    editors: Vec<usize>,
}

impl<'a> MarkIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let lower = text.to_ascii_lowercase();
        let labels = words(&lower, "foto")
            .map(|at| {
                let after = &lower[at + 4..];
                let colon = at + 4 + after.len() - after.trim_start().len();
                (at, lower[colon..].starts_with(':').then_some(colon))
            })
            .collect();
        let editors = words(&lower, "ed").collect();
        MarkIndex {
            text,
            lower,
            labels,
            editors,
        }
    }

    /// The marks of the group whose inner text is `start..end` (bounded by its
    /// parentheses or the end of the paragraph, never by a letter). `closed` says whether
    /// it has its closing parenthesis: only then can lowercase initials count (and only
    /// then is the inner text bounded, so looking for the slash stays linear).
    pub fn marks(&self, start: usize, end: usize, closed: bool) -> Marks {
        // Within the group, the first label decides, as it does when the parts are split.
        let first_label = self.labels.partition_point(|&(at, _)| at < start);
        let labelled = self
            .labels
            .get(first_label)
            .is_some_and(|&(at, colon)| at + 4 <= end && colon.is_some_and(|c| c < end));
        let first_editor = self.editors.partition_point(|&at| at < start);
        let edited = self.editors.get(first_editor).is_some_and(|&at| at + 2 <= end);
        let inner = &self.lower[start..end];
        if labelled || edited || inner.trim_start().starts_with("dok ") {
            return Marks::Strong;
        }
        let initials_slash = closed
            && self.text[start..end].split_once('/').is_some_and(|(first, _)| {
                let first = first.trim();
                (2..=4).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_lowercase())
            });
        if initials_slash {
            Marks::Weak
        } else {
            Marks::None
        }
    }
}

/// Where `word` stands in `lower` as a whole word, not part of a longer one.
pub fn words<'t>(lower: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    lower.match_indices(word).map(|(at, _)| at).filter(move |&at| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks as first written: searching the group's own text.
    fn marks_by_search(inner: &str) -> Marks {
        let lower = inner.to_ascii_lowercase();
        let labelled = words(&lower, "foto")
            .next()
            .is_some_and(|at| lower[at + 4..].trim_start().starts_with(':'));
        if labelled || words(&lower, "ed").next().is_some() || lower.trim_start().starts_with("dok ") {
            return Marks::Strong;
        }
        let initials_slash = inner.split_once('/').is_some_and(|(first, _)| {
            let first = first.trim();
            (2..=4).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_lowercase())
        });
        if initials_slash {
            Marks::Weak
        } else {
            Marks::None
        }
    }

    #[test]
    fn the_index_agrees_with_searching_each_group() {
        let text =
            "Rapat (awh/ed. Foto: rap/KPU) lalu (Foto rapat) (foto : x) (PPK/PPS) (dok KPU) (red/x) (fotoed: y) (ed";
        let index = MarkIndex::new(text);
        // Groups are bounded by parentheses, never by letters.
        let bound = |at: usize| at == 0 || at == text.len() || !text.as_bytes()[at].is_ascii_alphabetic();
        for start in 1..text.len() {
            for end in start..=text.len() {
                if bound(start - 1) && bound(end) {
                    let expected = marks_by_search(&text[start..end]);
                    let got = index.marks(start, end, true);
                    assert_eq!(got, expected, "{:?}", &text[start..end]);
                }
            }
        }
    }
}
