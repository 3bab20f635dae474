"""syncwright.limits."""
