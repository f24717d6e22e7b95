"""The claims ledger is complete and proven.

- The verdict rules (missions.ledger.judge) behave as documented.
- Every stored verdict is what the rules give for the row's figures and reading.
- Every found value that rests on data/ is recomputed here, independently of the build scripts,
  and every found value that rests on a published fact equals that fact.
- Every figure printed in the six articles is a claim or has a reason not to be one; when the
  articles are on this machine, a fresh scan of them must give the committed list.
"""

from __future__ import annotations

import math
import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from bookbuild.figures import scan
from missions import data
from missions import titan as tt
from missions.ledger import BASES, CLOSE, NOT_A_CLAIM, READINGS, format_date, judge, precision, value_text
from missions.ledger import rows as ledger_rows

ROOT = Path(__file__).resolve().parent.parent
FT = 0.3048


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return ledger_rows().set_index("claim_id")


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return data.load("ledger-facts").set_index("fact_id")


# --- the rules --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "stated, found, reading, verdict",
    [
        (122, 122, "exact", "matches"),
        (9, 11, "exact", "differs"),  # 18 % off
        (100, 96, "exact", "close"),  # 4.2 % of the found value
        (100, 95, "exact", "differs"),  # 5.3 %
        (12500, 12467, "rounded", "matches"),  # to the hundred
        (12500, 12551, "rounded", "close"),  # rounds to 12,600
        (4.9, 4.8822, "rounded", "matches"),  # to the tenth
        (7.7, 7.83, "rounded", "close"),  # 7.8, 1.7 % off
        (4, 3.9, "rounded", "matches"),
        (22000, 24180, "more-than", "matches"),
        (50, 50, "more-than", "differs"),  # not more than
        (50, 50, "at-least", "matches"),
        (2006, 20060415, "date", "matches"),  # a year against a day
        (2015, 20160701, "date", "differs"),
        (199, 1999, "date", "matches"),  # the 1990s
        (202306, 20230618, "date", "matches"),
        (9205, 958, "different-measure", "measures-something-else"),
        (75, None, "cannot-test", "not-verifiable"),
        (None, None, "cannot-test", "not-verifiable"),
        (1, 1, "holds", "matches"),  # the data bear the statement out
        (1, 0, "holds", "differs"),  # the data contradict it
    ],
)
def test_judge_follows_the_documented_rules(stated, found, reading, verdict):
    assert judge(stated, found, reading) == verdict


def test_judge_refuses_what_it_cannot_compare():
    with pytest.raises(ValueError, match="holds"):
        judge(1, 2, "holds")
    with pytest.raises(ValueError, match="unknown reading"):
        judge(1, 1, "roughly")
    with pytest.raises(ValueError, match="needs both"):
        judge(12, None, "exact")
    with pytest.raises(ValueError, match="less precise"):
        judge(20230618, 2023, "date")
    with pytest.raises(ValueError, match="not a date"):
        judge(20231, 20231, "date")


def test_precision_is_the_place_of_the_last_non_zero_digit():
    assert [precision(x) for x in (12500, 4.9, 7, 30000, 1600, 0.25)] == [100, 0.1, 1, 10000, 100, 0.01]


def test_dates_are_shown_as_dates():
    assert [format_date(x) for x in (199, 2013, 202306, 20230618)] == ["1990s", "2013", "June 2023", "18 June 2023"]


def test_found_counts_read_as_written_and_measures_keep_their_digits():
    assert value_text(3, "people") == "three people"
    assert value_text(9, "countries (the official list)") == "nine countries (the official list)"
    assert value_text(12, "missions") == "12 missions"
    assert value_text(5, "ft") == "5 ft" and value_text(2, "US$ bn") == "2 US$ bn"
    assert value_text(3, "per cent a year") == "3 per cent a year"


# --- every stored verdict is computed ---------------------------------------------------------
def _num(v):
    return None if pd.isna(v) else float(v)


def test_every_verdict_is_what_the_rules_give(ledger):
    for cid, row in ledger.iterrows():
        assert row["verdict"] == judge(_num(row["stated_value"]), _num(row["found_value"]), row["reading"]), cid


# --- every published fact is the fact --------------------------------------------------------
def _fact_of(row) -> str:
    assert row["found_where"].startswith("ledger-facts: "), row.name
    return row["found_where"].split()[1]


# Sourced-fact claims whose found value is derived from the fact rather than equal to it.
DERIVED = {
    "elsie-1325-25th": lambda f, articles: int(articles.loc["elsie", "published"][:4]) - int(str(int(f))[:4]),
    "titan-lochridge-three-years": lambda f, articles: (
        tt.history().set_index("event_id").loc["lochridge-fired", "date"].year - f
    ),
    "titan-rov-10000ft": lambda f, articles: round(f / FT),
}


def test_every_published_fact_value_is_the_fact(ledger, facts):
    articles = data.load("articles").set_index("article")
    rows = ledger[ledger["basis"] == "sourced-fact"]
    assert len(rows) > 0
    for cid, row in rows.iterrows():
        fid = _fact_of(row)
        assert fid in facts.index, (cid, fid)
        fact = facts.loc[fid]
        assert fact["claim_id"] == cid, f"fact {fid} is recorded for {fact['claim_id']}, used by {cid}"
        assert fact["publisher"] in row["found_where"], cid
        value = DERIVED[cid](fact["value"], articles) if cid in DERIVED else fact["value"]
        assert math.isclose(float(row["found_value"]), float(value), rel_tol=1e-9), (cid, row["found_value"], value)


def test_every_fact_checks_a_claim_and_names_its_source(ledger, facts):
    used = {_fact_of(r) for _, r in ledger[ledger["basis"] == "sourced-fact"].iterrows()}
    for fid, fact in facts.iterrows():
        assert fact["claim_id"] in ledger.index, fid
        assert (
            fid in used or fid in ledger.loc[fact["claim_id"], "note"] + ledger.loc[fact["claim_id"], "found_where"]
        ), f"fact {fid} is cited by no claim"
        assert fact["source_url"].startswith("http") and fact["publisher"].strip(), fid


def test_claims_with_nothing_found_have_no_value_and_cannot_be_verified(ledger):
    none = ledger[ledger["basis"] == "none"]
    assert none["found_value"].isna().all()
    assert (none["verdict"] == "not-verifiable").all()
    assert set(ledger["basis"]) <= set(BASES) and set(ledger["reading"]) <= set(READINGS)


def test_where_sources_disagree_the_row_says_so(ledger, facts):
    growth = ledger.loc["cambodia-growth-1998-2019"]
    assert (
        "wb-overview-growth" in growth["found_where"]
        and facts.loc["wb-overview-growth", "value"] == growth["stated_value"]
    )
    assert growth["verdict"] == "close"
    assert f"{CLOSE:.0%}" == "5%"


# --- every figure in the articles is accounted for ----------------------------------------------
def test_scan_finds_numerals_words_and_ordinals():
    text = "In 2019, 9,205 people (726 women) went to nine of 12 missions; $4.9 billion; 28th; 1,600ft; COVID-19."
    assert scan(text) == ["2019", "9,205", "726", "nine", "12", "4.9 billion", "28th", "1,600ft"]


def test_every_figure_is_a_claim_or_has_a_reason(ledger):
    figs = data.load("article-figures")
    assert (figs["claim_id"].notna() ^ figs["not_a_claim"].notna()).all(), "each figure: a claim or a reason"
    assert set(figs["not_a_claim"].dropna()) <= set(NOT_A_CLAIM)
    assert set(figs["claim_id"].dropna()) <= set(ledger.index)
    for art, grp in figs.groupby("article"):
        assert list(grp["position"]) == list(range(1, len(grp) + 1)), art
        assert (ledger.loc[grp["claim_id"].dropna(), "article"] == art).all(), (
            f"{art}: a figure mapped to another article's claim"
        )


def test_every_claim_with_a_printed_number_is_traced_to_its_figure(ledger):
    figs = data.load("article-figures")
    traced = set(figs["claim_id"].dropna())
    printed = ledger["stated_value"].notna() & (ledger["reading"] != "holds")  # a "holds" claim states no figure
    untraced = set(ledger.index[printed]) - traced
    # "No Cuban medical workers": a zero written as a word the scan does not count
    assert untraced == {"cuba-iachr-barbados-none"}


def _seeds() -> Path | None:
    candidates = [os.environ.get("MISSIONS_SEEDS"), ROOT.parent / "shared" / "seeds"]
    try:  # a clean clone: the articles sit beside the repository it was cloned from
        origin = subprocess.run(
            ["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if origin and Path(origin).is_dir():
            candidates.append(Path(origin).resolve().parent / "shared" / "seeds")
    except OSError:
        pass
    return next((Path(c) for c in candidates if c and (Path(c) / "INDEX.md").is_file()), None)


def test_a_fresh_scan_of_the_articles_gives_the_committed_list():
    """The chapters' FIGURES (written to data/ledger/article_figures.csv) must agree with the articles' own text."""
    seeds = _seeds()
    if seeds is None:
        pytest.skip(
            "the six source articles are not on this machine (they are not redistributed); "
            "set MISSIONS_SEEDS to their folder to run this check"
        )
    figs = data.load("article-figures")
    for art in data.load("articles").itertuples():
        text = (seeds / art.seed_file).read_text(encoding="utf-8")
        listed = figs[figs["article"] == art.article].sort_values("position")["figure"].tolist()
        found = scan(text)
        assert found == listed, (
            f"{art.seed_file}: the scan finds {len(found)} figures, article_figures.csv lists "
            f"{len(listed)}; print them in context with python -m bookbuild.figures {seeds / art.seed_file}"
        )


def test_the_ledger_files_are_what_the_chapters_state(tmp_path, monkeypatch):
    """data/claims.csv and data/ledger/article_figures.csv are generated: writing them afresh from the
    chapters' claims() and FIGURES gives the committed bytes (run python -m bookbuild.ledger if not)."""
    from bookbuild.ledger import __main__ as writer

    monkeypatch.setattr(writer, "CLAIMS", tmp_path / "claims.csv")
    monkeypatch.setattr(writer, "FIGURES", tmp_path / "article_figures.csv")
    monkeypatch.setattr(writer, "DATA", tmp_path)
    (tmp_path / "ledger").mkdir()
    assert writer.main() == 0
    for name, committed in (("claims.csv", "claims.csv"), ("article_figures.csv", "ledger/article_figures.csv")):
        assert (tmp_path / name).read_bytes() == (ROOT / "data" / committed).read_bytes(), (
            f"data/{committed} is stale: run python -m bookbuild.ledger"
        )
