"""syncwright.adapters."""
