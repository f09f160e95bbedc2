//! All-caps tokens that read like abbreviations but are something else, each seen in real
//! releases: part of a degree or code written with periods (`S.STP.`,
//! `PHP.GUB`), of a case or document number (`Nomor 232/PHPU.BUP-XXIII/2025`), a unit
//! code after its number (`Kodim 1310 SSD`), a name in capitals after a form of address
//! (`Sdr. TARYONO`), a city in capitals opening the lead (`TAKENGON | `), and an office
//! level in capitals (`PROVINSI`).

use crate::case::is_caps_word;
use crate::document::Document;

/// Forms of address and titles before a name (EYD V: `Sdr.`, `Bpk.`, `Dr.`, `H.`), lower
/// case, without their period.
const ADDRESS_FORMS: &[&str] = &[
    "alm",
    "almarhum",
    "almarhumah",
    "bapak",
    "bpk",
    "bu",
    "dr",
    "dra",
    "drs",
    "h",
    "hj",
    "ibu",
    "ir",
    "kak",
    "mas",
    "mbak",
    "nyonya",
    "pak",
    "prof",
    "saudara",
    "saudari",
    "sdr",
    "sdri",
    "tuan",
];

/// Office levels in capitals (`KPU PROVINSI ...`): words, never abbreviations.
const LEVEL_WORDS: &[&str] = &["KABUPATEN", "KOTA", "PROVINSI"];

/// How far into the lead a city in capitals may reach (`KOTA MUNGKID`, `TANJUNG BALAI`).
const CITY_REACH: usize = 40;

/// Military and police units whose number may be followed by a code (`Kodim 1310 SSD`).
const UNITS: &[&str] = &[
    "batalyon", "brigif", "denpom", "kodam", "kodim", "koramil", "korem", "lanal", "lantamal", "lanud", "polres",
    "polsek", "yonif",
];

/// Characters that may follow a city in capitals opening the lead (`TAKENGON | `,
/// `MAMUJU--`, `KOTA MUNGKID_`, `SEMARANG, `).
const CITY_SEPARATORS: &[char] = &['|', '—', '–', '-', '_', ',', ':'];

/// Whether the unknown all-caps word at `index` is no abbreviation.
pub fn is_other(doc: &Document<'_>, index: usize) -> bool {
    // The reading of the run around the word, the dearest test, comes last.
    LEVEL_WORDS.contains(&doc.text(doc.words[index].span))
        || in_dotted_chain(doc, index)
        || after_unit_number(doc, index)
        || after_address_form(doc, index)
        || opening_city(doc, index)
        || in_number(doc, index)
}

/// Glued by a period to a letter on either side: `S.STP.`, `S.I.KOM.`, `PHP.GUB`.
fn in_dotted_chain(doc: &Document<'_>, index: usize) -> bool {
    let span = doc.words[index].span;
    let mut before = doc.source[..span.start].chars().rev();
    let mut after = doc.source[span.end..].chars();
    let glued_before = before.next() == Some('.') && before.next().is_some_and(char::is_alphabetic);
    let glued_after = after.next() == Some('.') && after.next().is_some_and(char::is_alphabetic);
    glued_before || glued_after
}

/// Part of a run without spaces that holds a slash and a digit: a case or letter number.
/// The run is looked at up to [`NUMBER_REACH`] characters each side, so that a long line
/// without spaces stays linear.
fn in_number(doc: &Document<'_>, index: usize) -> bool {
    let span = doc.words[index].span;
    let ends = |c: &char| c.is_whitespace();
    let before = doc.source[..span.start]
        .chars()
        .rev()
        .take(NUMBER_REACH)
        .take_while(|c| !ends(c));
    let after = doc.source[span.end..]
        .chars()
        .take(NUMBER_REACH)
        .take_while(|c| !ends(c));
    let (mut slash, mut digit) = (false, false);
    for c in before.chain(after) {
        slash |= c == '/';
        digit |= c.is_ascii_digit();
    }
    slash && digit
}

/// How far [`in_number`] looks for the rest of a number: `Nomor 232/PHPU.BUP-XXIII/2025`
/// fits.
const NUMBER_REACH: usize = 40;

/// `Kodim 1310 SSD`, `Yonif 400 BR`: a code after the number of a military or police unit.
fn after_unit_number(doc: &Document<'_>, index: usize) -> bool {
    let (Some(number), Some(unit)) = (index.checked_sub(1), index.checked_sub(2)) else {
        return false;
    };
    let [unit, number, code] = [unit, number, index].map(|j| doc.words[j].span);
    doc.text(number).bytes().all(|b| b.is_ascii_digit())
        && doc.source[number.end..code.start] == *" "
        && doc.source[unit.end..number.start] == *" "
        && UNITS.contains(&doc.text(unit).to_lowercase().as_str())
}

/// `Sdr. TARYONO`, `Bapak SUPRIYADI`: a name written in capitals.
fn after_address_form(doc: &Document<'_>, index: usize) -> bool {
    let Some(prev) = index.checked_sub(1).map(|j| doc.words[j].span) else {
        return false;
    };
    let gap = &doc.source[prev.end..doc.words[index].span.start];
    if !matches!(gap, " " | ". ") {
        return false;
    }
    let written = doc.text(prev);
    // An ASCII word is compared as if lowered, without a copy.
    let listed = if written.is_ascii() {
        ADDRESS_FORMS.iter().any(|form| form.eq_ignore_ascii_case(written))
    } else {
        ADDRESS_FORMS.contains(&written.to_lowercase().as_str())
    };
    // `BPK` without a period is Badan Pemeriksa Keuangan, not `Bpk.`.
    listed && (gap == ". " || !is_caps_word(written))
}

/// A city in capitals that opens the lead, before a separator: a dateline the
/// `dateline/` family judges, not an abbreviation.
fn opening_city(doc: &Document<'_>, index: usize) -> bool {
    let Some(lead) = doc.lead() else {
        return false;
    };
    let span = doc.words[index].span;
    if !lead.contains_offset(span.start) {
        return false;
    }
    // A city name is a few words: looking no further keeps a lead of capitals linear.
    if span.start - lead.start > CITY_REACH {
        return false;
    }
    let after = doc.source[span.end..lead.end].trim_start_matches(' ');
    let before = &doc.source[lead.start..span.start];
    after.starts_with(CITY_SEPARATORS) && before.split_whitespace().all(is_caps_word)
}
