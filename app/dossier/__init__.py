"""PDF dossiers: layout of multi-script text and the documents built from it."""
