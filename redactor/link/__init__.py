"""Linking: group findings into entities and catch every other mention of each entity.

``link(text, findings)`` returns a ``Linked`` record: the findings (old and new), each carrying an
entity id, and an ``Entity`` for each id, which the replace stage uses to keep pseudonyms coherent.
"""

from redactor.link.linker import Entity, Linked, link

__all__ = ["Entity", "Linked", "link"]
