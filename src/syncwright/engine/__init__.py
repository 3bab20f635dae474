"""syncwright.engine."""
