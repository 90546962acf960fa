"""The benchmark scoring functions on tiny hand-made examples (no models loaded)."""

from __future__ import annotations

import pytest

from benchmarks.common import (
    TabDoc, gold_from_mapping, is_covered, merge_spans, occurrences, score_samples, score_tab,
    tab_entities,
)

NAME = "Kacper Nowak"  # offsets 0-6 "Kacper", 7-12 "Nowak"


@pytest.mark.parametrize("spans, covered", [
    ([(0, 12)], True),
    ([(0, 6), (6, 12)], True),          # adjacent, touching
    ([(0, 6), (7, 12)], True),          # adjacent, the space between not predicted
    ([(7, 12), (0, 6)], True),          # order does not matter
    ([(0, 6)], False),                  # surname left
    ([(0, 11)], False),                 # last letter left
    ([(0, 3), (4, 12)], False),         # a letter inside left
    ([], False),
], ids=["one-span", "touching", "space-gap", "unordered", "first-only", "one-short", "hole",
        "nothing"])
def test_gold_mention_is_covered_only_by_the_whole_union(spans, covered):
    assert is_covered(NAME, 0, len(NAME), merge_spans(spans)) is covered


@pytest.mark.parametrize("text, spans, covered", [
    ("Nowak, Kacper", [(0, 5), (7, 13)], True),      # a list's "surname, first name"
    ("Kacper's", [(0, 6)], True),                    # the possessive ending need not go
    ("Kacper\u2019s", [(0, 6)], True),
    ("Kacper's", [(2, 8)], False),
    ("K.D.", [(0, 1), (2, 3)], True),                # the dots of initials
    ("RSS/24/0655", [(0, 3), (7, 11)], False),       # every digit of a reference must go
    ("Kacpers", [(0, 6)], False),                    # no apostrophe: the s is part of the word
    ("Mr and Mrs Nowak", [(7, 16)], True),           # a title and "and" identify nobody
    ("Lisa and Craig Nowak", [(0, 4), (9, 20)], True),
    ("Sheikh Nowak", [(7, 12)], False),              # Sheikh can be a name: not ignored
], ids=["inverted", "possessive", "curly-possessive", "first-letters-left", "initials",
        "digits-left", "plural-left", "titles", "couple", "name-like-title"])
def test_punctuation_titles_and_a_possessive_ending_need_not_be_covered(text, spans, covered):
    assert is_covered(text, 0, len(text), merge_spans(spans)) is covered


def test_merge_spans_keeps_touching_spans_apart_when_asked():
    assert merge_spans([(5, 8), (0, 5), (2, 3)]) == [(0, 8)]
    assert merge_spans([(5, 8), (0, 5), (2, 3)], touching=False) == [(0, 5), (5, 8)]


@pytest.mark.parametrize("text, term, expected", [
    ("May said May. may", "May", [(0, 3), (9, 12)]),           # case-sensitive
    ("Maynard and May", "May", [(12, 15)]),                    # whole word only
    ("Kacper's bag", "Kacper", [(0, 6)]),                     # possessive is a word boundary
    ("see (OHS) and OHS", "(OHS)", [(4, 9)]),                 # term with punctuation
], ids=["case", "whole-word", "possessive", "punctuation"])
def test_occurrences(text, term, expected):
    assert occurrences(text, term) == expected


def test_skip_removes_the_numbered_occurrences_only():
    text = "In May, May Smith met May again."   # occurrences 1: 3, 2: 8, 3: 22
    gold = gold_from_mapping({"file": "a.txt", "identifiers": [
        {"type": "PERSON", "text": "May", "skip": [1]},
        {"type": "PERSON", "text": "Smith"}]}, text)
    assert [(m.type, m.start, m.end) for m in gold.mentions] == [
        ("PERSON", 8, 11), ("PERSON", 22, 25), ("PERSON", 12, 17)]
    assert gold.problems == []


def test_identifier_that_never_occurs_is_reported_without_its_text():
    gold = gold_from_mapping({"file": "a.txt", "identifiers": [
        {"type": "PHONE", "text": "07700 900123"}]}, "No number here.")
    assert gold.mentions == []
    assert gold.problems == ["a.txt: identifier #1 (PHONE) does not occur"]


def test_keep_rate_counts_occurrences_no_prediction_touches():
    text = "The EHCP and the EHCP review with the SENCO."
    gold = gold_from_mapping({"file": "a.txt", "identifiers": [],
                              "keep": ["EHCP", {"text": "SENCO"}]}, text)
    assert gold.keep == [(4, 8), (17, 21), (38, 43)]
    score = score_samples([gold], [[(18, 20)]])      # touches the second EHCP only
    assert (score.keep_kept, score.keep_total) == (2, 3)
    assert score.keep_rate() == pytest.approx(2 / 3)


def test_sample_scores_recall_by_type_direct_recall_precision_and_misses():
    text = "Kacper Nowak lives in Maltby. Call 07700 900123 on Monday."
    gold = gold_from_mapping({"file": "note.txt", "identifiers": [
        {"type": "PERSON", "text": "Kacper Nowak"},
        {"type": "LOCATION", "text": "Maltby"},
        {"type": "PHONE", "text": "07700 900123"}]}, text)
    predicted = [(0, 6), (7, 12), (22, 28), (35, 40), (51, 57)]   # phone half found, "Monday"
    score = score_samples([gold], [predicted])
    assert score.recall(["PERSON"]) == 1.0
    assert score.recall(["PHONE"]) == 0.0
    assert score.direct_recall() == 0.5                           # LOCATION is not direct
    assert score.recall() == pytest.approx(2 / 3)
    assert score.precision() == pytest.approx(4 / 5)               # "Monday" overlaps no gold
    assert score.missed == [("note.txt", "PHONE", 35)]


def _mention(entity, kind, start, end):
    return {"entity_id": entity, "identifier_type": kind, "entity_type": "PERSON",
            "start_offset": start, "end_offset": end}


# Two entities: a direct one mentioned twice, a quasi one mentioned twice plus once as NO_MASK.
TAB_TEXT = "Mr Ali Demir met Ozan in Ankara. Demir left. Ozan stayed in Ozan."
TAB_MENTIONS = [
    _mention("e1", "DIRECT", 0, 12),     # "Mr Ali Demir"
    _mention("e1", "DIRECT", 33, 38),    # "Demir"
    _mention("e2", "QUASI", 17, 21),     # "Ozan"
    _mention("e2", "QUASI", 45, 49),     # "Ozan"
    _mention("e2", "NO_MASK", 60, 64),   # "Ozan" (not to be masked)
]


def _tab_doc():
    return TabDoc("toy", TAB_TEXT, {"a1": tab_entities(TAB_MENTIONS)})


@pytest.mark.parametrize("spans, er_di, er_qi", [
    ([(3, 12), (33, 38), (17, 21), (45, 49)], 1.0, 1.0),   # "Mr " left: ignored like TAB does
    ([(3, 12), (33, 38), (17, 21)], 1.0, 0.0),             # second quasi mention missed
    ([(3, 12), (17, 21), (45, 49)], 0.0, 1.0),             # second direct mention missed
    ([(3, 9), (33, 38), (17, 21), (45, 49)], 0.0, 1.0),    # surname of first mention left
], ids=["all", "quasi-partly", "direct-partly", "direct-truncated"])
def test_tab_entity_recall_needs_every_mention_to_mask(spans, er_di, er_qi):
    score = score_tab([_tab_doc()], [spans])
    assert (score.er_di, score.er_qi) == (er_di, er_qi)


def test_tab_no_mask_mentions_are_not_required_and_count_against_precision():
    entities = tab_entities(TAB_MENTIONS)
    assert {e.id: (e.direct, e.mentions) for e in entities} == {
        "e1": (True, [(0, 12), (33, 38)]), "e2": (False, [(17, 21), (45, 49)])}
    # Masks "Ali Demir" (2 tokens), "Ozan" (1) and the NO_MASK "Ozan" (1): 3 of 4 tokens annotated.
    score = score_tab([_tab_doc()], [[(3, 12), (17, 21), (60, 64)]])
    assert score.precision == pytest.approx(3 / 4)


def test_tab_scores_are_averaged_over_annotators():
    doc = TabDoc("toy", TAB_TEXT, {"a1": tab_entities(TAB_MENTIONS),
                                   "a2": tab_entities([_mention("x1", "DIRECT", 17, 21)])})
    score = score_tab([doc], [[(17, 21)]])
    assert score.annotators["a1"]["er_di"] == 0.0
    assert score.annotators["a2"]["er_di"] == 1.0
    assert score.er_di == 0.5
    assert score.precision == 1.0                   # both annotators mask that token
