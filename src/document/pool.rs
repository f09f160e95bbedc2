//! The vectors a parsed release held, kept on the thread for the next release it parses.
//!
//! A release allocates a dozen vectors (words, marked words, paragraphs, quotations,
//! addresses, dates, space runs, ...) and freed them all when linting was done: about a
//! tenth of the CPU time went to malloc and free. A worker checks thousands of releases
//! in a row, so [`Document::recycle`] hands them back here emptied, and the next parse
//! takes them with their room already there. Thread-local, so workers never share (or
//! lock) a pool; on wasm, which has one thread, it is one pool.

use std::cell::RefCell;

use super::{DateMention, Document, SpaceRun, SpanSet, Word};
use crate::line_index::LineIndex;
use crate::span::Span;

/// The largest vector kept, in bytes of room: a huge release (an archive pasted into one
/// file) must not pin its memory for the rest of the run. A typical release's words take
/// 15 KB.
const MAX_BYTES: usize = 1 << 20;

/// Vectors kept of one element type: the most that one document holds at once (spans:
/// body lines, paragraphs, comments, quotations, addresses and short terms), so every
/// release finds what the last one gave back and no more is kept.
const MAX_KEPT: usize = 8;

/// Emptied vectors of one element type.
pub(super) struct Shelf<T>(Vec<Vec<T>>);

impl<T> Shelf<T> {
    const fn new() -> Self {
        Shelf(Vec::new())
    }
}

/// The shelves of one thread.
pub(super) struct Pool {
    words: Shelf<Word>,
    indices: Shelf<u32>,
    spans: Shelf<Span>,
    offsets: Shelf<usize>,
    dates: Shelf<DateMention>,
    runs: Shelf<SpaceRun>,
}

thread_local! {
    static POOL: RefCell<Pool> = const {
        RefCell::new(Pool {
            words: Shelf::new(),
            indices: Shelf::new(),
            spans: Shelf::new(),
            offsets: Shelf::new(),
            dates: Shelf::new(),
            runs: Shelf::new(),
        })
    };
}

/// An element type the pool keeps vectors of.
pub(super) trait Pooled: Sized {
    fn shelf(pool: &mut Pool) -> &mut Shelf<Self>;
}

macro_rules! pooled {
    ($($ty:ty => $field:ident),* $(,)?) => {
        $(impl Pooled for $ty {
            fn shelf(pool: &mut Pool) -> &mut Shelf<Self> {
                &mut pool.$field
            }
        })*
    };
}

pooled!(Word => words, u32 => indices, Span => spans, usize => offsets, DateMention => dates, SpaceRun => runs);

/// An empty vector with room for at least `room` elements: a kept one when there is one.
pub(super) fn take<T: Pooled>(room: usize) -> Vec<T> {
    // `try_with` fails only while the thread is being torn down: then a new vector.
    let mut vec = POOL
        .try_with(|pool| T::shelf(&mut pool.borrow_mut()).0.pop())
        .ok()
        .flatten()
        .unwrap_or_default();
    vec.reserve(room);
    vec
}

/// Keeps `vec`, emptied, for the next [`take`], unless it is too big or enough are kept.
pub(super) fn give<T: Pooled>(mut vec: Vec<T>) {
    let bytes = vec.capacity() * std::mem::size_of::<T>();
    if bytes == 0 || bytes > MAX_BYTES {
        return;
    }
    vec.clear();
    let _ = POOL.try_with(|pool| {
        let mut pool = pool.borrow_mut();
        let shelf = &mut T::shelf(&mut pool).0;
        if shelf.len() < MAX_KEPT {
            shelf.push(vec);
        }
    });
}

impl SpanSet {
    /// Gives the set's vectors back to the pool.
    pub(crate) fn recycle(self) {
        let (spans, reach, ends) = self.into_parts();
        give(spans);
        give(reach);
        give(ends);
    }
}

impl Document<'_> {
    /// Gives the document's vectors back to this thread's pool for the next release it
    /// parses, keeping its line index, which a report carries on. (No `Drop` does this:
    /// the fields are public, and a caller may move any of them out.)
    pub(crate) fn recycle(self) -> LineIndex {
        give(self.words);
        give(self.marked);
        give(self.paragraphs);
        give(self.comments);
        give(self.dates);
        give(self.space_runs);
        self.quotes.recycle();
        self.addresses.recycle();
        if let Some(terms) = self.short_terms.into_inner() {
            terms.recycle();
        }
        self.lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_vector_is_taken_again_empty() {
        let mut spans: Vec<Span> = take(100);
        spans.push(Span::new(1, 2));
        let at = spans.as_ptr();
        give(spans);
        let again: Vec<Span> = take(10);
        assert!(again.is_empty());
        assert_eq!(again.as_ptr(), at);
        assert!(again.capacity() >= 100);
    }

    #[test]
    fn a_huge_vector_is_not_kept() {
        let kept = || POOL.with(|pool| pool.borrow().indices.0.len());
        let before = kept();
        give(Vec::<u32>::with_capacity(MAX_BYTES));
        assert_eq!(kept(), before);
        give(Vec::<u32>::with_capacity(16));
        assert_eq!(kept(), before + 1);
    }
}
