#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/demo-feed.json: the demo brand's catalog, markets, studios and stock.

Deterministic (fixed seed, fixed dates), standard library only. It checks its own output —
references, VINs, rules, counts — and refuses to write a feed that fails.
Run from anywhere: python3 data/tools/make_demo_feed.py
"""
import datetime as dt
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from names import (BODIES, EQUIPMENT, EVENTS, FEES, INTERIORS, LANGS, LINES, MARKETS, NOTES, PACKAGES, PAINTS,  # noqa: E402
                   TAXES, TRIMS, WHEELS)

TODAY = dt.date(2026, 11, 1)
rng = random.Random(20261101)


def text(row):
    return dict(zip(LANGS, row))


# --- markets -------------------------------------------------------------------------------
# Net catalog prices are set in EUR and scaled per market to plausible local list prices.
MARKET_FACTOR = {"it": 1.0, "no": 10.6, "us-or": 1.02, "cn": 6.1, "ae": 4.0}
markets = [
    {"id": "no", "name": text(MARKETS["no"]), "currency": "NOK",
     "taxes": [{"id": "vat", "name": text(TAXES["vat"]), "percent": 25, "powertrains": ["phev", "hybrid", "petrol"]},
               {"id": "vat-ev", "name": text(TAXES["vat-ev"]), "percent": 25, "powertrains": ["bev"], "above": 500000}],
     "fees": [{"id": "delivery", "name": text(FEES["delivery"]), "amount": 14900}],
     "finance": {"disclosure": "eu-aprc", "nominal_rate_percent": 5.9, "terms_months": [24, 36, 48, 60], "default_term_months": 36, "min_deposit_percent": 10, "default_deposit_percent": 20, "max_deposit_percent": 50, "max_balloon_percent": 40, "default_balloon_percent": 0, "arrangement_fee": 990, "monthly_fee": 65},
     "trade_in": {"reconditioning_percent": 6, "retail_margin_percent": 12, "per_year_percent": 8, "per_10000_km_percent": 1.5, "min_comparables": 4}},
    {"id": "it", "name": text(MARKETS["it"]), "currency": "EUR",
     "taxes": [{"id": "iva", "name": text(TAXES["iva"]), "percent": 22}],
     "fees": [{"id": "delivery", "name": text(FEES["delivery"]), "amount": 1190}],
     "finance": {"disclosure": "eu-aprc", "nominal_rate_percent": 4.9, "terms_months": [24, 36, 48, 60], "default_term_months": 36, "min_deposit_percent": 10, "default_deposit_percent": 20, "max_deposit_percent": 50, "max_balloon_percent": 40, "default_balloon_percent": 0, "arrangement_fee": 350, "monthly_fee": 0}},
    {"id": "us-or", "name": text(MARKETS["us-or"]), "currency": "USD", "distance_unit": "mi",
     "taxes": [{"id": "privilege", "name": text(TAXES["privilege"]), "percent": 0.5}],
     "fees": [{"id": "destination", "name": text(FEES["destination"]), "amount": 1495}],
     "finance": {"disclosure": "us-apr", "nominal_rate_percent": 6.9, "terms_months": [36, 48, 60, 72], "default_term_months": 60, "min_deposit_percent": 0, "default_deposit_percent": 10, "max_deposit_percent": 50, "max_balloon_percent": 35, "default_balloon_percent": 0, "arrangement_fee": 0, "monthly_fee": 0}},
    {"id": "cn", "name": text(MARKETS["cn"]), "currency": "CNY",
     "taxes": [{"id": "vat", "name": text(TAXES["vat"]), "percent": 13},
               {"id": "purchase", "name": text(TAXES["purchase"]), "percent": 10, "powertrains": ["phev", "hybrid", "petrol"]},
               {"id": "purchase-nev", "name": text(TAXES["purchase-nev"]), "percent": 5, "powertrains": ["bev"]}],
     "fees": [{"id": "registration", "name": text(FEES["registration"]), "amount": 500}],
     "finance": {"disclosure": "cn-annualised", "nominal_rate_percent": 3.99, "terms_months": [12, 24, 36, 60], "default_term_months": 36, "min_deposit_percent": 15, "default_deposit_percent": 20, "max_deposit_percent": 50, "max_balloon_percent": 30, "default_balloon_percent": 0, "arrangement_fee": 0, "monthly_fee": 0}},
    {"id": "ae", "name": text(MARKETS["ae"]), "currency": "AED",
     "taxes": [{"id": "vat", "name": text(TAXES["vat"]), "percent": 5}],
     "fees": [{"id": "registration", "name": text(FEES["registration"]), "amount": 1450}],
     "finance": {"disclosure": "ae-reducing", "nominal_rate_percent": 4.49, "terms_months": [24, 36, 48, 60], "default_term_months": 48, "min_deposit_percent": 20, "default_deposit_percent": 20, "max_deposit_percent": 50, "max_balloon_percent": 30, "default_balloon_percent": 0, "arrangement_fee": 500, "monthly_fee": 0}},
]
MARKET = {m["id"]: m for m in markets}

# --- bodies, lines, models, trims -----------------------------------------------------------
bodies = [{"id": k, "name": text(v)} for k, v in BODIES.items()]
lines = [{"id": k, "name": text(v[0]), "tagline": text(v[1])} for k, v in LINES.items()]

# id, line, name, body, powertrain, year, base EUR net (core), trims, specs
MODEL_TABLE = [
    ("aster-3", "aster", "Aster 3", "crossover", "bev", 2026, 41900, ["core", "plus"],
     dict(power_kw=200, torque_nm=343, accel_0_100_s=6.9, top_speed_kmh=180, range_km=475, battery_kwh=69, consumption="15.8 kWh/100 km", seats=5, length_mm=4440, boot_l=440)),
    ("aster-5", "aster", "Aster 5", "suv", "bev", 2027, 58900, ["core", "plus", "performance"],
     dict(power_kw=310, torque_nm=660, accel_0_100_s=4.9, top_speed_kmh=200, range_km=560, battery_kwh=100, consumption="18.9 kWh/100 km", seats=5, length_mm=4860, boot_l=610)),
    ("aster-7", "aster", "Aster 7", "suv", "bev", 2027, 72900, ["core", "plus"],
     dict(power_kw=380, torque_nm=770, accel_0_100_s=5.3, top_speed_kmh=200, range_km=590, battery_kwh=111, consumption="20.9 kWh/100 km", seats=7, length_mm=5130, boot_l=660)),
    ("vega-s", "vega", "Vega S", "saloon", "phev", 2026, 54900, ["core", "plus"],
     dict(power_kw=250, torque_nm=560, accel_0_100_s=5.4, top_speed_kmh=240, range_km=82, battery_kwh=19, consumption="1.1 l/100 km + 18 kWh/100 km", seats=5, length_mm=4960, boot_l=430)),
    ("vega-t", "vega", "Vega T", "estate", "phev", 2026, 57400, ["core", "plus"],
     dict(power_kw=250, torque_nm=560, accel_0_100_s=5.6, top_speed_kmh=235, range_km=78, battery_kwh=19, consumption="1.2 l/100 km + 19 kWh/100 km", seats=5, length_mm=4980, boot_l=560)),
    ("vega-e", "vega", "Vega E", "saloon", "bev", 2027, 61900, ["core", "plus", "performance"],
     dict(power_kw=340, torque_nm=700, accel_0_100_s=4.1, top_speed_kmh=230, range_km=640, battery_kwh=100, consumption="15.9 kWh/100 km", seats=5, length_mm=4980, boot_l=500)),
    ("rune-gt", "rune", "Rune GT", "coupe", "petrol", 2026, 98500, ["plus", "performance"],
     dict(power_kw=331, torque_nm=550, accel_0_100_s=4.0, top_speed_kmh=295, consumption="10.9 l/100 km", seats=4, length_mm=4530, boot_l=270)),
    ("rune-gts", "rune", "Rune GTS", "coupe", "hybrid", 2027, 124900, ["plus", "performance"],
     dict(power_kw=398, torque_nm=610, accel_0_100_s=3.3, top_speed_kmh=312, consumption="10.1 l/100 km", seats=4, length_mm=4530, boot_l=260)),
    ("rune-spyder", "rune", "Rune Spyder", "convertible", "petrol", 2026, 109900, ["plus", "performance"],
     dict(power_kw=331, torque_nm=550, accel_0_100_s=4.2, top_speed_kmh=291, consumption="11.2 l/100 km", seats=4, length_mm=4530, boot_l=130)),
    ("nord-1", "nord", "Nord 1", "crossover", "hybrid", 2026, 32900, ["core", "plus"],
     dict(power_kw=145, torque_nm=320, accel_0_100_s=8.2, top_speed_kmh=190, consumption="4.9 l/100 km", seats=5, length_mm=4300, boot_l=420)),
    ("nord-2", "nord", "Nord 2", "estate", "hybrid", 2026, 35400, ["core", "plus"],
     dict(power_kw=145, torque_nm=320, accel_0_100_s=8.6, top_speed_kmh=185, consumption="5.1 l/100 km", seats=5, length_mm=4650, boot_l=610)),
    ("nord-e", "nord", "Nord E", "crossover", "bev", 2027, 36900, ["core", "plus"],
     dict(power_kw=170, torque_nm=330, accel_0_100_s=7.3, top_speed_kmh=170, range_km=430, battery_kwh=64, consumption="14.9 kWh/100 km", seats=5, length_mm=4310, boot_l=400)),
]
TRIM_EXTRA = {"core": 0, "plus": 7900, "performance": 21900}
models, trims = [], []
MODEL = {}
for mid, line, name, body, pt, year, base, trim_kinds, specs in MODEL_TABLE:
    m = {"id": mid, "line": line, "name": text([name] * 6), "body": body, "powertrain": pt, "year": year, "specs": specs}
    models.append(m)
    MODEL[mid] = m
    for kind in trim_kinds:
        net = base + TRIM_EXTRA[kind]
        trims.append({"id": f"{mid}-{kind}", "model": mid, "kind": kind, "name": text(TRIMS[kind]), "net_eur": net})

BEV = [m["id"] for m in models if m["powertrain"] == "bev"]
PLUGIN = [m["id"] for m in models if m["powertrain"] in ("bev", "phev")]
RUNE = ["rune-gt", "rune-gts", "rune-spyder"]
UTILITY = [m["id"] for m in models if m["body"] in ("suv", "estate", "crossover")]
SPORTY = RUNE + ["aster-5", "vega-s", "vega-e"]
TRIMS_OF = lambda kinds: [t["id"] for t in trims if t["kind"] in kinds]  # noqa: E731


def prices(eur):
    out = {}
    for mk, f in MARKET_FACTOR.items():
        v = eur * f
        step = 100 if mk in ("no", "cn", "ae") else 10
        out[mk] = int(round(v / step) * step)
    return out


# --- options --------------------------------------------------------------------------------
PAINT_SPEC = {  # hex, finish, EUR
    "glacier-white": ("#EEEDE8", "solid", 0), "basalt-grey": ("#4A4D50", "metallic", 1090),
    "obsidian-black": ("#121316", "metallic", 1090), "fjord-blue": ("#1F3A5F", "metallic", 1090),
    "crimson-night": ("#6E0F1A", "pearl", 2390), "moss-green": ("#3F4B3A", "metallic", 1090),
    "sand-dune": ("#B9A588", "metallic", 1090), "arctic-silver": ("#B7BCC0", "metallic", 1090),
    "storm-matte": ("#5B5F63", "matte", 3990), "copper-dusk": ("#8A5A3C", "pearl", 2390),
}
WHEEL_SPEC = {  # design, inches, EUR
    "w19-aero": ("aero", 19, 0), "w19-five": ("five-spoke", 19, 590), "w20-multi": ("multi-spoke", 20, 1290),
    "w20-turbine": ("turbine", 20, 1290), "w21-split": ("split-spoke", 21, 2190), "w21-turbine": ("turbine", 21, 2190),
    "w22-forged": ("forged", 22, 4490),
}
INTERIOR_SPEC = {"charcoal-wool": ("#3A3A3C", 0), "slate-nappa": ("#55595E", 2190), "cognac-leather": ("#8B4F2A", 2890),
                 "ivory-nappa": ("#E8E0D0", 2190), "oat-recycled": ("#CFC6B4", 0), "black-sport": ("#1B1B1D", 1790)}
EQUIP_EUR = {"heated-seats": 390, "heated-wheel": 190, "heat-pump": 1090, "adaptive-cruise": 990, "lane-assist": 490,
             "camera-360": 790, "park-assist": 690, "night-vision": 1990, "hud": 1190, "premium-sound": 2490,
             "rear-entertainment": 2890, "wireless-charging": 290, "ambient-light": 390, "pano-roof": 1490,
             "matrix-led": 1390, "privacy-glass": 490, "acoustic-glass": 590, "roof-rails": 390, "tow-bar": 1190,
             "cargo-organiser": 190, "air-suspension": 2490, "sport-suspension": 1390, "sport-chrono": 1290,
             "sport-exhaust": 2590, "ceramic-brakes": 8990, "rear-steer": 1990, "massage-seats": 1490,
             "ventilated-seats": 990, "sport-seats": 1890, "soft-close": 690, "third-row": 1690, "charger-22kw": 1190,
             "bidirectional": 690, "steering-leather": 0, "steering-wood": 490, "steering-sport": 390}
EQUIP_MODELS = {"heat-pump": BEV, "charger-22kw": PLUGIN, "bidirectional": BEV, "sport-exhaust": RUNE,
                "third-row": ["aster-7"], "rear-entertainment": ["aster-7", "vega-s"], "tow-bar": UTILITY,
                "roof-rails": UTILITY, "cargo-organiser": UTILITY, "pano-roof": [m for m in MODEL if m != "rune-spyder"],
                "rear-steer": SPORTY, "ceramic-brakes": RUNE + ["aster-5", "vega-e"], "sport-chrono": SPORTY,
                "sport-suspension": SPORTY}
PACKAGE_SPEC = {  # contents, EUR, models
    "pkg-winter": (["heated-seats", "heated-wheel"], 490, None),
    "pkg-assist": (["adaptive-cruise", "lane-assist", "camera-360"], 1790, None),
    "pkg-sport": (["sport-chrono", "sport-suspension", "steering-sport"], 2490, SPORTY),
    "pkg-comfort": (["ventilated-seats", "massage-seats", "soft-close"], 2690, None),
    "pkg-tech": (["hud", "premium-sound", "ambient-light", "adaptive-cruise"], 4290, None),
    "pkg-travel": (["tow-bar", "roof-rails", "cargo-organiser"], 1490, UTILITY),
}

options = []
for oid, (hexv, finish, eur) in PAINT_SPEC.items():
    options.append({"id": oid, "kind": "paint", "category": "exterior", "name": text(PAINTS[oid]), "prices": prices(eur),
                    "hex": hexv, "finish": finish})
for oid, (design, inches, eur) in WHEEL_SPEC.items():
    options.append({"id": oid, "kind": "wheel", "category": "exterior", "name": text(WHEELS[oid]), "prices": prices(eur),
                    "design": design, "inches": inches})
for oid, (hexv, eur) in INTERIOR_SPEC.items():
    options.append({"id": oid, "kind": "interior", "category": "interior", "name": text(INTERIORS[oid][0]),
                    "prices": prices(eur), "hex": hexv, "material": text(INTERIORS[oid][1])})
for oid, (contents, eur, mods) in PACKAGE_SPEC.items():
    o = {"id": oid, "kind": "package", "category": "packages", "name": text(PACKAGES[oid]), "prices": prices(eur),
         "contents": contents}
    if mods:
        o["models"] = mods
    options.append(o)
for oid, (category, row) in EQUIPMENT.items():
    o = {"id": oid, "kind": "option", "category": category, "name": text(row), "prices": prices(EQUIP_EUR[oid])}
    if oid in EQUIP_MODELS:
        o["models"] = EQUIP_MODELS[oid]
    options.append(o)
OPTION = {o["id"]: o for o in options}

# --- rules ----------------------------------------------------------------------------------
rules = [
    {"id": "chrono-needs-sport-suspension", "type": "requires", "option": "sport-chrono", "targets": ["sport-suspension"]},
    {"id": "massage-needs-ventilation", "type": "requires", "option": "massage-seats", "targets": ["ventilated-seats"]},
    {"id": "night-vision-needs-matrix", "type": "requires", "option": "night-vision", "targets": ["matrix-led"]},
    {"id": "parking-needs-camera", "type": "requires", "option": "park-assist", "targets": ["camera-360"]},
    {"id": "bidirectional-needs-22kw", "type": "requires", "option": "bidirectional", "targets": ["charger-22kw"]},
    {"id": "rear-screens-need-sound", "type": "requires", "option": "rear-entertainment", "targets": ["premium-sound"]},
    {"id": "ceramics-need-forged", "type": "requires", "option": "ceramic-brakes", "targets": ["w22-forged"]},
    {"id": "hud-needs-acc", "type": "requires", "option": "hud", "targets": ["adaptive-cruise"]},
    {"id": "wood-wheel-needs-ambient", "type": "requires", "option": "steering-wood", "targets": ["ambient-light"]},
    {"id": "air-or-sport-suspension", "type": "excludes", "option": "air-suspension", "targets": ["sport-suspension"]},
    {"id": "sport-seats-no-massage", "type": "excludes", "option": "sport-seats", "targets": ["massage-seats"]},
    {"id": "rear-steer-no-tow", "type": "excludes", "option": "rear-steer", "targets": ["tow-bar"]},
    {"id": "matte-not-on-19", "type": "excludes", "option": "storm-matte", "targets": ["w19-aero", "w19-five"]},
    {"id": "privacy-or-acoustic", "type": "excludes", "option": "privacy-glass", "targets": ["acoustic-glass"]},
    {"id": "exhaust-only-rune", "type": "only-with", "option": "sport-exhaust", "models": RUNE},
    {"id": "ceramics-only-performance", "type": "only-with", "option": "ceramic-brakes", "trims": TRIMS_OF(["performance"])},
    {"id": "forged-only-performance", "type": "only-with", "option": "w22-forged", "trims": TRIMS_OF(["performance"])},
    {"id": "matte-not-on-core", "type": "only-with", "option": "storm-matte", "trims": TRIMS_OF(["plus", "performance"])},
    {"id": "third-row-only-aster-7", "type": "only-with", "option": "third-row", "models": ["aster-7"]},
    {"id": "air-only-plus", "type": "only-with", "option": "air-suspension", "trims": TRIMS_OF(["plus"])},
    {"id": "comfort-not-performance", "type": "only-with", "option": "pkg-comfort", "trims": TRIMS_OF(["core", "plus"])},
    {"id": "massage-not-performance", "type": "only-with", "option": "massage-seats", "trims": TRIMS_OF(["core", "plus"])},
    {"id": "sport-seats-not-core", "type": "only-with", "option": "sport-seats", "trims": TRIMS_OF(["plus", "performance"])},
    {"id": "steering-wheel", "type": "one-of", "group": "steering", "required": True,
     "options": ["steering-leather", "steering-wood", "steering-sport"]},
    {"id": "glazing", "type": "one-of", "group": "glazing", "required": False, "options": ["pano-roof", "roof-rails"]},
]

STANDARD = {"core": ["heated-seats", "lane-assist"],
            "plus": ["heated-seats", "lane-assist", "adaptive-cruise", "camera-360", "matrix-led", "wireless-charging"],
            "performance": ["heated-seats", "lane-assist", "adaptive-cruise", "camera-360", "matrix-led",
                            "wireless-charging", "sport-suspension", "sport-seats"]}
DEFAULTS = {"core": ("glacier-white", "w19-aero", "charcoal-wool"),
            "plus": ("basalt-grey", "w20-multi", "slate-nappa"),
            "performance": ("crimson-night", "w21-split", "black-sport")}
trim_records = []
TRIM = {}
for t in trims:
    paint, wheel, interior = DEFAULTS[t["kind"]]
    std = [o for o in STANDARD[t["kind"]] if "models" not in OPTION[o] or t["model"] in OPTION[o]["models"]]
    rec = {"id": t["id"], "model": t["model"], "name": t["name"], "prices": prices(t["net_eur"]), "standard": std,
           "defaults": {"paint": paint, "wheel": wheel, "interior": interior}}
    trim_records.append(rec)
    TRIM[t["id"]] = rec


# --- rule checks (shared by the generator and the self-check) -------------------------------
def offered(oid, trim):
    o = OPTION[oid]
    model = trim["model"]
    if "models" in o and model not in o["models"]:
        return False
    for r in rules:
        if r["type"] == "only-with" and r["option"] == oid:
            if "models" in r and model not in r["models"]:
                return False
            if "trims" in r and trim["id"] not in r["trims"]:
                return False
    return True


def effective(selection, trim):
    """Every option present: chosen ones, package contents and standard equipment."""
    s = set(selection) | set(trim["standard"])
    for oid in list(s):
        if OPTION[oid]["kind"] == "package":
            s |= set(OPTION[oid]["contents"])
    return s


def violations(selection, trim):
    s = effective(selection, trim)
    out = []
    for kind in ("paint", "wheel", "interior"):
        n = sum(1 for o in s if OPTION[o]["kind"] == kind)
        if n != 1:
            out.append(f"{n} {kind}s")
    for o in s:
        if not offered(o, trim):
            out.append(f"{o} not offered on {trim['id']}")
    for r in rules:
        if r["type"] == "requires" and r["option"] in s:
            out += [f"{r['id']}: {t} missing" for t in r["targets"] if t not in s]
        if r["type"] == "excludes" and r["option"] in s:
            out += [f"{r['id']}: {t} present" for t in r["targets"] if t in s]
        if r["type"] == "one-of":
            n = len(s & set(r["options"]))
            if n > 1 or (r["required"] and n == 0):
                out.append(f"{r['id']}: {n} chosen")
    return out


# --- studios --------------------------------------------------------------------------------
def hours(weekday, sat, sun, thu=None, fri=None, mon=None):
    h = {d: [weekday] if weekday else [] for d in ("mon", "tue", "wed", "thu", "fri")}
    if thu:
        h["thu"] = thu
    if fri:
        h["fri"] = fri
    if mon is not None:
        h["mon"] = mon
    h["sat"] = [sat] if sat else []
    h["sun"] = [sun] if sun else []
    for d in ("thu", "fri", "mon"):
        if h[d] and isinstance(h[d][0], str):
            h[d] = [h[d]]
    return h


def exc(date, spans, note):
    return {"date": date, "hours": spans, "note": text(NOTES[note])}


studios = [
    {"id": "oslo", "kind": "studio", "name": "Solvik Studio Oslo", "market": "no",
     "address": {"street": "Karl Johans gate 23", "postcode": "0159", "city": "Oslo", "country": "NO"},
     "lat": 59.9127, "lon": 10.7461, "timezone": "Europe/Oslo", "phone": "+47 21 00 45 00",
     "hours": hours(["10:00", "19:00"], ["10:00", "17:00"], None, thu=["10:00", "20:00"]),
     "exceptions": [exc("2026-12-10", [["10:00", "21:30"]], "late-opening"), exc("2026-12-24", [], "christmas-eve"),
                    exc("2026-12-25", [], "christmas"), exc("2026-12-31", [["10:00", "14:00"]], "new-year-eve")],
     "fleet": [{"model": "aster-5", "count": 2}, {"model": "aster-3", "count": 1}, {"model": "vega-e", "count": 1},
               {"model": "nord-e", "count": 1}], "slot_minutes": 60, "buffer_minutes": 15, "parallel_drives": 2},
    {"id": "milan", "kind": "studio", "name": "Solvik Studio Milano", "market": "it",
     "address": {"street": "Corso Como 12", "postcode": "20154", "city": "Milano", "country": "IT"},
     "lat": 45.4817, "lon": 9.1878, "timezone": "Europe/Rome", "phone": "+39 02 8088 4500",
     "hours": hours(None, ["10:00", "19:30"], None, mon=[["14:30", "19:30"]]) | {
         d: [["10:00", "13:30"], ["14:30", "19:30"]] for d in ("tue", "wed", "thu", "fri")},
     "exceptions": [exc("2026-12-24", [["10:00", "14:00"]], "christmas-eve"), exc("2026-12-25", [], "christmas")],
     "fleet": [{"model": "rune-gt", "count": 1}, {"model": "vega-s", "count": 2}, {"model": "aster-5", "count": 1},
               {"model": "nord-1", "count": 1}], "slot_minutes": 60, "buffer_minutes": 15, "parallel_drives": 2},
    {"id": "portland", "kind": "studio", "name": "Solvik Studio Portland", "market": "us-or",
     "address": {"street": "1120 NW Couch St", "postcode": "97209", "city": "Portland", "country": "US"},
     "lat": 45.5236, "lon": -122.6830, "timezone": "America/Los_Angeles", "phone": "+1 503 555 0142",
     "hours": hours(["10:00", "19:00"], ["10:00", "19:00"], ["11:00", "17:00"]),
     "exceptions": [exc("2026-11-26", [], "national-day"), exc("2026-12-25", [], "christmas")],
     "fleet": [{"model": "aster-7", "count": 2}, {"model": "aster-5", "count": 1}, {"model": "vega-e", "count": 1},
               {"model": "nord-e", "count": 1}], "slot_minutes": 45, "buffer_minutes": 15, "parallel_drives": 3},
    {"id": "shanghai", "kind": "studio", "name": "Solvik Studio Shanghai", "market": "cn",
     "address": {"street": "1266 West Nanjing Road", "postcode": "200040", "city": "Shanghai", "country": "CN"},
     "lat": 31.2304, "lon": 121.4549, "timezone": "Asia/Shanghai", "phone": "+86 21 6288 4500",
     "hours": hours(["10:00", "22:00"], ["10:00", "22:00"], ["10:00", "22:00"]),
     "exceptions": [exc("2027-02-06", [], "spring-festival"), exc("2027-02-07", [], "spring-festival"),
                    exc("2027-02-08", [["13:00", "18:00"]], "spring-festival")],
     "fleet": [{"model": "aster-5", "count": 3}, {"model": "vega-e", "count": 2}, {"model": "nord-e", "count": 2},
               {"model": "aster-3", "count": 1}], "slot_minutes": 45, "buffer_minutes": 10, "parallel_drives": 3},
    {"id": "beijing", "kind": "studio", "name": "Solvik Studio Beijing", "market": "cn",
     "address": {"street": "81 Sanlitun Road", "postcode": "100027", "city": "Beijing", "country": "CN"},
     "lat": 39.9365, "lon": 116.4477, "timezone": "Asia/Shanghai", "phone": "+86 10 6530 4500",
     "hours": hours(["10:00", "21:00"], ["10:00", "21:00"], ["10:00", "21:00"]),
     "exceptions": [exc("2027-02-06", [], "spring-festival"), exc("2027-02-07", [], "spring-festival")],
     "fleet": [{"model": "aster-7", "count": 1}, {"model": "aster-5", "count": 2}, {"model": "rune-gts", "count": 1}],
     "slot_minutes": 60, "buffer_minutes": 10, "parallel_drives": 2},
    {"id": "dubai", "kind": "studio", "name": "Solvik Studio Dubai", "market": "ae",
     "address": {"street": "Financial Centre Road, The Dubai Mall", "postcode": "", "city": "Dubai", "country": "AE"},
     "lat": 25.1972, "lon": 55.2796, "timezone": "Asia/Dubai", "phone": "+971 4 555 4500",
     "hours": hours(["10:00", "22:00"], ["10:00", "23:00"], ["10:00", "23:00"], fri=[["10:00", "12:00"], ["14:00", "23:00"]]),
     "exceptions": [exc("2026-12-02", [], "national-day")],
     "fleet": [{"model": "rune-gt", "count": 1}, {"model": "aster-7", "count": 2}, {"model": "vega-s", "count": 1}],
     "slot_minutes": 60, "buffer_minutes": 15, "parallel_drives": 2},
]
DEALERS = [  # id, name, studio, city, street, postcode, lat, lon, phone
    ("lillestrom", "Solvik Partner Lillestrøm", "oslo", "Lillestrøm", "Storgata 30", "2000", 59.9560, 11.0500, "+47 63 80 12 00"),
    ("drammen", "Solvik Partner Drammen", "oslo", "Drammen", "Tollbugata 8", "3044", 59.7440, 10.2040, "+47 32 20 40 00"),
    ("monza", "Solvik Partner Monza", "milan", "Monza", "Viale Elvezia 4", "20900", 45.5840, 9.2740, "+39 039 230 4500"),
    ("bergamo", "Solvik Partner Bergamo", "milan", "Bergamo", "Via Grumello 61", "24127", 45.6980, 9.6770, "+39 035 400 4500"),
    ("beaverton", "Solvik Partner Beaverton", "portland", "Beaverton", "9800 SW Canyon Rd", "97005", 45.4870, -122.8040, "+1 503 555 0177"),
    ("salem", "Solvik Partner Salem", "portland", "Salem", "2500 Commercial St SE", "97302", 44.9430, -123.0350, "+1 503 555 0190"),
    ("suzhou", "Solvik Partner Suzhou", "shanghai", "Suzhou", "88 Xinghu Street", "215123", 31.2990, 120.5850, "+86 512 6288 4500"),
    ("pudong", "Solvik Partner Pudong", "shanghai", "Shanghai", "1500 Century Avenue", "200122", 31.2210, 121.5440, "+86 21 5888 4500"),
    ("chaoyang", "Solvik Partner Chaoyang", "beijing", "Beijing", "6 Jiuxianqiao Road", "100015", 39.9580, 116.5210, "+86 10 6430 4500"),
    ("tianjin", "Solvik Partner Tianjin", "beijing", "Tianjin", "77 Binjiang Avenue", "300040", 39.0840, 117.2000, "+86 22 2330 4500"),
    ("sharjah", "Solvik Partner Sharjah", "dubai", "Sharjah", "Al Wahda Street", "", 25.3460, 55.4200, "+971 6 555 4500"),
    ("abu-dhabi", "Solvik Partner Abu Dhabi", "dubai", "Abu Dhabi", "Al Khaleej Al Arabi Street", "", 24.4660, 54.3660, "+971 2 555 4500"),
]
STUDIO = {s["id"]: s for s in studios}
for did, name, sid, city, street, postcode, lat, lon, phone in DEALERS:
    s = STUDIO[sid]
    studios.append({"id": did, "kind": "dealer", "name": name, "market": s["market"],
                    "address": {"street": street, "postcode": postcode, "city": city, "country": s["address"]["country"]},
                    "lat": lat, "lon": lon, "timezone": s["timezone"], "phone": phone,
                    "hours": hours(["09:00", "18:00"], ["10:00", "16:00"], None), "exceptions": [], "fleet": [],
                    "slot_minutes": 60, "buffer_minutes": 15, "parallel_drives": 1})
STUDIO = {s["id"]: s for s in studios}


# --- prices ---------------------------------------------------------------------------------
def gross(net, market_id, powertrain):
    m = MARKET[market_id]
    total = net
    for tax in m["taxes"]:
        if "powertrains" in tax and powertrain not in tax["powertrains"]:
            continue
        base = max(0, net - tax.get("above", 0))
        total += base * tax["percent"] / 100
    total += sum(f["amount"] for f in m["fees"])
    return total


def net_price(trim, selection, market_id):
    total = trim["prices"][market_id]
    charged = set(selection) - set(trim["standard"])
    covered = set()
    for o in charged:
        if OPTION[o]["kind"] == "package":
            covered |= set(OPTION[o]["contents"])
    for o in charged - covered:
        total += OPTION[o]["prices"][market_id]
    return total


# --- VINs -----------------------------------------------------------------------------------
TRANSLIT = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
YEAR_CODE = {2018: "J", 2019: "K", 2020: "L", 2021: "M", 2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V"}
ALLOWED = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def check_digit(vin):
    s = sum(TRANSLIT[c] * w for c, w in zip(vin, WEIGHTS)) % 11
    return "X" if s == 10 else str(s)


def make_vin(wmi, model_code, year, plant, serial):
    body = f"{wmi}{model_code}00{YEAR_CODE[year]}{plant}{serial:06d}"  # position 9 is the check digit
    return body[:8] + check_digit(body) + body[9:]


MODEL_CODE = {m["id"]: f"{'ABCDEFGHJKLMN'[i]}{'BCDEFGHJKL'[i % 10]}{'MNPRSTVWXY'[(i * 3) % 10]}{'3579'[i % 4]}"
              for i, m in enumerate(models)}
# Fictional world manufacturer identifiers per plant: Sweden-like, China-like, US.
PLANT = {"eu": ("YS8", "G"), "cn": ("LS9", "S"), "us": ("5SV", "P")}


# --- stock ----------------------------------------------------------------------------------
def pick_configuration(trim):
    model = trim["model"]
    paints = [o for o in PAINT_SPEC if offered(o, trim)]
    wheels = [o for o in WHEEL_SPEC if offered(o, trim)]
    interiors = [o for o in INTERIOR_SPEC if offered(o, trim)]
    for _ in range(200):
        paint, wheel, interior = rng.choice(paints), rng.choice(wheels), rng.choice(interiors)
        steering = rng.choice([s for s in ("steering-leather", "steering-wood", "steering-sport") if offered(s, trim)])
        sel = [paint, wheel, interior, steering]
        if steering == "steering-wood":
            sel.append("ambient-light")
        extras = [o["id"] for o in options if o["kind"] in ("option", "package") and o["id"] not in sel
                  and o["id"] not in trim["standard"] and not o["id"].startswith("steering") and offered(o["id"], trim)]
        for extra in rng.sample(extras, k=min(len(extras), rng.randint(0, 5))):
            candidate = sel + [extra]
            for r in rules:  # one level of requires is enough for the demo rules (none chain)
                if r["type"] == "requires" and r["option"] in effective(candidate, trim):
                    for t in r["targets"]:
                        if OPTION[t]["kind"] == "wheel":
                            candidate = [c for c in candidate if OPTION[c]["kind"] != "wheel"]
                        if t not in effective(candidate, trim):
                            candidate.append(t)
            if not violations(candidate, trim):
                sel = candidate
        if not violations(sel, trim):
            return sel
    raise SystemExit(f"no valid configuration found for {trim['id']}")


MILEAGE_UNIT = {"us-or": "mi"}
PLANT_FOR_MARKET = {"cn": "cn", "us-or": "us"}
vehicles = []
locations = [s for s in studios]
weights = [6 if s["kind"] == "studio" else 3 for s in locations]
serial = 1000
conditions = ["new"] * 45 + ["cpo"] * 30 + ["used"] * 25
for n in range(650):
    loc = rng.choices(locations, weights)[0]
    market = loc["market"]
    condition = rng.choice(conditions)
    trim = rng.choice(trim_records)
    model = MODEL[trim["model"]]
    sel = pick_configuration(trim)
    net = net_price(trim, sel, market)
    if condition == "new":
        year = model["year"] if rng.random() < 0.7 else 2026
        km = rng.randint(5, 50)
        price = gross(net, market, model["powertrain"])
        registered = None
    else:
        age = rng.randint(1, 4) if condition == "cpo" else rng.randint(3, 8)
        year = min(model["year"], 2026) - age
        km = rng.randint(5000, 60000) if condition == "cpo" else rng.randint(30000, 150000)
        value = gross(net, market, model["powertrain"]) * (0.86 ** age) * (1 - km / 600000)
        price = value
        registered = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    step = 100 if market in ("no", "cn", "ae") else 10
    price = int(round(price / step) * step)
    unit = MILEAGE_UNIT.get(market, "km")
    mileage = km if unit == "km" else int(km / 1.609344)
    plant_wmi, plant_code = PLANT[PLANT_FOR_MARKET.get(market, "eu")]
    serial += rng.randint(1, 40)
    status = "available"
    if condition == "new":
        status = rng.choices(["available", "reserved", "in-transit"], [80, 8, 12])[0]
    else:
        status = rng.choices(["available", "reserved"], [92, 8])[0]
    added = TODAY - dt.timedelta(days=rng.randint(0, 120))
    v = {"id": f"sv-{n + 1:04d}", "vin": make_vin(plant_wmi, MODEL_CODE[model["id"]], year, plant_code, serial),
         "model": model["id"], "trim": trim["id"], "year": year, "condition": condition,
         "mileage": {"value": mileage, "unit": unit},
         "paint": next(o for o in sel if OPTION[o]["kind"] == "paint"),
         "wheel": next(o for o in sel if OPTION[o]["kind"] == "wheel"),
         "interior": next(o for o in sel if OPTION[o]["kind"] == "interior"),
         "options": sorted(o for o in sel if OPTION[o]["kind"] in ("option", "package")),
         "price": {"amount": price, "currency": MARKET[market]["currency"]}, "location": loc["id"], "status": status,
         "added": added.isoformat(),
         "updated": dt.datetime.combine(added, dt.time(8, rng.randint(0, 59)), dt.timezone.utc).isoformat().replace("+00:00", "Z")}
    if registered:
        v["registered"] = registered
    vehicles.append(v)

# --- events ---------------------------------------------------------------------------------
# Dated in the weeks after TODAY; the feed's "dates_relative_to" has the importer move them by
# whole weeks to the weeks after the day it runs, so the demo always has events to come.
EVENT_PLAN = [  # id, kind, studio, days after TODAY, from, to, capacity, language, picture, sign-up
    ("oslo-winter-range", "talk", "oslo", 4, "18:00", "19:30", 40, "nb", "nord-e", True),
    ("portland-charging-workshop", "workshop", "portland", 6, "11:00", "12:30", 16, "en", "nord-2", True),
    ("shanghai-design-talk", "talk", "shanghai", 9, "19:00", "20:30", 60, "zh-Hans", "rune-gt", True),
    ("milan-vega-e-launch", "launch", "milan", 11, "19:00", "22:00", 120, "it", "vega-e", True),
    ("dubai-evening-drive", "drive_day", "dubai", 12, "16:30", "20:00", 20, "ar", "aster-7", True),
    ("oslo-drive-day", "drive_day", "oslo", 13, "10:00", "16:00", 24, "nb", "aster-5", True),
    ("beijing-open-studio", "launch", "beijing", 18, "18:00", "21:00", 200, "zh-Hans", None, False),
    ("oslo-family-workshop", "workshop", "oslo", 20, "11:00", "12:30", 12, "en", "aster-3", True),
]
events = []
for eid, kind, studio, days, start, end, capacity, language, picture, signup in EVENT_PLAN:
    day = (TODAY + dt.timedelta(days=days)).isoformat()
    e = {"id": eid, "kind": kind, "studio": studio, "title": text(EVENTS[eid][0]), "description": text(EVENTS[eid][1]),
         "start": f"{day}T{start}", "end": f"{day}T{end}", "capacity": capacity, "language": language,
         "signup_required": signup}
    if picture:
        e["picture"] = picture
    events.append(e)

feed = {"format": "vitrine-feed", "version": 1, "source": "demo", "generated": "2026-11-01T08:00:00Z", "mode": "full",
        "dates_relative_to": TODAY.isoformat(),
        "markets": markets, "bodies": bodies, "lines": lines, "models": models, "trims": trim_records,
        "options": options, "rules": rules, "studios": studios, "vehicles": vehicles, "events": events, "deleted": []}


# --- self-check -----------------------------------------------------------------------------
def check():
    problems = []
    ids = lambda lst: {x["id"] for x in lst}  # noqa: E731
    for t in trim_records:
        d = t["defaults"]
        sel = [d["paint"], d["wheel"], d["interior"], "steering-leather"]
        problems += [f"trim {t['id']} defaults: {p}" for p in violations(sel, t)]
        if set(t["prices"]) != set(MARKET):
            problems.append(f"trim {t['id']} lacks a market price")
    vins = set()
    for v in vehicles:
        if len(v["vin"]) != 17 or any(c not in ALLOWED for c in v["vin"]) or check_digit(v["vin"]) != v["vin"][8]:
            problems.append(f"vehicle {v['id']}: bad VIN {v['vin']}")
        if v["vin"] in vins:
            problems.append(f"vehicle {v['id']}: duplicate VIN")
        vins.add(v["vin"])
        trim = TRIM[v["trim"]]
        sel = [v["paint"], v["wheel"], v["interior"]] + v["options"]
        problems += [f"vehicle {v['id']}: {p}" for p in violations(sel, trim)]
        if v["location"] not in STUDIO:
            problems.append(f"vehicle {v['id']}: unknown location")
        if v["price"]["currency"] != MARKET[STUDIO[v["location"]]["market"]]["currency"]:
            problems.append(f"vehicle {v['id']}: currency")
    for o in options:
        for c in o.get("contents", []):
            if c not in OPTION:
                problems.append(f"package {o['id']} contains unknown {c}")
        if set(o["prices"]) != set(MARKET):
            problems.append(f"option {o['id']} lacks a market price")
        for lang in LANGS:
            if not o["name"].get(lang):
                problems.append(f"option {o['id']} has no {lang} name")
    for r in rules:
        for k in ("option",):
            if k in r and r[k] not in OPTION:
                problems.append(f"rule {r['id']}: unknown option")
        for t in r.get("targets", []) + r.get("options", []):
            if t not in OPTION:
                problems.append(f"rule {r['id']}: unknown target {t}")
    model_ids = {m["id"] for m in models}
    for e in events:
        if e["studio"] not in STUDIO or STUDIO[e["studio"]]["kind"] != "studio":
            problems.append(f"event {e['id']}: not at a studio")
        if e.get("picture") and e["picture"] not in model_ids:
            problems.append(f"event {e['id']}: unknown model {e['picture']}")
        for lang in LANGS:
            if not e["title"].get(lang) or not e["description"].get(lang):
                problems.append(f"event {e['id']} has no {lang} text")
    counts = {"lines": len(lines), "models": len(models), "trims": len(trim_records), "options": len(options),
              "paints": len(PAINT_SPEC), "wheels": len(WHEEL_SPEC), "interiors": len(INTERIOR_SPEC),
              "packages": len(PACKAGE_SPEC), "rules": len(rules),
              "studios": sum(1 for s in studios if s["kind"] == "studio"),
              "dealers": sum(1 for s in studios if s["kind"] == "dealer"), "vehicles": len(vehicles), "events": len(events)}
    minimum = {"lines": 4, "models": 12, "options": 40, "paints": 8, "wheels": 6, "interiors": 5, "rules": 15,
               "studios": 6, "vehicles": 600}
    problems += [f"only {counts[k]} {k}, need {v}" for k, v in minimum.items() if counts[k] < v]
    for kind in ("requires", "excludes", "only-with", "one-of"):
        if not any(r["type"] == kind for r in rules):
            problems.append(f"no {kind} rule")
    return problems, counts


problems, counts = check()
if problems:
    print("\n".join(problems[:40]))
    raise SystemExit(f"{len(problems)} problems; demo-feed.json not written")
out = os.path.join(os.path.dirname(__file__), "..", "demo-feed.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(feed, f, ensure_ascii=False, indent=1)
    f.write("\n")
by_condition = {c: sum(1 for v in vehicles if v["condition"] == c) for c in ("new", "cpo", "used")}
print("wrote", os.path.normpath(out), counts, by_condition)
