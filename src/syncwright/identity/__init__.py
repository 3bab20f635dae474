"""syncwright.identity."""
