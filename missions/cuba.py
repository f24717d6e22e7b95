"""Data-shaping helpers for Part II (Cuba's medical missions): shares, costs, dates, source lines."""
from __future__ import annotations

import pandas as pd

from missions import data

HEALTH = "health_services"
TOTAL = "services_total"
# the non-official series drawn beside the official lines (the Venezuela-only and non-tourism
# figures stay in the data but measure something narrower)
EARLIER_SERIES = ("services_total", "health_services", "professional_services")


def official_revenue(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Official ONEI figures only, one row per year: health, total (US$ bn) and health's share (%).

    The share is computed only where both official figures exist (2019-2022); it is <NA> otherwise.
    """
    df = data.load("cuba-services-exports") if df is None else df
    off = df[df["official"].astype(bool) & (df["year_from"] == df["year_to"])]
    wide = off.pivot_table(index="year_from", columns="series", values="value_usd_bn", aggfunc="first")
    wide = wide.reindex(columns=[HEALTH, TOTAL])
    out = pd.DataFrame({
        "year": wide.index.astype(int),
        "health_usd_bn": wide[HEALTH].to_numpy(),
        "total_usd_bn": wide[TOTAL].to_numpy(),
    })
    out["health_share_pct"] = 100 * out["health_usd_bn"] / out["total_usd_bn"]
    return out.sort_values("year").reset_index(drop=True)


def not_official(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure that is not the official ONEI series (earlier reports, estimates, plans)."""
    df = data.load("cuba-services-exports") if df is None else df
    return df[~df["official"].astype(bool)].reset_index(drop=True)


def earlier_for_chart(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """The non-official figures the revenue chart draws (as hollow, unconnected markers)."""
    early = not_official(df)
    return early[early["series"].isin(EARLIER_SERIES)].reset_index(drop=True)


def dialysis_costs(dialysis: pd.DataFrame, peg: pd.DataFrame, report_id: str) -> dict:
    """Cost per patient per year from one report, in both readings of its 'dollars'.

    Returns patients, annual cost as stated, the peg, and per-patient costs: if the stated
    dollars are US$ (in US$ and in EC$) and if they are EC$ (in EC$ and in US$).
    """
    row = dialysis.set_index("report_id").loc[report_id]
    rate = float(peg.set_index("currency").loc["EC$", "ec_dollars_per_us_dollar"])
    per = float(row["annual_cost_stated"]) / int(row["patients"])
    return {
        "patients": int(row["patients"]),
        "annual_cost": float(row["annual_cost_stated"]),
        "ec_per_usd": rate,
        "per_patient": per,
        "if_usd_usd": per,
        "if_usd_ecd": per * rate,
        "if_ecd_ecd": per,
        "if_ecd_usd": per / rate,
        "annual_if_ecd_usd": float(row["annual_cost_stated"]) / rate,
    }


def mid_date(date: pd.Timestamp, precision: str) -> pd.Timestamp:
    """Where to draw a date stored as the first day of its month or year: the middle of it."""
    if precision == "month":
        return date + pd.Timedelta(days=14)
    if precision == "year":
        return date + pd.Timedelta(days=182)
    return date


def date_label(date: pd.Timestamp, precision: str) -> str:
    """'21 May 1960', 'Apr 2003' or '2013', as precise as the record and no more."""
    if precision == "day":
        return f"{date.day} {date.strftime('%b %Y')}"
    if precision == "month":
        return date.strftime("%b %Y")
    return f"{date.year}"


def latest_by_country(df: pd.DataFrame) -> pd.DataFrame:
    """For each host country, its most recent head-count and its largest head-count."""
    heads = df[df["count_type"] == "head-count"].sort_values(["country", "as_of"])
    rows = []
    for country, g in heads.groupby("country", sort=True):
        last = g.iloc[-1]
        peak = g.loc[g["workers_low"].astype(int).idxmax()]
        rows.append({
            "country": country,
            "latest": int(last["workers_low"]), "latest_as_of": last["as_of"], "latest_precision": last["date_precision"],
            "latest_qualifier": last["qualifier"], "latest_counted": last["counted"], "latest_place": last["place"],
            "peak": int(peak["workers_low"]), "peak_as_of": peak["as_of"], "peak_precision": peak["date_precision"],
            "n_figures": len(g),
        })
    return pd.DataFrame(rows).sort_values(["latest", "country"], ascending=[False, True]).reset_index(drop=True)


def chart_source(df: pd.DataFrame, prefix: str = "") -> str:
    """A compact source line naming the publishers (and years) of the rows drawn.

    The publications are the rows' source_ids in cuba-sources, which are also listed in each
    resource's `sources` in datapackage.json.
    """
    src = data.load("cuba-sources").set_index("source_id")
    groups: dict[str, list[str]] = {}
    for sid in sorted(set(df["source_id"])):
        publisher = str(src.loc[sid, "publisher"]).split(" (via ")[0].split(" (reposted")[0]
        year = "".join(ch for ch in str(src.loc[sid, "published"]) if ch.isdigit())[:4]
        years = groups.setdefault(publisher, [])
        if year and year not in years:
            years.append(year)
    parts = [f"{p} ({', '.join(sorted(y))})" if y else p for p, y in sorted(groups.items())]
    return "Source: " + prefix + "; ".join(parts) + ". Compiled by Missions (data/cuba)."
