"""Write data/ledger/article_figures.csv: every figure printed in the six source articles, in
reading order, each mapped to the claims-ledger row that checks it or to the reason it is no claim.

usage: python data/build/figures.py [SEEDS]     (SEEDS defaults to ../shared/seeds)
The figures are found by missions.figures.scan. When an article's figures and the map below
disagree (a figure added, removed or moved), the script stops and prints every figure with its
context, so the map can be brought up to date by hand. Writes figures-inputs.sha256.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

from missions.figures import context, scan

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "ledger" / "article_figures.csv"
FILES = {
    "cambodia": "1-cambodia-peacekeeping.txt",
    "elsie": "2-elsie-initiative-fund.txt",
    "cuba-brazil": "3-us-sanctions-brazil-officials-cuba-medical-missions.txt",
    "cuba-iachr": "4-iachr-letter-cuban-medical-missions.txt",
    "titan": "5-titan-sub-audio-and-timeline.txt",
    "cuba-central-america": "6-rubio-visa-bans-central-america.txt",
}
NAME, WORD, PAGE = "!part-of-a-name", "!not-a-quantity", "!page-furniture"

# One entry per figure, in the order scan() finds them: the claim id, or "!" and a reason.
MAP: dict[str, list[tuple[str, str]]] = {
    "cambodia": [
        ("1970s", "cambodia-conflict-1970s-1990s"), ("1990s", "cambodia-conflict-1970s-1990s"),
        ("1998", "cambodia-growth-1998-2019"), ("2019", "cambodia-growth-1998-2019"),
        ("2015", "cambodia-lmic-2015"), ("7.7", "cambodia-growth-1998-2019"),
        ("one", WORD),  # one of the fastest-growing economies
        ("1999", "cambodia-asean-1999"),
        ("three", "cambodia-asean-chair"), ("2002", "cambodia-asean-chair"),
        ("2012", "cambodia-asean-chair"), ("2022", "cambodia-asean-chair"),
        ("2004", "cambodia-asem-2004"), ("13th", "cambodia-asem13-2021"), ("2021", "cambodia-asem13-2021"),
        ("50", "cambodia-asem13-countries"),
        ("one", WORD),  # one of the main aspirations
        ("2006", "cambodia-peacekeeping-since-2006"), ("12", "cambodia-missions"),
        ("nine", "cambodia-host-countries"), ("9,205", "cambodia-personnel-since-2006"),
        ("726", "cambodia-women-since-2006"),
        ("one", WORD),  # one of the priorities
        ("2022", "cambodia-white-paper-2022"), ("third", "cambodia-rank-asean"),
        ("28th", "cambodia-rank-world"), ("122", "cambodia-contributors"),
        ("13th", "cambodia-rank-women-world"), ("second", "cambodia-rank-women-asean"),
        ("78th", "cambodia-unga78"),
        ("one", WORD),  # as one of the regional contributors
        ("2025", "cambodia-pbc-2025-2026"), ("2026", "cambodia-pbc-2025-2026"),
    ],
    "elsie": [
        ("one", WORD),  # a revolution, one that ...
        ("ten", "elsie-mowip-ten-areas"), ("five", "elsie-gender-strong-unit"),
        ("first", "elsie-senegal-gsu"), ("once", "elsie-senegal-gsu"), ("three", "elsie-senegal-gsu"),
        ("25th", "elsie-1325-25th"), ("1325", NAME),  # the resolution's number
        ("five", "elsie-five-to-ten-years"), ("ten", "elsie-five-to-ten-years"),
    ],
    "cuba-brazil": [
        ("two", "cuba-brazil-two-officials"), ("2013", "cuba-brazil-mais-medicos-start"),
        ("10", "cuba-brazil-photo-2023"), ("2023", "cuba-brazil-photo-2023"), ("2023", "cuba-brazil-photo-2023"),
        ("third", WORD),  # third countries
        ("1959", "cuba-brazil-revolution-1959"),
        ("135,000", "cuba-brazil-sent-abroad-low"), ("400,000", "cuba-brazil-sent-abroad-high"),
        ("five", "cuba-brazil-five-decades"), ("2018", "cuba-brazil-mais-medicos-end"),
        ("2022", "cuba-brazil-coup-plot-2022"),
        ("one", WORD),  # the one-party state
        ("first", WORD),  # Trump's "first term"
        ("9.7 million", "cuba-brazil-population"), ("300m", "cuba-brazil-medicines-300m"),
        ("hundreds", "cuba-brazil-medicines-300m"),
        ("one", WORD),  # a programme as one where ...
        ("1999", "cuba-brazil-venezuela-1999"), ("30,000", "cuba-brazil-venezuela-first-decade"),
        ("first", "cuba-brazil-venezuela-first-decade"), ("10", "cuba-brazil-venezuela-first-decade"),
    ],
    "cuba-iachr": [
        ("22,000", "cuba-iachr-doctors-abroad"), ("50", "cuba-iachr-countries"),
        ("24", "cuba-iachr-letter-date"), ("30", "cuba-iachr-30-days"),
        ("64", "cuba-iachr-dialysis-patients"), ("5 million", "cuba-iachr-dialysis-cost"),
        ("two", "cuba-iachr-two-objectives"),
    ],
    "titan": [
        ("9", PAGE), ("2023", "titan-dive-june-2023"), ("9", PAGE),
        ("one", WORD),  # one of the victims
        ("9", PAGE), ("9", PAGE), ("9", PAGE),
        ("one", WORD),  # one of the victims
        ("first", WORD),  # the first time on paper (a quote)
        ("2023", "titan-dive-june-2023"),
        ("9", PAGE), ("9", PAGE), ("9", PAGE), ("9", PAGE),
        ("2018", "titan-fired-2018"), ("three", "titan-lochridge-three-years"),
        ("one", WORD),  # one email
        ("FIVE", "titan-five-aboard"), ("Four", "titan-four-passengers"), ("195,000", "titan-price-195000gbp"),
        ("fifth", "titan-four-passengers"), ("18", "titan-vanished-2023-06-18"), ("2023", "titan-vanished-2023-06-18"),
        ("40", "titan-winter-40-years"), ("first", "titan-only-dive-2023"), ("2023", "titan-only-dive-2023"),
        ("four", "titan-five-aboard"), ("12,5000ft", "titan-depth-12500ft"), ("four", "titan-four-day-search"),
        ("96", "titan-oxygen-96h"), ("10,000ft", "titan-rov-10000ft"), ("1,600ft", "titan-debris-1600ft"),
    ],
    "cuba-central-america": [
        ("4", PAGE),  # the dateline, June 4 (UPI)
        ("2024", NAME),  # the 2024 Trafficking in Persons Report
        ("75", "cuba-central-america-workforce-share"),
        ("4.9 billion", "cuba-central-america-health-exports-2022"),
        ("7 billion", "cuba-central-america-services-exports-2022"),
        ("2022", "cuba-central-america-health-exports-2022"),
        ("50", "cuba-central-america-countries"),
    ],
}


def rows(seeds: Path) -> list[dict]:
    out, problems = [], []
    for article, name in FILES.items():
        text = (seeds / name).read_text(encoding="utf-8")
        found, mapped = scan(text), MAP[article]
        if [f for f, _ in mapped] != found:
            problems.append(f"{name}: the map lists {len(mapped)} figures, the text has {len(found)}:\n"
                            + "\n".join(f"  {i + 1:>3} {fig!r:>14}  …{ctx}…" for i, (fig, ctx) in enumerate(context(text))))
            continue
        for i, (fig, target) in enumerate(mapped, start=1):
            claim, reason = (None, target[1:]) if target.startswith("!") else (target, None)
            out.append({"article": article, "position": i, "figure": fig, "claim_id": claim or "",
                        "not_a_claim": reason or ""})
    if problems:
        raise SystemExit("\n".join(problems))
    return out


def main() -> None:
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "seeds"
    out = rows(seeds)
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["article", "position", "figure", "claim_id", "not_a_claim"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    sums = [f"{hashlib.sha256((seeds / n).read_bytes()).hexdigest()}  seeds/{n}" for n in FILES.values()]
    (HERE / "figures-inputs.sha256").write_text("\n".join(sums) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(HERE.parents[1])}: {len(out)} figures, "
          f"{sum(1 for r in out if r['claim_id'])} of them claims")


if __name__ == "__main__":
    main()
