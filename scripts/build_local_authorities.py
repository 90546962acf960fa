"""Build models/local_authorities.txt: England's councils that are a Local Authority for SEND
(county councils, unitary authorities, metropolitan districts, London boroughs, the City of
London), by the names people write them, from mySociety's "UK Local Authority Names and Codes"
(CC BY 4.0). A Welsh, Scottish or Northern Irish council is left out: SENDIASS and the SEND Code
of Practice are England's, so "Newport" or "Cardiff" in casework is where someone lives or lived.

    git clone https://github.com/mysociety/uk_local_authority_names_and_codes /tmp/la
    python scripts/build_local_authorities.py \\
        /tmp/la/data/packages/uk_la_future/uk_local_authorities_future.csv > models/local_authorities.txt

A shire district ("Preston", "Burnley", "Kendal"'s former "South Lakeland") is left out: the county
is the education authority there, and the town names an area of it. The county abbreviations people
write ("Lancs", "Notts") are added by hand at the end. Only the current authorities are kept.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata

HEADER = """\
# England's Local Authorities for SEND (county councils, unitary authorities, metropolitan
# districts, London boroughs; a SENDIASS and the SEND Code of Practice are England's, so a Welsh,
# Scottish or Northern Irish council's name, "Newport", "Cardiff", is a place where someone lives
# or lived), one a line, by the names people write them, from mySociety's "UK Local
# Authority Names and Codes" (https://github.com/mysociety/uk_local_authority_names_and_codes,
# uk_la_future), licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/). Built by scripts/build_local_authorities.py.
# Read by redactor/detect/engine.py: a place guessed for one of these names (a town's capitalised
# word found by NER, the national gazetteer or the safety net) is the authority, which identifies
# no family, and is kept. A name found as a person is still a person ("Dudley", "Bolton").
"""
KINDS = {"County", "Unitary authority", "Metropolitan district", "London borough", "City corporation"}
# (what people write for a county, and an authority's own spelling: not in the source)
ABBREVIATIONS = ["Beds", "Bucks", "Cambs", "Derbys", "Glos", "Hants", "Herts", "Lancs", "Leics", "Lincs",
                 "Northants", "Notts", "Oxon", "Shrops", "Staffs", "Warks", "Wilts", "Worcs", "Yorks",
                 # (an authority's letters, as its own staff and families write them)
                 "BwD", "BWD", "B&NES", "BANES", "BCP", "RBWM", "Bham", "B'ham",
                 "N Yorks", "NE Lincs", "N Lincs", "S Glos", "North Northants", "West Northants",
                 # (stop 62: "lives in Central Beds", "61 Mbro / 36 R&C", "Bedford Borough SEN team")
                 "Central Beds", "Mbro", "R&C", "Bedford Borough",
                 # (stop 65: the Isle of Wight in an area's column, "IoW")
                 "IoW"]
# (a city's authority by its city's name alone, as people say it: "Newcastle" for Newcastle upon Tyne,
# "Hull" for Kingston upon Hull, "Stoke" for Stoke-on-Trent)
# (never "Redcar": alone it is the town, where a family lives, within Redcar and Cleveland; stop 62)
SHORT_FORMS = ["Newcastle", "Hull", "Stoke", "Southend", "Brighton", "Telford", "Blackburn", "Stockton",
               "Cheshire West"]


def names(row: dict) -> set[str]:
    out = {row["nice-name"].strip()}
    for alt in row["alt-names"].split(","):
        alt = alt.strip()
        if alt and not alt.islower() and not alt.lower().endswith("council"):
            out.add(alt)
    # (not a register's own forms, "Bedford UA", "Dorset Council", nor a name the source's
    # encoding broke, nor a fragment, "City of")
    out = {n for n in (_folded(n) for n in out) if n and not n.endswith((" UA", " Council")) and n != "City of"}
    return out | {v for n in out for v in variants(n)}


def _folded(name: str) -> str | None:
    """The name with its accents taken off (as most write it), or None when
    the source's encoding broke it."""
    if name.isascii():
        return name
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ok = len(folded) == len(unicodedata.normalize("NFC", name)) and re.fullmatch(r"[A-Za-z ,.'&-]+", folded)
    return folded if ok and "Ã" not in name and "â€" not in name else None


def variants(name: str) -> set[str]:
    """The other ways one name is written: "&" for "and" and back ("Telford & Wrekin"), without
    its "The"."""
    out = {re.sub(r" and ", " & ", name), re.sub(r" & ", " and ", name)}
    out |= {n[4:] for n in out if n.startswith("The ")}
    return out - {name}


def main(path: str) -> None:
    found: set[str] = set()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["current-authority"] == "True" and row["local-authority-type-name"] in KINDS:
                found |= names(row)
    sys.stdout.write(HEADER)
    for name in sorted(found | set(ABBREVIATIONS) | set(SHORT_FORMS), key=str.casefold):
        sys.stdout.write(name + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
