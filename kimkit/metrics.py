"""Social-media metrics as pure functions (module 07 and the engagement calculator).

There is no single engagement-rate formula: every result names its denominator
(reach, impressions, followers or views) and which interactions it counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

BASES = {
    "reach": "reach (jangkauan)",
    "impressions": "impressions (tayangan)",
    "followers": "followers (pengikut)",
    "views": "views (putaran video)",
}
DEFAULT_INTERACTIONS = ("likes", "comments", "shares", "saves")


def total_interactions(counts: Mapping[str, float], kinds: Sequence[str] = DEFAULT_INTERACTIONS) -> float:
    """Sum of the chosen interaction counts; missing kinds count as 0."""
    return float(sum(float(counts.get(kind) or 0) for kind in kinds))


def engagement_rate(interactions: float, denominator: float) -> float:
    """Interactions ÷ denominator × 100, in percent. Raises ValueError for a zero denominator."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    if interactions < 0:
        raise ValueError("interactions must not be negative")
    return interactions / denominator * 100
