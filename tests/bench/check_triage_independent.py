#!/usr/bin/env python3
"""Checks that the triage benchmark's generator is independent of what it measures.

usage: check_triage_independent.py [GENERATOR] [RULES_RS]
       (defaults: tests/bench/gen_triage.py, src/domain/claims/lexicon.rs and lexicon/*.rs, from the repo root)

The generator's phrase-pool files next to it (POOL_MODULES: triage_pool_fourth.py,
triage_pool_fifth.py, triage_pool_sixth.py, triage_pool_seventh.py, triage_pool_eighth.py,
triage_pool_ninth.py and triage_pool_tenth.py, which hold the `fourth`, `fifth`, `sixth`, `seventh`,
`eighth`, `ninth` and `tenth` pools; `ninth` was written blind by a helper who read only the generator
and the eighth pool's interface, `tenth` by one who read only the generator and the ninth pool's interface)
are checked with it, as part of it:
the generator may import them and nothing else outside the standard library, they may import only
the standard library, and their literals count with the generator's towards a copied table.

Fails (exit 1) when the generator or one of its pool files
  - imports anything but the Python standard library (the generator may also import
    its pool files), or mentions a path into the
    product's sources (a string containing "src/" or "src\\", naming a .rs file such as
    diagnosis.rs or extract.rs, or the bare folder name "src"), or locates itself
    through __file__ (it has no reason to look around the repository);
  - has a string literal that is, whole, one of the multi-word phrases of the claim
    reader's tables (src/domain/claims/lexicon.rs: the words by which a citizen is taken
    to say a field is wrong, a number is old or new, whom they write for, …), compared
    case-insensitively with spaces collapsed, for a quarter (at least three) of one
    table's multi-word phrases: single words and a few common phrases are the language's
    ("sudah tidak aktif" is how anyone says it); a table's worth is a copy.
Multi-word rule phrases that occur *inside* a longer literal are listed as a note: a
citizen may well write them, but a pool full of them measures nothing.
Exit 2 when the rule tables cannot be found or parsed (so a rename cannot pass silently).
"""
import ast
import os
import re
import sys

root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
gen_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "bench", "gen_triage.py")
rules_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "src", "domain", "claims", "lexicon.rs")
# Phrase-pool modules the generator may import from its own folder; checked with it.
POOL_MODULES = ["triage_pool_fourth", "triage_pool_fifth", "triage_pool_sixth", "triage_pool_seventh",
                "triage_pool_eighth", "triage_pool_ninth", "triage_pool_tenth"]
# Tables in the rules file whose phrases the generator must not copy.
TABLES = ["PHONE_ROLES", "NIK_ROLES", "PHONE_CHANGED", "FIELD_WORDS", "WRONG", "ON_RECORD", "MY_TYPO", "BOOSTER"]


def norm(s):
    return " ".join(s.lower().split())


def rust_phrases(path):
    """The string literals of each named `const NAME: &[...] = &[ ... ];` table; for a
    table of (key, &[phrases]) pairs, the phrases only (the keys are field names)."""
    # The tables live in lexicon.rs and its submodules (lexicon/*.rs).
    subdir = os.path.splitext(path)[0]
    paths = [path] + (sorted(os.path.join(subdir, f) for f in os.listdir(subdir) if f.endswith(".rs"))
                      if os.path.isdir(subdir) else [])
    try:
        text = "\n".join(open(p, encoding="utf-8").read() for p in paths)
    except OSError as e:
        print(f"check_triage_independent: cannot read the rules: {e}", file=sys.stderr)
        sys.exit(2)
    text = text.split("#[cfg(test)]", 1)[0]
    text = re.sub(r"//[^\n]*", "", text)
    out = {}
    for name in TABLES:
        m = re.search(rf"const\s+{name}\s*:[^=]*=\s*&?\[(.*?)\];", text, re.S)
        if not m:
            print(f"check_triage_independent: no `const {name}` table in {path}", file=sys.stderr)
            sys.exit(2)
        body = m.group(1)
        pairs = re.findall(r'\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*&\[(.*?)\]\s*,?\s*\)', body, re.S)
        if pairs:
            phrases = [p for _, inner in pairs for p in re.findall(r'"((?:[^"\\]|\\.)*)"', inner)]
        else:
            phrases = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
        if not phrases:
            print(f"check_triage_independent: `{name}` has no phrases", file=sys.stderr)
            sys.exit(2)
        out[name] = phrases
    return out


def literals(tree):
    """Every string constant, including the literal parts of f-strings."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def check_code(path, tree, allowed, problems):
    """Imports, self-location and paths into the sources, for one file; `allowed` are the
    non-standard modules it may import (the generator's own pool files)."""
    name = os.path.basename(path)
    stdlib = set(getattr(sys, "stdlib_module_names", ())) or None
    for node in ast.walk(tree):
        mods = []
        if isinstance(node, ast.Import):
            mods = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            mods = [node.module or ""] if node.level == 0 else ["." * node.level + (node.module or "")]
        for mod in mods:
            top = mod.split(".")[0]
            if mod in allowed:
                continue
            if mod.startswith(".") or (stdlib is not None and top not in stdlib):
                problems.append(f"{name} line {node.lineno}: imports {mod!r} (only the standard library is allowed"
                                + (f", and {', '.join(sorted(allowed))}" if allowed else "") + ")")
        if isinstance(node, ast.Name) and node.id == "__file__":
            problems.append(f"{name} line {node.lineno}: uses __file__ (the generator must not look around the repository)")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("__import__", "exec", "eval"):
            problems.append(f"{name} line {node.lineno}: calls {node.func.id}()")
        if isinstance(node, ast.Attribute) and node.attr == "import_module":
            problems.append(f"{name} line {node.lineno}: uses importlib.import_module")

    for lineno, s in literals(tree):
        low = s.lower()
        if "src/" in low or "src\\" in low or low.strip() in ("src", "./src", "../src"):
            problems.append(f"{name} line {lineno}: a path into the sources: {s[:60]!r}")
        if re.search(r"\.rs\b", low) or "diagnosis.rs" in low or "extract.rs" in low:
            problems.append(f"{name} line {lineno}: names a Rust file: {s[:60]!r}")


def main():
    problems, notes = [], []
    # The generator, then each pool file beside it (a pool the generator imports must exist).
    gen_dir = os.path.dirname(os.path.abspath(gen_path))
    files = [(gen_path, set(POOL_MODULES))]
    gen_tree = ast.parse(open(gen_path, encoding="utf-8").read(), gen_path)
    imported = {a.name for n in ast.walk(gen_tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(gen_tree) if isinstance(n, ast.ImportFrom) and n.level == 0 and n.module}
    for mod in POOL_MODULES:
        path = os.path.join(gen_dir, mod + ".py")
        if os.path.exists(path):
            files.append((path, set()))
        elif mod in imported:
            problems.append(f"{os.path.basename(gen_path)} imports {mod!r} but {path} does not exist")
    all_lits = []
    for path, allowed in files:
        tree = gen_tree if path == gen_path else ast.parse(open(path, encoding="utf-8").read(), path)
        check_code(path, tree, allowed, problems)
        all_lits += [(f"{os.path.basename(path)} line {n}", norm(s)) for n, s in literals(tree)]

    tables = rust_phrases(rules_path)
    for name, phrases in tables.items():
        multi = [norm(ph) for ph in phrases if " " in norm(ph)]
        copied = []
        for p in multi:
            for lineno, lit in all_lits:
                if lit == p:
                    copied.append(f"{lineno}: the literal {p!r} is a phrase of {name}")
                elif re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", lit):
                    notes.append(f"{lineno}: {p!r} ({name}) occurs inside {lit[:70]!r}")
        # A phrase people say both ways is the language; a quarter of a table is a copy.
        if len(copied) >= max(3, len(multi) // 4):
            problems.append(f"{len(copied)} of the {len(multi)} phrases of {name} are copied as literals:")
            problems.extend("  " + c for c in copied)
        else:
            notes.extend(copied)

    n = sum(len(v) for v in tables.values())
    if notes:
        print(f"check_triage_independent: note: {len(notes)} rule phrase(s) inside longer templates:")
        for x in notes[:8]:
            print("  " + x)
    if problems:
        print(f"check_triage_independent: FAILED for {', '.join(p for p, _ in files)}:", file=sys.stderr)
        for x in problems:
            print("  " + x, file=sys.stderr)
        sys.exit(1)
    checked = ", ".join(os.path.relpath(p, root) for p, _ in files)
    print(f"check_triage_independent: ok ({checked}: standard library only, no source "
          f"paths, no table of the {n} rule phrases copied)")


if __name__ == "__main__":
    main()
