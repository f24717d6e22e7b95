"""The claims ledger's writer: data/claims.csv from the curated data (python -m bookbuild.ledger)."""
