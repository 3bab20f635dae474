"""The alerts file: which conditions alert, and where alerts go.

```yaml
rules:
  - when: stalled              # stalled | crashed | needs_attention | slow
  - when: crashed
  - when: needs_attention
  - when: reject_ratio         # open rejections / records fetched, above a share
    above: 0.05
  - when: running_longer       # a run still going after this many minutes
    minutes: 360
  - when: schedule_missed      # a schedule slot nobody was up for
    jobs: ["nightly-*"]        # optional: job names (globs) a rule applies to
channels:
  - webhook: {url_env: SLACK_WEBHOOK_URL}    # Slack-compatible JSON ({"text": ...})
  - smtp: {host: smtp.example.com, port: 587, starttls: true, from: sync@example.com,
           to: [ops@example.com], username_env: SMTP_USER, password_env: SMTP_PASSWORD}
```

URLs and passwords come from the environment (``url_env``, ``password_env``) or are given
inline (``url``) for a local receiver; they never appear in alerts, logs or errors.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

RuleKind = Literal[
    "stalled",
    "crashed",
    "needs_attention",
    "slow",
    "reject_ratio",
    "running_longer",
    "schedule_missed",
]


class AlertsFileError(ValueError):
    """The alerts file is invalid; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Rule(_Strict):
    when: RuleKind
    above: float | None = Field(default=None, ge=0, le=1)
    minutes: float | None = Field(default=None, gt=0)
    jobs: list[str] = Field(default_factory=lambda: ["*"])

    @model_validator(mode="after")
    def _needs(self) -> Rule:
        if self.when == "reject_ratio" and self.above is None:
            raise ValueError("reject_ratio needs `above: SHARE` (e.g. 0.05)")
        if self.when == "running_longer" and self.minutes is None:
            raise ValueError("running_longer needs `minutes: N`")
        return self

    @property
    def key(self) -> str:
        """A stable name for the rule (alert state is kept per subject and rule key)."""
        if self.when == "reject_ratio":
            return f"reject_ratio>{self.above:g}"
        if self.when == "running_longer":
            return f"running_longer>{self.minutes:g}m"
        return self.when

    def applies_to(self, job_name: str) -> bool:
        return any(fnmatch.fnmatchcase(job_name, g) for g in self.jobs)


class Webhook(_Strict):
    url: str | None = None
    url_env: str | None = None
    timeout_seconds: float = Field(default=10, gt=0)

    @model_validator(mode="after")
    def _one(self) -> Webhook:
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of url, url_env")
        return self

    def resolve_url(self) -> str:
        if self.url is not None:
            return self.url
        value = os.environ.get(self.url_env or "")
        if not value:
            raise ValueError(f"environment variable {self.url_env} (the webhook URL) is not set")
        return value


class Smtp(_Strict):
    host: str
    port: int = Field(default=25, gt=0, lt=65536)
    starttls: bool = False
    sender: str = Field(alias="from")
    to: list[str] = Field(min_length=1)
    username_env: str | None = None
    password_env: str | None = None
    timeout_seconds: float = Field(default=10, gt=0)


class Channel(_Strict):
    webhook: Webhook | None = None
    smtp: Smtp | None = None

    @model_validator(mode="after")
    def _one(self) -> Channel:
        if (self.webhook is None) == (self.smtp is None):
            raise ValueError("a channel is either `webhook:` or `smtp:`")
        return self

    @property
    def name(self) -> str:
        """A label for the outbox (never the URL: it may be a secret)."""
        if self.webhook is not None:
            return f"webhook:{self.webhook.url_env or 'inline'}"
        assert self.smtp is not None
        return f"smtp:{self.smtp.host}:{','.join(self.smtp.to)}"


class AlertsConfig(_Strict):
    rules: list[Rule] = Field(min_length=1)
    channels: list[Channel] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> AlertsConfig:
        names = [c.name for c in self.channels]
        if len(set(names)) != len(names):
            raise ValueError("two channels are the same; list each once")
        return self


def parse_alerts(data: Any, source: str) -> AlertsConfig:
    try:
        return AlertsConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise AlertsFileError(
            f"{source}: {loc}: {err['msg'].removeprefix('Value error, ')}"
        ) from None


def load_alerts(path: Path) -> AlertsConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AlertsFileError(f"{path}: no such alerts file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise AlertsFileError(f"{path}: cannot read alerts file: {exc}") from None
    return parse_alerts(data, str(path))
