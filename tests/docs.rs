//! The family pages under `docs/` list exactly the rules the registry has, and the
//! index links every page, so the written contract cannot fall behind the code.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn docs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs")
}

fn read(name: &str) -> String {
    let path = docs_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The rule ids of the `## Rules` section: one bullet per rule, written
/// `` - `family/name` — summary ``. A bullet in another shape is an error, so a typo
/// cannot hide a rule from the comparison.
fn listed_rules(page: &str, text: &str) -> BTreeSet<String> {
    let section = text
        .split("\n## ")
        .find(|s| s.lines().next().is_some_and(|heading| heading.trim() == "Rules"))
        .unwrap_or_else(|| panic!("{page}: no `## Rules` section"));
    let mut ids = BTreeSet::new();
    for line in section.lines().skip(1).filter(|l| l.starts_with("- ")) {
        let parsed = line
            .strip_prefix("- `")
            .and_then(|rest| rest.split_once('`'))
            .and_then(|(id, rest)| Some((id, rest.strip_prefix(" — ")?)));
        match parsed {
            Some((id, summary)) if !summary.trim().is_empty() => {
                assert!(ids.insert(id.to_string()), "{page}: `{id}` is listed twice");
            }
            _ => panic!("{page}: a Rules bullet must read \"- `family/name` — summary\", not {line:?}"),
        }
    }
    ids
}

#[test]
fn every_family_page_lists_exactly_its_rules() {
    let mut problems = Vec::new();
    for family in siaran::FAMILIES {
        let page = format!("{family}.md");
        let listed = listed_rules(&page, &read(&page));
        let registered: BTreeSet<String> = siaran::rules()
            .filter(|r| r.family() == *family)
            .map(|r| r.id.to_string())
            .collect();
        let missing: Vec<_> = registered.difference(&listed).collect();
        let extra: Vec<_> = listed.difference(&registered).collect();
        if !missing.is_empty() || !extra.is_empty() {
            problems.push(format!(
                "docs/{page}: missing {missing:?} (in the registry, not on the page); extra {extra:?} (on the page, not in the registry)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_index_links_every_family_page() {
    let index = read("README.md");
    let unlinked: Vec<_> = siaran::FAMILIES
        .iter()
        .filter(|family| !index.contains(&format!("]({family}.md)")))
        .collect();
    assert!(
        unlinked.is_empty(),
        "docs/README.md does not link the pages of {unlinked:?}"
    );
}

#[test]
fn the_parser_reads_bullets_and_rejects_other_shapes() {
    let page =
        "# x\n\n## Rules\n\n- `punct/a` — one\n- `punct/b` — two\n\n## After\n\n- `punct/c` — not a rule bullet\n";
    let ids: Vec<_> = listed_rules("x.md", page).into_iter().collect();
    assert_eq!(ids, ["punct/a", "punct/b"]);
    let bad = std::panic::catch_unwind(|| listed_rules("x.md", "## Rules\n- punct/a - one\n"));
    assert!(bad.is_err());
}
