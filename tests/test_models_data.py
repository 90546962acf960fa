"""The data in models/ is part of the product: a name on the allow list is a name never redacted."""

from redactor import resources
from redactor.detect import gazetteer

# Allow-list terms that are also names, kept on purpose: months and SEND abbreviations. The allow
# list applies to a whole detected span, so "May Ahmed" is still redacted.
KNOWN_OVERLAPS = {"sen", "pip", "salt", "april", "may", "june", "august", "jan", "jun", "ireland", "slovak",
                  "czech", "derbyshire", "wakefield", "hull",
                  # the area's towns, kept as towns; after a title ("Mrs Barnsley") they are surnames
                  "barnsley", "doncaster", "rotherham", "sheffield"}


def test_no_first_name_or_surname_is_allow_listed_by_accident():
    gaz = gazetteer.load()
    terms = resources.word_list("allow_list.txt") + resources.word_list("send_glossary.txt")
    overlaps = {gazetteer.fold(t) for t in terms
                if gazetteer.fold(t) in gaz.first_names or gazetteer.fold(t) in gaz.surnames}
    assert overlaps <= KNOWN_OVERLAPS, sorted(overlaps - KNOWN_OVERLAPS)


def test_condition_names_that_are_never_a_person_hold_no_name():
    """Condition names and abbreviations join the allow list (read in any case): none may be a
    first name or surname on its own ("JIA" is one: Jia)."""
    from redactor.detect.quasi import condition_names
    gaz = gazetteer.load()
    single = [t for t in condition_names() if " " not in t]
    assert not [t for t in single if gazetteer.fold(t) in gaz.first_names or gazetteer.fold(t) in gaz.surnames]


def test_first_names_have_a_gender_and_a_community():
    for row in resources.table("first_names.tsv"):
        assert len(row) == 3 and row[1] in ("f", "m", "u"), "malformed first_names.tsv row"


def test_pseudonym_places_are_not_real_places_of_the_area():
    gaz = gazetteer.load()
    clashes = [p for p in resources.word_list("pseudonym_places.txt")
               if gazetteer.fold(p) in gaz.places or gazetteer.fold(p) in gaz.surnames]
    assert not clashes, clashes
