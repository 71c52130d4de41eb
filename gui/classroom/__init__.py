"""The classroom wing: guided lessons (content and panel), the explanation panel, full-screen classroom mode."""
