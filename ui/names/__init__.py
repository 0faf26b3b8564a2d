"""Names across scripts in the UI: the possible-duplicates panel of the editor, the
"Possible duplicates" window over the vault, and what identity numbers say."""
