"""syncwright.sandbox."""
