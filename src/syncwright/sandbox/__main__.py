"""``python -m syncwright.sandbox``: the sandbox CLI on its own."""

from syncwright.sandbox.cli import sandbox_app

if __name__ == "__main__":
    sandbox_app(prog_name="python -m syncwright.sandbox")
