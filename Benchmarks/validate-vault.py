#!/usr/bin/env python3
"""Check a generated vault against SPEC section 2 without Grapevine: a test of the generator.

    python3 Benchmarks/validate-vault.py /tmp/grapevine-bench-vault-10000-s1

Parses every front matter with PyYAML, checks dates, log events, interview keys and
durations, and resolves every reference (front matter, wikilinks, Markdown links to .md
files, Referrals items without a link) with the rules of SPEC 2.4. Prints what it found and
exits 1 if anything would be an error for `grapevine check` (or an ambiguous reference).
References that match no note are counted as placeholders: `check` reports them as
warnings, and the generator makes a few on purpose.
"""

import collections
import datetime as dt
import os
import re
import sys
import unicodedata

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

EVENTS = re.compile(r"^- (\S+) (emailed|called|messaged|wrote|reached out|followed up|replied|"
                    r"answered|declined|met|thanked|updated|sent resume|applied)(:.*)?$", re.I)
WIKILINK = re.compile(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")
MDLINK = re.compile(r"\]\(([^)\s]+\.md)\)")
DUE = re.compile(r"(?:due:|📅)\s*(\S+)")
SEPARATORS = re.compile(r" — | - |,|\(| at ")


def slug(text):
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    stripped = stripped.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", stripped).strip("-")


def identity(text):
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def is_date(value):
    if isinstance(value, dt.date):
        return True
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"):
            try:
                dt.datetime.strptime(value, fmt)
                return True
            except ValueError:
                pass
    return False


class Vault:
    def __init__(self, root):
        self.root = root
        self.notes = {}  # relative path -> (front matter dict, body lines)
        self.errors = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "_site")
            for name in sorted(files):
                if name.endswith(".md"):
                    rel = os.path.relpath(os.path.join(folder, name), root)
                    self.load(rel)
        self.by_stem = collections.defaultdict(list)
        self.by_identity = collections.defaultdict(list)
        for rel, (fm, _) in self.notes.items():
            stem = os.path.basename(rel)[:-3]
            self.by_stem[stem].append(rel)
            keys = {identity(fm.get("name") or stem.replace("-", " "))}
            for key in ("title",):
                if isinstance(fm.get(key), str):
                    keys.add(identity(fm[key]))
            aliases = fm.get("aliases") or []
            for alias in [aliases] if isinstance(aliases, str) else aliases:
                keys.add(identity(alias))
            for key in keys:
                self.by_identity[key].append(rel)

    def load(self, rel):
        with open(os.path.join(self.root, rel), "rb") as f:
            text = f.read().decode("utf-8")
        lines = text.split("\n")
        fm = {}
        if lines and lines[0] == "---":
            end = next((i for i in range(1, len(lines)) if lines[i] in ("---", "...")), None)
            if end is None:
                self.errors.append(f"{rel}: unterminated front matter")
                return
            try:
                fm = yaml.load("\n".join(lines[1:end]), Loader=Loader) or {}
            except yaml.YAMLError as e:
                self.errors.append(f"{rel}: YAML: {e}")
                return
            if not isinstance(fm, dict):
                self.errors.append(f"{rel}: front matter is not a mapping")
                return
            lines = lines[end + 1:]
        self.notes[rel] = (fm, lines)

    def resolve(self, target, base):
        """SPEC 2.4; returns 'ok', 'placeholder' or 'ambiguous'."""
        target = target.strip()
        if target.endswith(".md"):
            path = os.path.normpath(os.path.join(os.path.dirname(base), target))
            return "ok" if path in self.notes else "placeholder"
        if target in self.notes or target + ".md" in self.notes:
            return "ok"
        for found in (self.by_stem.get(target), self.by_identity.get(identity(target)),
                      self.by_stem.get(slug(target))):
            if found:
                return "ok" if len(found) == 1 else "ambiguous"
        return "placeholder"


def kind_of(rel, fm):
    folder = rel.split("/")[0]
    return fm.get("type") or {"contacts": "contact", "interviews": "interview",
                              "organizations": "organization"}.get(folder, "note")


def sections(lines):
    """Heading text (lowercased, trailing ':' dropped) -> the lines under it."""
    result, current = collections.defaultdict(list), ""
    for line in lines:
        if line.startswith("#"):
            current = line.lstrip("#").strip().rstrip(":").lower()
        else:
            result[current].append(line)
    return result


def main():
    root = sys.argv[1]
    vault = Vault(root)
    stats = collections.Counter()
    problems = list(vault.errors)
    placeholders = collections.Counter()

    def ref(value, rel, what):
        values = value if isinstance(value, list) else [value]
        for v in values:
            if not isinstance(v, str):
                problems.append(f"{rel}: {what} is not a string: {v!r}")
                continue
            m = WIKILINK.fullmatch(v.strip())
            result = vault.resolve(m.group(1) if m else v, rel)
            stats[f"references {result}"] += 1
            if result == "ambiguous":
                problems.append(f"{rel}: ambiguous reference {v!r} in {what}")
            elif result == "placeholder":
                placeholders[(what, v)] += 1

    for rel, (fm, lines) in vault.notes.items():
        kind = kind_of(rel, fm)
        stats[f"notes: {kind}"] += 1
        for key in ("added", "date", "update", "resume_sent"):
            if key in fm and not is_date(fm[key]):
                problems.append(f"{rel}: invalid date {fm[key]!r} for {key!r}")
        if "thank_you" in fm and fm["thank_you"] is not True and not is_date(fm["thank_you"]):
            problems.append(f"{rel}: invalid thank_you {fm['thank_you']!r}")
        for key in ("organization",):
            if key in fm:
                ref(fm[key], rel, key)
        for key in ("referred_by", "contact"):
            if key in fm:
                ref(fm[key], rel, key)
        if kind == "interview":
            if "contact" not in fm or "date" not in fm:
                problems.append(f"{rel}: interview without contact or date")
            if int(fm.get("duration", 20)) > 30:
                stats["warnings: duration over 30"] += 1
        body = "\n".join(lines)
        for m in WIKILINK.finditer(body):
            ref(m.group(1), rel, "wikilink")
        for m in MDLINK.finditer(body):
            if not m.group(1).startswith("http"):
                ref(m.group(1), rel, "link")
        parts = sections(lines)
        for line in parts.get("log", []):
            if line.startswith("- "):
                m = EVENTS.match(line)
                if not m:
                    stats["warnings: unknown log event (strict)"] += 1
                elif not is_date(m.group(1)):
                    problems.append(f"{rel}: invalid log date in {line!r}")
                else:
                    stats["log events"] += 1
        for line in parts.get("referrals", []):
            if line.startswith("- ") and "[[" not in line and "](" not in line:
                ref(SEPARATORS.split(line[2:], 1)[0], rel, "referral")
        for line in lines:
            m = DUE.search(line)
            if m and not is_date(m.group(1)):
                problems.append(f"{rel}: invalid due date in {line!r}")
            if re.match(r"^\s*- \[[ xX]\] ", line):
                stats["task items"] += 1
        if "|---" in body.replace(" ", "") or "| --- |" in body or "| ---: |" in body:
            stats["notes with a table"] += 1

    for key in sorted(stats):
        print(f"{key}: {stats[key]}")
    print(f"distinct placeholder targets: {len(placeholders)} "
          f"({sum(placeholders.values())} references; `check` warns about these)")
    for p in problems[:50]:
        print("ERROR", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
