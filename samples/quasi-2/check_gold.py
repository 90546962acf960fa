"""Check quasi-2 gold files: every text occurs (whole word, case-sensitive), skips in range,
every document has a gold file, word counts within 250-900, types valid."""
import json, re, sys
from pathlib import Path
HERE = Path(__file__).parent
TYPES = {"RARE_CONDITION","CONDITION","AGE","YEAR_GROUP","ETHNICITY","NATIONALITY","LANGUAGE",
         "RELIGION","FAMILY","OCCUPATION","EVENT","SETTING","SMALL_COUNT","PLACE"}
def occ(doc, text):
    return [m.start() for m in re.finditer(r'(?<![A-Za-z0-9_])'+re.escape(text)+r'(?![A-Za-z0-9_])', doc)]
errors = 0
docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt",".md"))
golds = {p.name[:-5]: p for p in (HERE/"gold").glob("*.json")}
risk = {"high":0,"low":0}
for d in docs:
    g = golds.get(d.name)
    if not g: print("NO GOLD", d.name); errors += 1; continue
    gold = json.loads(g.read_text()); text = d.read_text()
    n = len(text.split())
    if not 250 <= n <= 900: print("WORDS", d.name, n); errors += 1
    if gold["file"] != d.name or gold["risk"] not in risk: print("HEADER", d.name); errors += 1
    risk[gold.get("risk")] = risk.get(gold.get("risk"),0)+1
    seen = set()
    for e in gold["quasi"]:
        k = (e["type"], e["text"])
        if k in seen: print("DUP", d.name, k); errors += 1
        seen.add(k)
        if e["type"] not in TYPES: print("TYPE", d.name, e); errors += 1
        o = occ(text, e["text"]); sk = e.get("skip", [])
        if not o: print("MISSING", d.name, e); errors += 1
        if any(s < 1 or s > len(o) for s in sk): print("SKIP RANGE", d.name, e, len(o)); errors += 1
        if o and len(sk) >= len(o): print("ALL SKIPPED", d.name, e); errors += 1
for name in golds:
    if not (HERE/name).exists(): print("ORPHAN GOLD", name); errors += 1
print(f"{len(docs)} documents, risk {risk}, errors {errors}")
sys.exit(1 if errors else 0)
