"""Write Part III's resources (titan-*) into data/datapackage.json; other parts' are kept.

usage: python data/build/titan_descriptor.py   (after data/build/titan.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ledger import write_resources  # noqa: E402

READ = "2026-11-30"
RESEARCH = {"title": "Missions research notes on Titan (each row of the data names its own source)",
            "publisher": "Missions", "path": "shared/research/titan.md", "read": READ}
USCG = {"title": "statements of June 2023, Marine Board hearing (2024) and report (2025), as reported by Reuters, AP, ABC and People",
        "publisher": "US Coast Guard", "path": "https://www.news.uscg.mil/Press-Releases/Article/4265651/coast-guard-marine-board-of-investigation-releases-report-on-titan-submersible", "read": READ}
NEWS = {"title": "news reports and official releases on OceanGate and Titan, 2009–2025",
        "publisher": "Wikipedia, Wired, The New York Times, AP, Reuters, US Coast Guard, NTSB, TSB Canada", "path": "shared/research/titan.md", "read": READ}
LIC = [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (our curation; facts from the cited reports)"}]


def f(name, type_, desc, required=True, **extra):
    field = {"name": name, "type": type_, "description": desc}
    cons = {}
    if required:
        cons["required"] = True
    for k in ("enum", "minimum", "pattern", "unique"):
        if k in extra:
            cons[k] = extra.pop(k)
    if cons:
        field["constraints"] = cons
    field.update(extra)
    return field


SRC = [f("source", "string", "Outlet and page the fact was read from (syndicated or mirrored copies say so)"),
       f("source_url", "string", "Address of that page", pattern="https?://.+")]
CATS = ["company", "testing", "warning", "legal", "expedition", "dive", "search", "recovery", "inquiry", "media"]

history = {
    "name": "titan-history",
    "title": "OceanGate and Titan, 2009–2025: a dated history",
    "path": "titan/titan_history.csv",
    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
    "description": ("One row per event in the history of OceanGate's Titan, from the company's founding in 2009 to "
                    "the NTSB report of October 2025, retold in our words. Each event is dated as precisely as the "
                    "record allows: 'date' is the first day of the period and 'precision' says whether the year, "
                    "month or day is known. Category 'warning' marks safety concerns raised or signs of damage "
                    "before the last dive. Conflicts between sources are noted per row (e.g. the day of the first "
                    "Titanic dive in July 2021 rests on unofficial sources). Times of day on 18–22 June 2023 are in "
                    "the resource titan-dive-search. Sorted by date."),
    "sources": [NEWS, RESEARCH], "licenses": LIC,
    "schema": {"fields": [
        f("event_id", "string", "Stable id of the event", pattern="[a-z0-9-]+", unique=True),
        f("date", "date", "First day of the period in which the event happened (see precision)"),
        f("precision", "string", "How precisely the record dates the event", enum=["year", "month", "day"]),
        f("date_as_known", "string", "The date as precisely as it is known (YYYY, YYYY-MM or YYYY-MM-DD)",
          pattern=r"\d{4}(-\d{2}(-\d{2})?)?"),
        f("event", "string", "What happened, in our words; claims attributed"),
        f("category", "string", "Kind of event; 'warning' = a safety concern raised or a sign of damage", enum=CATS),
        f("chart_label", "string", "Short label for the timeline chart (blank: not labelled)", required=False),
        *SRC,
        f("note", "string", "Caveats: conflicts between sources, uncertain dates", required=False),
    ], "primaryKey": ["event_id"], "missingValues": [""]},
}

dive = {
    "name": "titan-dive-search",
    "title": "Titan's last dive and the search, 18–22 June 2023, on both official clocks",
    "path": "titan/titan_dive_search.csv",
    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
    "description": ("One row per timed event of the dive day and the search. time_utc is an aware UTC time computed "
                    "from the time as reported (time_reported_local) and the clock it was reported in. Two official "
                    "accounts disagree: the Coast Guard's statements of June 2023 (account uscg-2023, in US Eastern "
                    "Daylight Time) put the descent at 12:00 UTC and the loss of contact at 13:45 UTC; the Marine "
                    "Board's hearing (2024) and report (2025) (account mbi-2024-25) give 'local' times, read here as "
                    "Newfoundland Daylight Time, UTC−02:30 (tz_inferred=true: the research notes infer the zone from "
                    "a news gloss and the NOAA recorder's time), which put the last ping at 13:17:08 UTC. Both are "
                    "kept. Rows with derived=true are our arithmetic on the row named in derived_from (never "
                    "reported). public_statement marks what was said publicly at that moment (used for 'what was "
                    "known'). value/value_max/unit carry the figure given with the event (depth, oxygen hours left, "
                    "distance, pressure). Sorted by time_utc."),
    "sources": [USCG, RESEARCH], "licenses": LIC,
    "schema": {"fields": [
        f("event_id", "string", "Stable id; the prefix names the account (uscg-, mbi-, derived-)", pattern="[a-z0-9-]+", unique=True),
        f("time_utc", "datetime", "When it happened (or was said), in UTC, ISO 8601 with Z"),
        f("time_reported_local", "string", "The time on the clock it was reported in (no offset)",
          pattern=r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"),
        f("clock", "string", "Clock of the reported time: EDT (UTC−04:00), NDT (UTC−02:30), UTC", enum=["EDT", "NDT", "UTC"]),
        f("utc_offset", "string", "Offset of that clock from UTC", enum=["-04:00", "-02:30", "+00:00"]),
        f("tz_inferred", "boolean", "True when the source gave a clock time without a zone and the zone was inferred"),
        f("time_as_reported", "string", "The time as the source gave it"),
        f("account", "string", "Which account the time belongs to", enum=["uscg-2023", "mbi-2024-25", "other"]),
        f("approximate", "boolean", "True when the source gives the time as approximate ('around', 'about')"),
        f("derived", "boolean", "True when the row is our own arithmetic, not reported by any source"),
        f("derived_from", "string", "For derived rows: '<event_id> + <hours> h' or '- <hours> h'", required=False,
          pattern=r"[a-z0-9-]+ [+-] \d+ h"),
        f("category", "string", "Kind of row", enum=["dive", "search", "oxygen-estimate", "derived"]),
        f("public_statement", "boolean", "True when this is a public statement made at time_utc"),
        f("value", "number", "Figure given with the event (see unit)", required=False),
        f("value_max", "number", "Upper end when a range was given", required=False),
        f("unit", "string", "Unit of value: m (depth), h (oxygen hours left), ft (distance), psi, min", required=False),
        f("event", "string", "What happened or was said, in our words"),
        f("source", "string", "Outlet and page the time was read from; 'Missions calculation' for derived rows"),
        f("source_url", "string", "Address of that page (blank only for derived rows)", required=False, pattern="https?://.+"),
        f("note", "string", "Other reported values and caveats", required=False),
    ], "primaryKey": ["event_id"], "missingValues": [""]},
}

depth = {
    "name": "titan-dive-depth",
    "title": "Titan's depth on its last dive: the reported points and the wreck's depth",
    "path": "titan/titan_dive_depth.csv",
    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
    "description": ("The only depths reported for dive 88 (18 June 2023): the start at the surface, 'all good here' "
                    "at about 2,274 m, the last message at 3,341 m and the last ping at 3,346.28 m, with times from "
                    "the Marine Board's account (event_id links to titan-dive-search, whose time_utc they repeat), "
                    "plus the Titanic wreck's depth (about 3,800 m) as a reference with no time. No source gives "
                    "depths between the surface and 2,274 m; a widely shared 'transcript' with other depths is fake "
                    "and is not used. No descent rate is reported by any source: rates shown in the book are "
                    "derived from these points."),
    "sources": [USCG, RESEARCH], "licenses": LIC,
    "schema": {"fields": [
        f("point_id", "string", "Stable id", unique=True),
        f("event_id", "string", "The matching row of titan-dive-search (blank for the reference depth)", required=False),
        f("time_utc", "datetime", "Time of the point in UTC (blank for the reference depth)", required=False),
        f("depth_m", "number", "Depth below the surface", unit="m", minimum=0),
        f("approximate", "boolean", "True when reported as approximate"),
        f("kind", "string", "reported point or reference depth", enum=["reported", "reference"]),
        f("what", "string", "What the point is"),
        *SRC,
        f("note", "string", "Caveats", required=False),
    ], "primaryKey": ["point_id"], "missingValues": [""]},
}

facts = {
    "name": "titan-facts",
    "title": "Other figures about Titan and the search",
    "path": "titan/titan_facts.csv",
    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
    "description": ("Single figures used in the chapter and the claims ledger: life support, the ticket price (in US "
                    "dollars, and in pounds as one outlet printed it; no exchange rate is given, so we do not "
                    "convert), the wreck's depth in feet as reported, the search's final tally and the Marine Board "
                    "report. value is blank where the fact is a statement, not a number."),
    "sources": [NEWS, RESEARCH], "licenses": LIC,
    "schema": {"fields": [
        f("fact_id", "string", "Stable id", unique=True),
        f("quantity", "string", "What the figure measures"),
        f("value", "number", "The figure (blank for a statement)", required=False, minimum=0),
        f("unit", "string", "Unit of value", required=False),
        f("value_as_reported", "string", "The figure as the source gave it"),
        *SRC,
        f("note", "string", "Caveats", required=False),
    ], "primaryKey": ["fact_id"], "missingValues": [""]},
}


people = {
    "name": "titan-people",
    "title": "The five people aboard Titan on 18 June 2023",
    "path": "titan/titan_people.csv",
    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
    "description": ("The five people who died on dive 88, with their ages and roles as the record gives them. "
                    "'Mission specialist' was OceanGate's term for a paying passenger; Nargeolet is described by "
                    "the company as its adviser or content expert (the BBC called him co-pilot)."),
    "sources": [NEWS, RESEARCH], "licenses": LIC,
    "schema": {"fields": [
        f("order", "integer", "Order of listing: pilot, content expert, then mission specialists", minimum=1, unique=True),
        f("name", "string", "Name"),
        f("age", "integer", "Age in June 2023", unit="years", minimum=0),
        f("role_on_dive", "string", "Role on the dive", enum=["pilot", "content expert", "mission specialist"]),
        f("background", "string", "Who they were, in our words"),
        *SRC,
    ], "primaryKey": ["order"]},
}


if __name__ == "__main__":
    write_resources([history, dive, depth, facts, people])
