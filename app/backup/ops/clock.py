"""Bounds on the times a merged backup's records may claim (clock skew, forged dates).

A record's ``updated`` decides merge conflicts, so a time in the future would win every later
conflict. A backup's records were read before its manifest was made, so none can honestly be
later than that; and a device's clock running ahead altogether is bounded by this vault's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

__all__ = ["TimeLimits", "time_limits"]

RECORD_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"
# The manifest's time has whole seconds; the records, read just before it, have microseconds.
_MANIFEST_SLACK = timedelta(seconds=1)
# How far ahead of this vault's clock a record may have been made (as for an import).
_FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class TimeLimits:
    """Record times (``RECORD_TIME``) for one merge."""

    now: str  # this vault's clock
    latest_updated: str  # a later ``updated`` is taken as this time
    latest_created: str  # a record made later is refused


def time_limits(backup_created: str, now: datetime | None = None) -> TimeLimits:
    now = now or datetime.now(UTC)
    try:
        made = datetime.strptime(backup_created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:  # a signed manifest from a newer Izdeu: this vault's clock decides
        made = now
    after_made = made + _MANIFEST_SLACK
    return TimeLimits(
        now.strftime(RECORD_TIME),
        min(after_made, now).strftime(RECORD_TIME),
        min(after_made, now + _FUTURE_SLACK).strftime(RECORD_TIME),
    )
