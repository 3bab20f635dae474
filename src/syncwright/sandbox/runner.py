"""Run simulators on loopback ports in a background thread, for tests, the demo and the CLI.

``Sandbox`` starts one uvicorn server per platform, all in one event loop on one thread,
so synchronous code (and async code on another loop) can call them over real HTTP. Ports
are free ones picked by the OS unless ``port_base`` is given (then hubspot=base,
salesforce=base+1, mailchimp=base+2, segment=base+3, ga4=base+4, whatever is selected).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import uvicorn

from .admin import AdminClient, AsyncAdminClient
from .clock import Clock
from .core import Simulator
from .faults import FaultsFile
from .ratelimit import LimitSettings

if TYPE_CHECKING:
    from .tls import LocalTLS
from .webhooks_out import WebhookConfig

PLATFORMS = ("hubspot", "salesforce", "mailchimp", "segment", "ga4")
API_PATHS = {"hubspot": "", "salesforce": "/services/data/v60.0", "mailchimp": "/3.0",
             "segment": "", "ga4": ""}


def simulator_class(platform: str) -> type[Simulator]:
    """The simulator class for a platform name."""
    if platform == "hubspot":
        from .hubspot import HubSpotSimulator
        return HubSpotSimulator
    if platform == "salesforce":
        from .salesforce import SalesforceSimulator
        return SalesforceSimulator
    if platform == "mailchimp":
        from .mailchimp import MailchimpSimulator
        return MailchimpSimulator
    if platform == "segment":
        from .segment import SegmentSimulator
        return SegmentSimulator
    if platform == "ga4":
        from .ga4 import GA4Simulator
        return GA4Simulator
    raise ValueError(f"unknown platform {platform!r} (known: {', '.join(PLATFORMS)})")


def strict_options(platform: str, strict: bool) -> dict[str, Any]:
    """``strict``: the two places where the platforms are stricter than older product tests
    assumed: Mailchimp refuses fake-looking addresses, GA4's validation server does not
    check the api_secret. ``sandbox up`` is strict unless ``--lenient``."""
    if platform == "mailchimp":
        return {"refuse_fake_emails": strict}
    if platform == "ga4":
        return {"check_debug_secret": not strict}
    return {}


def parse_platforms(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return PLATFORMS
    names = value.split(",") if isinstance(value, str) else list(value)
    chosen = tuple(n.strip().lower() for n in names if n.strip())
    for name in chosen:
        if name not in PLATFORMS:
            raise ValueError(f"unknown platform {name!r} (known: {', '.join(PLATFORMS)})")
    return chosen


class Sandbox:
    """Simulators on loopback. Use as ``with Sandbox(...) as sb:`` or ``async with``."""

    def __init__(
        self,
        platforms: str | Iterable[str] | None = None,
        *,
        host: str = "127.0.0.1",
        port_base: int | None = None,
        contacts: int = 0,
        seed: int = 0,
        limit_scale: float | None = None,
        no_limits: bool = False,
        limits: dict[str, LimitSettings] | None = None,
        faults: FaultsFile | None = None,
        webhooks: dict[str, WebhookConfig] | None = None,
        clock: Clock | None = None,
        log_level: str = "warning",
        tls: bool = False,
        strict: bool = False,
        scenario: str | None = None,
    ) -> None:
        self.platforms = parse_platforms(platforms)
        self.tls_enabled = tls
        self.tls: LocalTLS | None = None
        self.host = host
        self.port_base = port_base
        self.log_level = log_level
        self.simulators: dict[str, Simulator] = {}
        self.dirty: dict[str, dict[str, list[str]]] = {}
        for name in self.platforms:
            settings = (limits or {}).get(name) or LimitSettings()
            if limit_scale is not None:
                settings = settings.model_copy(update={"scale": limit_scale})
            if no_limits:
                settings = settings.model_copy(update={"enabled": False})
            sim = simulator_class(name)(
                clock=clock, limits=settings,
                faults=faults.for_platform(name) if faults else None,
                fault_seed=faults.seed if faults and faults.seed is not None else seed,
                webhook=(webhooks or {}).get(name),
                **strict_options(name, strict),
            )
            if contacts and scenario is None:
                sim.dirty = sim.load_seed(contacts, seed, {})
                self.dirty[name] = sim.dirty
            self.simulators[name] = sim
        if scenario is not None:  # people = contacts, written into the chosen simulators
            from .scenarios import load_scenario
            load_scenario(scenario, self.simulators, contacts or 1000, seed)
        self._servers: dict[str, uvicorn.Server] = {}
        self._sockets: dict[str, socket.socket] = {}
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._admins: dict[str, AdminClient] = {}

    # -- lifecycle ---------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> Sandbox:
        """Bind the ports, start the servers and wait until every one accepts."""
        if self.tls_enabled and self.tls is None:
            from .tls import LocalTLS  # trustme and cryptography load only for --tls

            self.tls = LocalTLS.create(self.host)
        tls_files: dict[str, Any] = {} if self.tls is None else {
            "ssl_certfile": str(self.tls.cert_chain), "ssl_keyfile": str(self.tls.key)}
        for name in self.platforms:
            port = 0 if self.port_base is None else self.port_base + PLATFORMS.index(name)
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # Without this, header and body writes meet Nagle + delayed ACK: 40 ms a call.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                sock.bind((self.host, port))
            except OSError as exc:
                sock.close()
                self._close_sockets()
                raise RuntimeError(f"{name}: cannot bind {self.host}:{port}: {exc}") from None
            self._sockets[name] = sock
            config = uvicorn.Config(
                self.simulators[name].asgi, log_level=self.log_level, access_log=False,
                lifespan="on", timeout_graceful_shutdown=2, timeout_keep_alive=30,
                **tls_files,
            )
            self._servers[name] = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="syncwright-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not all(s.started for s in self._servers.values()):
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"sandbox failed to start: {self._error!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("sandbox did not start in time")
            time.sleep(0.01)
        return self

    def _run(self) -> None:
        async def serve_all() -> None:
            await asyncio.gather(*(
                server.serve(sockets=[self._sockets[name]])
                for name, server in self._servers.items()))

        try:
            asyncio.run(serve_all())
        except BaseException as exc:  # reported to the starting thread
            self._error = exc

    def stop(self, timeout: float = 10.0) -> None:
        """Stop every server (held requests are released) and close the admin clients."""
        for sim in self.simulators.values():
            sim.closing = True
        for server in self._servers.values():
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        for admin in self._admins.values():
            admin.close()
        self._admins.clear()
        self._close_sockets()
        if self.tls is not None:
            self.tls.remove()
            self.tls = None

    def _close_sockets(self) -> None:
        for sock in self._sockets.values():
            sock.close()
        self._sockets.clear()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> Sandbox:
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.to_thread(self.stop)

    # -- addresses and credentials -----------------------------------------------------
    def port(self, platform: str) -> int:
        port: int = self._sock(platform).getsockname()[1]
        return port

    def _sock(self, platform: str) -> socket.socket:
        if platform not in self._sockets:
            raise KeyError(f"{platform} is not running in this sandbox "
                           f"(running: {', '.join(self._sockets) or 'none'})")
        return self._sockets[platform]

    def server_url(self, platform: str) -> str:
        """The root URL of a simulator (its admin API lives under ``/__sandbox/``)."""
        scheme = "https" if self.tls_enabled else "http"
        return f"{scheme}://{self.host}:{self.port(platform)}"

    @property
    def ca_bundle(self) -> str | None:
        """The PEM file of the sandbox's CA when serving HTTPS (``tls=True``), else None."""
        return str(self.tls.ca_bundle) if self.tls is not None else None

    def base_url(self, platform: str) -> str:
        """The API base URL as docs/ADAPTERS.md gives it (what a Connection's base URL takes)."""
        return self.server_url(platform) + API_PATHS[platform]

    def credentials(self, platform: str) -> dict[str, str]:
        creds = dict(self.simulators[platform].credentials())
        if platform == "salesforce":
            creds["instance_url"] = self.server_url(platform)
        return creds

    def simulator(self, platform: str) -> Simulator:
        """The simulator object itself (it runs on the sandbox thread: prefer the admin API)."""
        return self.simulators[platform]

    def admin(self, platform: str) -> AdminClient:
        if platform not in self._admins:
            self._admins[platform] = AdminClient(self.server_url(platform),
                                                 verify=self.ca_bundle)
        return self._admins[platform]

    def async_admin(self, platform: str) -> AsyncAdminClient:
        """A new async admin client; the caller closes it (``async with``)."""
        return AsyncAdminClient(self.server_url(platform), verify=self.ca_bundle)

    def reset(self) -> None:
        """Reset every simulator through its admin API (data, logs, faults, limits)."""
        for name in self.platforms:
            self.admin(name).reset()

    def describe(self) -> dict[str, Any]:
        """Base URLs, admin URLs and credentials of every running simulator."""
        return {name: {"base_url": self.base_url(name),
                       "admin_url": self.server_url(name) + "/__sandbox/",
                       "credentials": self.credentials(name)}
                for name in self.platforms}
