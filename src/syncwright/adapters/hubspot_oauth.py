"""HubSpot OAuth apps: access tokens that live 30 minutes, renewed with a refresh token.

A private-app token (``token_env``) does not expire; an OAuth app's access token does
(``expires_in``: 1,800 seconds), so a connection of a public app names its refresh token,
client id and client secret instead, and ``RenewingAuth`` (``adapters/oauth.py``) asks
``POST /oauth/v1/token`` (``grant_type=refresh_token``) for a new access token before the
old one ends and whenever HubSpot answers 401. HubSpot's refresh tokens do not expire
unless the app is uninstalled; a refused refresh (``BAD_REFRESH_TOKEN``) is an ``auth``
failure with HubSpot's words.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from syncwright.adapters.oauth import RenewingAuth, read_credential

TOKEN_PATH = "/oauth/v1/token"


class HubSpotOAuthSettings(BaseModel):
    """The ``oauth:`` block of a HubSpot connection (instead of ``token_env``)."""

    model_config = ConfigDict(extra="forbid")

    client_id: str | None = None
    client_id_env: str | None = None
    client_secret_env: str | None = None
    client_secret_file: Path | None = None
    refresh_token_env: str | None = None
    refresh_token_file: Path | None = None
    token_url: str | None = Field(
        default=None, description="Default: the connection's base_url + /oauth/v1/token."
    )
    refresh_before_seconds: float = Field(
        default=300.0, ge=0, description="Get a new token this long before it expires."
    )
    timeout_seconds: float = Field(default=30.0, gt=0, le=600)

    @model_validator(mode="after")
    def _complete(self) -> HubSpotOAuthSettings:
        if not (self.client_id or self.client_id_env):
            raise ValueError("give client_id or client_id_env (the app's client id)")
        if (self.client_secret_env is None) == (self.client_secret_file is None):
            raise ValueError("give one of client_secret_env, client_secret_file")
        if (self.refresh_token_env is None) == (self.refresh_token_file is None):
            raise ValueError("give one of refresh_token_env, refresh_token_file")
        return self


class HubSpotOAuth(RenewingAuth):
    """HubSpot access tokens from the refresh-token grant."""

    def __init__(self, settings: HubSpotOAuthSettings, base_url: str, connection_id: str) -> None:
        super().__init__(1800.0, settings.refresh_before_seconds, settings.timeout_seconds)
        where = f"connection {connection_id!r}: oauth"
        self.what = "HubSpot token endpoint"
        self.url = settings.token_url or base_url.rstrip("/") + TOKEN_PATH
        self.client_id = settings.client_id or read_credential(
            settings.client_id_env, None, "client id", where
        )
        self._client_secret = read_credential(
            settings.client_secret_env, settings.client_secret_file, "client secret", where
        )
        self._refresh_token = read_credential(
            settings.refresh_token_env, settings.refresh_token_file, "refresh token", where
        )

    async def grant(self) -> tuple[str, float | None]:
        body = await self.post_form(
            self.url,
            {
                "grant_type": "refresh_token",
                "client_id": self.client_id or "",
                "client_secret": self._client_secret or "",
                "refresh_token": self._refresh_token or "",
            },
        )
        if body.get("refresh_token"):  # HubSpot may hand out a new one: keep it (in memory)
            self._refresh_token = str(body["refresh_token"])
        expires = body.get("expires_in")
        return str(body["access_token"]), float(expires) if isinstance(expires, int | float) else None


__all__ = ["HubSpotOAuth", "HubSpotOAuthSettings"]
