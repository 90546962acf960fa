"""Context words near a match raise its score: "mob 07700 900123", "NHS no 943 476 5919".

Presidio's LemmaContextAwareEnhancer does this on spaCy lemmas, which need the tagger and
lemmatizer we do not run, and it deep-copies every result. This enhancer reads the raw text
around each match instead: the same rule (a recognizer's CONTEXT words within a few words
before or after), a fraction of the cost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

BEFORE_CHARS, AFTER_CHARS = 50, 25


@lru_cache(maxsize=256)
def _context_pattern(words: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


class TextWindowContextEnhancer(ContextAwareEnhancer):
    def __init__(self, context_similarity_factor: float = 0.35,
                 min_score_with_context_similarity: float = 0.4):
        super().__init__(context_similarity_factor=context_similarity_factor,
                         min_score_with_context_similarity=min_score_with_context_similarity,
                         context_prefix_count=5, context_suffix_count=2)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        by_id = {r.id: r for r in recognizers}
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer: EntityRecognizer | None = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if not recognizer or not recognizer.context or meta.get(
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            window = text[max(0, result.start - BEFORE_CHARS):result.start] + " " + \
                text[result.end:result.end + AFTER_CHARS]
            if _context_pattern(tuple(recognizer.context)).search(window):
                result.score = min(max(result.score + self.context_similarity_factor,
                                       self.min_score_with_context_similarity), self.MAX_SCORE)
                meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return raw_results
