#!/usr/bin/env python3
"""Generate a deterministic corpus of news-like HTML pages for scaling benchmarks.

Usage: make-html-corpus.py OUTPUT_DIR --megabytes 100 [--seed 7] [--topic-pages N]

Each page has the chrome real pages carry (navigation, cookie banner, share bar, related links,
comments, footer, scripts with numbers) around an article whose sentences state claims about a
few dozen invented organizations, cities and companies: member counts, force sizes, founding
years, populations, workforces and shares, with modifiers, ranges and dates, so that the claims
stage and reconciliation have real work. The same seed and size give the same bytes.

By default every page speaks of the same small pool of subjects, so each (subject, attribute)
group grows with the corpus: the hardest case for reconciliation. With --topic-pages N, every N
pages bring a new pool of invented subjects, as the stories of a real archive move on, so groups
stay about the same size however large the corpus is.
"""
import argparse
import os
import random

ORGS = [("Northern Fisheries Council", "NFC"), ("Andean Water Council", "AWC"), ("Baltic Grain Union", "BGU"),
        ("Pacific Tuna Forum", "PTF"), ("Sahel Joint Mission", "SJM"), ("Danube River Commission", "DRC"),
        ("Arctic Shipping League", "ASL"), ("Coastal Ferry Alliance", "CFA"), ("Highland Rail Union", "HRU"),
        ("Lagos Transit Authority", "LTA")]
COMPANIES = ["Orinoco Motors", "Harbor Logistics", "Quillon Freight", "Tana Power Systems", "Meridian Airways"]
CITIES = ["Lakeport", "Rivermouth", "Eastbridge", "Stonehaven", "Greenfield"]
COUNTRIES = ["Peru", "Chile", "Ecuador", "Bolivia", "Ghana", "Senegal", "Mali", "Kenya", "Norway", "Finland",
             "Estonia", "Latvia", "Lithuania", "Poland", "Austria", "Hungary", "Romania", "Serbia"]
WORDS = ("the of and to in a is that for on with as was by at from has said it its an be were which this "
         "officials plan new year report market growth river port talks agreement support policy regional "
         "budget council meeting members data water trade transport security leaders week").split()
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def filler(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


SYLLABLES = "var lo min dra kes tor bel an sun fa ro vik mel ost ur gan ti ber ca nol".split()
ORG_KINDS = ["Water Council", "Grain Union", "Fisheries Forum", "Rail Union", "Transit Authority",
             "Ferry Alliance", "River Commission", "Shipping League", "Joint Mission", "Trade Council"]
COMPANY_KINDS = ["Motors", "Logistics", "Freight", "Power Systems", "Airways"]


def invented(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def topic_pool(seed, topic):
    """The organizations, companies and cities of one topic: the same for the same topic."""
    rng = random.Random(seed * 1_000_003 + topic)
    orgs = []
    for kind in ORG_KINDS:
        name = f"{invented(rng)} {kind}"
        orgs.append((name, "".join(w[0] for w in name.split())))
    companies = [f"{invented(rng)} {kind}" for kind in COMPANY_KINDS]
    cities = [invented(rng) for _ in range(5)]
    return orgs, companies, cities


def claim_sentence(rng, year, pool):
    ORGS, COMPANIES, CITIES = pool
    kind = rng.randrange(7)
    org, acro = rng.choice(ORGS)
    if kind == 0:
        n = rng.randrange(3, 12)
        count = NUMBER_WORDS[n - 2] if rng.random() < 0.5 else str(n)
        return f"The {org} ({acro}) now has {count} members, officials said."
    if kind == 1:
        members = rng.sample(COUNTRIES, rng.randrange(3, 7))
        return f"The {org} includes {', '.join(members[:-1])} and {members[-1]}."
    if kind == 2:
        low = rng.randrange(2, 30)
        return f"In {year}, the {acro} deployed between {low}-{low + rng.randrange(2, 9)} thousand troops."
    if kind == 3:
        return f"The {org} was established in {rng.randrange(1945, 2015)}."
    if kind == 4:
        city = rng.choice(CITIES)
        return f"The port city of {city} has about {rng.randrange(50, 900) * 1000:,} inhabitants."
    if kind == 5:
        company = rng.choice(COMPANIES)
        return f"{company} employs more than {rng.randrange(1, 60) * 500:,} people across its sites."
    company = rng.choice(COMPANIES)
    return f"{company} holds {rng.randrange(2, 60)}.{rng.randrange(10)}% of the freight market."


def page(rng, index, pool):
    year = rng.randrange(2005, 2025)
    title = f"{rng.choice(pool[0])[0]} report {index}"
    paragraphs = []
    for _ in range(rng.randrange(6, 16)):
        sentences = [filler(rng, rng.randrange(8, 25)) for _ in range(rng.randrange(2, 5))]
        if rng.random() < 0.6:
            sentences.insert(rng.randrange(len(sentences) + 1), claim_sentence(rng, year, pool))
        paragraphs.append("<p>" + " ".join(sentences) + "</p>")
    related = "".join(f'<li><a href="/story/{rng.randrange(10**6)}">{filler(rng, 6)}</a></li>' for _ in range(8))
    comments = "".join(f'<div class="comment"><p>{filler(rng, 12)} I count {rng.randrange(10**5)} members.</p></div>'
                       for _ in range(rng.randrange(0, 6)))
    nav = "".join(f'<a href="/s/{i}">{w}</a> ' for i, w in enumerate(WORDS[:12]))
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Example News {index % 7}">
<meta property="article:published_time" content="{year}-{month:02d}-{day:02d}T09:00:00Z">
<meta name="author" content="Reporter {index % 13}">
<script>window.dataLayer = [{{"views": {rng.randrange(10**7)}, "members": {rng.randrange(100)}}}];</script>
<style>body {{ font-family: serif; }} .nav a {{ margin: 0 4px; }}</style></head>
<body><header><div class="nav">{nav}</div></header>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all 3 categories?</p></div>
<main><article><h1>{title}</h1><div class="byline">By Reporter {index % 13}</div>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> 1,234 shares</div>
{''.join(paragraphs)}
<aside class="related"><h3>Read also</h3><ul>{related}</ul></aside>
</article><section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer><p>Copyright {year} Example News. All rights reserved. 4,000 subscribers.</p></footer>
<script>var config = {{"ids": [{", ".join(str(rng.randrange(10**6)) for _ in range(20))}]}};</script>
</body></html>
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--topic-pages", type=int, default=0,
                        help="a new pool of subjects every N pages (0: one pool for the whole corpus)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.output, exist_ok=True)
    target = int(args.megabytes * 1_000_000)
    written = 0
    index = 0
    while written < target:
        pool = (ORGS, COMPANIES, CITIES)
        if args.topic_pages > 0:
            pool = topic_pool(args.seed, index // args.topic_pages)
        text = page(rng, index, pool).encode("utf-8")
        # 1,000 files a folder keeps directory listings fast.
        folder = os.path.join(args.output, f"{index // 1000:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"page-{index:07d}.html"), "wb") as f:
            f.write(text)
        written += len(text)
        index += 1
    print(f"{index} pages, {written / 1e6:.1f} MB in {args.output}")


if __name__ == "__main__":
    main()
