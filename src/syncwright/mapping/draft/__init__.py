"""Mappings from plain text: a marketing-ops sentence in, a checked declarative v2 mapping out.

The offline engine (vocabulary + field matcher + sentence grammar) is the default; an
OpenAI-compatible LLM can fill what it leaves open. Whatever the engine, the result is data
in the v2 mapping language, validated against both objects' catalogs before it is written.
"""

from syncwright.mapping.draft.regex_cache import widen

widen()
