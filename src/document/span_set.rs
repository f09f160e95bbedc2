//! Sorted spans that answer "does any of them overlap, contain, start or end here" by
//! binary search. Rules ask these questions for every word and every mark of a release;
//! a linear scan per question made an archive with thousands of addresses or quotations
//! quadratic (100,000 paragraphs took minutes).

use std::ops::Deref;

use crate::span::Span;

/// Spans sorted by start (then end), with the furthest end reached so far at each
/// index, so nested or overlapping spans are still answered exactly. Reads as a slice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpanSet {
    spans: Vec<Span>,
    /// `reach[i]` = the largest `end` among `spans[..=i]`.
    reach: Vec<usize>,
    /// Every span's end, sorted.
    ends: Vec<usize>,
}

impl SpanSet {
    pub fn new(mut spans: Vec<Span>) -> Self {
        // Equal spans are alike, so an unstable sort orders them as a stable one would,
        // without the scratch buffer a stable sort allocates.
        spans.sort_unstable();
        let mut furthest = 0;
        let mut reach = super::pool::take(spans.len());
        reach.extend(spans.iter().map(|s| {
            furthest = furthest.max(s.end);
            furthest
        }));
        let mut ends = super::pool::take(spans.len());
        ends.extend(spans.iter().map(|s| s.end));
        ends.sort_unstable();
        SpanSet { spans, reach, ends }
    }

    /// The set's vectors, for the pool ([`super::pool`]).
    pub(super) fn into_parts(self) -> (Vec<Span>, Vec<usize>, Vec<usize>) {
        (self.spans, self.reach, self.ends)
    }

    /// Whether any span overlaps `span` ([`Span::overlaps`]).
    pub fn overlaps(&self, span: Span) -> bool {
        // Candidates start before `span` ends; one of them must end after it starts.
        let k = self.spans.partition_point(|s| s.start < span.end);
        k > 0 && self.reach[k - 1] > span.start
    }

    /// Whether any span contains `span` ([`Span::contains`]).
    pub fn contains(&self, span: Span) -> bool {
        let k = self.spans.partition_point(|s| s.start <= span.start);
        k > 0 && self.reach[k - 1] >= span.end
    }

    /// Whether a span starts at byte `at`.
    pub fn starts_at(&self, at: usize) -> bool {
        let k = self.spans.partition_point(|s| s.start < at);
        self.spans.get(k).is_some_and(|s| s.start == at)
    }

    /// Whether a span ends at byte `at`.
    pub fn ends_at(&self, at: usize) -> bool {
        self.ends.binary_search(&at).is_ok()
    }
}

impl Deref for SpanSet {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        &self.spans
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary searches agree with a scan on every small span, nested and empty
    /// spans included.
    #[test]
    fn agrees_with_a_linear_scan() {
        let spans = vec![
            Span::new(10, 12),
            Span::new(0, 8),
            Span::new(2, 3),
            Span::new(5, 5),
            Span::new(9, 20),
        ];
        let set = SpanSet::new(spans.clone());
        for start in 0..22 {
            for end in start..22 {
                let probe = Span::new(start, end);
                assert_eq!(
                    set.overlaps(probe),
                    spans.iter().any(|s| s.overlaps(probe)),
                    "{probe:?}"
                );
                assert_eq!(
                    set.contains(probe),
                    spans.iter().any(|s| s.contains(probe)),
                    "{probe:?}"
                );
            }
            assert_eq!(set.starts_at(start), spans.iter().any(|s| s.start == start));
            assert_eq!(set.ends_at(start), spans.iter().any(|s| s.end == start));
        }
        assert!(!SpanSet::default().overlaps(Span::new(0, 1)));
        assert_eq!(set.first(), Some(&Span::new(0, 8)));
    }
}
