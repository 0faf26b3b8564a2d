"""Opening, unlocking and creating a vault."""
