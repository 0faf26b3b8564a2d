"""The WGEID minimum elements as the dossier uses them: the rules live in app/model/wgeid.py,
because the store also keeps, per case, which elements are missing (for the statistics)."""

from app.model.wgeid import (
    URGENT_DAYS,
    Element,
    ElementState,
    disappearance_date,
    is_urgent,
    minimum_elements,
)

__all__ = ["Element", "ElementState", "URGENT_DAYS", "disappearance_date", "is_urgent", "minimum_elements"]
