//! How close two spellings of a name or acronym are: the slips `consistency/` looks for
//! (two letters swapped, one letter added, dropped or changed, two vowels changed).

use super::forms::Class;

/// How close two forms are (see [`closeness`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Closeness {
    /// Two letters swapped: `Sudrajat`/`Sudjarat`, `BRPK`/`BPRK`.
    Swap,
    /// One letter added, dropped or changed inside: `Kranggan`/`Krangan`.
    OneLetter,
    /// Two vowels changed: `Pramono`/`Pramana`.
    TwoVowels,
}

/// Whether `odd` reads as a slip of `usual`, and how close it is. Both keep their first letter, and neither is the
/// other with letters added at an end (`Semarang`/`Semarangan`, `PPS`/`KPPS`: a
/// different word, not a slip).
/// - Two letters swapped (`Sudrajat`/`Sudjarat`, `BRPK`/`BPRK`): names of four letters
///   or more, acronyms of four or more (three when the usual one is known).
/// - One letter added, dropped or changed inside (`Kranggan`/`Krangan`): names of six
///   letters or more (five-letter words one letter apart are too many: `Batas`/`Batam`,
///   `Kedua`/`Ketua`).
/// - Two vowels changed (`Pramono`/`Pramana`): names of seven letters or more, and only
///   when the words around agree (`Agus Pramono` … `Agus Pramana`).
///
/// The letters are lower case: characters, or bytes when both forms are ASCII.
pub(super) fn closeness<T>(odd: &[T], usual: &[T], class: Class, usual_known: bool) -> Option<Closeness>
where
    T: Copy + Eq + Into<char>,
{
    if odd.first() != usual.first() {
        return None;
    }
    let shorter = odd.len().min(usual.len());
    let vowel = |c: T| matches!(c.into(), 'a' | 'e' | 'i' | 'o' | 'u');
    if odd.len() == usual.len() {
        let mut differ = (0..odd.len()).filter(|&k| odd[k] != usual[k]);
        return match (differ.next(), differ.next(), differ.next()) {
            (Some(p), Some(q), None) if odd[p] == usual[q] && odd[q] == usual[p] => {
                let min = match class {
                    Class::Acronym if usual_known => 3,
                    _ => 4,
                };
                (shorter >= min).then_some(Closeness::Swap)
            }
            (Some(p), Some(q), None)
                if class == Class::Name
                    && shorter >= 7
                    && [odd[p], odd[q], usual[p], usual[q]].into_iter().all(vowel) =>
            {
                Some(Closeness::TwoVowels)
            }
            (Some(_), None, None) if class == Class::Name && shorter >= 6 => Some(Closeness::OneLetter),
            _ => None,
        };
    }
    if class == Class::Acronym || odd.len().abs_diff(usual.len()) != 1 || shorter < 6 {
        return None;
    }
    let (long, short) = if odd.len() > usual.len() {
        (odd, usual)
    } else {
        (usual, odd)
    };
    if long.starts_with(short) || long.ends_with(short) {
        return None;
    }
    // One letter inside the longer form that the shorter lacks.
    let at = long.iter().zip(short).position(|(a, b)| a != b).unwrap_or(short.len());
    (long[at + 1..] == short[at..]).then_some(Closeness::OneLetter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn closeness_of_forms() {
        let name = |a: &str, b: &str| closeness(&chars(a), &chars(b), Class::Name, false);
        assert_eq!(name("sudjarat", "sudrajat"), Some(Closeness::Swap));
        assert_eq!(name("krangan", "kranggan"), Some(Closeness::OneLetter));
        assert_eq!(name("pramana", "pramono"), Some(Closeness::TwoVowels));
        assert_eq!(name("semarangan", "semarang"), None);
        assert_eq!(name("susanto", "santoso"), None);
        assert_eq!(name("tahap", "tetap"), None);
        assert_eq!(name("devi", "dewi"), None);
        assert_eq!(name("budi", "bdui"), Some(Closeness::Swap));
        let acronym = |a: &str, b: &str, known| closeness(&chars(a), &chars(b), Class::Acronym, known);
        assert_eq!(acronym("bprk", "brpk", false), Some(Closeness::Swap));
        assert_eq!(acronym("pps", "kpps", true), None);
        assert_eq!(acronym("dtp", "dpt", false), None);
        assert_eq!(acronym("dtp", "dpt", true), Some(Closeness::Swap));
        assert_eq!(acronym("dps", "dpt", true), None);
        let bytes = |a: &str, b: &str| closeness(a.as_bytes(), b.as_bytes(), Class::Name, false);
        assert_eq!(bytes("pramana", "pramono"), Some(Closeness::TwoVowels));
        assert_eq!(bytes("kkaaaaa", "kaaaaa"), None);
    }
}
