#!/usr/bin/env python3
"""Generate a synthetic Grapevine vault for benchmarks.

    python3 Benchmarks/generate-vault.py --contacts 10000 --out /tmp/vault-10k [--seed 1] [--force]

For N contacts it writes N contacts/*.md, about N/2 interviews/*.md, about N/10
organizations/*.md, pitch.md, a few plain notes and .grapevine/config.yml: about 1.6 N
files of 1-2 KB each, valid per SPEC section 2, so `grapevine check` finds no errors.
Expect warnings only for references to people or organizations that have no note yet
(placeholders), which the spec calls normal.

The output depends only on --contacts and --seed: every random choice comes from one
random.Random(seed), and nothing iterates over a set or reads the clock.
"""

import argparse
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import random

# --------------------------------------------------------------------------- word lists

FIRST_NAMES = """
Maria Sam Dan Priya Alex Jordan Taylor Morgan Casey Riley Jamie Avery Quinn Rowan Sasha
Elena Marco Lucia Pablo Sofia Mateo Valentina Diego Camila Javier Isabel Carmen Luis Ana
Wei Mei Jun Hana Yuki Kenji Aiko Min-jun Ji-woo Seo-yeon Arjun Ananya Rohan Kavya Vikram
Aisha Omar Fatima Yusuf Layla Karim Noor Amir Leila Tariq Grace Henry Olivia Liam Emma Noah
Ava Ethan Mia Lucas Amelia Mason Harper Logan Ella James Chloe Benjamin Nora Daniel Ruth
Thomas Clara Peter Alice Paul Julia David Sarah Michael Laura Robert Katherine William
Elizabeth Alexander Margaret Nicholas Christopher Jennifer Jonathan Rebecca Matthew Hannah
Andrew Natalie Samuel Victoria Oscar Ingrid Lars Freya Nils Astrid Erik Greta Pieter Anouk
Tomasz Zofia Pavel Irina Dmitri Olga Kwame Ama Kofi Abena Chidi Ngozi Tendai Zanele Thabo
Mary Sean Siobhan Ciaran Aoife Declan Niamh Owen Carys Rhys Mwangi Wanjiru Tanvir Farhan
José Zoë Renée André Inés François Chloé Björn Jürgen Agnès Raúl Noémie Joël Anaïs Tomás
Eliška Dorottya Ömer Çağla Léa Mónica Ángel Brontë Søren
""".split()

LAST_NAMES = """
Lopez Reyes Kim Natarajan Chen Patel Nguyen Garcia Smith Johnson Williams Brown Jones Miller
Davis Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark
Lewis Robinson Walker Young Allen King Wright Scott Torres Hill Green Adams Baker Nelson
Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart
Morris Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward
Peterson Gray Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross
Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler
Simmons Foster Gonzales Bryant Alexander Russell Griffin Hayes Myers Ford Hamilton Graham
Sullivan Wallace Woods Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson
McDonald Cruz Marshall Ortiz Gomez Murray Freeman Wells Webb Simpson Stevens Tucker Porter
Hunter Hicks Crawford Henry Boyd Mason Kennedy Warren Dixon Ramos Burns Gordon Shaw Holmes
Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson Rose Stone
Hawkins Dunn Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold
Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews
Tanaka Suzuki Watanabe Yamamoto Sato Park Choi Jung Kang Cho Yoon Wang Zhang Liu Yang Huang
Zhao Wu Zhou Xu Sun Ma Singh Sharma Gupta Iyer Rao Reddy Menon Das Bose Khan Ahmed Hassan
Ali Haddad Nasser Farouk Okafor Mensah Owusu Adeyemi Nkosi Dlamini Kariuki Otieno Kowalski
Nowak Novak Horvat Petrov Ivanova Jansen Bakker Visser Larsen Hansen Nielsen Lindqvist
Berg Dubois Laurent Moreau Rossi Russo Ferrari Esposito Bianchi Romano Costa Silva Santos
Pereira Oliveira Fernandes O'Brien O'Neill O'Connor D'Angelo McCarthy
Núñez Müller Gómez Pérez García Dvořák Šimić Öztürk Çelik Jiménez Sánchez Martínez
Fernández Rodríguez Hernández Álvarez Lefèvre Béranger Schröder Köhler Håkansson
""".split()

# First names whose usual short form can be an alias.
NICKNAMES = {
    "Robert": "Bob", "William": "Bill", "Elizabeth": "Liz", "Katherine": "Kate",
    "Alexander": "Alex", "Margaret": "Maggie", "Nicholas": "Nick", "Christopher": "Chris",
    "Jennifer": "Jen", "Jonathan": "Jon", "Rebecca": "Becky", "Matthew": "Matt",
    "Samuel": "Sam", "Victoria": "Tori", "Benjamin": "Ben", "Daniel": "Dan", "Michael": "Mike",
    "Andrew": "Andy", "Thomas": "Tom", "Natalie": "Nat", "Valentina": "Vale", "Javier": "Javi",
    "José": "Pepe", "Dmitri": "Dima", "Olivia": "Liv", "Amelia": "Millie",
}

# Middle names tell namesakes apart. Not initials: `Abena C. Cruz` beside `Abena Cruz` may be
# one person written twice, and `check` rightly warns about every such pair.
MIDDLE_NAMES = "Grace Marie James Ann Rose Jean Lynn Ray Joy Elena Kwame Mei Ravi Omar Ines".split()

ORG_PREFIXES = """
Acme Northwind Bluefin Cedar Summit Harbor Lumen Granite Juniper Meridian Aurora Keystone
Beacon Cobalt Evergreen Falcon Horizon Ironwood Kestrel Lakeside Maple Nimbus Orchid Pinnacle
Quarry Redwood Sapphire Tidewater Upland Vantage Willow Zenith Alder Birch Cypress Driftwood
Ember Fjord Glacier Heron Indigo Jasper Kelp Lantern Magnolia Nova Onyx Prairie Quartz Riverbend
Sequoia Thistle Umber Verde Wren Yarrow Atlas Bramble Copper Delta Echo Fathom Garnet Halcyon
Isle Jade Kite Lark Mosaic Nautilus Oak Pioneer Raven Saltmarsh Tandem Unity Vista Wildflower
Brightline Clearwater Deepwell Fairfield Goldleaf Highland Larkspur Moonrise Northstar Oakridge
""".split() + ["Café Lumière", "Élan", "Nordlicht", "Señora Luna", "Brück & Söhne"]

ORG_KINDS = [
    ("Foods", "Food & beverage"), ("Analytics", "Data & analytics"), ("Health", "Healthcare"),
    ("Robotics", "Robotics"), ("Labs", "Research"), ("Bank", "Financial services"),
    ("Logistics", "Logistics"), ("Studio", "Design"), ("Energy", "Energy"), ("Media", "Media"),
    ("Press", "Publishing"), ("Systems", "Software"), ("Bio", "Biotech"), ("Partners", "Consulting"),
    ("Works", "Manufacturing"), ("Insurance", "Insurance"), ("Games", "Video games"),
    ("Foundation", "Non-profit"), ("Mobility", "Transportation"), ("Security", "Cybersecurity"),
    ("Learning", "Education"), ("Capital", "Venture capital"), ("Farms", "Agriculture"),
    ("Architects", "Architecture"), ("Pharma", "Pharmaceuticals"), ("Telecom", "Telecommunications"),
    ("Retail", "Retail"), ("Cloud", "Cloud infrastructure"), ("Solar", "Renewable energy"),
    ("Travel", "Travel"), ("Clinic", "Healthcare"), ("Software", "Software"), ("Group", "Conglomerate"),
    ("Collective", "Design"), ("Institute", "Research"), ("& Co.", "Consulting"),
]

ORG_QUALIFIERS = ["Europe", "North America", "Asia Pacific", "Digital", "International",
                  "Ventures", "Holdings", "Direct", "Global", "Canada", "UK", "Latam"]

CITIES = [
    "Lyon, France", "Berlin, Germany", "Toronto, Canada", "Austin, TX", "Seattle, WA",
    "New York, NY", "Chicago, IL", "Denver, CO", "Boston, MA", "San Francisco, CA", "Portland, OR",
    "London, UK", "Manchester, UK", "Dublin, Ireland", "Amsterdam, Netherlands", "Madrid, Spain",
    "Barcelona, Spain", "Lisbon, Portugal", "Milan, Italy", "Zürich, Switzerland",
    "Copenhagen, Denmark", "Stockholm, Sweden", "Warsaw, Poland", "Prague, Czechia",
    "Nairobi, Kenya", "Lagos, Nigeria", "Cape Town, South Africa", "Bengaluru, India",
    "Singapore", "Tokyo, Japan", "Seoul, South Korea", "Sydney, Australia", "Melbourne, Australia",
    "Mexico City, Mexico", "São Paulo, Brazil", "Buenos Aires, Argentina", "Montréal, Canada",
    "Remote",
]

TITLES = [
    "Data Engineer", "Senior Data Engineer", "Data Analyst", "Analytics Manager",
    "Product Manager", "Senior Product Manager", "Director of Product", "UX Researcher",
    "UX Designer", "Software Engineer", "Staff Software Engineer", "Engineering Manager",
    "VP of Engineering", "CTO", "Head of Data", "Machine Learning Engineer", "Research Scientist",
    "Program Manager", "Operations Lead", "Supply Chain Analyst", "Marketing Manager",
    "Content Strategist", "Recruiter", "Technical Recruiter", "HR Business Partner",
    "Financial Analyst", "Controller", "Founder", "Co-founder & CEO", "Consultant",
    "Senior Consultant", "Policy Advisor", "Grant Writer", "Nurse Manager", "Clinical Researcher",
    "Lab Manager", "Editor", "Journalist", "Teacher", "Professor", "Librarian",
    "Customer Success Manager", "Sales Engineer", "Account Executive", "Solutions Architect",
    "Security Engineer", "Site Reliability Engineer", "Developer Advocate", "Designer",
    "Architect", "Chef", "Sustainability Lead", "Community Manager",
]

SOURCES = ["linkedin", "alumni", "meetup", "conference", "cold email", "former colleague",
           "friend", "neighbour", "barber", "family", "twitter", "bootcamp", "volunteering"]

TAGS = ["data", "product", "design", "engineering", "mentor", "hiring-manager", "recruiter",
        "alumni", "warm", "cold", "dream-employer", "follow-up", "connector", "startup",
        "big-company", "non-profit", "remote", "europe", "met-in-person", "career-switch"]

PLACES = ["the café on Rue Mercière", "their office", "a Zoom call", "the meetup afterparty",
          "the campus coffee shop", "a phone call", "the conference hallway", "lunch downtown"]

QUESTIONS = [
    "How did you get started in this field?",
    "What does a typical day look like for you?",
    "What is hardest about this work?",
    "What do you like most about your job?",
    "Which skills matter most for someone starting out?",
    "What trends are changing the field right now?",
    "How is the team organised at {org}?",
    "What would you do differently if you started again?",
    "Which resources (books, newsletters, communities) do you recommend?",
    "Is there a small project I could do to learn more?",
    "Who else should I talk to?",
    "How do people usually move into this role?",
    "What does success look like in the first year?",
    "How does {org} hire for roles like yours?",
    "What surprised you when you joined {org}?",
    "What do you wish you had known before taking this job?",
    "How do you see the {industry} industry evolving?",
    "What are common misconceptions about this work?",
]

BOOKS = [
    ("Designing Data-Intensive Applications", "Martin Kleppmann"),
    ("What Color Is Your Parachute?", "Richard N. Bolles"),
    ("The 2-Hour Job Search", "Steve Dalton"),
    ("Inspired", "Marty Cagan"),
    ("The Design of Everyday Things", "Don Norman"),
    ("Thinking, Fast and Slow", "Daniel Kahneman"),
    ("Storytelling with Data", "Cole Nussbaumer Knaflic"),
    ("Working Backwards", "Colin Bryar"),
    ("An Elegant Puzzle", "Will Larson"),
    ("The Manager's Path", "Camille Fournier"),
]

TOPICS = ["pricing analytics", "the data platform migration", "supplier onboarding",
          "clinical trial tooling", "the mobile app redesign", "fraud detection",
          "their internal mentoring program", "warehouse automation", "grant reporting",
          "the new customer portal", "carbon accounting", "search ranking", "the Q1 reorg",
          "on-call practices", "their hiring freeze", "a move to a four-day week"]

WORDS_CODE = ["dbt", "SQL", "Airflow", "Kubernetes", "Figma", "Tableau", "pandas", "Terraform",
              "Looker", "Snowflake", "Python", "R", "Swift", "Excel", "Jira", "Salesforce"]

OUTREACH = ["emailed", "called", "messaged", "wrote", "reached out"]

OUTREACH_TEXT = ["intro, mentioned {ref}", "cold email via the alumni list", "on LinkedIn",
                 "short note about {topic}", "asked for 20 minutes", "intro through {ref}", ""]

SENTENCES = [
    "{first} leads work on {topic} at {org}.",
    "Moved into {industry} after six years working on {topic}.",
    "Very generous with time; prefers email over calls and answers within a day or two.",
    "Mentioned that the team is small and uses **{tool}** every day.",
    "Spoke at the {city} meetup about {topic}, which is how I first heard of them.",
    "Knows most of the people in {industry} around {home}.",
    "We were both at the same bootcamp, a few cohorts apart, and share a mentor.",
    "Ask about `{tool}` and how they test it before it reaches production.",
    "Has hired juniors before and is *candid* about what worked and what did not.",
    "Their blog post on {topic} is worth rereading before we talk again.",
    "Busy until the end of the quarter, then much easier to reach.",
    "Grew the team from three to {n} people in two years without a single reorg.",
    "Started as a {title} and moved sideways twice before landing at {org}.",
    "Thinks the {industry} job market in {home} is better than the headlines suggest.",
    "Suggested I look at how {org} runs {topic} before applying anywhere.",
    "Was a career switcher too: came from teaching and retrained in the evenings.",
    "Volunteers as a mentor for people moving into {industry}.",
    "The interview process at {org} has a take-home exercise and a panel with {n} questions.",
    "Recommends keeping a portfolio of small, finished projects rather than one big one.",
    "Said the most underrated skill is writing clear status updates.",
    "Works hybrid: two days a week in the {home} office, the rest remote.",
    "Runs a reading group on {topic} that meets on the first Thursday of the month.",
    "Is wary of certificates but likes to see code or case studies.",
    "Reports to the {title} and works closely with the {industry} team.",
    "Offered to review my resume once I have tailored it to {industry} roles.",
    "Mentioned a budget freeze until spring, but the team still takes interns.",
    "Uses *{tool}* and a lot of spreadsheets; nothing fancy, but it works.",
    "Pointed out that {org} promotes from within more than most.",
    "Has been at {org} for {n} months and still calls it the best team they have worked on.",
    "Prefers short, specific questions over a general request for advice.",
]

ORG_SENTENCES = [
    "{org} is a {industry} company headquartered in {home} with about {n}00 employees.",
    "Founded in 20{n:02d}, it grew quickly after a large contract with a public agency.",
    "The data team sits under the CFO and owns {topic}.",
    "Their engineering blog covers {topic} and their move to **{tool}**.",
    "Glassdoor reviews praise the mentoring but mention slow promotions.",
    "They hire juniors mostly through referrals and a summer internship.",
    "A recent press release announced a new office in {city}.",
    "The annual report lists {topic} as the main priority for next year.",
    "Job postings ask for `{tool}` and experience in {industry}.",
    "The CEO gave a talk on {topic} at the {city} conference in the spring.",
    "Most teams are hybrid; the {home} office is the largest.",
    "Competitors include two larger firms in {city} and a fast-growing startup.",
    "They publish an open dataset on {topic} every quarter.",
    "Revenue grew about {n}% last year, mostly from the {industry} side of the business.",
]

# --------------------------------------------------------------------------- helpers

YEAR_START = dt.date(2026, 1, 5)
YEAR_END = dt.date(2026, 12, 31)


def slug(text):
    """SPEC 2.4: lowercase, diacritics removed, apostrophes dropped, other runs -> '-'."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    stripped = stripped.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", stripped).strip("-")


def identity(text):
    """How the spec compares names: NFC, case-insensitive, whitespace folded."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def ascii_letters_only(name):
    """True when every letter survives the slug (ø, ß, æ... have no decomposition)."""
    decomposed = unicodedata.normalize("NFD", name)
    return all(ord(c) < 128 or unicodedata.category(c) == "Mn" for c in decomposed)


FIRST_NAMES = [n for n in FIRST_NAMES if ascii_letters_only(n)]
LAST_NAMES = [n for n in LAST_NAMES if ascii_letters_only(n)]

_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"}
_NUMBERISH = re.compile(r"^[-+]?[0-9][0-9_.,:]*([eE][-+]?[0-9]+)?$")
_DATEISH = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")
_PLAIN_START = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`+~.=]")


def yq(value):
    """A YAML scalar for a string: plain when that is unambiguous, else double-quoted."""
    if (not _PLAIN_START.match(value) or ": " in value or " #" in value
            or value.endswith((":", " ")) or "\n" in value or value.lower() in _YAML_WORDS
            or _NUMBERISH.match(value) or _DATEISH.match(value)):
        return json.dumps(value, ensure_ascii=False)
    return value


def wiki(name):
    return f"[[{name}]]"


def iso(day):
    return day.isoformat()


def clamp(day):
    return min(max(day, YEAR_START), YEAR_END)


# --------------------------------------------------------------------------- the model


class Registry:
    """Every name, alias and file stem handed out, so that references stay unambiguous."""

    def __init__(self):
        self.identities = set()
        self.stems = set()

    def free(self, name):
        return identity(name) not in self.identities and slug(name) not in self.stems

    def claim(self, name, stem=None):
        self.identities.add(identity(name))
        if stem is not None:
            self.stems.add(stem)


class Contact:
    __slots__ = ("index", "name", "first", "stem", "org", "added", "referrers", "referees",
                 "aliases", "title", "location")


class Organization:
    __slots__ = ("name", "stem", "kind", "industry", "location", "contacts")


class Generator:
    def __init__(self, contacts, seed):
        self.n = contacts
        self.rng = random.Random(seed)
        self.registry = Registry()
        self.registry.claim("Alex Kim")  # the vault owner
        self.files = {}  # relative path -> text, in creation order
        # Names the docs and tests talk about come first, so that every vault has them.
        self.showcase = ["Maria Lopez", "Sam Reyes", "Dan Okafor", "José Núñez", "Mary O'Brien",
                         "Zoë Müller", "Priya Natarajan", "Ji-woo Park"][:contacts]

    # ----------------------------------------------------------------- names

    def make_orgs(self):
        rng = self.rng
        count = max(3, round(self.n * 0.1))
        self.orgs = []
        while len(self.orgs) < count:
            prefix = rng.choice(ORG_PREFIXES)
            kind, industry = rng.choice(ORG_KINDS)
            name = f"{prefix} {kind}"
            if not self.registry.free(name):
                name = f"{name} {rng.choice(ORG_QUALIFIERS)}"
            if not self.registry.free(name):
                name = f"{prefix} {kind} {rng.choice(ORG_QUALIFIERS)} {len(self.orgs)}"
            org = Organization()
            org.name, org.stem, org.kind, org.industry = name, slug(name), kind, industry
            org.location = rng.choice(CITIES)
            org.contacts = []
            self.registry.claim(name, org.stem)
            self.orgs.append(org)
        # A few employers are large; most are small (a Zipf-like draw).
        self.org_weights = [1.0 / (i + 1) ** 0.8 for i in range(len(self.orgs))]

    def person_name(self):
        rng = self.rng
        if self.showcase:
            name = self.showcase.pop(0)
            return name.split()[0], name
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        candidates = [f"{first} {last}"]
        candidates += [f"{first} {rng.choice(MIDDLE_NAMES)} {last}" for _ in range(4)]
        candidates += [f"{first} {last}-{rng.choice(LAST_NAMES)}" for _ in range(4)]
        for name in candidates:
            if self.registry.free(name):
                return first, name
        while True:
            name = f"{first} {last} {rng.randint(2, 999)}"
            if self.registry.free(name):
                return first, name

    def make_contacts(self):
        rng = self.rng
        span = (dt.date(2026, 9, 30) - YEAR_START).days
        self.contacts = []
        for i in range(self.n):
            c = Contact()
            c.index = i
            c.first, c.name = self.person_name()
            c.stem = slug(c.name)
            self.registry.claim(c.name, c.stem)
            c.org = rng.choices(self.orgs, cum_weights=self.org_cum)[0]
            c.org.contacts.append(c)
            c.added = YEAR_START + dt.timedelta(days=i * span // self.n)
            c.title = rng.choice(TITLES)
            c.location = c.org.location if rng.random() < 0.7 else rng.choice(CITIES)
            c.referrers, c.referees, c.aliases = [], [], []
            nickname = NICKNAMES.get(c.first)
            if nickname and rng.random() < 0.5:
                alias = c.name.replace(c.first, nickname, 1)
                if self.registry.free(alias):
                    self.registry.claim(alias)
                    c.aliases.append(alias)
            self.contacts.append(c)
        self.link_referrals()

    def link_referrals(self):
        """About 60% of contacts were referred by an earlier one; connectors refer often."""
        rng = self.rng
        pool = []  # earlier contacts, repeated once per referral given (preferential)
        for c in self.contacts:
            if c.index >= 3 and rng.random() < 0.6:
                count = 2 if rng.random() < 0.08 else 1
                while len(c.referrers) < count:
                    if pool and rng.random() < 0.5:
                        referrer = rng.choice(pool)
                    else:
                        referrer = self.contacts[rng.randrange(c.index)]
                    if referrer not in c.referrers:
                        c.referrers.append(referrer)
                for referrer in c.referrers:
                    referrer.referees.append(c)
                    pool.append(referrer)
            pool.append(c)

    def placeholder_name(self):
        """A person with no note: a name nobody in the vault has, nor its slug."""
        while True:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            name = f"{first} {last}"
            if self.registry.free(name):
                return name

    # ----------------------------------------------------------------- prose

    def sentence(self, template, c=None, org=None):
        rng = self.rng
        org = org or (c.org if c else rng.choice(self.orgs))
        return template.format(
            first=c.first if c else rng.choice(FIRST_NAMES), org=org.name,
            industry=org.industry.lower(), topic=rng.choice(TOPICS), tool=rng.choice(WORDS_CODE),
            city=rng.choice(CITIES).split(",")[0], home=org.location.split(",")[0],
            n=rng.randint(3, 40), title=rng.choice(TITLES).lower())

    def paragraph(self, c=None, org=None, lo=2, hi=4, sentences=SENTENCES):
        templates = self.rng.sample(sentences, self.rng.randint(lo, hi))
        return " ".join(self.sentence(t, c, org) for t in templates)

    def contact_ref(self, c, base_dir):
        """A body link to contact c from a file in base_dir, in one of the spec's forms."""
        r = self.rng.random()
        if r < 0.7:
            return wiki(c.name)
        if r < 0.85:
            return f"[[{c.name}|{c.first}]]"
        prefix = "" if base_dir == "contacts" else "../contacts/"
        return f"[{c.first}]({prefix}{c.stem}.md)"

    def front_ref(self, name):
        return yq(wiki(name)) if self.rng.random() < 0.35 else yq(name)

    # ----------------------------------------------------------------- contacts

    def log_events(self, c):
        rng = self.rng
        ref = c.referrers[0].first if c.referrers else rng.choice(FIRST_NAMES)
        steps = [(rng.choice(OUTREACH), rng.choice(OUTREACH_TEXT))]
        if rng.random() < 0.3:
            steps.append(("followed up", rng.choice(["", "short nudge", "resent with a shorter ask"])))
        r = rng.random()
        if r < 0.05:
            steps.append(("declined", "too busy this quarter"))
        elif r < 0.8:
            steps.append((rng.choice(["replied", "replied", "answered"]),
                          rng.choice(["happy to talk next Tuesday", "suggested a call", "", "asked for my resume first"])))
            if rng.random() < 0.7:
                steps.append(("met", f"coffee at {rng.choice(PLACES)}"))
                if rng.random() < 0.8:
                    steps.append(("thanked", rng.choice(["", "sent a note the same evening", "card by post"])))
                if rng.random() < 0.2:
                    steps.append(("sent resume", ""))
                if rng.random() < 0.4:
                    other = rng.choice(FIRST_NAMES)
                    steps.append(("updated", f"told them about my talk with {other}"))
                if rng.random() < 0.1:
                    steps.append(("applied", f"{rng.choice(TITLES)} opening"))
        steps = steps[: rng.randint(1, 6)]
        day = c.added
        lines = []
        for word, text in steps:
            day = clamp(day + dt.timedelta(days=rng.randint(1, 9)))
            text = text.format(ref=ref, topic=rng.choice(TOPICS))
            lines.append(f"- {iso(day)} {word}: {text}" if text else f"- {iso(day)} {word}")
        return lines

    def contact_file(self, c):
        rng = self.rng
        fm = ["---", f"name: {yq(c.name)}"]
        r = rng.random()
        if r < 0.01:
            fm.append(f"organization: {yq(rng.choice(['Freelance', 'Self-employed', 'Between jobs']))}")
        elif r < 0.2:
            fm.append(f"organization: {yq(wiki(c.org.name))}")
        else:
            fm.append(f"organization: {yq(c.org.name)}")
        fm.append(f"title: {yq(c.title)}")
        email = c.stem.replace("-", ".")
        fm.append(f"email: {email}@example.com")
        fm.append(f'phone: "+1 {rng.randint(201, 989)} 555 01{rng.randint(0, 99):02d}"')
        if rng.random() < 0.5:
            fm.append(f"linkedin: https://www.linkedin.com/in/{c.stem}")
        fm.append(f"location: {yq(c.location)}")
        if len(c.referrers) == 1:
            fm.append(f"referred_by: {self.front_ref(c.referrers[0].name)}")
        elif c.referrers:
            if rng.random() < 0.5:
                fm.append("referred_by:")
                fm += [f"  - {self.front_ref(p.name)}" for p in c.referrers]
            else:
                fm.append("referred_by: [" + ", ".join(self.front_ref(p.name) for p in c.referrers) + "]")
        else:
            fm.append(f"source: {yq(rng.choice(SOURCES))}")
        fm.append(f"added: {iso(c.added)}")
        tags = rng.sample(TAGS, rng.randint(1, 3))
        if rng.random() < 0.6:
            fm.append("tags: [" + ", ".join(tags) + "]")
        else:
            fm.append("tags:")
            fm += [f"  - {t}" for t in tags]
        if c.aliases:
            fm.append("aliases: [" + ", ".join(yq(a) for a in c.aliases) + "]")
        fm += self.remind(c.added, probability=0.1)
        if rng.random() < 0.02:
            fm.append("private: true")
        fm.append("---")

        body = ["", f"# {c.name}", "", self.paragraph(c, lo=3, hi=5)]
        if rng.random() < 0.3:
            other = self.contacts[rng.randrange(self.n)]
            if other is not c:
                body.append(f"Works closely with {self.contact_ref(other, 'contacts')} on "
                            f"{rng.choice(TOPICS)}.")
        if rng.random() < 0.5:
            body += ["", self.paragraph(c, lo=2, hi=3)]
        if rng.random() < 0.4:
            body += ["", f"- Prefers {rng.choice(['mornings', 'Fridays', 'short emails', 'video calls'])}",
                     f"- Ask about ~~the old team~~ {rng.choice(TOPICS)}",
                     f"- Tools: `{rng.choice(WORDS_CODE)}`, `{rng.choice(WORDS_CODE)}`"]
        body += ["", "## Log", ""] + self.log_events(c)
        return "\n".join(fm + body) + "\n"

    def remind(self, after, probability):
        rng = self.rng
        if rng.random() >= probability:
            return []
        def one():
            day = clamp(after + dt.timedelta(days=rng.randint(20, 120)))
            return day, rng.choice(["Ask about the Q1 opening", "Send the article on " + rng.choice(TOPICS),
                                    "Check in after the reorg", "Congratulate on the launch"])
        r = rng.random()
        if r < 0.6:
            day, text = one()
            return [f"remind: {yq(iso(day) + ' ' + text)}"]
        if r < 0.85:
            day, text = one()
            return [f"remind: {{date: {iso(day)}, text: {yq(text)}}}"]
        lines = ["remind:"]
        for _ in range(2):
            day, text = one()
            lines += [f"  - date: {iso(day)}", f"    text: {yq(text)}"]
        return lines

    # ----------------------------------------------------------------- interviews

    def interview_file(self, c, day, time):
        rng = self.rng
        org = c.org
        held = rng.random() < 0.8
        fm = ["---"]
        if rng.random() < 0.03 and c.referees:
            fm.append("contact:")
            fm += [f"  - {self.front_ref(c.name)}", f"  - {self.front_ref(c.referees[0].name)}"]
        else:
            fm.append(f"contact: {self.front_ref(c.name)}")
        fm.append(f"date: {iso(day)} {time}" if time else f"date: {iso(day)}")
        fm.append(f"duration: {rng.choice([15, 20, 20, 25, 30, 30])}")
        fm.append(f"mode: {rng.choice(['in-person', 'phone', 'video', 'video', 'email'])}")
        if rng.random() < 0.03:
            fm.append(f"status: {rng.choice(['cancelled', 'no-show'])}")
        if rng.random() < 0.6:
            fm.append("thank_you: true" if rng.random() < 0.1 else
                      f"thank_you: {iso(clamp(day + dt.timedelta(days=rng.randint(0, 1))))}")
            if rng.random() < 0.4:
                fm.append(f"update: {iso(clamp(day + dt.timedelta(days=rng.randint(25, 35))))}")
        if rng.random() < 0.15:
            fm.append("resume_requested: true")
            if rng.random() < 0.5:
                fm.append(f"resume_sent: {iso(clamp(day + dt.timedelta(days=1)))}")
        fm.append("---")

        body = ["", f"# Interview with {c.name}", "", "## Agenda", ""]
        questions = rng.sample(QUESTIONS, rng.randint(4, 7))
        for q in questions:
            mark = "x" if held and rng.random() < 0.7 else " "
            body.append(f"- [{mark}] {q.format(org=org.name, industry=org.industry.lower())}")
        body += ["", "## Notes", ""]
        for _ in range(rng.randint(2, 3)):
            body += [self.notes_paragraph(c), ""]
        body += ["## Referrals", ""]
        body += self.referral_items(c)
        body += ["", "## Resources", ""]
        for _ in range(rng.randint(1, 3)):
            body.append(self.resource_item())
        body += ["", "## Leads", ""]
        for _ in range(rng.randint(0, 2)):
            mark = rng.choice(["- [ ] ", "- [x] ", "- "])
            body.append(f"{mark}{rng.choice(TITLES)} opening on the {rng.choice(TOPICS)} team at "
                        f"{wiki(org.name)}")
        body += ["", "## Next steps", ""]
        for _ in range(rng.randint(1, 3)):
            body.append(self.next_step(day))
        return "\n".join(fm + body) + "\n"

    def notes_paragraph(self, c):
        rng = self.rng
        parts = [self.paragraph(c, lo=3, hi=5)]
        r = rng.random()
        if r < 0.2:
            parts.append(f"See https://{c.org.stem}.example.com/blog for the write-up.")
        elif r < 0.35:
            parts.append(f"They recommended [this talk](https://talks.example.com/{slug(rng.choice(TOPICS))}).")
        elif r < 0.45:
            parts.append(f"The team moved from ~~{rng.choice(WORDS_CODE)}~~ to `{rng.choice(WORDS_CODE)}` last year.")
        if rng.random() < 0.5:
            parts.append(f"**Key point:** the hardest part is {rng.choice(TOPICS)}.")
        return " ".join(parts)

    def referral_items(self, c):
        rng = self.rng
        count = rng.randint(0, 3)
        people = list(c.referees[:count])
        while len(people) < count:
            people.append(None if rng.random() < 0.06 else self.contacts[rng.randrange(self.n)])
        why = ["runs the analytics guild", "hiring next quarter", "switched careers too",
               "knows everyone in " + c.org.industry.lower(), "great mentor", "ex-colleague"]
        items = []
        for p in people:
            reason = rng.choice(why)
            if p is None:  # a person with no note yet: becomes a placeholder
                name = self.placeholder_name()
                items.append(f"- {wiki(name)} — {reason}" if rng.random() < 0.5 else f"- {name}, {reason}")
            elif p is c:
                continue
            else:
                r = rng.random()
                if r < 0.75:
                    items.append(f"- {wiki(p.name)} — {reason}")
                elif r < 0.9:
                    items.append(f"- [{p.name}](../contacts/{p.stem}.md) — {reason}")
                else:
                    items.append(f"- {p.name} — {reason}")
        return items

    def resource_item(self):
        rng = self.rng
        mark = "x" if rng.random() < 0.3 else " "
        r = rng.random()
        if r < 0.5:
            title, author = rng.choice(BOOKS)
            return f"- [{mark}] Read *{title}* by {author}"
        if r < 0.75:
            return f"- [{mark}] Join the {rng.choice(CITIES).split(',')[0]} {rng.choice(TAGS)} meetup"
        return f"- [{mark}] Article: https://news.example.com/{slug(rng.choice(TOPICS))}"

    def next_step(self, day):
        rng = self.rng
        text = rng.choice(["Send the thank-you note", "Connect on LinkedIn", "Read the annual report",
                           "Email the referrals", "Draft the one-month update", "Update my resume"])
        r = rng.random()
        due = iso(clamp(day + dt.timedelta(days=rng.randint(1, 40))))
        if r < 0.4:
            return f"- [ ] {text} due: {due}"
        if r < 0.45:
            return f"- [ ] {text} 📅 {due}"
        return f"- [{'x' if r > 0.8 else ' '}] {text}"

    def make_interviews(self):
        rng = self.rng
        count = round(self.n * 0.5)
        for _ in range(count):
            c = self.contacts[rng.randrange(self.n)]
            day = clamp(c.added + dt.timedelta(days=rng.randint(5, 90)))
            time = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '15', '30', '45'])}" if rng.random() < 0.4 else None
            stem = f"{iso(day)}-{c.stem}"
            path, k = f"interviews/{stem}.md", 2
            while path in self.files:
                path, k = f"interviews/{stem}-{k}.md", k + 1
            self.files[path] = self.interview_file(c, day, time)

    # ----------------------------------------------------------------- organizations

    def org_file(self, org):
        rng = self.rng
        fm = ["---", f"name: {yq(org.name)}", f"industry: {yq(org.industry)}",
              f"website: https://{org.stem}.example.com", f"location: {yq(org.location)}"]
        if rng.random() < 0.3:
            fm.append("target: true")
            fm.append(f"motivation: {rng.randint(1, 3)}")
        r = rng.random()
        if r < 0.1:
            fm.append(f"posting: https://{org.stem}.example.com/jobs/{rng.randint(100, 999)}")
        elif r < 0.2:
            fm.append("posting: true")
        fm += self.remind(dt.date(2026, 6, 1), probability=0.05)
        fm.append("---")
        body = ["", f"# {org.name}", "", self.paragraph(org=org, lo=3, hi=5, sentences=ORG_SENTENCES)]
        if org.contacts and rng.random() < 0.5:
            people = ", ".join(wiki(p.name) for p in org.contacts[:3])
            body.append(f"People I know there: {people}.")
        if rng.random() < 0.5:
            body += ["", "## Research", "", self.paragraph(org=org, lo=2, hi=4, sentences=ORG_SENTENCES),
                     "", self.paragraph(org=org, lo=1, hi=3), ""]
            body += self.research_table(org)
        return "\n".join(fm + body) + "\n"

    def research_table(self, org):
        rng = self.rng
        rows = ["| Year | Headcount | Focus | Source |", "| ---: | ---: | --- | --- |"]
        for year in range(2026 - rng.randint(3, 5) + 1, 2027):
            rows.append(f"| {year} | {rng.randint(10, 5000)} | {rng.choice(TOPICS)} | "
                        f"[report](https://{org.stem}.example.com/{year}) |")
        return rows

    # ----------------------------------------------------------------- the rest

    def config_file(self):
        qs = "\n".join(f"  - {yq(q)}" for q in QUESTIONS if "{" not in q)
        return f"""owner: Alex Kim
site: {{ title: "Alex's search", out: _site }}
cadence:
  thank_you_days: 1
  update_days: 30
  thank_referrer_days: 7
  referral_days: 3
  try_another_business_days: 3
  follow_up_business_days: 7
  max_follow_ups: 1
  schedule_days: 2
  prepare_days: 7
  stay_in_touch_days: 90
questions:
{qs}
private_fields: [email, phone]
ignore: ["drafts/**"]
"""

    def pitch_file(self):
        return """---
type: pitch
---

# Tell me about yourself

I spent six years running operations for a regional food distributor, where I built the
reporting that the buyers used every morning. The part I enjoyed most was the data work:
cleaning supplier feeds, writing **SQL**, and turning it into dashboards people trusted.

I am now moving into data engineering. I finished a course on `dbt` and Airflow, rebuilt our
inventory pipeline as a side project, and I am talking to people in the field to learn how
teams work and where someone with my background fits best.

## Short version

Operations analyst turned data engineer; I like making messy data dependable.
"""

    def note_files(self):
        rng = self.rng
        count = 3 + self.n // 500
        notes = {}
        reading = ["# Reading list", ""]
        for title, author in BOOKS:
            reading.append(f"- [{'x' if rng.random() < 0.4 else ' '}] *{title}* — {author}")
        notes["reading-list.md"] = "\n".join(reading) + "\n"
        notes["target-list.md"] = "\n".join(
            ["---", "type: note", "tags: [targets]", "---", "", "# Target list (LAMP)", "",
             "| Organization | Advocacy | Motivation | Posting |", "| --- | ---: | ---: | --- |"]
            + [f"| {wiki(o.name)} | {rng.randint(0, 3)} | {rng.randint(1, 3)} | "
               f"{rng.choice(['yes', 'no'])} |" for o in self.orgs[:25]]) + "\n"
        for k in range(count - 2):
            week = k % 52 + 1
            path = f"notes/weekly-review-{k // 52 + 2026}-w{week:02d}.md"
            people = [self.contacts[rng.randrange(self.n)] for _ in range(4)]
            lines = ["---", "type: note", f"title: Weekly review {k // 52 + 2026} W{week:02d}", "---", "",
                     f"# Weekly review W{week:02d}", "", self.paragraph(lo=2, hi=3), "",
                     "## Talked to", ""]
            lines += [f"- {self.contact_ref(p, 'notes')} about {rng.choice(TOPICS)}" for p in people]
            lines += ["", "## Next week", ""] + [self.next_step(dt.date(2026, 1, 5) + dt.timedelta(weeks=week))
                                                  for _ in range(3)]
            notes[path] = "\n".join(lines) + "\n"
        return notes

    def generate(self):
        self.make_orgs()
        total = 0.0
        self.org_cum = []
        for w in self.org_weights:
            total += w
            self.org_cum.append(total)
        self.make_contacts()
        for c in self.contacts:
            self.files[f"contacts/{c.stem}.md"] = self.contact_file(c)
        self.make_interviews()
        for org in self.orgs:
            self.files[f"organizations/{org.stem}.md"] = self.org_file(org)
        self.files["pitch.md"] = self.pitch_file()
        self.files.update(self.note_files())
        self.files[".grapevine/config.yml"] = self.config_file()
        return self.files


def main():
    parser = argparse.ArgumentParser(description="Generate a synthetic Grapevine vault.")
    parser.add_argument("--contacts", type=int, required=True, help="number of contact notes")
    parser.add_argument("--out", required=True, help="folder to write (must be empty or absent)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true",
                        help="write into a non-empty folder (same paths are overwritten, others kept)")
    args = parser.parse_args()
    if args.contacts < 1:
        parser.error("--contacts must be at least 1")
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        parser.error(f"'{args.out}' exists and is not a folder")
    if os.path.isdir(args.out) and os.listdir(args.out) and not args.force:
        print(f"generate-vault: '{args.out}' is not empty; pass --force to write into it anyway",
              file=sys.stderr)
        return 2

    files = Generator(args.contacts, args.seed).generate()
    made = set()
    total_bytes = md_files = md_bytes = 0
    for rel, text in files.items():
        path = os.path.join(args.out, rel)
        folder = os.path.dirname(path)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        total_bytes += len(data)
        if rel.endswith(".md"):
            md_files += 1
            md_bytes += len(data)
    print(f"{len(files)} files, {total_bytes} bytes ({total_bytes / 1e6:.2f} MB) in {args.out}; "
          f"{md_files} .md files, {md_bytes} bytes, {md_bytes / max(md_files, 1):.0f} bytes/file on average")
    return 0


if __name__ == "__main__":
    sys.exit(main())
