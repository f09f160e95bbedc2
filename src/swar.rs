//! Eight bytes at a time in one `u64` ("SIMD within a register"): the splitter reads runs
//! of lower-case letters this way, and consistency the case of a name, so the bit tricks
//! and their proof live once, here.

/// A one at every byte of a `u64`.
pub(crate) const ONES: u64 = u64::from_le_bytes([1; 8]);
/// A one at every byte's high bit.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// The first eight bytes of `bytes`, read little-endian; zeros past its end. Eight bytes
/// are one load; a shorter end is read byte by byte (a copy of a variable length would be
/// a call to memcpy).
#[inline]
pub(crate) fn load(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => bytes.iter().rev().fold(0, |x, &b| x << 8 | u64::from(b)),
    }
}

/// The low `n` bytes (eight at most) of a `u64` set.
#[inline]
pub(crate) fn low_bytes(n: usize) -> u64 {
    match n {
        0 => 0,
        1..=7 => (1 << (8 * n)) - 1,
        _ => u64::MAX,
    }
}

/// The high bits of the bytes of `x` that lie in `lo..=hi`, for bytes below 0x80 (clear
/// the high bits first to ask of any bytes): adding `0x80 - lo` sets a byte's high bit
/// from `lo` on, adding `0x7f - hi` from past `hi` on, and no byte below 0x80 carries
/// into the next.
#[inline]
pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn in_range_marks_the_bytes_in_range(bytes in proptest::array::uniform8(0u8..0x80), lo in 0u8..0x80, span in 0u8..0x80) {
            let hi = lo.saturating_add(span).min(0x7f);
            let marked = in_range(u64::from_le_bytes(bytes), lo, hi);
            for (k, b) in bytes.iter().enumerate() {
                prop_assert_eq!(marked >> (8 * k + 7) & 1 == 1, (lo..=hi).contains(b), "{} in {}..={}", b, lo, hi);
            }
        }

        #[test]
        fn load_reads_little_endian_with_zeros_past_the_end(bytes in proptest::collection::vec(any::<u8>(), 0..12)) {
            let mut eight = [0u8; 8];
            let n = bytes.len().min(8);
            eight[..n].copy_from_slice(&bytes[..n]);
            prop_assert_eq!(load(&bytes), u64::from_le_bytes(eight));
            prop_assert_eq!(load(&bytes) & low_bytes(n), u64::from_le_bytes(eight));
        }
    }
}
