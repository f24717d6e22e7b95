"""Build the curated Cuba datasets (Part II) from the research notes and raw extracts.

usage: python data/build/cuba.py RESEARCH_DIR RAW_DIR
       e.g. python data/build/cuba.py /work/shared/research /work/shared/data-raw/cuba

Inputs read (their SHA-256 go to data/build/cuba-inputs.sha256):
  RESEARCH_DIR/cuba_series.csv  revenue figures, one source per value (machine-readable)
  RESEARCH_DIR/cuba.md          research notes: worker counts, host countries, timeline,
                                St Vincent dialysis, source list (tables transcribed below;
                                every transcribed figure is checked to appear in the notes)
  RAW_DIR/argendata_participacion_servicios_pct_exportaciones_cuba.csv
                                checked to be empty for Cuba (no balance-of-payments services
                                data), which the revenue description states

Outputs (data/cuba/*.csv, UTF-8, sorted, tidy):
  sources.csv, services_exports.csv, workers_abroad.csv, workers_by_country.csv,
  timeline.csv, stvincent_dialysis.csv, ec_dollar_peg.csv

The transcriptions are curation decisions (which figure, which definition, which date
precision); they are written out here, row by row, so that every choice is visible in review.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "cuba"
MANIFEST = Path(__file__).resolve().parent / "cuba-inputs.sha256"
READ = "2026-11-30"  # date the research notes (and the pages they quote) were read for this build

# --------------------------------------------------------------------------------------------
# Sources: one row per publication. source_id is what every data row points to.
# (publisher, title in brief, date published as known, address)
SOURCES = {
    "s1-diariodecuba": ("Diario de Cuba", "ONEI yearbook 2022 figures on exports of professional services, as quoted", "2023-08-22",
                        "https://diariodecuba.com/economia/1692735160_49308.html"),
    "s2-reuters-2019": ("Reuters (via Havana Live)", "Cuba reveals health, hotel, other service earnings (ONEI release)", "2019-08-02",
                        "https://havana-live.com/cuba-reveals-health-hotel-other-service-earnings/"),
    "s3-reuters-2009": ("Reuters (via Investing.com)", "Cuba says exports of services top $9 billion", "2009-01-08",
                        "https://investing.com/news/forex-news/cuba-says-exports-of-services-tops-$9-billion-18979"),
    "s4-reuters-2008": ("Reuters (via Havana Journal)", "State of the Cuban economy as reported by the Cuban government", "2008-08-15",
                        "http://havanajournal.com/business/entry/state-of-cuban-economy-as-reported-by-the-cuban-government/"),
    "s5-reuters-2007": ("Reuters (via Business Recorder)", "Cuba's income from non-tourism services", "2007",
                        "https://brecorder.com/news/amp/3418527"),
    "s6-consuljuridica": ("Consultoría Jurídica Internacional", "Services exports 2010-2012, based on ONEI statistics", "undated",
                          "http://www.consuljuridica.com/publicaciones/"),
    "s7-reuters-2016": ("Reuters", "Cuba economy: services exports and Venezuela", "2016-05-18",
                        "http://uk.reuters.com/article/cuba-economy-idUKL2N18F12B"),
    "s8-progreso": ("Progreso Weekly (via Havana Times)", "Cuba banks on exporting services", "2014",
                    "https://havanatimes.org/features/cuba-banks-on-exporting-services/"),
    "s9-14ymedio-2017": ("14ymedio (via Translating Cuba)", "Ex-minister: Cuba earns 11.5 billion from export of professional services", "2017-04-17",
                         "https://translatingcuba.com/ex-minister-cuba-earns-11-5-billion-from-export-of-professional-services/"),
    "s10-rtvmarti": ("Radio Televisión Martí", "What the Cuban government loses with the end of medical missions in three countries", "2019-11",
                     "https://www.radiotelevisionmarti.com/a/cu%C3%A1nto-dinero-pierde-el-gobierno-cubano-con-el-fin-de-las-misiones-m%C3%A9dicas-en-tres-pa%C3%ADses-/252595.html"),
    "s11-eiu": ("Economist Intelligence Unit", "Cuba economy briefings", "2019-08-22",
                "http://country.eiu.com/article.aspx?articleid=1208359704&Country=Cuba&topic=Economy"),
    "s12-afp-2013": ("AFP (via Cuba Rights blog)", "Doctors reap in billions as Cuba's top export", "2013-06",
                     "https://cubarights.blogspot.com/2013/06/doctors-reap-in-billions-as-cubas-top.html"),
    "s13-tip-2021": ("US Department of State", "2021 Trafficking in Persons Report: Cuba", "2021",
                     "https://www.state.gov/reports/2021-trafficking-in-persons-report/cuba/"),
    "s13-tip-2022": ("US Department of State", "2022 Trafficking in Persons Report: Cuba", "2022",
                     "https://www.state.gov/reports/2022-trafficking-in-persons-report/cuba/"),
    "s14-14ymedio-2024": ("14ymedio (via Translating Cuba)", "The US includes doctors exported by Cuba in its report on human trafficking", "2024-06-25",
                          "https://translatingcuba.com/the-us-includes-doctors-exported-by-cuba-in-its-report-on-human-trafficking-14ymedio"),
    "s16-cmpp": ("Get the Word Out (blog), with NBC Miami", "Cuban Medical Professional Parole programme: start and end", "2019-04-14",
                 "https://getthewordout.blog/2019/04/14/obama-quietly-nixed-cuban-medical-professional-parole-program/"),
    "s17-sputnik-2019": ("Sputnik (via UrduPoint)", "US imposes visa restrictions on Cuban officials", "2019-07-26",
                         "https://www.urdupoint.com/en/world/us-imposes-visa-restrictions-on-cuban-officia-679044.html"),
    "s18-ipt-2025": ("Immigration Policy Tracking Project", "DOS expands visa restrictions policy for individuals linked to Cuban labor export program", "2025-02-25",
                     "https://immpolicytracking.org/policies/dos-expands-visa-restrictions-policy-for-individuals-linked-to-cuban-labor-export-program"),
    "s19-state-2025-06": ("US Department of State (via Scoop)", "Visa restrictions for Central American government officials exploiting Cuban medical professionals", "2025-06-03",
                          "https://www.scoop.co.nz/stories/WO2506/S00095/visa-restrictions-for-central-american-government-officials-exploiting-cuban-medical-professionals.htm"),
    "s20-state-2025-08": ("US Department of State (via MENAFN)", "Visa revocations and restrictions on Brazilian government officials and former PAHO officials", "2025-08-13",
                          "https://menafn.com/1109926285/Visa-Revocations-And-Restrictions-On-Brazilian-Government-Officials-And-Former-PAHO-Officials-Involved-In-The-Cuban-Regimes-Labor-Export-Scheme"),
    "s21-svtimes": ("St Vincent Times", "U.S. to revoke visas of Grenada officials over Cuba medical programme", "2025-08-13",
                    "https://www.stvincenttimes.com/u-s-to-revoke-visas-of-grenada-officials-over-cuba-medical-programme/"),
    "s22-ap": ("AP (via LatAm Reports)", "IACHR letter on Cuban medical brigades causes tension in the Caribbean and Latin America", "2025-06-14",
               "https://latamreports.com/es/carta-de-la-cidh-sobre-brigadas-medicas-cubanas-provoca-tensiones-en-el-caribe-y-america-latina"),
    "s22-botb": ("Belly of the Beast", "OAS investigates Cuban medical missions", "2025-06-20",
                 "https://www.bellyofthebeastcuba.com/oea-investiga-misiones-medicas-cubanas"),
    "s23-ap-2025-03": ("AP (via Rite WS)", "Caribbean leaders oppose US policy targeting Cuban medical missions", "2025-03-11",
                       "http://www.ritews.com/world/caribbean-leaders-oppose-us-policy-targeting-cuban-medical-missions-saying-theyre-critical/4061147"),
    "s24-wefm-2025": ("WE FM (St Vincent)", "Government provides free haemodialysis at Modern Medical and Diagnostic Centre", "2025-03-31",
                      "https://999wefm.com/government-provides-free-haemodialysis-at-modern-medical-and-diagnostic-centre/"),
    "s24-wefm-older": ("WE FM (St Vincent)", "Ministry of Health to expand dialysis services", "undated",
                       "https://999wefm.com/ministry-of-health-to-expand-dialysis-services/"),
    "s25-medicc": ("MEDICC Review", "Cuba & the workforce: health professionals abroad", "c. 2008",
                   "https://docslib.org/doc/1150964/cuba-global-health"),
    "s26-scielo": ("SciELO Cuba", "Cuban journal article on the history of Cuban medical collaboration", "2022",
                   "http://scielo.sld.cu/scielo.php?lang=en&pid=S1996-35212022000100010&script=sci_arttext"),
    "s27-embassy-2010": ("Embassy of Cuba in Canada (via True North Perspective)", "Background on Cuban medical cooperation", "2010-12",
                         "https://www.truenorthperspective.com/Friday_3_December_2010/background"),
    "s28-juventud": ("Juventud Rebelde", "La estela de la solidaridad (Henry Reeve contingent)", "2020-09-17",
                     "https://juventudrebelde.cu/index.php/cuba/2020-09-17/la-estela-de-la-solidaridad"),
    "s30-cubabusiness": ("Cuba Business Report", "Cuban medics arrive in Italy", "2020-03",
                         "https://cubabusinessreport.com/cuban-medics-arrive-in-italy"),
    "s31-adnkronos": ("Adnkronos", "Calabria: almost 500 doctors arriving from Cuba", "2022-08",
                      "https://www.adnkronos.com/sanita-calabria-in-arrivo-quasi-500-medici-da-cuba_5Y4we76QqOq81cLIFh2aLS"),
    "s31-efe": ("EFE (via ABC Color)", "Calabria says Cuban doctors will stay in the region", "2026-02-21",
                "https://www.abc.com.py/internacionales/2026/02/21/calabria-dice-que-los-medicos-cubanos-seguiran-en-la-region-a-pesar-de-desacuerdo-de-trump/"),
    "s32-proceso": ("Proceso", "México-Cuba", "2023-03-14",
                    "https://cms.proceso.com.mx/temas/mexico-cuba-6085.html"),
    "s32-ejecentral": ("Eje Central", "Mexico to add 1,200 Cuban doctors to the public health system", "2024-05",
                       "https://ejecentral.com.mx/category/nuestro-eje/mexico-sumara-mil-200-medicos-cubanos-al-sistema-de-salud-publico"),
    "s32-arbol": ("Árbol Invertido, citing El Universal", "Mexico paid more than 23 million euros for 610 Cuban doctors", "2024-07",
                  "https://arbolinvertido.com/sociedad/mexico-pago-mas-de-23-millones-de-euros-por-610-medicos-cubanos-en-seis-meses"),
    "s33-gulftimes": ("Gulf Times", "Cuban President visits Cuban Hospital in Dukhan", "2023-12",
                      "https://www.gulf-times.com/article/672906/qatar/cuban-president-visits-cuban-hospital-in-dukhan"),
    "s33-cubasi": ("CubaSí (Gulf Times interview)", "Cuban doctors providing excellent medical care around the world", "2019-06-29",
                   "https://cubasi.cu/en/cuba/item/18786-cuban-doctors-providing-excellent-medical-care-around-the-world"),
    "s34-opopular": ("O Popular", "More than 600 towns may be left without doctors after the Cubans leave", "2018-11",
                     "https://www.opopular.com.br/editorias/cidades/mais-de-600-cidades-podem-ficar-sem-m%C3%A9dicos-ap%C3%B3s-sa%C3%ADda-de-cubanos-1.1665295"),
    "s34-radioreloj": ("Radio Reloj", "Cuba announces withdrawal from Mais Médicos", "2018-11-14",
                       "https://www.radioreloj.cu/tag/cuba-announces-withdrawal-from"),
    "s34-redeonda": ("Rede Onda Digital", "United States and Brazilian public servants (Mais Médicos)", "2025-08",
                     "https://redeondadigital.com.br/mundo/estados-unidos-servidores"),
    "s35-prensalatina": ("Prensa Latina", "Cuba-Venezuela cooperation agreement", "undated",
                         "https://italiano.prensa-latina.cu/?p=4601"),
    "s35-cubavision": ("Cubavisión", "Cuba-Venezuela: 15 years of cooperation", "2015",
                       "http://www.cubatv.icrt.cu/cuba-venezuela-15-anos-cooperacion/"),
    "s35-ap-2005": ("AP (reposted on Democratic Underground)", "Cuban health workers in Venezuela", "c. 2005",
                    "https://du4.democraticunderground.com/discuss/duboard.php?address=102x1622993&az=view_all"),
    "s35-telegraph": ("The Telegraph (reposted on Cuba Data blog)", "Doctors for oil", "2006-07-31",
                      "https://cubadata.blogspot.com/2011/09/doctors-for-oil-international-trade.html"),
    "s35-laverdad": ("La Verdad de Vargas", "More than 22,000 Cuban doctors in Venezuela", "2020",
                     "https://laverdaddevargas.com/ya-son-mas-de-22-000-los-medicos-cubanos-en-venezuela/?amp=1"),
    "s35-cubanet": ("Cubanet", "Misión (tag page: Cuban collaborators in Venezuela)", "2019",
                    "https://www.cubanet.org/tag/mision/?print=print-search"),
    "s36-feinsilver": ("Nueva Sociedad (Julie M. Feinsilver)", "Oil-for-doctors: Cuban medical diplomacy", "2008-07",
                       "https://docslib.org/doc/2609078/nueva-sociedad-n%C3%BAmero-42-mayo"),
    "s37-dw": ("Deutsche Welle", "Misiones médicas cubanas: cuántas, dónde y por qué", "2020-04-07",
               "https://www.google.hn/amp/s/amp.dw.com/es/misiones-m%25C3%25A9dicas-cubanas-cu%25C3%25A1ntas-d%25C3%25B3nde-y-por-qu%25C3%25A9/a-53054180"),
    "s38-minrex": ("Prensa Latina (via Cuban foreign ministry site)", "Cumulative totals of Cuban medical collaboration (MINSAP)", "c. 2022",
                   "http://misiones.cubaminrex.cu/es/articulos?page=8178"),
    "s38-defencepk": ("Prensa Latina (repost on defence.pk)", "Cuba and 58 years of medicine throughout the world", "2021-02",
                      "https://defence.pk/pdf/threads/cuba-and-58-years-of-medicine-throughout-the-world.712134/"),
    "s39-wikipedia": ("Wikipedia", "Cuban medical internationalism", "undated",
                      "https://en.wikipedia.org/wiki/Cuban_medical_internationalism"),
    "s40-havanatimes": ("Xinhua (via Havana Times)", "Cuba starts withdrawing doctors from Ecuador", "2019-11",
                        "https://havanatimes.org/news/cuba-starts-withdrawing-doctors-from-ecuador/"),
    "s41-newsmax": ("Newsmax, citing the Washington Post", "Cuba sends doctors to fight Ebola", "2014-10-04",
                    "https://newsmax.com/amp/headline/cuba-doctors-ebola-outbreak/2014/10/04/id/598629"),
    "gazeta-2019": ("Gazeta do Povo", "For the first time Cuba reports billion-dollar earnings from exporting doctors", "2019-08",
                    "https://gazetadopovo.com.br/mundo/breves/pela-primeira-vez-cuba-informa-faturamento-bilionario-com-exportacao-de-medicos"),
    "wsj-granma-2010": ("Wall Street Journal quoting Granma (via DWK Commentaries)", "Cuban health workers abroad, June 2010", "2011",
                        "https://dwkcommentaries.com/tag/emilio-gonzalez/"),
    "dwk-tip-2019": ("DWK Commentaries", "The 2019 Trafficking in Persons Report and Cuba", "2019-06",
                     "https://dwkcommentaries.com/tag/u-s-2019-trafficking-in-ipersons-report/"),
    "dwk-tip-2025": ("DWK Commentaries", "The 2025 Trafficking in Persons Report and Cuba", "2025-09",
                     "https://dwkcommentaries.com/tag/u-s-state-department"),
    "venezuelanalysis": ("Venezuelanalysis", "Barrio Adentro: Cuban medics in Venezuela", "c. 2004",
                         "https://venezuelanalysis.com/analysis/920/"),
    "efe-2013": ("EFE (via Gabitos)", "Cuban professionals in Venezuela", "2013",
                 "https://gabitos.com/Cuba_Eterna/template.php?nm=1371665430"),
    "vietnamplus": ("VietnamPlus", "Cuba, an ideal country for medical studies", "c. 2010",
                    "https://en.vietnamplus.vn/cuba-an-ideal-country-for-medical-studies/28836.vnp"),
    "eccb": ("Eastern Caribbean Central Bank", "The ECCB observes 41st year of EC dollar peg to US dollar", "2017-07",
             "https://www.eccb-centralbank.org/news/view/the-eccb-observes-41st-year-of-ec-dollar-peg-to-us-dollar"),
    "article-cuba-iachr": ("The Associated Press", "A letter demanding data on Cuban medical missions roils Caribbean, the Americas (source article)", "2025-06-13",
                           "book/references.bib#article-cuba-iachr"),
    "article-cuba-brazil": ("Al Jazeera", "US sanctions Brazil health officials over Cuba's overseas medical missions (source article)", "2025-08-13",
                            "book/references.bib#article-cuba-brazil"),
}

# research series names/kinds (cuba_series.csv) -> our vocabulary
SERIES_SOURCE = {  # source_url in cuba_series.csv -> source_id
    "https://havana-live.com/cuba-reveals-health-hotel-other-service-earnings/": "s2-reuters-2019",
    "https://diariodecuba.com/economia/1692735160_49308.html": "s1-diariodecuba",
    SOURCES["s10-rtvmarti"][3]: "s10-rtvmarti",
    "http://uk.reuters.com/article/cuba-economy-idUKL2N18F12B": "s7-reuters-2016",
    "http://www.consuljuridica.com/publicaciones/": "s6-consuljuridica",
    "https://investing.com/news/forex-news/cuba-says-exports-of-services-tops-$9-billion-18979": "s3-reuters-2009",
    "http://havanajournal.com/business/entry/state-of-cuban-economy-as-reported-by-the-cuban-government/": "s4-reuters-2008",
    "https://brecorder.com/news/amp/3418527": "s5-reuters-2007",
    "https://translatingcuba.com/ex-minister-cuba-earns-11-5-billion-from-export-of-professional-services/": "s9-14ymedio-2017",
    "https://havanatimes.org/features/cuba-banks-on-exporting-services/": "s8-progreso",
    "https://cubarights.blogspot.com/2013/06/doctors-reap-in-billions-as-cubas-top.html": "s12-afp-2013",
    "http://country.eiu.com/article.aspx?articleid=1208359704&Country=Cuba&topic=Economy": "s11-eiu",
    "https://cubacid.com/el-castrismo-esta-condenado-a-la-quiebra-total": "cubacid-mesalago",
}
SOURCES["cubacid-mesalago"] = ("CubaCID, quoting Carmelo Mesa-Lago", "Castroism is condemned to total bankruptcy", "undated",
                               "https://cubacid.com/el-castrismo-esta-condenado-a-la-quiebra-total")

SERIES_MAP = {  # research series -> (our series, who gives the figure)
    "health_services_exports": "health_services",
    "services_exports_total": "services_total",
    "non_tourism_services_income": "non_tourism_services",
    "professional_services_estimate": "professional_services",
    "health_services_projection": "health_services",
    "professional_services_to_venezuela": "professional_services_venezuela",
}
UNIT_TO_USD_BN = {  # unit in cuba_series.csv -> (our unit, factor to US$ bn)
    "USD": ("US$", 1e-9),
    "USD bn": ("US$ bn", 1.0),
    "USD mn": ("US$ million", 1e-3),
    "mn pesos": ("million pesos", 1e-3),   # at the official parity of 1 peso = 1 US$
    "bn CUC": ("billion CUC", 1.0),        # CUC officially at par with the US$
    "USD bn per year": ("US$ bn a year", 1.0),
    "USD bn per year (approx)": ("US$ bn a year", 1.0),
    "USD bn (approx)": ("US$ bn", 1.0),
}
QUALIFIER = {  # (series, year) -> qualifier, from the wording of the source note
    ("services_exports_total", "2006"): "about",
    ("professional_services_estimate", "2013"): "more than",
    ("professional_services_estimate", "2018"): "about",
    ("non_tourism_services_income", "2004"): "about",
    ("health_services_projection", "2014"): "more than",
}


def kind_of(row: dict) -> str:
    """official = ONEI figure 2018-2022 as quoted; everything else is not the official series."""
    k = row["kind"]
    year = row["year"][:4]
    if (k.startswith("official (ONEI") and row["series"] in ("health_services_exports", "services_exports_total")
            and year.isdigit() and 2018 <= int(year) <= 2022):
        return "official"
    if "plan" in k:
        return "plan"
    if k.startswith("official") or "ONEI" in k:
        return "earlier-report"
    return "estimate"


def who_of(row: dict) -> str:
    k = row["kind"]
    if k.startswith("official (ONEI") and "tabulated" in k:
        return "ONEI statistics as tabulated by a consultancy"
    if k.startswith("official (ONEI"):
        return "ONEI (Cuba's statistics office), as quoted in the press"
    if "WTO" in k:
        return "WTO figure, as quoted by Radio Televisión Martí"
    if "EIU" in k:
        return "Economist Intelligence Unit estimate"
    if "Mesa-Lago" in k:
        return "Carmelo Mesa-Lago (economist), as quoted second-hand"
    if "Rodríguez" in k:
        return "José Luis Rodríguez, former economy minister"
    if "plan" in k:
        return "Cuban government plan (Marino Murillo, March 2014)"
    if "statements" in k:
        return "Cuban officials' statements, as reported by AFP"
    if k.startswith("official"):
        return "Cuban official figure, as reported by Reuters"
    return "press summary"


def build_services_exports(series_csv: Path) -> list[dict]:
    rows = []
    with series_csv.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["year"] == "pre-2004":
                continue  # "less than $4bn a year" for an unstated run of years: kept in the notes only
            years = r["year"].replace(" avg", "").split("-")
            y0, y1 = int(years[0]), int(years[-1])
            unit, factor = UNIT_TO_USD_BN[r["unit"]]
            value = float(r["value"])
            kind = kind_of(r)
            note = ""
            if r["unit"] == "mn pesos":
                note = "Reported in million pesos; converted at the official parity of 1 peso = 1 US$."
            elif r["unit"] == "bn CUC":
                note = "Reported in convertible pesos (CUC), officially at par with the US$; a projection, not a result."
            if r["series"] == "services_exports_total" and y0 == 2018:
                note = "Not ONEI: a WTO total quoted by Radio Televisión Martí, which calls it professional services; not comparable with the ONEI series."
            if r["series"] == "professional_services_estimate" and y0 != y1:
                note = "Yearly average over the period."
            if r["series"] == "health_services_exports" and y0 == 2018:
                note = "ONEI's first published health figure (release of August 2019); ONEI's 2018 services total is not in the quoted source."
            rows.append({
                "series": SERIES_MAP[r["series"]],
                "year_from": y0,
                "year_to": y1,
                "value": f"{value:g}" if factor != 1e-9 else f"{value:.0f}",
                "unit": unit,
                "value_usd_bn": f"{value * factor:.10f}".rstrip("0").rstrip("."),
                "qualifier": QUALIFIER.get((r["series"], r["year"].replace(" avg", "").split("-")[0]), "exact"),
                "kind": kind,
                "official": "true" if kind == "official" else "false",
                "who": who_of(r),
                "source_id": SERIES_SOURCE[r["source_url"]],
                "note": note,
            })
    rows.sort(key=lambda r: (r["series"], r["year_from"], r["year_to"], r["kind"]))
    return rows


# --------------------------------------------------------------------------------------------
# Workers abroad (section 3a and 3b of the notes). The figure as it appears in the notes is the
# first item, and is checked against the notes' text.
# (as_of, precision, measure, counted, definition, qualifier, low, high, countries, who, source_id, note)
WORKERS = [
    ("30,000", "2006-07-01", "month", "abroad", "doctors", "medics abroad (Fidel Castro, speech)", "about", 30000, 30000, None, "Fidel Castro", "s35-telegraph", ""),
    ("42,000", "2007-01-01", "year", "abroad", "collaborators", "workers in international collaboration, all fields", "exact", 42000, 42000, 103, "2007 academic study", "s39-wikipedia", "Of them, more than 30,000 in health (row below)."),
    (">30,000 in health", "2007-01-01", "year", "abroad", "health workers", "collaborators working in health, of whom at least 19,000 physicians", "more than", 30000, 30000, None, "2007 academic study", "s39-wikipedia", ""),
    ("> 30,000", "2008-01-01", "year", "abroad", "health workers", "doctors and other health professionals", "more than", 30000, 30000, 70, "Julie M. Feinsilver (researcher)", "s36-feinsilver", ""),
    ("37,041", "2010-06-01", "month", "abroad", "health workers", "doctors and other health workers", "exact", 37041, 37041, 77, "Granma (Cuban state newspaper)", "wsj-granma-2010", ""),
    ("38,000", "2010-12-01", "month", "abroad", "health workers", "health professionals", "exact", 38000, 38000, 77, "Embassy of Cuba in Canada", "s27-embassy-2010", ""),
    ("40,000", "2013-06-01", "month", "abroad", "doctors", "doctors", "about", 40000, 40000, 66, "Cuban officials, as reported by AFP", "s12-afp-2013", ""),
    ("> 50,000", "2014-01-01", "year", "abroad", "professionals", "professionals abroad, about half of them doctors", "more than", 50000, 50000, None, "Progreso Weekly, from official figures", "s8-progreso", ""),
    ("Granma 2015 = 50,000", "2015-01-01", "year", "abroad", "health workers", "health professionals, half of them doctors (MINSAP estimate)", "more than", 50000, 50000, None, "MINSAP (Cuba's health ministry) and Granma", "s39-wikipedia", "Mid-2015."),
    ("≈ 29,000", "2019-06-01", "month", "abroad", "health workers", "health professionals (Cuba's ambassador to Qatar)", "about", 29000, 29000, 68, "Cuba's ambassador to Qatar", "s33-cubasi", ""),
    ("≈ 55,000", "2019-08-01", "month", "abroad", "professionals", "professionals abroad (Cuban government figure)", "about", 55000, 55000, 67, "Cuban government", "gazeta-2019", "Same year as the 29,000 and 30,000 figures: a wider definition."),
    ("≈ 30,000", "2019-11-01", "month", "abroad", "doctors", "doctors (UN estimate)", "about", 30000, 30000, 67, "United Nations estimate", "s39-wikipedia", ""),
    ("28,729", "2020-03-01", "month", "abroad", "collaborators", "collaborators, all staff (Cuba's medical cooperation unit, UCCM)", "exact", 28729, 28729, 59, "UCCM (Cuban government)", "s37-dw", ""),
    ("28,000", "2020-01-01", "year", "abroad", "health workers", "medical staff abroad (Granma)", "exact", 28000, 28000, None, "Granma", "s39-wikipedia", ""),
    ("30,407", "2020-12-01", "month", "abroad", "collaborators", "workers, including 4,941 in 56 Henry Reeve brigades (Cuban government report)", "exact", 30407, 30407, 66, "Cuban government report, quoted by the US State Department", "s13-tip-2022", "End of 2020."),
    ("34,000–50,000", "2021-01-01", "year", "abroad", "health workers", "health professionals (officials' statements, as summarised by the State Department)", "range", 34000, 50000, 60, "US State Department (TIP 2021)", "s13-tip-2021", "More than 60 countries."),
    ("25,688", "2022-01-01", "year", "abroad", "professionals", "experts abroad (MINSAP); date inferred from '59 years' after 1963", "exact", 25688, 25688, 59, "MINSAP", "s38-minrex", ""),
    ("24,180", "2025-03-01", "month", "abroad", "doctors", "doctors", "exact", 24180, 24180, 56, "AP, March 2025", "s23-ap-2025-03", ""),
    ("> 22,000", "2025-06-01", "month", "abroad", "doctors", "doctors (Cuban government, via AP)", "more than", 22000, 22000, 50, "Cuba's government, as reported by AP", "s22-ap", "More than 50 countries; the figure the IACHR article reports."),
    # cumulative: people sent abroad since the programme began
    ("> 100,000", "2008-01-01", "year", "cumulative", "health workers", "health professionals sent since 1960", "more than", 100000, 100000, 101, "MEDICC Review", "s25-medicc", "Circa 2008."),
    ("> 113,000", "2010-01-01", "year", "cumulative", "health workers", "doctors, nurses and staff sent since 1963", "more than", 113000, 113000, 103, "VietnamPlus", "vietnamplus", "Circa 2010; the page shows no date."),
    ("> 130,000", "2010-12-01", "month", "cumulative", "health workers", "health workers sent since 1963", "more than", 130000, 130000, None, "Embassy of Cuba in Canada", "s27-embassy-2010", ""),
    ("> 400,000", "2020-01-01", "year", "cumulative", "health workers", "health workers sent since 1963 (Havana's figure)", "more than", 400000, 400000, 164, "Cuban government, as reported by La Verdad de Vargas", "s35-laverdad", "Circa 2020."),
    ("420,000", "2021-02-01", "month", "cumulative", "professionals", "professionals in almost six decades (MINSAP)", "exact", 420000, 420000, 150, "MINSAP, via Prensa Latina", "s38-defencepk", ""),
    ("605,698", "2022-01-01", "year", "cumulative", "professionals", "specialists in 59 years (MINSAP); date inferred", "exact", 605698, 605698, 130, "MINSAP, via Prensa Latina", "s38-minrex", "The jump from 420,000 suggests a change of definition."),
]

# Host countries (section 3c). (figure in notes, country, place, as_of, precision, programme, counted,
# definition, qualifier, low, high, source_id, note)
COUNTRIES = [
    ("15,000 Cuban medics", "Venezuela", "", "2004-01-01", "year", "Barrio Adentro", "health workers", "Cuban medics", "about", 15000, 15000, "venezuelanalysis", "Circa 2004."),
    ("≈ 20,000 health workers", "Venezuela", "", "2005-01-01", "year", "Barrio Adentro", "health workers", "health workers, including more than 14,000 physicians", "about", 20000, 20000, "s35-ap-2005", "Circa 2005."),
    ("| Jul 2006 | 15,000", "Venezuela", "", "2006-07-01", "month", "Barrio Adentro", "health workers", "Cuban medical staff", "about", 15000, 15000, "s35-telegraph", ""),
    ("30,000 of them in health", "Venezuela", "", "2008-01-01", "year", "Barrio Adentro", "health workers", "Cubans working in health (of 40,000 Cubans in Venezuela)", "about", 30000, 30000, "s3-reuters-2009", ""),
    ("≈ 30,000 doctors, paramedics", "Venezuela", "", "2013-01-01", "year", "Barrio Adentro", "professionals", "doctors, paramedics and other professionals", "about", 30000, 30000, "efe-2013", ""),
    ("≈ 30,000 doctors and nurses", "Venezuela", "", "2016-01-01", "year", "Barrio Adentro", "health workers", "doctors and nurses (plus about 10,000 other professionals)", "about", 30000, 30000, "s7-reuters-2016", "2015-16."),
    ("28,000 medical professionals", "Venezuela", "", "2017-01-01", "year", "Barrio Adentro", "health workers", "medical professionals", "about", 28000, 28000, "s11-eiu", "2016-17."),
    ("21,700 doctors", "Venezuela", "", "2019-10-01", "month", "Barrio Adentro", "collaborators", "doctors and other collaborators", "about", 21700, 21700, "s35-cubanet", "Late 2019, after 500 more arrived (Granma)."),
    ("> 22,000 doctors", "Venezuela", "", "2020-06-01", "month", "Barrio Adentro", "doctors", "doctors (Venezuelan vice-minister)", "more than", 22000, 22000, "s35-laverdad", "Mid-2020."),
    ("11,000 Cuban doctors", "Brazil", "", "2014-01-01", "year", "Mais Médicos", "doctors", "Cuban doctors in the programme's first year", "about", 11000, 11000, "s8-progreso", "2013-14."),
    ("11.4k of them Cuban", "Brazil", "", "2015-01-01", "year", "Mais Médicos", "doctors", "Cuban doctors of the programme's 18,200 professionals (peak)", "about", 11400, 11400, "s34-redeonda", ""),
    ("≈ 8,600", "Brazil", "", "2017-12-01", "month", "Mais Médicos", "doctors", "Cuban doctors", "about", 8600, 8600, "s11-eiu", ""),
    ("8,332 Cuban doctors", "Brazil", "", "2018-11-01", "month", "Mais Médicos", "doctors", "Cuban doctors of the programme's 16,150 when Cuba left", "exact", 8332, 8332, "s34-opopular", ""),
    ("610 arrived", "Mexico", "", "2023-03-01", "month", "IMSS-Bienestar", "doctors", "Cuban doctors arrived since mid-2022", "exact", 610, 610, "s32-proceso", ""),
    ("768 working", "Mexico", "", "2024-05-01", "month", "IMSS-Bienestar", "doctors", "Cuban doctors working", "exact", 768, 768, "s32-ejecentral", ""),
    ("950 in 23 states", "Mexico", "", "2024-07-01", "month", "IMSS-Bienestar", "doctors", "Cuban doctors in 23 states", "exact", 950, 950, "s32-arbol", ""),
    ("about 300 staff", "Qatar", "Dukhan", "2012-01-01", "month", "Cuban Hospital", "health workers", "staff at the hospital's opening", "about", 300, 300, "s33-gulftimes", ""),
    ("About\n500 by June 2019", "Qatar", "Dukhan", "2019-06-01", "month", "Cuban Hospital", "health workers", "Cuban staff", "about", 500, 500, "s33-cubasi", ""),
    ("More than 500 Cuban staff", "Qatar", "Dukhan", "2023-12-01", "month", "Cuban Hospital", "health workers", "Cuban staff", "more than", 500, 500, "s33-gulftimes", ""),
    ("52 people", "Italy", "Lombardy", "2020-03-01", "month", "Henry Reeve (COVID-19)", "health workers", "36 physicians, 15 nurses and a logistician", "exact", 52, 52, "s30-cubabusiness", ""),
    ("agreement of 17 August 2022 for 497", "Italy", "Calabria", "2022-08-01", "month", "Calabria agreement", "doctors", "doctors agreed (not yet arrived)", "exact", 497, 497, "s31-adnkronos", "Agreed number, not a head-count."),
    ("352 plus 48", "Italy", "Calabria", "2025-06-01", "month", "Calabria agreement", "doctors", "doctors in the region (352, plus 48 more by summer 2025)", "about", 400, 400, "s31-efe", ""),
    (">400 Cuban doctors, nurses", "Jamaica", "", "2025-03-01", "month", "bilateral", "health workers", "doctors, nurses, biomedical engineers and technicians", "more than", 400, 400, "s23-ap-2025-03", ""),
    ("382-member mission", "Ecuador", "", "2019-11-01", "month", "bilateral", "health workers", "members of the mission when Ecuador ended it", "exact", 382, 382, "s40-havanatimes", ""),
    ("58 doctors, dentists", "Algeria", "", "1963-05-01", "month", "first brigade", "health workers", "doctors, dentists, nurses and technicians in the first brigade", "exact", 58, 58, "s27-embassy-2010", ""),
    ("about 1,000 Cubans", "Algeria", "", "2019-01-01", "year", "bilateral", "health workers", "Cubans in four hospitals", "about", 1000, 1000, "s33-cubasi", ""),
    ("165 to Sierra Leone", "Sierra Leone", "", "2014-10-01", "month", "Henry Reeve (Ebola)", "health workers", "Henry Reeve brigade against Ebola", "exact", 165, 165, "s41-newsmax", ""),
]

# Timeline (section 4 of the notes, plus the three source articles).
# (figure/phrase in notes, event_id, date, precision, date_end, actor, event (our words), source_id, date_note)
TIMELINE = [
    ("21 May 1960", "chile-1960", "1960-05-21", "day", "", "Cuba", "First Cuban emergency medical brigade goes to Chile after an earthquake", "s26-scielo", ""),
    ("23 May 1963", "algeria-1963", "1963-05-23", "day", "", "Cuba", "First long-term mission: 58 health workers go to newly independent Algeria", "s27-embassy-2010", ""),
    ("30 Oct 2000", "venezuela-2000", "2000-10-30", "day", "", "Host governments", "Venezuela and Cuba sign a cooperation deal: oil paid partly with services", "s35-prensalatina", ""),
    ("Apr 2003", "barrio-adentro-2003", "2003-04-01", "month", "", "Host governments", "Venezuela's Barrio Adentro clinics open in Caracas with Cuban doctors", "s35-cubavision", ""),
    ("19 Sep", "henry-reeve-2005", "2005-09-19", "day", "", "Cuba", "Cuba founds the Henry Reeve disaster brigade (1,586 members)", "s28-juventud", ""),
    ("11 Aug 2006", "cmpp-2006", "2006-08-11", "day", "2017-01-12", "United States", "US parole route for Cuban medical staff posted abroad (to Jan 2017)", "s16-cmpp", "Ended 12 January 2017."),
    ("2013", "mais-medicos-2013", "2013-01-01", "year", "2018-11-14", "Host governments", "Brazil's Mais Médicos hires Cuban doctors through PAHO (to Nov 2018)", "s20-state-2025-08", ""),
    ("Oct 2014", "ebola-2014", "2014-10-01", "month", "", "Cuba", "Brigades go to Sierra Leone, Liberia and Guinea against Ebola", "s41-newsmax", ""),
    ("14 Nov 2018", "mais-medicos-exit-2018", "2018-11-14", "day", "", "Cuba", "Cuba quits Mais Médicos after Brazil's president-elect sets conditions", "s34-radioreloj", ""),
    ("20 Jun 2019", "tip-2019", "2019-06-20", "day", "", "United States", "State Department trafficking report centres its Cuba chapter on the missions", "dwk-tip-2019", ""),
    ("26 Jul 2019", "visa-policy-2019", "2019-07-26", "day", "", "United States", "Visa restrictions on Cuban officials tied to the missions (Pompeo)", "s17-sputnik-2019", ""),
    ("2 Aug 2019", "onei-2019", "2019-08-02", "day", "", "Cuba", "Cuba's statistics office publishes health-export earnings for the first time", "s2-reuters-2019", ""),
    ("12 Nov", "ecuador-bolivia-2019", "2019-11-12", "day", "", "Host governments", "Missions in Ecuador (12 Nov) and Bolivia (15 Nov) end", "s40-havanatimes", ""),
    ("22 Mar", "italy-2020", "2020-03-22", "day", "", "Cuba", "Henry Reeve brigade arrives in Lombardy, Italy, to treat COVID-19", "s30-cubabusiness", ""),
    ("Mexico (from July)", "mexico-2022", "2022-07-01", "month", "", "Host governments", "Mexico starts taking Cuban doctors into its public health service", "s32-proceso", ""),
    ("17 Aug", "calabria-2022", "2022-08-17", "day", "", "Host governments", "Calabria (Italy) signs a deal for 497 Cuban doctors", "s31-adnkronos", ""),
    ("24 Jun 2024", "tip-2024", "2024-06-24", "day", "", "United States", "Trafficking report keeps Cuba in Tier 3, the lowest rank", "s14-14ymedio-2024", ""),
    ("25 Feb 2025", "visa-policy-2025", "2025-02-25", "day", "", "United States", "Rubio extends visa restrictions to foreign officials tied to the missions", "s18-ipt-2025", ""),
    ("Mar 2025", "caribbean-objects-2025", "2025-03-01", "month", "", "Host governments", "Caribbean leaders say they would rather risk US visas than lose Cuban staff", "s23-ap-2025-03", ""),
    ("In April", "diaz-canel-2025", "2025-04-01", "month", "", "Cuba", "President Díaz-Canel calls the US campaign an attack on Cuba's income", "article-cuba-iachr", ""),
    ("14 Apr 2025", "visas-lost-2025", "2025-04-14", "day", "", "United States", "Four officials (two Venezuelan, two Cuban) reported to have lost US visas", "s18-ipt-2025", "Reported by the New York Times."),
    ("Belly of the Beast gives 20 May", "iachr-letter-2025", "2025-05-20", "day", "", "IACHR", "IACHR asks OAS member states for data on Cuban missions (30 days to reply)", "s22-botb", "Date as given by Belly of the Beast; AP-based reports give 24 May."),
    ("AP-based reports give 24 May", "iachr-letter-2025", "2025-05-24", "day", "", "IACHR", "IACHR asks OAS member states for data on Cuban missions (30 days to reply)", "s22-ap", "Date as given by AP; Belly of the Beast gives 20 May."),
    ("3 Jun 2025", "central-america-2025", "2025-06-03", "day", "", "United States", "Visa restrictions on unnamed Central American officials", "s19-state-2025-06", ""),
    ("on Friday", "guyana-2025", "2025-06-13", "day", "", "Host governments", "Guyana says it will change how it pays and recruits Cuban medical staff", "article-cuba-iachr", "'Friday' in the AP report of 13-14 June 2025."),
    ("13 Aug 2025", "brazil-2025", "2025-08-13", "day", "", "United States", "Visas revoked: two Brazilian health officials and former PAHO staff", "s20-state-2025-08", ""),
    ("African, Cuban and Grenadian", "africa-grenada-2025", "2025-08-13", "day", "", "United States", "Visa restrictions on African, Cuban and Grenadian officials", "s21-svtimes", ""),
    ("29 Sep 2025", "tip-2025", "2025-09-29", "day", "", "United States", "Trafficking report again places Cuba in Tier 3", "dwk-tip-2025", ""),
]

# St Vincent dialysis (section 3c, Caribbean). (figure in notes, report_id, as_of, precision,
# reported_by, patients, annual_cost, per_patient, source_id, note)
DIALYSIS = [
    ("60 poor and working people", "gonsalves-2025-03", "2025-03-01", "month", "Ralph Gonsalves, prime minister, to AP", 60, None, None, "s23-ap-2025-03", "Patient count only."),
    ("64 patients, about 80,000", "wefm-2025-03-31", "2025-03-31", "day", "WE FM (St Vincent radio)", 64, 5000000, 80000, "s24-wefm-2025", "'About' 80,000 per patient and 5 million a year; currency not stated."),
    ("71 patients, 75,000/yr each", "wefm-older", None, "undated", "WE FM (St Vincent radio)", 71, 5000000, 75000, "s24-wefm-older", "Undated item, described in the notes as older than the report of 31 March 2025; currency not stated."),
    ("64 patients at a rate of $5 million", "gonsalves-2025-06", "2025-06-13", "day", "Ralph Gonsalves, prime minister, to AP", 64, 5000000, None, "article-cuba-iachr", "Printed with a dollar sign; which dollar is not said."),
]


def check_in_notes(notes: str, phrase: str, where: str) -> None:
    """Every transcribed figure must be findable in the notes (guards against typos)."""
    flat = " ".join(notes.split())
    if " ".join(phrase.split()) not in flat:
        raise SystemExit(f"{where}: {phrase!r} not found in the research notes")


def write(name: str, header: list[str], rows: list[dict]) -> None:
    path = OUT / name
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r[k]) for k in header})
    print(f"wrote {path.relative_to(OUT.parent.parent)} ({len(rows)} rows)")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    research, raw = Path(argv[0]), Path(argv[1])
    notes_path = research / "cuba.md"
    series_path = research / "cuba_series.csv"
    bop_path = raw / "argendata_participacion_servicios_pct_exportaciones_cuba.csv"
    notes = notes_path.read_text(encoding="utf-8")
    # add the source articles' wording to the searchable text for rows sourced to them
    OUT.mkdir(parents=True, exist_ok=True)

    # The BoP services share must be empty for Cuba (the revenue description says so).
    with bop_path.open(encoding="utf-8") as f:
        values = [r["servicesexportsbop_pc_v2"] for r in csv.DictReader(f)]
    if any(v.strip() for v in values):
        raise SystemExit(f"{bop_path}: expected no values for Cuba; the description must change")

    used: set[str] = set()

    services = build_services_exports(series_path)
    used |= {r["source_id"] for r in services}

    workers = []
    for (phrase, as_of, prec, measure, counted, definition, qual, lo, hi, countries, who, sid, note) in WORKERS:
        check_in_notes(notes, phrase, "workers_abroad")
        workers.append(dict(as_of=as_of, date_precision=prec, measure=measure, counted=counted, definition=definition,
                            qualifier=qual, workers_low=lo, workers_high=hi, countries=countries, who=who,
                            source_id=sid, note=note))
    workers.sort(key=lambda r: (r["measure"], r["as_of"], r["counted"], r["source_id"]))
    used |= {r["source_id"] for r in workers}

    by_country = []
    for (phrase, country, place, as_of, prec, prog, counted, definition, qual, lo, hi, sid, note) in COUNTRIES:
        check_in_notes(notes, phrase, "workers_by_country")
        by_country.append(dict(country=country, place=place or None, as_of=as_of, date_precision=prec, programme=prog,
                               count_type="agreed" if note.startswith("Agreed number") else "head-count",
                               counted=counted, definition=definition, qualifier=qual, workers_low=lo, workers_high=hi,
                               source_id=sid, note=note))
    by_country.sort(key=lambda r: (r["country"], r["as_of"], r["source_id"]))
    used |= {r["source_id"] for r in by_country}

    timeline = []
    for (phrase, eid, date, prec, end, actor, event, sid, dnote) in TIMELINE:
        if not sid.startswith("article-"):
            check_in_notes(notes, phrase, "timeline")
        timeline.append(dict(event_id=eid, date=date, date_precision=prec, date_end=end or None, actor=actor,
                             event=event, source_id=sid, date_note=dnote))
    timeline.sort(key=lambda r: (r["date"], r["event_id"], r["source_id"]))
    used |= {r["source_id"] for r in timeline}

    dialysis = []
    for (phrase, rid, as_of, prec, by, patients, cost, per, sid, note) in DIALYSIS:
        if not sid.startswith("article-"):
            check_in_notes(notes, phrase, "dialysis")
        dialysis.append(dict(report_id=rid, as_of=as_of, date_precision=prec, reported_by=by, patients=patients,
                             annual_cost_stated=cost, per_patient_stated=per, currency_stated="not stated",
                             source_id=sid, note=note))
    dialysis.sort(key=lambda r: (r["as_of"] or "9999", r["report_id"]))
    used |= {r["source_id"] for r in dialysis}

    peg = [dict(currency="EC$", ec_dollars_per_us_dollar="2.70", fixed_since="1976-07-07", source_id="eccb")]
    used.add("eccb")

    sources = [dict(source_id=k, publisher=v[0], title=v[1], published=v[2], url=v[3], read=READ)
               for k, v in sorted(SOURCES.items()) if k in used]

    write("sources.csv", ["source_id", "publisher", "title", "published", "url", "read"], sources)
    write("services_exports.csv", ["series", "year_from", "year_to", "value", "unit", "value_usd_bn", "qualifier", "kind",
                                   "official", "who", "source_id", "note"], services)
    write("workers_abroad.csv", ["as_of", "date_precision", "measure", "counted", "definition", "qualifier",
                                 "workers_low", "workers_high", "countries", "who", "source_id", "note"], workers)
    write("workers_by_country.csv", ["country", "place", "as_of", "date_precision", "programme", "count_type", "counted", "definition",
                                     "qualifier", "workers_low", "workers_high", "source_id", "note"], by_country)
    write("timeline.csv", ["event_id", "date", "date_precision", "date_end", "actor", "event", "source_id", "date_note"], timeline)
    write("stvincent_dialysis.csv", ["report_id", "as_of", "date_precision", "reported_by", "patients", "annual_cost_stated",
                                     "per_patient_stated", "currency_stated", "source_id", "note"], dialysis)
    write("ec_dollar_peg.csv", ["currency", "ec_dollars_per_us_dollar", "fixed_since", "source_id"], peg)

    inputs = [series_path, notes_path, bop_path]
    MANIFEST.write_text("".join(f"{sha256(p)}  {p.name}\n" for p in inputs), encoding="utf-8")
    print(f"wrote {MANIFEST.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
