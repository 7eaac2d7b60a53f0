#!/usr/bin/env python3
"""Write a deterministic corpus of English news-like plain text for throughput benchmarks.

Usage: make-corpus.py OUTPUT [--megabytes N] [--seed S]

The text is built from templates with random slots (places, organizations, people, numbers,
dates, quotes, lists, headings), so it exercises abbreviations, decimals, money, times, URLs,
quotations and bullets the way news articles do. Paragraphs are separated by a blank line, as
the normalizer writes them. The same seed and size always give the same bytes. Standard
library only.
"""

import argparse
import random

CITIES = ["Lisbon", "Denver", "Osaka", "Nairobi", "Tallinn", "Recife", "Lyon", "Perth",
          "Winnipeg", "Da Nang", "Kraków", "Zürich", "St. Louis", "Mt. Pleasant", "São Paulo"]
COUNTRIES = ["the U.S.", "the U.K.", "Chile", "Kenya", "Norway", "Vietnam", "Canada", "Peru"]
ORGS = ["Northwind Corp.", "Harbor Freight Ltd.", "Bluestone Inc.", "the U.N.",
        "the E.U. Commission", "Acme Co.", "the city council", "the transit authority",
        "Riverside Hospital", "the port authority", "Orion Mining", "the F.A.A."]
TITLES = ["Dr.", "Gen.", "Sen.", "Prof.", "Mr.", "Ms.", "Capt.", "Gov.", "Rep."]
FIRST = ["Anna", "Marcus", "Lena", "Tomás", "Priya", "Kenji", "Amara", "Oskar", "Hana", "Diego"]
LAST = ["Okafor", "Lindqvist", "Mendes", "Haddad", "Nakamura", "Berg", "Reyes", "Kowalski",
        "Santos", "Evans"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
THINGS = ["ridership", "exports", "rents", "wages", "output", "ticket sales", "enrollment",
          "water use", "freight volume", "hotel bookings"]
VERBS_UP = ["rose", "climbed", "jumped", "grew"]
VERBS_DOWN = ["fell", "dropped", "slid", "shrank"]
SAYING = ["said", "told reporters", "added", "wrote in a statement", "said on " + "Tuesday"]
SUFFIX = ["com", "org", "net", "gov"]


def cap(text):
    return text[0].upper() + text[1:]


def stop(text):
    """Ends a sentence with one full stop, also after an abbreviation ("the F.A.A.")."""
    return text if text.endswith(".") else text + "."


def person(r):
    style = r.random()
    if style < 0.3:
        return f"{r.choice(TITLES)} {r.choice(LAST)}"
    if style < 0.5:
        return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMR')}. {r.choice(LAST)}"
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def number(r):
    style = r.random()
    if style < 0.25:
        return f"{r.uniform(0.1, 99.9):.1f} percent"
    if style < 0.45:
        return f"${r.randint(1, 999)}.{r.randint(0, 9)} million"
    if style < 0.6:
        return f"{r.randint(1000, 999999):,}"
    if style < 0.75:
        return f"{r.uniform(0.5, 40):.2f}%"
    if style < 0.9:
        return f"£{r.randint(2, 90)}.{r.randint(10, 99)}bn"
    return f"{r.randint(2, 60)} times"


def date(r):
    style = r.random()
    if style < 0.5:
        return f"{r.choice(MONTHS)} {r.randint(1, 28)}"
    if style < 0.75:
        return f"{r.randint(1, 12)} {'a.m.' if r.random() < 0.5 else 'p.m.'} {r.choice(DAYS)}"
    return f"{r.choice(MONTHS)} {r.randint(1990, 2025)}"


def sentence(r):
    kind = r.randrange(14)
    thing = r.choice(THINGS)
    city = r.choice(CITIES)
    if kind == 0:
        return stop(f"{cap(thing)} in {city} {r.choice(VERBS_UP)} {number(r)} in "
                    f"{r.choice(MONTHS)}, according to {r.choice(ORGS)}")
    if kind == 1:
        return (f"\"We expect {thing} to {r.choice(['recover', 'stabilize', 'double'])} by "
                f"{r.randint(2026, 2035)},\" {person(r)} {r.choice(SAYING)}.")
    if kind == 2:
        return (f"{cap(r.choice(ORGS))} reported revenue of {number(r)} for the "
                f"quarter ending {date(r)}.")
    if kind == 3:
        return (f"Officials in {r.choice(COUNTRIES)} said {thing} {r.choice(VERBS_DOWN)} "
                f"for the {r.choice(['second', 'third', 'fourth'])} straight month.")
    if kind == 4:
        return (f"The meeting starts at {r.randint(1, 11)} a.m. on {r.choice(DAYS)} in "
                f"{city} (see https://{r.choice(LAST).lower()}.{r.choice(SUFFIX)}/agenda).")
    if kind == 5:
        return f"\"Why now?\" {r.choice(FIRST)} asked. Nobody answered at first."
    if kind == 6:
        return (f"The plan, e.g. new lines to {city} and {r.choice(CITIES)}, costs "
                f"{number(r)} vs. {number(r)} last year.")
    if kind == 7:
        return (f"Version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)} of the app "
                f"was released on {date(r)}; questions go to press@{r.choice(LAST).lower()}."
                f"{r.choice(SUFFIX)}.")
    if kind == 8:
        return (f"{person(r)} of {r.choice(ORGS)} called the result \"disappointing.\" "
                f"Others disagreed...")
    if kind == 9:
        return f"Is {thing} really {r.choice(['up', 'down', 'flat'])}?! Analysts are split."
    if kind == 10:
        return (f"About {r.randint(2, 95)} people, incl. {r.randint(2, 9)} children, were "
                f"evacuated from No. {r.randint(1, 40)} {r.choice(['Main St.', 'Elm St.', 'Harbor Rd.'])}"
                f" on {date(r)}.")
    if kind == 11:
        return (f"Server {r.randint(10, 192)}.{r.randint(0, 255)}.{r.randint(0, 255)}."
                f"{r.randint(1, 254)} handled {number(r)} requests, up from {number(r)}.")
    if kind == 12:
        return (f"{r.choice(COUNTRIES).replace('the ', 'The ')} and {r.choice(COUNTRIES)} "
                f"signed the deal in {city}, {r.choice(['Tex.', 'Calif.', 'Ore.', 'Mass.'])} "
                f"after {r.randint(2, 30)} hours of talks.")
    return (f"{cap(thing)} {r.choice(VERBS_UP + VERBS_DOWN)} to {number(r)} "
            f"from {number(r)} a year earlier, {person(r)} said.")


def paragraph(r):
    style = r.random()
    if style < 0.06:
        return f"{cap(r.choice(THINGS))} in {r.choice(CITIES)}: what changed"
    if style < 0.12:
        items = [f"• {r.choice(CITIES)}: {number(r)}" for _ in range(r.randint(2, 5))]
        return "Figures by city:\n" + "\n".join(items)
    if style < 0.16:
        items = [f"{k}) {sentence(r)}" for k in range(1, r.randint(3, 5))]
        return "\n".join(items)
    return " ".join(sentence(r) for _ in range(r.randint(2, 7)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=20240611)
    args = parser.parse_args()
    r = random.Random(args.seed)
    target = int(args.megabytes * 1_000_000)
    written = 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        while written < target:
            text = paragraph(r) + "\n\n"
            out.write(text)
            written += len(text.encode("utf-8"))
    print(f"wrote {written} bytes to {args.output}")


if __name__ == "__main__":
    main()
