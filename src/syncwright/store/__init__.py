"""syncwright.store."""
