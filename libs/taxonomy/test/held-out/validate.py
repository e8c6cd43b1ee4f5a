#!/usr/bin/env python3
"""Validate held-out.jsonl: schema, enums, ids, per-language counts; print the count tables.

Usage: python3 validate.py [held-out.jsonl] [--dev path/to/dev.jsonl]
With --dev it also reports the largest word 5-gram overlap between any held-out
description and any dev description (a copy check; it prints numbers only).
"""
import json, re, sys, datetime, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
dev = None
if "--dev" in args:
    i = args.index("--dev"); dev = args[i + 1]; del args[i:i + 2]
path = args[0] if args else os.path.join(HERE, "held-out.jsonl")

ROLES = {"call_center", "tech_support", "crm_manager", "social_media", "customer_service", "cs_coordinator", "sales_support"}
SEN = {"agent", "team_leader", "supervisor", "manager", "director"}
CANON = {"Amazon", "Apple", "UnitedHealth Group", "The Home Depot", "JPMorgan Chase", "Hilton",
         "American Express", "Southwest Airlines", "Delta Air Lines"}
LANGS = {"en": 30, "et": 15, "nb": 15, "pl": 15, "el": 15, "de": 10, "fi": 10, "sv": 10}
REMOTE = {"remote", "hybrid", "onsite"}
CUR = {"USD", "EUR", "GBP", "PLN", "NOK", "SEK", "CAD"}
PERIOD = {"hour", "month", "year"}
KEYS = ["id", "title", "description", "employer_raw", "location_raw", "salary_raw", "date_posted",
        "valid_through", "apply_url", "labels"]
LKEYS = ["role", "seniority", "employer_canonical", "employer_display", "language", "remote", "salary", "location"]

errors = []
def err(rid, msg): errors.append(f"{rid}: {msg}")

rows = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")

ids = [r.get("id") for r in rows]
if ids != [f"ho-{i:03d}" for i in range(1, len(rows) + 1)]:
    errors.append("ids are not ho-001..ho-N in order")
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if len(rows) != 120:
    errors.append(f"{len(rows)} rows, expected 120")

def date(s):
    return datetime.date.fromisoformat(s)

for r in rows:
    rid = r.get("id")
    if list(r) != KEYS: err(rid, f"top-level keys {list(r)}")
    L = r["labels"]
    if list(L) != LKEYS: err(rid, f"label keys {list(L)}")
    for k in ("title", "description", "employer_raw", "location_raw", "apply_url"):
        if not isinstance(r[k], str) or not r[k].strip(): err(rid, f"{k} empty")
    roles = L["role"]
    if not isinstance(roles, list) or len(roles) > 2 or len(set(roles)) != len(roles) or not set(roles) <= ROLES:
        err(rid, f"bad role {roles}")
    if roles and L["seniority"] not in SEN: err(rid, f"bad seniority {L['seniority']}")
    if not roles and L["seniority"] is not None: err(rid, "negative with seniority")
    if L["employer_canonical"] is not None and L["employer_canonical"] not in CANON:
        err(rid, f"bad canonical {L['employer_canonical']}")
    if not L["employer_display"]: err(rid, "empty employer_display")
    if L["language"] not in LANGS: err(rid, f"bad language {L['language']}")
    if L["remote"] not in REMOTE: err(rid, f"bad remote {L['remote']}")
    s = L["salary"]
    if s is not None:
        if list(s) != ["min", "max", "currency", "period"]: err(rid, f"salary keys {list(s)}")
        if not isinstance(s["min"], (int, float)) or isinstance(s["min"], bool): err(rid, "salary min not a number")
        if s["max"] is not None and (not isinstance(s["max"], (int, float)) or s["max"] < s["min"]):
            err(rid, "salary max bad")
        if s["currency"] not in CUR: err(rid, f"bad currency {s['currency']}")
        if s["period"] not in PERIOD: err(rid, f"bad period {s['period']}")
        if r["salary_raw"] is None: err(rid, "salary without salary_raw")
    if r["salary_raw"] is not None and r["salary_raw"] not in r["description"]:
        err(rid, "salary_raw is not a verbatim substring of description")
    loc = L["location"]
    if list(loc) != ["city", "country"]: err(rid, f"location keys {list(loc)}")
    if not re.fullmatch(r"[A-Z]{2}", loc["country"] or ""): err(rid, f"bad country {loc['country']}")
    if loc["city"] is not None and (not loc["city"] or re.search(r"[\u0370-\u03ff]", loc["city"])):
        err(rid, f"city must be Latin script: {loc['city']}")
    if loc["city"] is None and L["remote"] != "remote": err(rid, "city null on a non-remote job")
    try:
        dp = date(r["date_posted"])
        if r["valid_through"] is not None and date(r["valid_through"]) < dp: err(rid, "valid_through before date_posted")
    except (TypeError, ValueError):
        err(rid, "bad date")
    if not re.fullmatch(r"https://[a-z0-9-]+\.example\.test/\S+", r["apply_url"]): err(rid, f"bad url {r['apply_url']}")

lang = collections.Counter(r["labels"]["language"] for r in rows)
if dict(lang) != LANGS:
    errors.append(f"language counts {dict(lang)} != {LANGS}")
urls = [r["apply_url"] for r in rows]
if len(set(urls)) != len(urls): errors.append("duplicate apply_url")

# ---------- tables ----------
order = list(LANGS)
print(f"{'lang':6}{'rows':>6}{'pos':>6}{'neg':>6}")
for lg in order:
    rs = [r for r in rows if r["labels"]["language"] == lg]
    p = sum(1 for r in rs if r["labels"]["role"])
    print(f"{lg:6}{len(rs):>6}{p:>6}{len(rs) - p:>6}")
tp = sum(1 for r in rows if r["labels"]["role"])
print(f"{'all':6}{len(rows):>6}{tp:>6}{len(rows) - tp:>6}\n")

roles_order = ["call_center", "tech_support", "crm_manager", "social_media", "customer_service", "cs_coordinator", "sales_support"]
print(f"{'role':18}{'all':>5}" + "".join(f"{l:>5}" for l in order))
for ro in roles_order:
    c = [sum(1 for r in rows if ro in r["labels"]["role"] and r["labels"]["language"] == l) for l in order]
    print(f"{ro:18}{sum(c):>5}" + "".join(f"{x:>5}" for x in c))
print("two-role postings:", sum(1 for r in rows if len(r["labels"]["role"]) == 2), "\n")

sen_order = ["agent", "team_leader", "supervisor", "manager", "director"]
print(f"{'seniority':13}{'all':>5}" + "".join(f"{ro[:8]:>9}" for ro in roles_order))
for se in sen_order:
    c = [sum(1 for r in rows if r["labels"]["seniority"] == se and ro in r["labels"]["role"]) for ro in roles_order]
    tot = sum(1 for r in rows if r["labels"]["seniority"] == se)
    print(f"{se:13}{tot:>5}" + "".join(f"{x:>9}" for x in c))
print(f"{'null (neg)':13}{sum(1 for r in rows if r['labels']['seniority'] is None):>5}\n")

print("employer_canonical (postings / negatives):")
cc = collections.defaultdict(list)
for r in rows: cc[r["labels"]["employer_canonical"]].append(r)
for k in sorted(cc, key=lambda k: (k is None, k or "")):
    rs = cc[k]
    neg = sum(1 for r in rs if not r["labels"]["role"])
    raws = "; ".join(sorted({r["employer_raw"] for r in rs})) if k else ""
    print(f"  {str(k):20} {len(rs):>3} ({neg}) {raws}")
print()
print("remote:", dict(collections.Counter(r["labels"]["remote"] for r in rows)))
print("country:", dict(collections.Counter(r["labels"]["location"]["country"] for r in rows).most_common()))
sal = [r["labels"]["salary"] for r in rows]
print("salary labelled:", sum(1 for s in sal if s), "null:", sum(1 for s in sal if not s),
      "| null with phrase:", sum(1 for r in rows if not r["labels"]["salary"] and r["salary_raw"]),
      "| from (max null):", sum(1 for s in sal if s and s["max"] is None),
      "| single (min=max):", sum(1 for s in sal if s and s["max"] == s["min"]))
print("currency/period:", dict(collections.Counter(f"{s['currency']}/{s['period']}" for s in sal if s).most_common()))
print("valid_through null:", sum(1 for r in rows if r["valid_through"] is None))
print("city null:", sum(1 for r in rows if r["labels"]["location"]["city"] is None))
print("with HTML tags:", sum(1 for r in rows if re.search(r"<(p|ul|li|strong|b|i|br|small)\b", r["description"])))
wc = [len(r["description"].split()) for r in rows]
print(f"description words: min {min(wc)}, median {sorted(wc)[len(wc)//2]}, max {max(wc)}")

if dev:
    def grams(t, n=5):
        w = re.findall(r"\w+", t.lower())
        return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
    devg = [grams(json.loads(l)["description"]) for l in open(dev, encoding="utf-8")]
    worst = (0.0, None)
    for r in rows:
        g = grams(r["description"])
        if not g: continue
        for d in devg:
            o = len(g & d) / len(g)
            if o > worst[0]: worst = (o, r["id"])
    print(f"max 5-gram overlap with dev: {worst[0]:.1%} ({worst[1]})")

if errors:
    print("\nERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
