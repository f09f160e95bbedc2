//! Words the command line itself prints, in both languages.

use siaran::{Applicability, Lang, Text};

pub const SUMMARY_FOUND: Text = Text::new(
    "Ditemukan {count} temuan ({errors} galat, {warnings} peringatan, {infos} info) dalam {files} berkas.",
    "Found {count} findings ({errors} errors, {warnings} warnings, {infos} info) in {files} file(s).",
);
pub const SUMMARY_CLEAN: Text = Text::new(
    "Tidak ada temuan dalam {files} berkas.",
    "No findings in {files} file(s).",
);
pub const SUMMARY_FIXABLE: Text = Text::new(
    "{fixable} temuan dapat diperbaiki otomatis (perbaikan aman).",
    "{fixable} findings have a safe automatic fix.",
);
pub const SUMMARY_FAILED: Text = Text::new(
    "{failed} berkas tidak dapat diperiksa (lihat galat di atas).",
    "{failed} file(s) could not be checked (see the errors above).",
);
pub const SUMMARY_FIXED: Text = Text::new("{fixed} temuan diperbaiki.", "{fixed} findings fixed.");
pub const SUMMARY_WOULD_FIX: Text = Text::new(
    "{fixed} temuan akan diperbaiki dalam {files} berkas.",
    "{fixed} findings would be fixed in {files} file(s).",
);
pub const NO_FILES: Text = Text::new(
    "catatan: tidak ada berkas siaran (.txt, .md, .markdown) yang ditemukan; periksa jalurnya, .gitignore, dan `include`/`exclude` di siaran.toml",
    "note: no release files (.txt, .md, .markdown) found; check the path, .gitignore, and `include`/`exclude` in siaran.toml",
);
const FIX_SAFE: Text = Text::new("perbaikan (aman): {title}", "fix (safe): {title}");
const FIX_UNSAFE: Text = Text::new("perbaikan (tidak aman): {title}", "fix (unsafe): {title}");
const FIX_DISPLAY: Text = Text::new("saran: {title}", "suggestion: {title}");

pub fn fix_note(lang: Lang, applicability: Applicability, title: &str) -> String {
    let text = match applicability {
        Applicability::Safe => &FIX_SAFE,
        Applicability::Unsafe => &FIX_UNSAFE,
        Applicability::DisplayOnly => &FIX_DISPLAY,
    };
    text.render(lang, &[("title", title)])
}
