"""Platform name -> adapter class. Adding a platform is one module plus one line here."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from syncwright.adapters.base import Adapter, ConfigError
from syncwright.adapters.files import CsvAdapter, JsonlAdapter
from syncwright.adapters.ga4 import GA4Adapter
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.hubspot import HubSpotAdapter
from syncwright.adapters.mailchimp import MailchimpAdapter
from syncwright.adapters.salesforce import SalesforceAdapter
from syncwright.adapters.segment import SegmentAdapter

ADAPTERS: dict[str, Any] = {
    JsonlAdapter.platform: JsonlAdapter,
    CsvAdapter.platform: CsvAdapter,
    HubSpotAdapter.platform: HubSpotAdapter,
    MailchimpAdapter.platform: MailchimpAdapter,
    SalesforceAdapter.platform: SalesforceAdapter,
    SegmentAdapter.platform: SegmentAdapter,
    GA4Adapter.platform: GA4Adapter,
}


def connection_model(platform: str, where: str) -> type[BaseModel]:
    try:
        model: type[BaseModel] = ADAPTERS[platform].config_model
    except KeyError:
        raise ConfigError(
            f"{where}: unknown platform {platform!r} (known: {', '.join(sorted(ADAPTERS))})"
        ) from None
    return model


def validate_connection(raw: dict[str, Any], where: str) -> BaseModel:
    """Validate one connection's settings; errors name the connection and key."""
    platform = raw.get("platform")
    if not isinstance(platform, str):
        raise ConfigError(f"{where}.platform: required (one of {', '.join(sorted(ADAPTERS))})")
    model = connection_model(platform, where)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{where}.{loc}: {err['msg']}") from None


def create_adapter(config: BaseModel, context: AdapterContext) -> Adapter:
    """An adapter for one connection; ``context`` carries its id and the shared limiter."""
    platform = getattr(config, "platform")  # noqa: B009 - every connection model has it
    adapter: Adapter = ADAPTERS[platform](config, context)
    return adapter


def batch_cap(config: BaseModel) -> int | None:
    """The most records one upload call of this destination takes (None: no limit).

    The engine sizes batches to this when a job is created, so one batch is one call and
    a checkpoint never falls inside a batch.
    """
    platform = getattr(config, "platform")  # noqa: B009
    cap = getattr(ADAPTERS[platform], "batch_cap", None)
    return cap(config) if cap is not None else None
