//! `siaran satker [QUERY]`: the offices siaran knows, to find the slug `init` and
//! `[house] satker` take.

use std::io::Write;
use std::process::ExitCode;

use siaran::house::{self, Satker};

use super::args::SatkerArgs;
use super::exit;

pub fn run(args: &SatkerArgs) -> ExitCode {
    let found: Vec<&Satker> = match &args.query {
        Some(query) => house::search_satker(query).collect(),
        None => house::all_satker().iter().collect(),
    };
    if found.is_empty() {
        let query = args.query.as_deref().unwrap_or_default();
        return exit::fail(&format!(
            "tidak ada satker yang cocok dengan '{query}' (no satker matches '{query}')"
        ));
    }
    let width = found.iter().map(|s| house::usable_slug(s).len()).max().unwrap_or(0);
    let names = found.iter().map(|s| s.institution.chars().count()).max().unwrap_or(0);
    let mut out = std::io::stdout().lock();
    let result = found.iter().try_for_each(|s| {
        let slug = house::usable_slug(s);
        let pad = names - s.institution.chars().count();
        writeln!(out, "{slug:width$}  {}{:pad$}  {}", s.institution, "", s.domain())
    });
    exit::written(result.and_then(|()| out.flush()))
}
