"""Properties of the text core, on generated casework (hypothesis): findings lie inside the text
and never overlap once merged; a second pass over the output finds nothing the first pass
introduced except its own replacements; no two entities share a replacement."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.detect import gazetteer

_GAZ = gazetteer.load()
FIRST = sorted(n.title() for n, g in _GAZ.first_names.items()
               if n.isascii() and n.isalpha() and n not in _GAZ.ambiguous)[::40]
SURNAMES = sorted(n.title() for n in _GAZ.surnames if n.isascii() and n.isalpha()
                  and n not in _GAZ.ambiguous)[::60]
TEMPLATES = (
    "{f} {s} (Year {y}) attends {p} Primary School.",
    "Mum, {f2} {s}, rang on 07700 900{n:03d} about the EHCP.",
    "{f} told the SENCO that {f2} had missed the annual review on {d} March 2025.",
    "Email {f}.{s}@example.org before the tribunal; the EP is {f2} {s2}.",
    "{f2} said {f} was upset at {p} Academy.",
)
sentence = st.builds(
    lambda t, f, f2, s, s2, p, y, n, d: t.format(f=f, f2=f2, s=s, s2=s2, p=p, y=y, n=n, d=d),
    st.sampled_from(TEMPLATES), st.sampled_from(FIRST), st.sampled_from(FIRST),
    st.sampled_from(SURNAMES), st.sampled_from(SURNAMES), st.sampled_from(SURNAMES),
    st.integers(1, 11), st.integers(0, 999), st.integers(1, 28))
casework = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W_]+", text)}


@SETTINGS
@given(casework)
def test_findings_lie_inside_the_text_and_never_overlap(anonymise, text):
    _, findings = anonymise(text)
    spans = sorted((f.start, f.end) for f in findings)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@SETTINGS
@given(casework)
def test_a_second_pass_finds_nothing_the_first_introduced_but_its_replacements(anonymise, text):
    out, findings = anonymise(text)
    replaced = set().union(*(_words(f.replacement or "") for f in findings))
    _, again = anonymise(out)
    for f in again:
        introduced = _words(out[f.start:f.end]) - _words(text) - replaced
        assert not introduced, "the first pass wrote identifying words that are no replacement"


@SETTINGS
@given(casework)
def test_no_two_entities_share_a_replacement(anonymise, text):
    _, findings = anonymise(text)
    by_replacement: dict[str, set[str]] = {}
    for f in findings:
        if f.type == "PERSON" and f.replacement and " " in f.replacement:  # whole names
            by_replacement.setdefault(f.replacement.lower(), set()).add(f.entity)
    assert all(len(entities) == 1 for entities in by_replacement.values())


PIECES = st.text(alphabet="Ab -+'(é1\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(PIECES, st.lists(st.text(alphabet="Ab -+'(é1", min_size=2, max_size=5), max_size=6))
def test_the_leak_check_finds_every_whole_word_occurrence_a_regular_expression_finds(text, values):
    """The one-pass search behind the leak check agrees with a whole-word regular expression per
    value (the quadratic way it replaced), overlapping occurrences included."""
    from redactor.write.leakcheck import whole_words
    found = whole_words(text, values)
    for value in values:
        expected = [i for i in range(len(text)) if re.match(rf"(?<!\w){re.escape(value)}(?!\w)", text[i:])
                    and not (i > 0 and re.match(r"\w", text[i - 1]))]
        assert sorted(found.get(value, [])) == expected


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8), st.booleans()), max_size=12)


@settings(max_examples=300, deadline=None)
@given(SPANS)
def test_an_ner_guess_is_dropped_exactly_where_a_precise_finding_overlaps_it(spans):
    """prefer_precise by bisection keeps what the pairwise comparison it replaced kept."""
    from redactor.detect.engine import prefer_precise
    from redactor.types import Finding
    findings = [Finding(type="PERSON", start=s, end=s + n, score=0.5, recognizer="X:ner" if ner else "X:gazetteer")
                for s, n, ner in spans]
    precise = [f for f in findings if not f.recognizer.endswith(":ner")]
    expected = precise + [f for f in findings if f.recognizer.endswith(":ner")
                          and not any(f.overlaps(p) for p in precise)]
    assert prefer_precise(findings) == expected
