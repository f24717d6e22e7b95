"""Write data/ledger/cambodia_gdp_growth.csv: Cambodia's real GDP growth, 1998-2019, from the World
Bank's World Development Indicators (series NY.GDP.MKTP.KD.ZG, the bulk CSV file).

usage: python -m bookbuild.data.ledger_gdp API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350.csv
The file used ("Last Updated Date" 2024-06-28) is the copy kept in the GitHub repository
relatoscondatos/data_global at commit d23c1e42ca8b913184994c5e831a94fd1891eed9
(data/source/worldbank/API_NY.GDP.MKTP.KD.ZG_DS2_en_csv_v2_2788350/). Values are copied as
published, to full precision; the script stops if a year is missing. Writes the input's SHA-256 to
data/ledger/cambodia_gdp_growth.INPUTS.sha256.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

from missions.paths import DATA

OUT = DATA / "ledger" / "cambodia_gdp_growth.csv"
YEARS = range(1998, 2020)


def main(path: Path) -> None:
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    updated = next(r for r in csv.reader(lines) if r[:1] == ["Last Updated Date"])[1]
    header_at = next(i for i, line in enumerate(lines) if line.startswith('"Country Name"'))
    rows = list(csv.DictReader(lines[header_at:]))
    khm = [r for r in rows if r["Country Code"] == "KHM" and r["Indicator Code"] == "NY.GDP.MKTP.KD.ZG"]
    if len(khm) != 1:
        raise SystemExit(f"{path}: expected one row for KHM, NY.GDP.MKTP.KD.ZG; found {len(khm)}")
    missing = [y for y in YEARS if not khm[0].get(str(y))]
    if missing:
        raise SystemExit(f"{path}: no value for Cambodia in {missing}")
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["year", "gdp_growth_pct", "wdi_last_updated"])
        for y in YEARS:
            w.writerow([y, khm[0][str(y)], updated])
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    (DATA / "ledger" / "cambodia_gdp_growth.INPUTS.sha256").write_text(f"{digest}  {path.name}\n", encoding="utf-8")
    print(f"{OUT.name}: {len(YEARS)} years, WDI last updated {updated}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
