"""The what-if wing: the analysis docks (compare pinned scenarios, sensitivity, sweeps, equivalents)."""
