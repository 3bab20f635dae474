"""``syncwright users``: who may use the console and the REST API."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import JsonOpt, StoreOpt, fail, open_cli_store, print_json

users_app = typer.Typer(help="Console users, roles and API tokens.", no_args_is_help=True)


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            fail("no terminal to ask for the password: pipe it with --password-stdin")
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            fail("the two passwords differ")
    if not password:
        fail("empty password")
    return password


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The user's sign-in name.")],
    role: Annotated[str, typer.Option(help="viewer, operator or admin.")] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
    store: StoreOpt = None,
) -> None:
    """Create a console user (the first one should be an admin).

    The password is asked for twice on the terminal, or read from stdin; only its argon2
    hash is stored.

    Examples:

        syncwright users add ann --role admin
        echo "$PASSWORD" | syncwright users add ops-bot --role operator --password-stdin
    """
    from syncwright.access import AccessError, add_user

    password = _password(password_stdin)
    try:
        add_user(open_cli_store(store), name, role, password, actor=_actor())
    except AccessError as exc:
        fail(str(exc))
    out.print(f"user {name} added ({role})", highlight=False)


@users_app.command("list")
def list_(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Users and their roles (never a password hash).

    Examples:

        syncwright users list
    """
    from syncwright.access import list_users

    rows = list_users(open_cli_store(store))
    if as_json:
        print_json(rows)
        return
    table = Table("name", "role", "status", "since")
    for u in rows:
        table.add_row(
            u["name"], u["role"], "disabled" if u["disabled"] else "active", u["created_at"][:19]
        )
    out.print(table)


@users_app.command("role")
def role_(
    name: Annotated[str, typer.Argument(help="The user.")],
    role: Annotated[str, typer.Argument(help="viewer, operator or admin.")],
    store: StoreOpt = None,
) -> None:
    """Change a user's role.

    Examples:

        syncwright users role ann operator
    """
    from syncwright.access import AccessError, set_role

    try:
        set_role(open_cli_store(store), name, role, actor=_actor())
    except AccessError as exc:
        fail(str(exc))
    out.print(f"user {name} is now {role}", highlight=False)


@users_app.command("disable")
def disable(name: Annotated[str, typer.Argument(help="The user.")], store: StoreOpt = None) -> None:
    """Stop a user from signing in; their API tokens stop working too.

    Examples:

        syncwright users disable ann
    """
    from syncwright.access import AccessError, disable_user

    try:
        disable_user(open_cli_store(store), name, actor=_actor())
    except AccessError as exc:
        fail(str(exc))
    out.print(f"user {name} disabled", highlight=False)


@users_app.command("token")
def token(
    name: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[str, typer.Option(help="What the token is for.")] = "api",
    store: StoreOpt = None,
) -> None:
    """Issue an API token (printed once; only its hash is kept).

    Examples:

        syncwright users token ops-bot --label nightly-report
    """
    from syncwright.access import AccessError, issue_token

    try:
        secret = issue_token(open_cli_store(store), name, label, actor=_actor())
    except AccessError as exc:
        fail(str(exc))
    sys.stdout.write(secret + "\n")


@users_app.command("revoke")
def revoke(
    token_id: Annotated[str, typer.Argument(help="The token's id (the part after sw_).")],
    store: StoreOpt = None,
) -> None:
    """Revoke an API token.

    Examples:

        syncwright users revoke 3f9a1c2b7d10
    """
    from syncwright.access import AccessError, revoke_token

    try:
        revoke_token(open_cli_store(store), token_id, actor=_actor())
    except AccessError as exc:
        fail(str(exc))
    out.print(f"token {token_id} revoked", highlight=False)


app.add_typer(users_app, name="users")
