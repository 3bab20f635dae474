"""The ops console: server-rendered pages and a REST API over the same command layer.

``syncwright console`` serves it (``console/serve.py``). Pages and API call the same
functions as the CLI (``engine/commands.py``, ``engine/failure_groups.py``,
``engine/lineage.py``, ``webhooks/commands.py``, ...), with the signed-in user as the
actor of every event they append.
"""
