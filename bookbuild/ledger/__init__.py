"""The claims ledger's writer: data/claims.csv and data/ledger/article_figures.csv from the chapters'
`claims()` and `FIGURES` (python -m bookbuild.ledger)."""
