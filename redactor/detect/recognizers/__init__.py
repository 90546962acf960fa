"""The recognizer registry: one small module per kind of identifier.

``REGISTRY`` maps a recognizer's name (as a pipeline definition names it) to the module and class
that implement it. Classes are imported only when a pipeline is built, so ``redactor --help`` stays fast.
"""

from __future__ import annotations

from importlib import import_module

from redactor.errors import PipelineError

REGISTRY: dict[str, tuple[str, str]] = {
    "person": ("person", "PersonRecognizer"),
    "school": ("school", "SchoolRecognizer"),
    "location": ("location", "LocationRecognizer"),
    "address": ("address", "AddressRecognizer"),
    "postcode": ("uk_postcode", "UkPostcodeRecognizer"),
    "phone": ("uk_phone", "UkPhoneRecognizer"),
    "email": ("email", "EmailRecognizer"),
    "url": ("url", "UrlRecognizer"),
    "social_handle": ("social_handle", "SocialHandleRecognizer"),
    "date": ("dates", "DateRecognizer"),
    "date_of_birth": ("dates", "DateOfBirthRecognizer"),
    "nhs_number": ("nhs_number", "NhsNumberRecognizer"),
    "upn": ("upn", "UpnRecognizer"),
    "uln": ("uln", "UlnRecognizer"),
    "ni_number": ("ni_number", "NiNumberRecognizer"),
    "case_ref": ("case_ref", "CaseRefRecognizer"),
    "columns": ("columns", "ColumnRecognizer"),
    "safety_net": ("safety_net", "SafetyNetRecognizer"),
}


def recognizer_class(name: str):
    try:
        module, cls = REGISTRY[name]
    except KeyError:
        raise PipelineError(
            f"unknown recognizer '{name}' (known: {', '.join(sorted(REGISTRY))})") from None
    return getattr(import_module(f"{__name__}.{module}"), cls)


def build(names, generic_words=frozenset()):
    """Instantiate the named recognizers (all when ``names`` is empty)."""
    out = []
    for name in names or REGISTRY:
        cls = recognizer_class(name)
        out.append(cls(generic_words=generic_words) if name in ("person", "safety_net", "school") else cls())
    return out
