"""Every write of the workbench. Admin actions, management commands and tests call these;
none of them changes a claim's review state any other way."""

from claims.services.review import (
    ReviewError,
    StaleEdit,
    claim_add_evidence,
    claim_assign,
    claim_dismiss,
    claim_review,
    claim_start_review,
    claim_take,
    claim_transition,
    transition_problem,
)

__all__ = [
    "ReviewError",
    "StaleEdit",
    "claim_add_evidence",
    "claim_assign",
    "claim_dismiss",
    "claim_review",
    "claim_start_review",
    "claim_take",
    "claim_transition",
    "transition_problem",
]
