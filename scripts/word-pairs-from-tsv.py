#!/usr/bin/env python3
"""Convert ../shared/data/kata-baku-pairs.tsv into rules/word-pairs.toml.

Usage:
    python3 scripts/word-pairs-from-tsv.py ../shared/data/kata-baku-pairs.tsv > rules/word-pairs.toml

Python 3 standard library only. The output is deterministic:
  * one [[pair]] per TSV row, sorted by the UTF-8 bytes of the lowercase `wrong`,
    then by the original `wrong`;
  * `wrong` is unique: exact duplicates are merged (sources joined, the lowest
    confidence kept, notes joined) and listed in the header;
  * no cycles: a row whose `right` equals its own `wrong` (a -> a), or that would
    form a -> b together with b -> a, is dropped and listed in the header;
  * `risky` is true when the confidence is not `high`, or when the note says the
    wrong form is also a valid word, a name or a legal term (see RISKY_NOTE).
Diagnostics (merges, drops) also go to stderr.
"""
import re
import sys

COLUMNS = ["wrong", "right", "kind", "source", "confidence",
           "hunspell_id_debian7.5_accepts_wrong",
           "hunspell_id_upstream2.3_accepts_wrong", "note"]
CONFIDENCE_RANK = {"high": 0, "med": 1, "low": 2, "n/a": 3}

# Notes that say the wrong form is also a valid word (incl. an English word that
# may legitimately stand in italics), a proper name, or a legal/official term.
RISKY_NOTE = re.compile(
    r"RISKY|AMBIGUOUS|\bvalid\b|proper names?|names? must|skip proper"
    r"|legal term|official term|English word")


def toml_str(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < len(COLUMNS):
                cells += [""] * (len(COLUMNS) - len(cells))
            if len(cells) != len(COLUMNS):
                sys.exit(f"{path}:{lineno}: expected {len(COLUMNS)} columns, got {len(cells)}")
            row = {k: v.strip() for k, v in zip(COLUMNS, cells)}
            row["line"] = lineno
            if not row["wrong"] or not row["right"]:
                sys.exit(f"{path}:{lineno}: empty wrong/right")
            if row["confidence"] not in CONFIDENCE_RANK:
                sys.exit(f"{path}:{lineno}: unknown confidence {row['confidence']!r}")
            rows.append(row)
    return rows


def merge_duplicates(rows, log):
    by_wrong = {}
    order = []
    for r in rows:
        prev = by_wrong.get(r["wrong"])
        if prev is None:
            by_wrong[r["wrong"]] = r
            order.append(r["wrong"])
            continue
        if prev["right"] != r["right"]:
            log.append(f"dropped line {r['line']} ({r['wrong']} -> {r['right']}): "
                       f"conflicts with line {prev['line']} ({prev['wrong']} -> {prev['right']})")
            continue
        srcs = prev["source"].split(",")
        srcs += [s for s in r["source"].split(",") if s and s not in srcs]
        prev["source"] = ",".join(srcs)
        if CONFIDENCE_RANK[r["confidence"]] > CONFIDENCE_RANK[prev["confidence"]]:
            prev["confidence"] = r["confidence"]
        if r["note"] and r["note"] not in prev["note"]:
            prev["note"] = "; ".join(n for n in (prev["note"], r["note"]) if n)
        log.append(f"merged line {r['line']} into line {prev['line']} ({r['wrong']} -> {r['right']})")
    return [by_wrong[w] for w in order]


def drop_cycles(rows, log):
    kept = []
    by_wrong = {r["wrong"]: r for r in rows}
    dropped = set()
    for r in rows:
        if r["right"] == r["wrong"]:
            log.append(f"dropped line {r['line']} ({r['wrong']} -> {r['right']}): "
                       f"identity pair, a cycle of length 1 (note: {r['note'] or '-'})")
            dropped.add(r["wrong"])
    for r in rows:
        if r["wrong"] in dropped:
            continue
        back = by_wrong.get(r["right"])
        if back is not None and back["wrong"] not in dropped and back["right"] == r["wrong"]:
            # keep the better-attested direction: higher confidence, then earlier line
            loser = max((r, back), key=lambda x: (CONFIDENCE_RANK[x["confidence"]], x["line"]))
            winner = back if loser is r else r
            log.append(f"dropped line {loser['line']} ({loser['wrong']} -> {loser['right']}): "
                       f"cycle with line {winner['line']} ({winner['wrong']} -> {winner['right']})")
            dropped.add(loser["wrong"])
    return [r for r in rows if r["wrong"] not in dropped]


HEADER = """\
# Non-standard (tidak baku) -> standard (baku) word pairs for the baku/ rule family.
#
# GENERATED FILE: do not edit by hand. Compiled from ../shared/data/kata-baku-pairs.tsv by
#   python3 scripts/word-pairs-from-tsv.py ../shared/data/kata-baku-pairs.tsv > rules/word-pairs.toml
# Fix the TSV (or the script) and regenerate.
#
# Sources (the `source` field; several are joined with commas):
#   RN     = github:adhikasp/rendra dictionary/kata-baku.txt, MIT License,
#            Copyright (c) 2016 Bervianto Leo Pratama (reversed and junk RN lines were
#            fixed or dropped when the TSV was compiled; derived forms of RN roots are tagged RN)
#   EYD5   = Ejaan Bahasa Indonesia yang Disempurnakan, Edisi V (Badan Bahasa, 2022)
#   K      = general knowledge of KBBI usage, not confirmed against a cited source
#   KPUobs = a mistake actually seen on a *.kpu.go.id page or in coverage of KPU
#   WP     = Indonesian Wikipedia, "Daftar kosakata bahasa Indonesia yang sering salah
#            dieja", CC BY-SA
#   web    = other public web pages
#
# Fields of each [[pair]]:
#   wrong      the non-standard form, matched as a whole word (may contain spaces,
#              e.g. "antar lembaga"; case variants such as "Walikota" are separate entries)
#   right      the standard replacement
#   kind       the TSV kind: ejaan (spelling), depan (di/ke written apart), serangkai
#              (written joined), terpisah (written apart), terikat (bound form joined),
#              pun, serapan-ir (-ir -> -asi/-isasi), luluh-KPST (k/p/t/s elision),
#              padanan (Indonesian equivalent of a foreign word), hari, bulan
#   source     the TSV source tags, unchanged (see above)
#   confidence high | med | low | n/a, as in the TSV
#   risky      true when confidence is not high, or when the TSV note says the wrong form
#              is also a valid word (incl. an English word), a proper name or a legal or
#              official term: report, but do not apply the fix automatically
#   note       the TSV note, when there is one
# The TSV's two hunspell columns (does Debian hunspell-id 7.5 / upstream 2.3 accept the
# wrong form?) are not carried over; see the TSV.
"""


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    log = []
    rows = read_rows(argv[1])
    n_in = len(rows)
    rows = merge_duplicates(rows, log)
    rows = drop_cycles(rows, log)
    rows.sort(key=lambda r: (r["wrong"].lower().encode("utf-8"), r["wrong"].encode("utf-8")))

    out = [HEADER]
    out.append(f"# {n_in} TSV rows -> {len(rows)} pairs.\n")
    for line in log:
        out.append(f"#   {line}\n")
        print(line, file=sys.stderr)
    for r in rows:
        risky = r["confidence"] != "high" or bool(RISKY_NOTE.search(r["note"]))
        out.append("\n[[pair]]\n")
        out.append(f"wrong = {toml_str(r['wrong'])}\n")
        out.append(f"right = {toml_str(r['right'])}\n")
        out.append(f"kind = {toml_str(r['kind'])}\n")
        out.append(f"source = {toml_str(r['source'])}\n")
        out.append(f"confidence = {toml_str(r['confidence'])}\n")
        out.append(f"risky = {'true' if risky else 'false'}\n")
        if r["note"]:
            out.append(f"note = {toml_str(r['note'])}\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main(sys.argv)
