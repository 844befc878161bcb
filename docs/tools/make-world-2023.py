#!/usr/bin/env python3
"""Writes scenarios/world-2023.yaml from the project's data files.

    python3 docs/tools/make-world-2023.py     (from the project folder; needs PyYAML)

The countries themselves are not copied: the scenario reads data/world/countries.csv through
its `countries:` key. What this script writes are the parts that need the EU split into its
members (trade recorded for the EU as a whole) and the overrides taken from the 2025 baseline
(scenarios/baseline-2025.yaml) for the major actors: military spending, oil, UN-voting ideal
points, stability and trend growth, each keeping its source. Re-run it after changing either
input; the output is deterministic.
"""
import csv
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
START = "2023-01"

EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
        "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]
# NATO members on 2023-01-01 (30; Finland joined 2023-04-04 and Sweden 2024-03-07, not written here).
NATO_2023 = ["ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA",
             "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "TUR",
             "GBR", "USA"]
# Countries outside the EU that vote with it in the UN General Assembly.
WESTERN_NON_EU = ["CAN", "AUS", "NZL", "NOR", "CHE", "ISL", "LIE"]
DROPPED = {"HEZ"}  # not a country; the baseline's Hezbollah stays in the 2025 scenarios


class NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def dump(obj):
    return yaml.dump(obj, Dumper=NoAliases, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def main():
    countries = {}
    with open(os.path.join(ROOT, "data/world/countries.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            countries[row["iso3"]] = row
    base = yaml.safe_load(open(os.path.join(ROOT, "scenarios/baseline-2025.yaml"), encoding="utf-8"))
    eu = next(a for a in base["actors"] if a["id"] == "EUU")
    gdp = {k: float(r["gdp_usd_2023"]) / 1e9 for k, r in countries.items() if r["gdp_usd_2023"]}
    eu_gdp = sum(gdp[m] for m in EU27)
    share = {m: gdp[m] / eu_gdp for m in EU27}

    actors = []
    for a in base["actors"]:
        if a["id"] in DROPPED or a["id"] == "EUU":
            continue
        o = {"id": a["id"]}
        for k in ("milex", "oil_exports", "oil_imports", "oil_free",
                  "oil_evasion_start", "arms_supplier", "ideal_point", "stability", "trend_growth"):
            if k in a:
                o[k] = a[k]
        if not countries[a["id"]]["gdp_usd_2023"]:
            o["gdp"] = a["gdp"]  # the table has no 2023 GDP: the baseline's sourced 2024 figure
        o["source"] = ("From scenarios/baseline-2025.yaml (2024 attributes): " + a["source"]
                       + (" GDP: the baseline's figure, because data/world/countries.csv has none for 2023."
                          if "gdp" in o else " GDP and population: data/world/countries.csv (2023, 2024)."))
        actors.append(o)
    for m in EU27:
        actors.append({
            "id": m,
            "milex": round(gdp[m] * eu["milex"] / eu["gdp"], 3),
            "oil_imports": round(eu["oil_imports"] * share[m], 4),
            "arms_supplier": m in ("FRA", "DEU", "ITA", "ESP", "NLD", "SWE", "POL", "CZE"),
            "ideal_point": eu["ideal_point"],
            "stability": eu["stability"],
            "trend_growth": eu["trend_growth"],
            "source": ("assumption: an EU member takes the EU's 2024 attributes of scenarios/baseline-2025.yaml: military "
                       "spending at the EU-27's share of GDP (368.5 / 19412.8), the EU's crude imports (9.5 mb/d) split by "
                       "2023 GDP share, the EU's ideal point (mean of Germany and France), stability and trend growth. "
                       "arms_supplier true for the members that SIPRI lists among the 25 largest exporters of major arms "
                       "(2019-23), as recalled."),
        })
    for c in WESTERN_NON_EU:
        actors.append({"id": c, "ideal_point": eu["ideal_point"],
                       "source": "assumption: votes with the EU in the UN General Assembly, so it takes the EU's ideal "
                                 "point (Voeten 2024, mean of Germany and France); the other attributes are the defaults."})
    actors.append({"id": "TWN", "gdp": 756.6, "population": 23.4,
                   "source": "assumption: Taiwan is not a World Bank economy, so data/world/countries.csv has no GDP or "
                             "population for it. GDP 756.6 USD bn: IMF World Economic Outlook, 2023, as recalled; "
                             "population 23.4 m: Taiwan's Ministry of the Interior, end-2023, as recalled."})
    actors.append({"id": "VAT", "gdp": 0.001, "population": 0.0008,
                   "source": "assumption: the Holy See has no GDP or population in data/world/countries.csv; a token "
                             "economy (USD 1 m) and about 800 residents keep it in the world without weight."})
    actors.append({"id": "QAT", "gdp": 236.3,
                   "source": "assumption: data/world/countries.csv has no 2023 GDP for Qatar and the regional rule would "
                             "give it a tenth of its economy; World Bank NY.GDP.MKTP.CD for 2022, about USD 236 bn, as "
                             "recalled (data/world/SOURCES.md: Qatar's latest year is 2022)."})
    actors.append({"id": "NRU", "lat": -0.5477, "lon": 166.9209,
                   "source": "assumption: Nauru has no official capital and no point in Natural Earth "
                             "(data/world/SOURCES.md); the coordinates are those of Yaren District, approximate."})
    actors.append({"id": "EUU", "name": "European Union", "kind": "bloc", "lat": eu["lat"], "lon": eu["lon"],
                   "gdp": 1.0, "population": 0, "milex": 0, "ideal_point": eu["ideal_point"], "stability": eu["stability"],
                   "trend_growth": eu["trend_growth"],
                   "source": "The EU as a bloc (MODEL.md section 1): it is the sender of the EU's sanctions, which its 27 "
                             "members apply (join_bloc events at the start month). Its economy is its members': "
                             "assumption: a token GDP of USD 1 bn and no population or military spending, so that it "
                             "adds no weight to capability, gravity or markets. Attributes from scenarios/baseline-2025.yaml."})

    trade = []
    for t in base["trade"]:
        if t["from"] in DROPPED or t["to"] in DROPPED:
            continue
        if "EUU" not in (t["from"], t["to"]):
            trade.append(dict(t))
            continue
        for m in EU27:
            x = dict(t)
            if x["from"] == "EUU":
                x["from"] = m
            else:
                x["to"] = m
            x["value"] = round(t["value"] * share[m], 4)
            x["source"] = (t["source"] + " assumption: the EU-27 total is split among the members in proportion to "
                                         "their 2023 GDP (data/world/countries.csv).")
            trade.append(x)

    treaties = []
    for tr in base["treaties"]:
        tr = dict(tr)
        if "EUU" in tr["parties"]:
            tr["parties"] = NATO_2023
            tr["source"] = tr["source"] + " In this scenario the parties are the 30 members on 2023-01-01."
        if any(p in DROPPED for p in tr["parties"]):
            continue
        treaties.append(tr)
    start = START
    sanctions = [dict(r) for r in base["sanctions"]
                 if r["sender"] not in DROPPED and r["target"] not in DROPPED and str(r.get("start", "0000")) <= start]
    left_out = [f'{r["sender"]}->{r["target"]} {r["type"]} ({r.get("start")})' for r in base["sanctions"]
                if not (str(r.get("start", "0000")) <= start) and r["sender"] not in DROPPED and r["target"] not in DROPPED]
    hostility = [dict(h) for h in base["hostility"] if not set(h["between"]) & DROPPED]
    events = []
    for e in base["events"]:
        if e["type"] == "impose_tariff" and e["month"] == base["start"] and not {e["sender"], e["target"]} & DROPPED:
            # a tariff in force at the baseline's start that was in force in 2023 too (the US-China tariffs of 2018-19)
            e = dict(e)
            e["month"] = start
            e["source"] = "in force on 2023-01-01 as in the 2025 baseline: " + e["source"]
            events.append(e)
            continue
        if e["type"] in ("impose_price_cap", "impose_financial_sanction") and e["month"] == base["start"] \
                and not {e["sender"], e["target"]} & DROPPED:
            # a measure in force at the baseline's start that was in force on 2023-01-01 too: the G7
            # price cap (from 2022-12), the SWIFT cuts of Iran's (2018) and Russia's banks and the
            # freeze of Russia's reserves (2022); start-month events record them without a shock
            e = dict(e)
            e["month"] = start
            e["source"] = "in force on 2023-01-01 as in the 2025 baseline (assumption: the baseline's 2024 figures, used for 2023): " + e["source"]
            events.append(e)
            continue
        if e["type"] != "set_alignment" or set(e["actors"]) & DROPPED or "SYR" in e["actors"] or set(e["actors"]) == {"RUS", "PRK"}:
            continue
        e = dict(e)
        e["month"] = start
        e["source"] = "assumption: the 2025 baseline's recorded alignment, used for 2023: " + e["source"]
        events.append(e)
    for m in EU27:
        events.append({"month": start, "type": "join_bloc", "actor": m, "bloc": "EUU",
                       "source": "EU member on 2023-01-01: applies the EU's sanctions (Croatia, the latest, joined in 2013)."})

    head = f"""# Entente world scenario: every country of data/world/countries.csv, January 2023.
#
# Written by docs/tools/make-world-2023.py from data/world/countries.csv and
# scenarios/baseline-2025.yaml; edit those and re-run it rather than editing
# this file by hand.
#
# * Actors: the 197 countries of data/world/countries.csv, read through the
#   `countries:` key (docs/scenario-format.md), with their 2023 GDP (World
#   Bank) and 2024 population; the major actors of the 2025 baseline keep their
#   sourced attributes; the EU is a bloc that sends sanctions for its members.
# * Known flows: the recorded flows of data/trade-2024.csv (as in the baseline),
#   the EU's split among its members by GDP. Every other flow is imputed once
#   at the start by the gravity model of MODEL.md section 4
#   (gravity_imputation: 1); the manifest lists the imputed flows.
# * Treaties, regimes and rivalries: those of the baseline in force on
#   2023-01-01. Left out because they began later: {"; ".join(left_out) or "none"}.
#   The Russia-DPRK treaty (2024) and the Iran-Russia treaty (2025) are kept
#   with their own later dates.
# * Countries the table describes only in part are handled by the stated rules
#   of the `countries:` key and listed in the notes of every run.

"""
    doc = {
        "name": "World 2023: every country",
        "description": ("All 197 countries of data/world/countries.csv from January 2023 for ten years, with the sanctions, "
                        "treaties and rivalries of the major actors in force at the start and no new policy. A scenario for "
                        "researchers who want the whole world; the lessons use the smaller baseline."),
        "start": start,
        "months": 120,
        "seed": 1,
        "theory": "mixed",
        "parameters": {"gravity_imputation": 1, "oil_price": 82.5},
        "countries": {
            "file": "../data/world/countries.csv",
            "source": "data/world/countries.csv (World Bank WDI via datasets/*, Natural Earth; data/world/SOURCES.md)",
            "defaults": {"milex_share": 0.023, "ideal_point": 0.0, "stability": 0.6, "trend_growth": 3.0},
            "note": ("assumption: milex_share 0.023 is SIPRI's world military burden for 2023 (2.3% of world GDP, fact "
                     "sheet of April 2024, as recalled); ideal_point 0 is the middle of the UN-voting scale, for the many "
                     "countries whose 2024 ideal point is not in data/; stability 0.6 and trend_growth 3.0 (about the "
                     "IMF's medium-term world growth, as recalled) are judgements."),
        },
        "actors": actors,
        "trade": trade,
        "treaties": treaties,
        "sanctions": sanctions,
        "hostility": hostility,
        "events": events,
    }
    body = dump(doc)
    body = body.replace("  oil_price: 82.5\n", "  oil_price: 82.5   # US EIA: Brent averaged about USD 82.5 in 2023\n")
    out = os.path.join(ROOT, "scenarios/world-2023.yaml")
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + body)
    print(f"wrote {out}: {len(actors)} actor overrides, {len(trade)} flows, {len(treaties)} treaties, "
          f"{len(sanctions)} regimes, {len(hostility)} rivalries, {len(events)} events", file=sys.stderr)


if __name__ == "__main__":
    main()
