"""syncwright: a durable, event-sourced sync engine for marketing platforms."""

__version__ = "0.1.0"
