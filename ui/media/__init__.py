"""Recording testimony into the vault and playing recordings and imported audio or video back
from memory (the core is app/media)."""
