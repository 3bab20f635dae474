"""syncwright.webhooks."""
