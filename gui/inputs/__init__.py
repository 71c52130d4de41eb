"""The inputs wing: the left column (the field table, number inputs, catalog pickers, sites, the user's library)."""
