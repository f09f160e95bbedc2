//! `siaran init --satker SLUG`: a commented siaran.toml for one office.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::args::InitArgs;
use super::config_files::FILE_NAME;

pub fn run(args: &InitArgs) -> ExitCode {
    let slug = args.satker.trim().to_lowercase();
    let Some(satker) = siaran::house::satker_by_slug(&slug) else {
        let hint = siaran::house::closest_slug(&slug).map_or(String::new(), |s| format!("; did you mean '{s}'?"));
        eprintln!("siaran: error: unknown satker '{slug}'{hint}");
        return ExitCode::from(2);
    };
    let path = args.dir.join(FILE_NAME);
    let text = template(&slug, &satker.institution, &satker.domain(), &satker.seat);
    match write_new(&path, &text) {
        Ok(()) => {
            println!("{} ({})", path.display(), satker.institution);
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("siaran: error: {}: already exists; not overwritten", path.display());
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("siaran: error: {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}

/// Creates the file only if it does not exist (no check-then-write race).
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(text.as_bytes())
}

fn template(slug: &str, institution: &str, domain: &str, seat: &str) -> String {
    format!(
        r#"# Konfigurasi siaran untuk {institution} ({domain}).
# Configuration of siaran, the KPU press-release linter. Every key is optional.

# Bahasa pesan: "id" (bawaan) atau "en".
lang = "id"

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
        let text = super::template(
            "kota-semarang",
            "KPU Kota Semarang",
            "kota-semarang.kpu.go.id",
            "Semarang",
        );
        let settings = siaran::config::settings_from_toml(&text).unwrap();
        assert_eq!(settings.satker.as_deref(), Some("kota-semarang"));
    }
}
