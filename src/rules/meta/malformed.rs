//! `meta/malformed`: a front matter block that is not closed or cannot be parsed.

use crate::findings::Findings;
use crate::message::Lang;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Malformed;
    id: "meta/malformed",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Front matter tidak tertutup atau tidak valid", "Unclosed or invalid front matter"),
    what: (
        "Front matter YAML diapit dua baris `---`, front matter TOML dua baris `+++`. Temuan menunjuk baris tempat masalahnya.",
        "YAML front matter sits between two `---` lines, TOML front matter between two `+++` lines. The finding points at the line of the problem.",
    ),
    why: (
        "Blok yang tidak ditutup, tab sebagai indentasi YAML, atau sintaks TOML yang salah membuat generator situs (Hugo, Jekyll) gagal membangun halaman.",
        "An unclosed block, a tab used as YAML indentation or a TOML syntax error makes the site generator (Hugo, Jekyll) fail to build the page.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\n\tdate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        UNCLOSED = (
            "Front matter dibuka dengan '{delimiter}' tetapi tidak ditutup; tambahkan baris '{delimiter}' setelah kunci terakhir",
            "The front matter opens with '{delimiter}' but is not closed; add a '{delimiter}' line after the last key",
        ),
        INVALID = ("Front matter tidak dapat dibaca: {error}", "Front matter cannot be read: {error}"),
    },
}

impl Rule for Malformed {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        if let Some(fm) = doc.front_matter.filter(|fm| fm.unclosed) {
            let opening = Span::new(fm.block.start, fm.block.start + 3);
            out.push(cx.finding(&META, opening, &UNCLOSED, &[("delimiter", doc.text(opening))]));
        }
        if let Some(error) = doc.metadata.as_ref().and_then(|m| m.error.as_ref()) {
            let explained = parser_message(&error.message, cx.settings.lang());
            out.push(cx.finding(&META, error.span, &INVALID, &[("error", &explained)]));
        }
    }
}

/// What the YAML or TOML parser said, in Indonesian for the mistakes releases make
/// (a tab as indentation, a stray colon, an unclosed quote or list); any other message
/// is quoted as the parser wrote it, in English.
fn parser_message(message: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    const KNOWN: &[(&str, &str)] = &[
        ("tab", "tab dipakai sebagai indentasi; pakai spasi"),
        (
            "mapping values are not allowed",
            "titik dua (`:`) di tempat yang tidak boleh; apit nilainya dengan tanda kutip",
        ),
        (
            "did not find expected key",
            "kunci yang diharapkan tidak ada; periksa indentasinya",
        ),
        ("quoted scalar, found unexpected end", "tanda kutip tidak ditutup"),
        ("expected ',' or ']'", "daftar `[...]` tidak ditutup dengan benar"),
        ("expected ',' or '}'", "pemetaan `{...}` tidak ditutup dengan benar"),
        (
            "did not find expected '-' indicator",
            "butir daftar tanpa tanda `-` yang diharapkan",
        ),
        (
            "block sequence entries are not allowed",
            "butir daftar (`- `) di tempat yang tidak boleh",
        ),
        ("invalid indentation", "indentasi tidak sah"),
        ("duplicate key", "kunci yang sama ditulis dua kali"),
        ("expected `=`", "tanda `=` yang diharapkan tidak ada"),
        ("invalid string", "string tidak sah (tanda kutip?)"),
    ];
    match KNOWN.iter().find(|(english, _)| message.contains(english)) {
        Some((_, indonesian)) => (*indonesian).to_string(),
        None => format!("kesalahan sintaksis (pesan pengurai: \"{message}\")"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_messages_are_indonesian_by_default() {
        let tab = "tabs disallowed within this context (block indentation)";
        assert_eq!(
            parser_message(tab, Lang::Id),
            "tab dipakai sebagai indentasi; pakai spasi"
        );
        assert_eq!(parser_message(tab, Lang::En), tab);
        assert!(parser_message("something new", Lang::Id).starts_with("kesalahan sintaksis"));
    }
}
