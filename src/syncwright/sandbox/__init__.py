"""Local simulators of HubSpot, Salesforce, Mailchimp, Segment and GA4 for tests and demos.

The product never imports this package (except the demo and tests). Start simulators
in-process with ``Sandbox``; drive them over real HTTP with the platform's credentials;
look inside and steer them through each simulator's admin API (``AdminClient``).
"""

from .admin import AdminClient, AsyncAdminClient
from .clock import ManualClock, OffsetClock
from .faults import FaultRule, FaultsFile, load_faults_file
from .ratelimit import LimitSettings
from .runner import PLATFORMS, Sandbox, simulator_class
from .webhooks_out import WebhookConfig

__all__ = [
    "PLATFORMS",
    "AdminClient",
    "AsyncAdminClient",
    "FaultRule",
    "FaultsFile",
    "LimitSettings",
    "ManualClock",
    "OffsetClock",
    "Sandbox",
    "WebhookConfig",
    "load_faults_file",
    "simulator_class",
]
