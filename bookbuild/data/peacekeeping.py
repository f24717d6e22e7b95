"""Build the curated peacekeeping datasets (data/peacekeeping/*.csv) from the raw material.

usage: python -m bookbuild.data.peacekeeping RAW_FOLDER
       (RAW_FOLDER is shared/data-raw/peacekeeping: see its SOURCE.md)

Reads:  un_uniformed_contributions_2015_2025_long.csv   (UN DPO monthly PDFs, parsed)
        ipi_ppp_countries/Cambodia.csv                  (IPI Providing for Peacekeeping)
        un_odp_contributionranks_2021-01-31.csv, ..._2022-01-31.csv  (UN Open Data rank files)
Writes: data/peacekeeping/{un_contributions_monthly, cambodia_missions_monthly,
        ipi_cambodia_monthly, un_rank_snapshots}.csv, and data/peacekeeping/INPUTS.sha256
        (SHA-256 of every input read). The part's other tables (parity targets, MOWIP issue areas,
        sourced facts, events, host countries, missions) are curated by hand: no script writes them.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd

from missions.paths import DATA

OUT = DATA / "peacekeeping"
MANIFEST = OUT / "INPUTS.sha256"

UN_LONG = "un_uniformed_contributions_2015_2025_long.csv"
IPI_CAMBODIA = "ipi_ppp_countries/Cambodia.csv"
RANK_FILES = {
    "2021-01-31": "un_odp_contributionranks_2021-01-31.csv",
    "2022-01-31": "un_odp_contributionranks_2022-01-31.csv",
}

# The month whose male/female columns the UN PDF swapped (SOURCE.md): women's figures excluded.
WOMEN_EXCLUDED_MONTHS = {"2020-08-31"}
PERSONNEL_TYPES = ["Troops", "Staff Officer", "Experts on Mission", "Individual Police", "Formed Police Units"]
NOT_REPORTED = "not reported by mission"

# IPI's three categories -> the harmonised categories shared with the UN's five types.
IPI_HARMONISED = {
    "Troops": "Troops and staff officers",
    "Police": "Police (individual and formed units)",
    "Experts": "Experts on mission",
}
# Rank-file names that differ from the monthly PDFs' names.
RANK_NAME_TO_MONTHLY = {
    "Czechia": "Czech Republic",
    "Côte d’Ivoire": "Côte d'Ivoire",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
    "Turkey": "Türkiye",
    "Bolivia (Plurinational State of)": "Bolivia",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(df: pd.DataFrame, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    df.to_csv(OUT / name, index=False, encoding="utf-8", lineterminator="\n")
    print(f"wrote data/peacekeeping/{name}: {len(df)} rows")


def build_monthly(raw: Path) -> None:
    long = pd.read_csv(raw / UN_LONG, keep_default_na=False, dtype={"mission": str, "flag": str})
    assert (long["male"] + long["female"] == long["total"]).all()
    long["women_figures_excluded"] = long["date"].isin(WOMEN_EXCLUDED_MONTHS)

    by_country = long.groupby(["date", "country", "personnel_type"], as_index=False)[["male", "female", "total"]].sum()
    by_country["women_figures_excluded"] = by_country["date"].isin(WOMEN_EXCLUDED_MONTHS)
    by_country["personnel_type"] = pd.Categorical(by_country["personnel_type"], PERSONNEL_TYPES)
    by_country = by_country.sort_values(["date", "country", "personnel_type"])
    write(by_country, "un_contributions_monthly.csv")

    kh = long[long["country"] == "Cambodia"].copy()
    kh["mission"] = kh["mission"].replace("", NOT_REPORTED)
    kh = kh.groupby(["date", "mission", "personnel_type"], as_index=False)[["male", "female", "total"]].sum()
    kh["women_figures_excluded"] = kh["date"].isin(WOMEN_EXCLUDED_MONTHS)
    kh["personnel_type"] = pd.Categorical(kh["personnel_type"], PERSONNEL_TYPES)
    write(kh.sort_values(["date", "mission", "personnel_type"]), "cambodia_missions_monthly.csv")


def build_ipi(raw: Path) -> None:
    ipi = pd.read_csv(raw / IPI_CAMBODIA)  # "NA" means none deployed that month
    ipi = ipi.melt(id_vars="Date", var_name="ipi_category", value_name="total")
    ipi["total"] = ipi["total"].fillna(0).astype(int)
    ipi["harmonised_category"] = ipi["ipi_category"].map(IPI_HARMONISED)
    ipi = ipi.rename(columns={"Date": "date"})
    # keep from the first month with any Cambodian personnel
    first = ipi.loc[ipi["total"] > 0, "date"].min()
    ipi = ipi[ipi["date"] >= first]
    ipi = ipi[["date", "ipi_category", "harmonised_category", "total"]]
    write(ipi.sort_values(["date", "ipi_category"]), "ipi_cambodia_monthly.csv")


def build_ranks(raw: Path) -> None:
    frames = []
    for date, name in RANK_FILES.items():
        r = pd.read_csv(raw / name, encoding="utf-8-sig")
        assert (pd.to_datetime(r["Last_Reporting_Date"], format="%d-%b-%y").dt.strftime("%Y-%m-%d") == date).all()
        frames.append(
            pd.DataFrame(
                {
                    "date": date,
                    "iso3": r["ISOCode3"],
                    "country": r["Contributing_Country"],
                    "country_in_un_monthly": r["Contributing_Country"].replace(RANK_NAME_TO_MONTHLY),
                    "rank": r["Personnel_Contribution_Rank"],
                    "female": r["Female_Personnel"],
                    "male": r["Male_Personnel"],
                    "total": r["Total_Uniformed_Personnel"],
                }
            )
        )
    ranks = pd.concat(frames).sort_values(["date", "rank", "country"])
    write(ranks, "un_rank_snapshots.csv")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    raw = Path(argv[0]).resolve()
    inputs = [UN_LONG, IPI_CAMBODIA, *RANK_FILES.values()]
    build_monthly(raw)
    build_ipi(raw)
    build_ranks(raw)
    with MANIFEST.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# SHA-256 of every raw input read by bookbuild.data.peacekeeping "
            "(paths relative to the raw folder, shared/data-raw/peacekeeping)\n"
        )
        for name in inputs:
            fh.write(f"{sha256(raw / name)}  {name}\n")
    print(f"wrote {MANIFEST.relative_to(DATA.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
