//! clap's usage errors in the run's language. clap writes them in English from fixed
//! templates; Indonesian is the default here, so the lines those templates make are
//! said in Indonesian (the arguments, values and usage line stay as written). `--lang
//! en` keeps clap's text.

/// Whether the command line asks for English messages (`--lang en`, `--lang=en`).
pub fn wants_english(args: &[String]) -> bool {
    args.windows(2).any(|w| w[0] == "--lang" && w[1] == "en") || args.iter().any(|a| a == "--lang=en")
}

/// clap's rendered error, line by line in Indonesian.
pub fn indonesian(rendered: &str) -> String {
    rendered.lines().map(line).collect::<Vec<_>>().join("\n") + "\n"
}

fn line(text: &str) -> String {
    let between = |prefix: &str, suffix: &str| text.strip_prefix(prefix).and_then(|t| t.strip_suffix(suffix));
    if let Some(arg) = between("error: unexpected argument '", "' found") {
        return format!("error: argumen '{arg}' tidak dikenal");
    }
    if let Some(rest) = text.strip_prefix("error: the argument '") {
        if let Some((a, b)) = rest
            .strip_suffix('\'')
            .and_then(|r| r.split_once("' cannot be used with '"))
        {
            return format!("error: argumen '{a}' tidak dapat dipakai bersama '{b}'");
        }
    }
    if let Some(rest) = text.strip_prefix("error: invalid value '") {
        if let Some((value, rest)) = rest.split_once("' for '") {
            let (arg, reason) = rest.split_once("': ").unwrap_or((rest.trim_end_matches('\''), ""));
            let reason = reason.replace(" is not a date in the form ", " bukan tanggal berbentuk ");
            let reason = if reason.is_empty() {
                reason
            } else {
                format!(": {reason}")
            };
            return format!("error: nilai '{value}' tidak sah untuk '{arg}'{reason}");
        }
    }
    const FIXED: &[(&str, &str)] = &[
        (
            "error: the following required arguments were not provided:",
            "error: argumen wajib berikut tidak diberikan:",
        ),
        (
            "  tip: a similar argument exists: ",
            "  saran: ada argumen yang mirip: ",
        ),
        ("  tip: a similar value exists: ", "  saran: ada nilai yang mirip: "),
        (
            "  tip: a similar subcommand exists: ",
            "  saran: ada perintah yang mirip: ",
        ),
        ("  [possible values: ", "  [nilai yang mungkin: "),
        ("error: unrecognized subcommand '", "error: perintah tidak dikenal: '"),
        ("Usage: ", "Pemakaian: "),
        (
            "For more information, try '--help'.",
            "Keterangan lebih lanjut: '--help'.",
        ),
    ];
    match FIXED.iter().find(|(english, _)| text.starts_with(english)) {
        Some((english, indonesian)) => format!("{indonesian}{}", &text[english.len()..]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_errors_in_indonesian() {
        let unknown = "error: unexpected argument '--frmat' found\n\n  tip: a similar argument exists: '--format'\n\nUsage: siaran check --format <FORMAT> [PATHS]...\n\nFor more information, try '--help'.\n";
        assert_eq!(
            indonesian(unknown),
            "error: argumen '--frmat' tidak dikenal\n\n  saran: ada argumen yang mirip: '--format'\n\nPemakaian: siaran check --format <FORMAT> [PATHS]...\n\nKeterangan lebih lanjut: '--help'.\n"
        );
        assert_eq!(
            line("error: invalid value '2025-13-01' for '--date <YYYY-MM-DD>': '2025-13-01' is not a date in the form YYYY-MM-DD"),
            "error: nilai '2025-13-01' tidak sah untuk '--date <YYYY-MM-DD>': '2025-13-01' bukan tanggal berbentuk YYYY-MM-DD"
        );
        assert_eq!(
            line("error: invalid value 'jsn' for '--format <FORMAT>'"),
            "error: nilai 'jsn' tidak sah untuk '--format <FORMAT>'"
        );
        assert_eq!(
            line("error: the argument '--fix' cannot be used with '--diff'"),
            "error: argumen '--fix' tidak dapat dipakai bersama '--diff'"
        );
        let args = |line: &str| line.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(wants_english(&args("siaran check --lang en x")) && wants_english(&args("siaran rules --lang=en")));
        assert!(!wants_english(&args("siaran check --lang id")));
    }
}
