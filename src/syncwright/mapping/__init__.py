"""syncwright.mapping."""
