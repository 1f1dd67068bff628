#!/usr/bin/env python3
"""Write a LinkedIn `Connections.csv` as LinkedIn's data export has it, with the quirks real
exports have: the "Notes:" preamble, names with credentials (`Doe, PMP`), nicknames in quotes,
pronouns, emoji, accents and apostrophes, rows of members who hide their names, companies and
positions with commas, quotes and line breaks, mostly empty emails, `Connected On` as
`05 Nov 2024`, newest first.

    python3 Benchmarks/generate-connections.py --rows 240 --seed 20 --out Connections.csv
    python3 Benchmarks/generate-connections.py --rows 10000 --seed 1 \
        --vault /tmp/grapevine-bench-vault-10000-s1 --matching 0.5 --out /tmp/connections-10000.csv

With --vault, that fraction of the rows are people who already have a contact note there
(found by the note's `name`, `email` and `linkedin`): a third carry the note's email, a
third its LinkedIn address written differently (http, capitals, a trailing slash), a third
only the name. The others are new people, with names no note has. The output depends only
on the arguments (and the vault's contents).
"""
import argparse
import csv
import datetime
import io
import os
import random
import re
import sys

PREAMBLE = (
    'Notes:\n'
    '"When exporting your connection data, you may notice that some of the email addresses are '
    'missing. You will only see email addresses for connections who have allowed their connections '
    'to see or download their email address using this setting '
    'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    '\n'
)
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]

FIRST = ["Aisha", "Ana", "Ben", "Carmen", "Chen", "Dana", "Diego", "Elif", "Emma", "Farah", "Grace",
         "Hannah", "Hiro", "Ines", "Ivan", "Jamal", "Jana", "Joon", "Kofi", "Lara", "Leo", "Lina",
         "Marco", "Maya", "Mei", "Nadia", "Noah", "Olga", "Omar", "Pablo", "Priya", "Rafael", "Rosa",
         "Sam", "Sara", "Tariq", "Tomás", "Uma", "Vera", "Wen", "Yusuf", "Zoe", "Zoë", "Björn", "Chloé"]
LAST = ["Abbott", "Alvarez", "Baker", "Brennan", "Castillo", "Chowdhury", "Costa", "Dubois", "Eriksen",
        "Fischer", "Garcia", "Haddad", "Hughes", "Ibrahim", "Jensen", "Kaur", "Kim", "Kowalski", "Larsen",
        "Lindqvist", "Mendes", "Moreau", "Nakamura", "Novak", "O'Connor", "O'Neill", "Park", "Patel",
        "Quinn", "Rossi", "Santos", "Schmidt", "Singh", "Tanaka", "Varga", "Weber", "Wright", "Yilmaz",
        "Zhang", "Núñez", "Müller", "van der Berg", "de la Cruz"]
COMPANIES = ["Acme Foods", "Brightfield Foods", "Northwind Analytics", "Globex, Inc.", "Initech",
             "Umbrella Health", "Stark Industries", "Wayne Enterprises", "Hooli", "Pied Piper",
             "Vandelay Industries", "Soylent Corp", "Cyberdyne Systems", "Tyrell Corporation",
             "Massive Dynamic", "Oscorp", "Aperture Science", "Black Mesa", "Gringotts", "Monsters, Inc.",
             "Self-employed", "Freelance", "Universidad de los Andes", "Café Central"]
POSITIONS = ["Software Engineer", "Senior Product Manager", "Director, Supply Chain",
             "Head of \"Growth\"", "Data Scientist", "Recruiter", "Talent Acquisition Partner",
             "VP, Engineering & Operations", "Founder & CEO", "Research Chemist", "UX Designer",
             "Operations Lead\nEMEA", "Chief of Staff", "Account Executive", "Teacher", "Consultant",
             "Senior Analyst, Risk", "Student", "Policy Advisor", "Nurse Practitioner"]
CREDENTIALS = ["PMP", "PhD", "MBA", "MBA, CSM", "CPA", "SHRM-CP"]
EMOJI = ["🚀", "🌱", "✨"]


def row_date(rng, index, rows):
    """Newest first, over about six years."""
    start = datetime.date(2026, 11, 20)
    return start - datetime.timedelta(days=int(index * 2200 / max(rows, 1)) + rng.randrange(0, 2))


def new_person(rng, taken, index):
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.3:
            last = rng.choice(LAST) + "-" + last
        name = f"{first} {last}"
        key = slug(name)
        if key in taken:
            name = f"{first} {chr(65 + rng.randrange(26))}. {last}"
            first, key = name.rsplit(" ", 1)[0], slug(name)
        if key not in taken:
            taken.add(key)
            return first, last, key


def slug(text):
    import unicodedata
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def decorate(rng, first, last):
    """The quirks people give their names on LinkedIn."""
    roll = rng.random()
    if roll < 0.06:
        last = f"{last}, {rng.choice(CREDENTIALS)}"
    elif roll < 0.09:
        first = f'{first} "{rng.choice(["Bo", "Max", "Kit", "Sunny"])}"'
    elif roll < 0.11:
        last = f"{last} (she/her)"
    elif roll < 0.13:
        last = f"{last} {rng.choice(EMOJI)}"
    return first, last


def vault_contacts(vault):
    people = []
    folder = os.path.join(vault, "contacts")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        fields = {}
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        if not lines or lines[0] != "---":
            continue
        for line in lines[1:]:
            if line in ("---", "..."):
                break
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip().strip('"')
        if fields.get("name"):
            people.append((name[:-3], fields))
    return people


def matching_row(rng, stem, fields, kind):
    first, _, last = fields["name"].rpartition(" ")
    linkedin = fields.get("linkedin") or f"https://www.linkedin.com/in/{stem}"
    if kind == 1 and fields.get("linkedin"):
        linkedin = linkedin.replace("https://www.", "http://").upper() if rng.random() < 0.5 else linkedin + "/"
    email = fields.get("email", "") if kind == 0 else ""
    return [first, last, linkedin, email]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--vault", help="a vault whose contacts some rows are")
    parser.add_argument("--matching", type=float, default=0.5, help="the fraction of rows in --vault")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    existing = vault_contacts(args.vault) if args.vault else []
    taken = {slug(fields["name"]) for _, fields in existing} | {stem for stem, _ in existing}
    matches = rng.sample(existing, min(len(existing), int(args.rows * args.matching))) if existing else []
    kinds = [index % 3 for index in range(len(matches))]
    plan = [("match", index) for index in range(len(matches))] + [("new", 0)] * (args.rows - len(matches))
    rng.shuffle(plan)

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for index, (what, which) in enumerate(plan):
        date = row_date(rng, index, args.rows).strftime("%d %b %Y")
        company, position = rng.choice(COMPANIES), rng.choice(POSITIONS)
        if what == "match":
            stem, fields = matches[which]
            first, last, url, email = matching_row(rng, stem, fields, kinds[which])
            writer.writerow([first, last, url, email, company, position, date])
            continue
        if not existing and rng.random() < 0.02:
            writer.writerow(["", "", "", "", "", "", date])  # a member who hides their name
            continue
        first, last, key = new_person(rng, taken, index)
        url = f"https://www.linkedin.com/in/{key}-{rng.randrange(16**6):06x}"
        email = f"{key.replace('-', '.')}@example.com" if rng.random() < 0.15 else ""
        if not existing:
            first, last = decorate(rng, first, last)
        writer.writerow([first, last, url, email, company, position, date])

    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        handle.write(PREAMBLE + out.getvalue())
    print(f"wrote {args.rows} rows ({len(matches)} of people in {args.vault}) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
