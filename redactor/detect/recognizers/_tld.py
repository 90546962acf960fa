"""Offline public-suffix lookup shared by the email and URL recognizers.

tldextract's default extractor downloads the Public Suffix List on first use. This one
never touches the network or the disk cache: it reads the snapshot bundled with tldextract.
"""

from __future__ import annotations

import tldextract

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def public_suffix(host: str) -> str:
    """Return the public suffix of ``host`` ("org.uk" for "x.org.uk"), or "" if none is known."""
    result = _EXTRACT(host)
    return result.suffix if result.domain else ""
