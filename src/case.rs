//! Letter case, in one place: how a word is written (its case and shape) and how to write
//! a replacement like the word it replaces. Every family asks here; none keeps its own.

/// How a word is capitalised, judged by its letters: the first decides, then the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// `praktek`, `e-KTP` (the first letter is lower case)
    Lower,
    /// `Praktek`, `Sub Bagian`, `DPTb` (a capital first, the rest not all capitals)
    Title,
    /// `PRAKTEK` (two letters or more, all capitals)
    Upper,
}

pub(crate) fn case_of(word: &str) -> Case {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    match letters.next() {
        Some(first) if first.is_uppercase() => {
            let mut rest = letters.peekable();
            if rest.peek().is_some() && rest.all(char::is_uppercase) {
                Case::Upper
            } else {
                Case::Title
            }
        }
        _ => Case::Lower,
    }
}

/// `replacement` written in `case`: `praktik` → `Praktik`, `PRAKTIK`. Lowercase leaves
/// the replacement as the data spells it (`Ramadan` stays a name).
pub(crate) fn with_case(replacement: &str, case: Case) -> String {
    match case {
        Case::Lower => replacement.to_string(),
        Case::Upper => replacement.to_uppercase(),
        Case::Title => {
            let mut chars = replacement.chars();
            chars
                .next()
                .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
        }
    }
}

/// `replacement` in the case of `found` (`Praktek` → `Praktik`).
pub(crate) fn match_case(found: &str, replacement: &str) -> String {
    with_case(replacement, case_of(found))
}

/// How a word reads to the spelling checks: a plain word, a name, or something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `partisipasi`, `masing-masing`: no capital at all.
    Lower,
    /// `Semarang`, `Se-jawa`: a capital first and no other.
    Title,
    /// `KPU`, `DPTb`, `TikTok`, `se-Jawa`: abbreviations and brand names.
    Other,
}

pub(crate) fn shape(word: &str) -> Shape {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    match letters.next() {
        Some(first) if first.is_uppercase() => {
            if letters.all(|c| !c.is_uppercase()) {
                Shape::Title
            } else {
                Shape::Other
            }
        }
        Some(_) if word.chars().all(|c| !c.is_uppercase()) => Shape::Lower,
        _ => Shape::Other,
    }
}

/// How a headline word is written: title case is judged part by part of a hyphenated
/// word, and any digit makes it a code or number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeadShape {
    /// No capital letter at all (`peringati`, `masing-masing`).
    Lower,
    /// Initial capital, the rest lower case; each hyphenated part after the first either
    /// capitalised or lower case (`Untuk`, `Undang-Undang`, `Sayur-mayur`).
    Capitalised,
    /// All capitals, mixed case or digits (`KPU`, `DPTb`, `TikTok`, `e-KTP`, `2024`).
    Other,
}

pub(crate) fn head_shape(word: &str) -> HeadShape {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return HeadShape::Other;
    }
    if !word.chars().any(char::is_uppercase) {
        return HeadShape::Lower;
    }
    let mut parts = word.split('-');
    let first_ok = parts.next().is_some_and(is_capitalised);
    if first_ok && parts.all(|p| is_capitalised(p) || !p.chars().any(char::is_uppercase)) {
        HeadShape::Capitalised
    } else {
        HeadShape::Other
    }
}

fn is_capitalised(part: &str) -> bool {
    let mut letters = part.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
}

/// All capitals, at least three letters, nothing else (`SPIP`, not `P3K` or `KPU-RI`).
pub(crate) fn is_all_caps(token: &str) -> bool {
    token.chars().all(char::is_uppercase) && token.chars().count() >= 3
}

/// Two or more capitals and no lower case: a word written in capitals.
pub(crate) fn is_caps_word(token: &str) -> bool {
    token.chars().filter(|c| c.is_uppercase()).count() >= 2 && !token.chars().any(char::is_lowercase)
}

/// `peringati` → `Peringati`; `masing-masing` → `Masing-Masing` (a full reduplication
/// capitalises both parts); `sehari-hari` → `Sehari-hari`.
pub(crate) fn capitalise(word: &str) -> String {
    let mut parts = word.split('-');
    let first = parts.next().unwrap_or_default();
    let mut out = upper_first(first);
    for part in parts {
        out.push('-');
        if part.eq_ignore_ascii_case(first) {
            out.push_str(&upper_first(part));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The first letter a capital and the rest lower case: `SEMARANG` → `Semarang`.
pub(crate) fn upper_first(part: &str) -> String {
    let mut chars = part.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    }
}

/// Every word of a name capitalised, the rest lower case: `SEMARANG` → `Semarang`,
/// `kota mungkid` → `Kota Mungkid`.
pub(crate) fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = c == ' ' || c == '-';
    }
    out
}

/// A replacement phrase in headline title case: `kerja sama` → `Kerja Sama`, `dari pintu
/// ke pintu` → `Dari Pintu ke Pintu` (the few function words that occur in the word-pair
/// replacements stay lower case after the first word).
pub(crate) fn headline_phrase(text: &str) -> String {
    const FUNCTION_WORDS: &[&str] = &["dan", "dari", "di", "ke", "untuk", "yang"];
    let words: Vec<String> = text
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && FUNCTION_WORDS.contains(&w) {
                w.to_string()
            } else {
                with_case(w, Case::Title)
            }
        })
        .collect();
    words.join(" ")
}

/// How the lower-case `listed` word sorts against `word` read in ASCII lower case: a
/// sorted list of lower-case words is searched with it as if `word` had been lowered,
/// without writing the lowered word anywhere (a copy and a UTF-8 check per word).
pub(crate) fn cmp_ascii_lower(listed: &str, word: &str) -> std::cmp::Ordering {
    listed.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

/// `word` in ASCII lower case, written into `buf` without allocating; `None` when the
/// word is not ASCII or longer than the buffer (no listed word is).
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let out = buf.get_mut(..word.len())?;
    if !word.is_ascii() {
        return None;
    }
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(case_of("praktek"), Case::Lower);
        assert_eq!(case_of("Praktek"), Case::Title);
        assert_eq!(case_of("PRAKTEK"), Case::Upper);
        assert_eq!(case_of("A"), Case::Title);
        assert_eq!(case_of("DPTb"), Case::Title);
        assert_eq!(case_of("e-KTP"), Case::Lower);
        assert_eq!(match_case("PRAKTEK", "praktik"), "PRAKTIK");
        assert_eq!(match_case("Praktek", "praktik"), "Praktik");
        assert_eq!(match_case("ramadhan", "Ramadan"), "Ramadan");
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("partisipasi"), Shape::Lower);
        assert_eq!(shape("masing-masing"), Shape::Lower);
        assert_eq!(shape("Semarang"), Shape::Title);
        assert_eq!(shape("Se-jawa"), Shape::Title);
        assert_eq!(shape("se-Jawa"), Shape::Other);
        assert_eq!(shape("KPU"), Shape::Other);
        assert_eq!(shape("DPTb"), Shape::Other);
        assert_eq!(shape("TikTok"), Shape::Other);
    }

    #[test]
    fn head_shapes() {
        for (word, expected) in [
            ("peringati", HeadShape::Lower),
            ("Untuk", HeadShape::Capitalised),
            ("Undang-Undang", HeadShape::Capitalised),
            ("Sayur-mayur", HeadShape::Capitalised),
            ("Jum'at", HeadShape::Capitalised),
            ("KPU", HeadShape::Other),
            ("DPTb", HeadShape::Other),
            ("TikTok", HeadShape::Other),
            ("e-KTP", HeadShape::Other),
            ("ke-80", HeadShape::Other),
        ] {
            assert_eq!(head_shape(word), expected, "{word}");
        }
    }

    proptest::proptest! {
        /// Comparing as if lowered orders a word as lowering it first does.
        #[test]
        fn cmp_ascii_lower_is_lowering_first(listed in "[a-z]{0,6}", word in "[a-zA-Z]{0,6}") {
            proptest::prop_assert_eq!(cmp_ascii_lower(&listed, &word), listed.as_str().cmp(&word.to_ascii_lowercase()));
        }
    }

    #[test]
    fn recasing() {
        assert_eq!(capitalise("peringati"), "Peringati");
        assert_eq!(capitalise("masing-masing"), "Masing-Masing");
        assert_eq!(capitalise("sehari-hari"), "Sehari-hari");
        assert_eq!(title_case("KOTA MUNGKID"), "Kota Mungkid");
        assert_eq!(title_case("semarang"), "Semarang");
        assert_eq!(headline_phrase("dari pintu ke pintu"), "Dari Pintu ke Pintu");
        assert!(is_all_caps("SPIP") && !is_all_caps("P3K") && !is_all_caps("KPU-RI"));
        assert!(is_caps_word("KOTA") && !is_caps_word("Kota"));
    }
}
