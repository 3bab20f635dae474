"""syncwright.domain."""
