"""Roles, statuses and the review rules (allowed transitions, four eyes)."""

from __future__ import annotations

from redactor.workspace.errors import AccessDenied, InvalidTransition

ROLES = ("staff", "trainer", "reviewer", "lead")
REVIEW_ROLES = frozenset({"reviewer", "lead"})

AWAITING_REVIEW = "awaiting_review"
APPROVED = "approved"
RETURNED = "returned"
RELEASED = "released"
PURGED = "purged"
STATUSES = (AWAITING_REVIEW, APPROVED, RETURNED, RELEASED, PURGED)

# Allowed moves; any status except purged may also move to purged.
TRANSITIONS: dict[str, frozenset[str]] = {
    AWAITING_REVIEW: frozenset({APPROVED, RETURNED}),
    RETURNED: frozenset({AWAITING_REVIEW}),
    APPROVED: frozenset({RELEASED, RETURNED}),  # returned when the release check finds something
    RELEASED: frozenset(),
    PURGED: frozenset(),
}


def check_transition(doc_id: int, current: str, new: str) -> None:
    """Raise InvalidTransition unless ``current -> new`` is allowed."""
    if new not in STATUSES:
        raise InvalidTransition(f"unknown status {new!r}; expected one of {', '.join(STATUSES)}")
    allowed = new in TRANSITIONS[current] or (new == PURGED and current != PURGED)
    if not allowed:
        raise InvalidTransition(f"document {doc_id}: {current} -> {new} is not allowed")


def require_reviewer(doc_id: int, user: str, role: str, submitted_by: str, action: str) -> None:
    """Four eyes: only a reviewer or lead, never the submitter, may ``action`` a document."""
    if role not in REVIEW_ROLES:
        raise AccessDenied(f"user {user!r} ({role}) may not {action} document {doc_id}: "
                           "reviewer or lead only")
    if user == submitted_by:
        raise AccessDenied(f"user {user!r} may not {action} document {doc_id}: "
                           "they submitted it (four-eyes rule)")
