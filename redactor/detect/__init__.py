"""Detection: a Presidio AnalyzerEngine built from the pipeline definition.

``Detector(pipeline).detect(text)`` returns resolved, allow-listed findings for one text;
``detect_many(texts)`` does the same for many texts with spaCy batching.
"""
