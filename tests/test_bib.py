"""The source articles' bibliography entries are made from data/articles.csv (bookbuild.bib)."""

from __future__ import annotations

import pandas as pd
import pytest
from pybtex.database import parse_string

from bookbuild.bib import articles_bib, entry
from missions import data
from missions.data import DataError


def _row(**over):
    base = dict(
        article="x",
        bibkey="article-x",
        title="A title",
        outlet="The Outlet",
        credit="The Outlet",
        about="",
        published="2025-06-04",
        date_note="4 June 2025",
    )
    return pd.Series({**base, **over})


def test_every_article_has_one_entry_that_pybtex_reads_back_as_written():
    bib = parse_string(articles_bib(), "bibtex")
    articles = data.load("articles")
    assert sorted(bib.entries) == sorted(articles["bibkey"])
    for row in articles.itertuples():
        e = bib.entries[row.bibkey]
        assert e.fields["title"] == "{" + row.title + "}"  # braced whole: no style changes its case
        assert e.fields["year"] == str(row.published)[:4]


def test_writers_are_people_and_an_outlet_is_one_name():
    people = parse_string(entry(_row(credit="Ana Pérez; Bo Li")), "bibtex").entries["article-x"]
    assert [str(p) for p in people.persons["author"]] == ["Pérez, Ana", "Li, Bo"]
    outlet = parse_string(entry(_row(credit="The Sun")), "bibtex").entries["article-x"]
    assert [str(p) for p in outlet.persons["author"]] == ["{The Sun}"]
    unstated = entry(_row(outlet="not stated (an opinion piece)", credit="Unsigned opinion piece"))
    assert "howpublished" not in unstated


def test_special_characters_are_escaped_and_braces_refused_with_the_row_named():
    text = entry(_row(title="Profits & losses: 100% of $5_m #1"))
    assert r"Profits \& losses: 100\% of \$5\_m \#1" in text
    with pytest.raises(DataError, match=r"articles.csv, row x, column title"):
        entry(_row(title="a {b}"))


def test_no_two_works_share_a_citation_label():
    """Citations read "[CNN, 2023a]": two works by one author in one year carry a, b after the year."""
    from collections import defaultdict

    from pybtex.database import parse_file, parse_string

    from tests.conftest import ROOT

    entries = dict(parse_file(str(ROOT / "book" / "references.bib")).entries)
    entries.update(parse_string(articles_bib(), "bibtex").entries)
    labels = defaultdict(list)
    for key, e in entries.items():
        author = " and ".join(str(p) for p in e.persons.get("author", [])) or e.fields.get("howpublished", "")
        labels[(author, e.fields.get("year"))].append(key)
    shared = {label: keys for label, keys in labels.items() if len(keys) > 1}
    assert not shared, f"give these a, b after the year in book/references.bib: {shared}"
