#!/usr/bin/env python3
"""A second benchmark corpus with other word and error distributions than the generator's.

Reads a corpus written by `cargo run --release --example corpus` (use another seed) and
rewrites every release deterministically: standard words swapped for the non-standard
forms of rules/word-pairs*.toml (the generator injects four), words re-cased (UPPER,
Title, lower), doubled words, bound forms written apart, `pun` joined and apart, spacing
and quote damage, NFD letters, emoji with zero-width joiners, URLs, e-mail addresses and
@handles in prose, and abbreviations out of context. The result is meant to stress the
engine, not to read well; its findings are compared before and after engine changes.

    python3 scripts/corpus-stress.py IN_DIR OUT_DIR [SEED]
"""

import os
import random
import re
import sys
import tomllib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def load(name):
    with open(os.path.join(ROOT, "rules", name), "rb") as f:
        return tomllib.load(f)


def main():
    src, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pairs = load("word-pairs.toml")["pair"] + load("word-pairs-extra.toml")["pair"]
    # right form (one word) -> its non-standard forms
    wrong_of = {}
    for p in pairs:
        wrong_of.setdefault(p["right"].lower(), []).append(p["wrong"])
    rights = sorted(wrong_of)
    bound = load("bound-forms.toml")
    prefixes = [p["prefix"] for p in bound.get("prefix", [])]
    abbrs = [a["short"] for a in load("abbreviations.toml")["abbr"]]
    doubled = load("spell-doubled.toml")["safe_to_delete"]
    extras = [
        "Se\u0301marang", "Jum'at", "jum'at", "kapanpun", "di mana pun", "manapun", "sekali pun",
        "\U0001F469\u200D\U0001F4BB", "\u2764\uFE0F", "\U0001F44D\U0001F3FD", "a\u200Db",
        "https://kpu.go.id/berita?id=12", "humas@kpu.go.id", "@kpu_ri", "#PemiluDamai",
        "\u201cdemokrasi\u201d", "'pemilih'", "(KPU)", "KPU RI", "Bawaslu", "sekretariat,",
        "antar daerah", "pasca pemilu", "non aktif", "ke-2", "ke 2", "se-Jawa", "se Jawa",
        "tanggal 12/10/2025", "Senin (31/02)", "Minggu, 12 Oktober 2025", "10.00 WIB",
        "Rp 5.000", "No.", "dll.", "dsb", "Drs.", "S.Sos.", "M.Si", "H. Ahmad", "Foto:",
        "\u00a0", "  ", " ,", " .", ",,", "!!", "??", "\u2014", "--", "\u2026", "...",
        "Bpk", "Ibu", "DKPP", "PPK", "PPS", "KPPS", "TPS", "DPT", "Sirekap", "SIREKAP",
        "di bawah", "dibawah", "ke luar", "keluar", "ke pada", "kepada", "di antaranya",
        "praktek", "menghimbau", "resiko", "kerjasama", "obyek", "sistim", "analisa",
    ]
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    word = re.compile(r"[A-Za-z]+")
    total = 0
    for name in sorted(os.listdir(src)):
        if not (name.endswith(".txt") or name.endswith(".md")):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        rate = rng.choice([0.0, 0.01, 0.03, 0.08, 0.15])
        case_mode = rng.choice(["keep", "keep", "upper_line", "title_line", "lower_line"])
        for i, line in enumerate(lines):
            if i == 0 or line.startswith("---") or re.match(r"^[a-z_]+:", line):
                if not (i == 0 and case_mode != "keep"):
                    continue

            def swap(m):
                w = m.group(0)
                r = rng.random()
                if r >= rate:
                    return w
                k = rng.randrange(8)
                low = w.lower()
                if k == 0 and low in wrong_of:
                    new = rng.choice(wrong_of[low])
                    return new.upper() if w.isupper() else (new[:1].upper() + new[1:] if w[:1].isupper() else new)
                if k == 1:
                    return w + " " + w
                if k == 2 and prefixes:
                    return rng.choice(prefixes) + " " + w
                if k == 3:
                    return w + rng.choice(["pun", " pun", "-pun"])
                if k == 4:
                    return rng.choice(extras)
                if k == 5:
                    return rng.choice(abbrs) if abbrs else w
                if k == 6:
                    return rng.choice([w.upper(), w.title(), w.lower(), w.swapcase()])
                return rng.choice(doubled) + " " + rng.choice(doubled) + " " + w

            line = word.sub(swap, line)
            if case_mode == "upper_line" and rng.random() < 0.1:
                line = line.upper()
            elif case_mode == "title_line" and rng.random() < 0.1:
                line = line.title()
            elif case_mode == "lower_line" and rng.random() < 0.1:
                line = line.lower()
            lines[i] = line
        if rng.random() < 0.05:
            # a release that ends without a credit tail or with text after it
            lines.append(rng.choice(["", "Catatan: " + rng.choice(extras), "(hms/" + rng.choice(abbrs).lower() + ")"]))
        text = "\n".join(lines)
        if rng.random() < 0.03:
            text = text.replace("\n", "\r\n")
        total += len(text.encode("utf-8"))
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    print(f"{total} bytes in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
