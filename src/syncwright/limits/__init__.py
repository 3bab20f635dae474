"""syncwright.limits: the rate-limit registry, the shared limiter, and the retry policy.

Engine and adapters need only these names; see docs/LIMITS.md.
"""

from syncwright.limits.clock import Clock, ManualClock, SystemClock
from syncwright.limits.headers import HEADER_PARSERS
from syncwright.limits.limiter import (
    Limiter,
    LimiterSettings,
    LimitWait,
    Permit,
    QuotaExhausted,
    WaitTooLong,
    open_state,
)
from syncwright.limits.overrides import (
    ConnectionLimits,
    ResolvedLimits,
    parse_connection_limits,
    resolve_limits,
)
from syncwright.limits.registry import (
    PLATFORMS,
    EndpointGroup,
    PlatformLimits,
    Quota,
    QuotaReset,
    RegistryError,
    Window,
    load_registry,
    load_registry_file,
    parse_registry,
)
from syncwright.limits.retry import Action, RetryDecision, RetryPolicy, parse_retry_after
from syncwright.limits.state import LimiterState, MemoryState

__all__ = [
    "HEADER_PARSERS",
    "PLATFORMS",
    "Action",
    "Clock",
    "ConnectionLimits",
    "EndpointGroup",
    "LimitWait",
    "Limiter",
    "LimiterSettings",
    "LimiterState",
    "ManualClock",
    "MemoryState",
    "Permit",
    "PlatformLimits",
    "Quota",
    "QuotaExhausted",
    "QuotaReset",
    "RegistryError",
    "ResolvedLimits",
    "RetryDecision",
    "RetryPolicy",
    "SystemClock",
    "WaitTooLong",
    "Window",
    "load_registry",
    "load_registry_file",
    "open_state",
    "parse_connection_limits",
    "parse_registry",
    "parse_retry_after",
    "resolve_limits",
]
