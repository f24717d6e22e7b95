"""Data-shaping helpers for Part II (Cuba's medical missions): shares, costs, dates, events, source lines."""

from __future__ import annotations

import pandas as pd

from missions import data
from missions.data import DataError

HEALTH = "health_services"
TOTAL = "services_total"
# the non-official series drawn beside the official lines (the Venezuela-only and non-tourism
# figures stay in the data but measure something narrower)
EARLIER_SERIES = ("services_total", "health_services", "professional_services")
#: Who acted, in the order the timeline's key and filters list them.
ACTORS = ("Cuba", "United States", "Host governments", "IACHR")
PERIODS = {
    "all": (1960, 2026, "1960–2026"),
    "1960-2005": (1960, 2005, "1960–2005: building the programme"),
    "2006-2018": (2006, 2018, "2006–2018: the parole route and Mais Médicos"),
    "2019-2024": (2019, 2024, "2019–2024: the first visa measures"),
    "2025-2026": (2025, 2026, "2025–2026: the visa bans and after"),
}


# --- export earnings ---------------------------------------------------------------------------


def official_revenue(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Official ONEI figures only, one row per year: health, total (US$ bn) and health's share (%).

    The share is computed only where both official figures exist (2019-2022); it is <NA> otherwise.
    """
    df = data.load("cuba-services-exports") if df is None else df
    off = df[df["official"].astype(bool) & (df["year_from"] == df["year_to"])]
    wide = off.pivot_table(index="year_from", columns="series", values="value_usd_bn", aggfunc="first")
    wide = wide.reindex(columns=[HEALTH, TOTAL])
    out = pd.DataFrame(
        {
            "year": wide.index.astype(int),
            "health_usd_bn": wide[HEALTH].to_numpy(),
            "total_usd_bn": wide[TOTAL].to_numpy(),
        }
    )
    out["health_share_pct"] = 100 * out["health_usd_bn"] / out["total_usd_bn"]
    return out.sort_values("year").reset_index(drop=True)


def not_official(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure that is not the official ONEI series (earlier reports, estimates, plans)."""
    df = data.load("cuba-services-exports") if df is None else df
    return df[~df["official"].astype(bool)].reset_index(drop=True)


def earlier_for_chart(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """The non-official figures the revenue chart draws: of the same kind as the official lines,
    published in US dollars, and for years before the official series begins (from 2018 on, the
    chart shows ONEI's figures alone). Figures published in pesos or convertible pesos are left out
    (a US$ axis cannot show them without assuming a rate), and so are the 2018 estimates (the EIU's,
    and the WTO total quoted by Radio Televisión Martí)."""
    df = data.load("cuba-services-exports") if df is None else df
    first_official = int(df.loc[df["official"].astype(bool), "year_from"].min())
    early = not_official(df)
    keep = (
        early["series"].isin(EARLIER_SERIES) & early["unit"].str.startswith("US$") & (early["year_to"] < first_official)
    )
    return early[keep].reset_index(drop=True)


def left_out_of_chart(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Non-official figures of the charted kinds that the chart does not draw (pesos, the WTO total)."""
    early = not_official(df)
    kinds = early[early["series"].isin(EARLIER_SERIES)]
    drawn = earlier_for_chart(df)
    key = ["series", "year_from", "year_to", "source_id"]
    merged = kinds.merge(drawn[key], on=key, how="left", indicator=True)
    return merged[merged["_merge"] == "left_only"].drop(columns="_merge").reset_index(drop=True)


# --- the pay split -----------------------------------------------------------------------------


def pay_split(df: pd.DataFrame | None = None) -> pd.DataFrame:
    return data.load("cuba-pay-split") if df is None else df


def pay_shares(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """The doctor's share of what the host pays, one row per published estimate.

    Shares as published, plus shares we compute where one source gives both the fee per doctor and
    the doctor's pay, in the same currency and for the same years (our_arithmetic is then True).
    Columns: row_id, country, year_from, year_to, low, high, qualifier, who_says, basis,
    our_arithmetic, source_id, from_rows (the rows a computed share comes from).
    """
    df = pay_split(df)
    cols = [
        "row_id",
        "country",
        "year_from",
        "year_to",
        "low",
        "high",
        "qualifier",
        "who_says",
        "basis",
        "our_arithmetic",
        "source_id",
        "from_rows",
    ]
    shares = df[df["measured"] == "share of fee"].rename(columns={"value_low": "low", "value_high": "high"})
    shares = shares.assign(from_rows="", our_arithmetic=shares["our_arithmetic"].astype(bool))[cols]
    computed = []
    key = ["country", "year_from", "year_to", "source_id", "unit"]
    for _, g in df[df["measured"] != "share of fee"].groupby(key, sort=False):
        fee, pay = g[g["measured"] == "fee per doctor"], g[g["measured"] == "pay per doctor"]
        if len(fee) != 1 or len(pay) != 1:
            continue
        f, p = fee.iloc[0], pay.iloc[0]
        low, high = 100 * p["value_low"] / f["value_high"], 100 * p["value_high"] / f["value_low"]
        computed.append(
            {
                "row_id": f"{p['row_id']}-share",
                "country": p["country"],
                "year_from": p["year_from"],
                "year_to": p["year_to"],
                "low": low,
                "high": high,
                "qualifier": "range" if high > low else p["qualifier"],
                "who_says": p["who_says"],
                "basis": p["basis"],
                "our_arithmetic": True,
                "source_id": p["source_id"],
                "from_rows": f"{p['row_id']} / {f['row_id']}",
            }
        )
    out = pd.concat([shares, pd.DataFrame(computed, columns=cols)], ignore_index=True)
    order = {c: i for i, c in enumerate(dict.fromkeys(df["country"]))}
    out = out.assign(_c=out["country"].map(order)).sort_values(["_c", "year_from", "year_to", "row_id"], kind="stable")
    return out.drop(columns="_c").reset_index(drop=True)


def money(value: float, unit: str) -> str:
    """'R$10,000', 'US$2,641', '€1,930', '25%'."""
    prefix = {"R$ a month": "R$", "US$ a month": "US$", "€ a month": "€"}.get(unit)
    if unit == "per cent":
        return f"{value:g}%"
    if prefix is None:
        raise ValueError(f"unknown unit {unit!r}")
    return f"{prefix}{value:,.0f}"


def figure_text(row) -> str:
    """A pay-split figure as a reader reads it: 'US$700 to US$800 a month', 'less than 25%'."""
    lo, hi, unit = float(row["value_low"]), float(row["value_high"]), row["unit"]
    tail = " a month" if unit.endswith("a month") else ""
    if row["qualifier"] == "less than":
        return f"less than {money(hi, unit)}{tail}"
    if hi > lo:
        return f"{money(lo, unit)} to {money(hi, unit)}{tail}"
    return ("about " if row["qualifier"] == "about" else "") + f"{money(lo, unit)}{tail}"


# --- dialysis ----------------------------------------------------------------------------------


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


# --- dates and events --------------------------------------------------------------------------


def mid_date(date: pd.Timestamp, precision: str) -> pd.Timestamp:
    """Where to draw a date stored as the first day of its month or year: the middle of it."""
    if precision == "month":
        return date + pd.Timedelta(days=14)
    if precision == "year":
        return date + pd.Timedelta(days=182)
    return date


def date_label(date: pd.Timestamp, precision: str) -> str:
    """'21 May 1960', 'April 2003' or '2013', as precise as the record and no more."""
    if precision == "day":
        return f"{date.day} {date:%B %Y}"
    if precision == "month":
        return f"{date:%B %Y}"
    return f"{date.year}"


def timeline_events(df: pd.DataFrame | None = None, actor: str = "all", period: str = "all") -> pd.DataFrame:
    """Events in date order, filtered by actor and period; one row per event, disputed dates merged
    ("20 or 24 May 2025"). Columns: event_id, date, label, actor, event, source_id (a list)."""
    df = data.load("cuba-timeline") if df is None else df
    start, end, _ = PERIODS[period]
    sel = df[(df["date"].dt.year >= start) & (df["date"].dt.year <= end)]
    if actor != "all":
        sel = sel[sel["actor"] == actor]
    out = []
    for eid, g in sel.sort_values("date").groupby("event_id", sort=False):
        g = g.sort_values("date")
        r = g.iloc[0]
        if len(g) > 1:  # sources disagree on the date: show both
            label = f"{' or '.join(str(d.day) for d in g['date'])} {r['date']:%B %Y}"
        else:
            label = date_label(r["date"], r["date_precision"])
        if pd.notna(r["date_end"]):
            label += f" (to {r['date_end']:%B %Y})"
        out.append(
            {
                "event_id": eid,
                "date": r["date"],
                "label": label,
                "actor": r["actor"],
                "event": r["event"],
                "source_id": list(g["source_id"]),
            }
        )
    return pd.DataFrame(out, columns=["event_id", "date", "label", "actor", "event", "source_id"])


# --- host countries ----------------------------------------------------------------------------


def latest_by_country(df: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each host country, its most recent head-count and its largest head-count."""
    df = data.load("cuba-workers-by-country") if df is None else df
    heads = df[df["count_type"] == "head-count"].sort_values(["country", "as_of"])
    rows = []
    for country, g in heads.groupby("country", sort=True):
        last = g.iloc[-1]
        peak = g.loc[g["workers_low"].astype(int).idxmax()]
        rows.append(
            {
                "country": country,
                "latest": int(last["workers_low"]),
                "latest_as_of": last["as_of"],
                "latest_precision": last["date_precision"],
                "latest_qualifier": last["qualifier"],
                "latest_counted": last["counted"],
                "latest_place": last["place"],
                "latest_definition": last["definition"],
                "latest_source_id": last["source_id"],
                "peak": int(peak["workers_low"]),
                "peak_as_of": peak["as_of"],
                "peak_precision": peak["date_precision"],
                "n_figures": len(g),
            }
        )
    return pd.DataFrame(rows).sort_values("country").reset_index(drop=True)


def people(n: int, qualifier: str = "exact") -> str:
    """'about 30,000', 'more than 22,000', '8,332'."""
    return {"more than": "more than ", "about": "about "}.get(qualifier, "") + f"{int(n):,}"


# --- sources -----------------------------------------------------------------------------------


def publisher(source_id: str) -> str:
    """The publisher a reader recognises: 'Reuters' rather than 'Reuters (via Havana Journal)'."""
    src = data.load("cuba-sources").set_index("source_id")
    name = str(src.loc[source_id, "publisher"])
    for cut in (" (", ", citing", ", with "):
        name = name.split(cut)[0]
    return {"AP": "The Associated Press"}.get(name, name)


def source_link(source_id: str):
    """An escaped link to the publication, labelled with its publisher."""
    from missions import html

    src = data.load("cuba-sources").set_index("source_id").loc[source_id]
    url = str(src["url"])
    return html.link(publisher(source_id), url if url.startswith("http") else None)


def with_publisher(df: pd.DataFrame) -> pd.DataFrame:
    """The rows with a `source` column naming each row's publisher (for a chart's Data (CSV))."""
    return df.assign(source=[publisher(s) for s in df["source_id"]])


def chart_source(df: pd.DataFrame, prefix: str = "", limit: int = 5) -> str:
    """A compact source line: the publishers of the rows drawn, most-used first; past `limit`
    publishers, the rest are counted ("and 9 others, named in the data")."""
    counts = pd.Series([publisher(s) for s in df["source_id"]]).value_counts(sort=False)
    order = sorted(counts.index, key=lambda p: (-counts[p], p))
    names = order[:limit]
    rest = len(order) - len(names)
    line = "; ".join(names)
    if rest:
        line += f"; and {rest} others, named in the data"
    return f"Source{'s' if len(order) > 1 else ''}: " + prefix + line + "."


def worker_figure(wa: pd.DataFrame, measure: str, as_of: str, counted: str) -> pd.Series:
    """The one row of workers_abroad.csv with this measure, date and definition of who is counted."""
    r = wa[(wa["measure"] == measure) & (wa["as_of"] == as_of) & (wa["counted"] == counted)]
    if len(r) != 1:
        raise DataError(f"data/cuba/workers_abroad.csv: {len(r)} rows for {measure}, {as_of}, {counted} (expected 1)")
    return r.iloc[0]


def facts() -> pd.Series:
    """Other published figures the Cuba chapters cite (data/cuba/facts.csv), by fact_id."""
    return data.load("cuba-facts").set_index("fact_id")["value"]
