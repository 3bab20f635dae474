"""``syncwright sandbox``: run the simulators on loopback, and steer their faults.

``up`` starts the chosen simulators (one uvicorn server each, in one process) and prints
their base URLs and credentials; ``faults`` sets, shows or clears faults on a running
sandbox through its admin API.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import httpx2
import typer
from rich.console import Console
from rich.table import Table

from .faults import FaultRule, FaultsFile, load_faults_file
from .runner import PLATFORMS, Sandbox, parse_platforms
from .scenarios import SCENARIOS

sandbox_app = typer.Typer(help="Local simulators of HubSpot, Salesforce, Mailchimp, Segment "
                               "and GA4.", no_args_is_help=True)
faults_app = typer.Typer(help="Set, show or clear faults on a running sandbox.",
                         no_args_is_help=True)
sandbox_app.add_typer(faults_app, name="faults")
console = Console()

PlatformsOpt = Annotated[str, typer.Option("--platforms", "-p",
                                           help="Comma-separated: " + ",".join(PLATFORMS))]
HostOpt = Annotated[str, typer.Option(help="Interface to bind (loopback by default).")]
PortBaseOpt = Annotated[int, typer.Option("--port-base", help="hubspot=P, salesforce=P+1, "
                                          "mailchimp=P+2, segment=P+3, ga4=P+4.")]
DEFAULT_PORT_BASE = 8900


def _platforms(value: str) -> tuple[str, ...]:
    try:
        return parse_platforms(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@sandbox_app.command()
def up(
    platforms: PlatformsOpt = ",".join(PLATFORMS),
    contacts: Annotated[int, typer.Option(help="Seeded people per simulator.")] = 1000,
    seed: Annotated[int, typer.Option(help="Seed for data and faults.")] = 0,
    faults: Annotated[Path | None, typer.Option(help="Faults file (JSON or YAML).",
                                                exists=True, dir_okay=False)] = None,
    limit_scale: Annotated[float | None, typer.Option(help="Multiply every rate limit.")] = None,
    no_limits: Annotated[bool, typer.Option("--no-limits", help="Switch limits off.")] = False,
    host: HostOpt = "127.0.0.1",
    port_base: PortBaseOpt = DEFAULT_PORT_BASE,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    scenario: Annotated[str | None, typer.Option(help="Seed a named scenario instead "
                                                 "(two-emails: --contacts people with a "
                                                 "different email in two systems).")] = None,
    tls: Annotated[bool, typer.Option("--tls", help="Serve HTTPS with a local CA made at "
                                      "start; prints the CA bundle path.")] = False,
    lenient: Annotated[bool, typer.Option(
        "--lenient", help="Mailchimp accepts example.com and disposable-mail addresses, "
        "GA4's debug endpoint checks the api_secret (neither platform does so).")] = False,
    run_for: Annotated[float | None, typer.Option(help="Stop after N seconds (for scripts "
                                                  "and tests); default: until Ctrl-C.",
                                                  hidden=True)] = None,
) -> None:
    """Start the simulators and print their base URLs and credentials.

    Strict by default: Mailchimp refuses fake-looking addresses and GA4's validation server
    does not check the api_secret, as the platforms do (--lenient switches both off).

    Examples:

        syncwright sandbox up --tls --platforms salesforce,mailchimp
    """
    chosen = _platforms(platforms)
    plan: FaultsFile | None = None
    if faults is not None:
        try:
            plan = load_faults_file(faults)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--faults") from None
    if limit_scale is not None and limit_scale <= 0:
        raise typer.BadParameter("must be > 0", param_hint="--limit-scale")
    if scenario is not None and scenario not in SCENARIOS:
        raise typer.BadParameter(f"unknown scenario {scenario!r} (known: "
                                 f"{', '.join(SCENARIOS)})", param_hint="--scenario")
    sandbox = Sandbox(chosen, host=host, port_base=port_base, contacts=contacts, seed=seed,
                      limit_scale=limit_scale, no_limits=no_limits, faults=plan, tls=tls,
                      strict=not lenient, scenario=scenario)
    try:
        sandbox.start()
    except RuntimeError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    try:
        info: dict[str, Any] = sandbox.describe()
        if sandbox.ca_bundle:
            info = {"ca_bundle": sandbox.ca_bundle, **info} if as_json else info
        if as_json:
            typer.echo(json.dumps(info, indent=2))
        else:
            table = Table(title="syncwright sandbox")
            for column in ("platform", "base URL", "admin", "credentials"):
                table.add_column(column)
            for name, entry in info.items():
                creds = "\n".join(f"{k}={v}" for k, v in entry["credentials"].items())
                table.add_row(name, entry["base_url"], entry["admin_url"], creds)
            console.print(table)
            if sandbox.ca_bundle:
                console.print(f"CA bundle: {sandbox.ca_bundle}\n"
                              f"  export REQUESTS_CA_BUNDLE={sandbox.ca_bundle}   # requests\n"
                              f"  export SSL_CERT_FILE={sandbox.ca_bundle}        # urllib3, "
                              "OpenSSL defaults")
            console.print("Press Ctrl-C to stop.")
        deadline = None if run_for is None else time.monotonic() + run_for
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()


def _admin_urls(platforms: str, host: str, port_base: int, url: str | None) -> dict[str, str]:
    if url:
        return {"sandbox": url.rstrip("/")}
    return {name: f"http://{host}:{port_base + PLATFORMS.index(name)}"
            for name in _platforms(platforms)}


def _call(method: str, url: str, body: Any = None) -> Any:
    try:
        response = httpx2.request(method, url + "/__sandbox/faults", json=body, timeout=10)
    except httpx2.HTTPError as exc:
        console.print(f"[red]{url}: not reachable ({type(exc).__name__})[/red]")
        raise typer.Exit(1) from None
    if response.status_code >= 400:
        console.print(f"[red]{url}: {response.status_code} {response.text}[/red]")
        raise typer.Exit(1)
    return response.json()


UrlOpt = Annotated[str | None, typer.Option(help="One simulator's root URL instead of "
                                            "--platforms/--port-base.")]


@faults_app.command("set")
def faults_set(
    file: Annotated[Path, typer.Argument(help="Faults file (JSON or YAML).", exists=True,
                                         dir_okay=False)],
    platforms: PlatformsOpt = ",".join(PLATFORMS),
    host: HostOpt = "127.0.0.1",
    port_base: PortBaseOpt = DEFAULT_PORT_BASE,
    url: UrlOpt = None,
    append: Annotated[bool, typer.Option(help="Add to the current faults.")] = False,
) -> None:
    """Replace (or --append to) the faults of running simulators.

    Examples:

        syncwright sandbox faults set faults.yaml --platforms hubspot
    """
    try:
        plan = load_faults_file(file)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="FILE") from None
    for name, root in _admin_urls(platforms, host, port_base, url).items():
        rules = plan.for_platform(name) if name != "sandbox" else plan.faults.get("*", [])
        body = {"faults": [r.model_dump() for r in rules], "seed": plan.seed}
        result = _call("POST" if append else "PUT", root, body)
        typer.echo(f"{name}: {len(result['faults'])} fault(s), seed {result['seed']}")


@faults_app.command("show")
def faults_show(
    platforms: PlatformsOpt = ",".join(PLATFORMS),
    host: HostOpt = "127.0.0.1",
    port_base: PortBaseOpt = DEFAULT_PORT_BASE,
    url: UrlOpt = None,
) -> None:
    """Print the active faults (JSON) of running simulators.

    Examples:

        syncwright sandbox faults show
    """
    out = {name: _call("GET", root)
           for name, root in _admin_urls(platforms, host, port_base, url).items()}
    typer.echo(json.dumps(out, indent=2))


@faults_app.command("clear")
def faults_clear(
    platforms: PlatformsOpt = ",".join(PLATFORMS),
    host: HostOpt = "127.0.0.1",
    port_base: PortBaseOpt = DEFAULT_PORT_BASE,
    url: UrlOpt = None,
) -> None:
    """Remove every fault from running simulators.

    Examples:

        syncwright sandbox faults clear --platforms salesforce
    """
    for name, root in _admin_urls(platforms, host, port_base, url).items():
        _call("DELETE", root)
        typer.echo(f"{name}: faults cleared")


__all__ = ["FaultRule", "faults_app", "sandbox_app"]
