//! `siaran init --satker SLUG`: a commented siaran.toml for one office.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use siaran::{Lang, Text};

use super::args::InitArgs;
use super::config_files::FILE_NAME;
use super::exit::{self, fail};
use super::problems::io_error;

const UNKNOWN: Text = Text::new("satker '{slug}' tidak dikenal{hint}", "unknown satker '{slug}'{hint}");
const NEAR: Text = Text::new("; maksudnya '{near}'?", "; did you mean '{near}'?");
const NEAR_MANY: Text = Text::new(
    "; maksudnya '{near}'? (lihat `siaran satker {slug}`)",
    "; did you mean '{near}'? (see `siaran satker {slug}`)",
);
const EXISTS: Text = Text::new(
    "{path}: sudah ada; tidak ditimpa",
    "{path}: already exists; not overwritten",
);

pub fn run(args: &InitArgs) -> ExitCode {
    let lang = args.lang.unwrap_or_default();
    let io = |path: &Path, e: &std::io::Error| match lang {
        Lang::En => format!("{}: {e}", path.display()),
        _ => format!("{}: {}", path.display(), io_error(e)),
    };
    let slug = args.satker.trim().to_lowercase();
    let Some(satker) = siaran::house::satker_by_slug(&slug) else {
        return fail(&UNKNOWN.render(lang, &[("slug", &slug), ("hint", &hint(&slug, lang))]));
    };
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        return fail(&io(&args.dir, &e));
    }
    let path = args.dir.join(FILE_NAME);
    let slug = siaran::house::usable_slug(satker);
    let text = template(
        slug,
        &satker.institution,
        &satker.domain(),
        &satker.seat,
        &content_folders(&args.dir),
    );
    match write_new(&path, &text) {
        Ok(()) => exit::written(writeln!(
            std::io::stdout(),
            "{} ({})",
            path.display(),
            satker.institution
        )),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fail(&EXISTS.render(lang, &[("path", &path.display().to_string())]))
        }
        Err(e) => fail(&io(&path, &e)),
    }
}

/// "did you mean" for an unknown slug: the satker a search for it finds (`semarang`:
/// `kota-semarang`, `kab-semarang`), else the nearest slug.
fn hint(slug: &str, lang: Lang) -> String {
    const SHOWN: usize = 5;
    let found: Vec<&str> = siaran::house::search_satker(slug)
        .map(siaran::house::usable_slug)
        .collect();
    match found.as_slice() {
        [] => siaran::house::closest_slug(slug).map_or(String::new(), |s| NEAR.render(lang, &[("near", s)])),
        [one] => NEAR.render(lang, &[("near", one)]),
        many => {
            let more = if many.len() > SHOWN { "', '..." } else { "" };
            let list = many[..many.len().min(SHOWN)].join("', '") + more;
            NEAR_MANY.render(lang, &[("near", &list), ("slug", slug)])
        }
    }
}

/// The site's content folders that exist in `dir` (Hugo's `content`, Jekyll's
/// `_posts`), for `include`.
fn content_folders(dir: &Path) -> Vec<&'static str> {
    ["content", "_posts", "posts", "berita", "siaran"]
        .into_iter()
        .filter(|name| dir.join(name).is_dir())
        .collect()
}

/// Creates the file only if it does not exist (no check-then-write race).
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(text.as_bytes())
}

fn template(slug: &str, institution: &str, domain: &str, seat: &str, content: &[&str]) -> String {
    let include = if content.is_empty() {
        "# include = [\"content/**\"]".to_string()
    } else {
        let globs: Vec<String> = content.iter().map(|c| format!("\"{c}/**\"")).collect();
        format!("include = [{}]", globs.join(", "))
    };
    format!(
        r#"# Konfigurasi siaran untuk {institution} ({domain}).
# Configuration of siaran, the KPU press-release linter. Every key is optional.

# Bahasa pesan: "id" (bawaan) atau "en".
lang = "id"

# Berkas yang diperiksa bila sebuah folder diperiksa (`siaran check .`), pola relatif
# terhadap folder ini: folder konten situs masuk, berkas proyek keluar. Berkas yang
# disebut langsung (mis. oleh pre-commit) selalu diperiksa.
{include}
exclude = ["**/README*", "**/CHANGELOG*", "**/LICENSE*", "**/CONTRIBUTING*", "node_modules/**", "themes/**", "vendor/**"]

[house]
# Satker pemilik siaran: dateline harus memakai domain {domain},
# dan kredit foto menyebut {institution}. Kota kedudukan: {seat}.
satker = "{slug}"

# Daftar staf (opsional): inisial di ekor kredit -> nama lengkap.
# [house.staff]
# abc = "Nama Lengkap"

[rules]
# Matikan keluarga atau aturan tertentu, mis. ["title", "punct/double-space"].
disable = []
# Nyalakan aturan yang tidak aktif secara bawaan, mis. ["spell/unknown-word"].
enable = []

# [rules.severity]
# "dateline/separator" = "warning"   # error | warning | info | off

# [meta]
# required = ["title", "date"]       # kunci front matter yang wajib ada
# tags = ["pemilu", "sosialisasi"]   # tag yang diizinkan
"#
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn template_is_a_valid_config() {
        for content in [&[][..], &["content", "_posts"]] {
            let text = super::template(
                "kota-semarang",
                "KPU Kota Semarang",
                "kota-semarang.kpu.go.id",
                "Semarang",
                content,
            );
            let settings = siaran::config::settings_from_toml(&text).unwrap();
            assert_eq!(settings.satker(), Some("kota-semarang"));
            assert!(!settings.walk().accepts("README.md") && !settings.walk().accepts("docs/CHANGELOG.md"));
            assert!(settings.walk().accepts("content/2025/rapat.md"));
            assert_eq!(settings.walk().accepts("rapat.md"), content.is_empty());
        }
    }
}
