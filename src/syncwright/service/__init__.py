"""syncwright.service."""
