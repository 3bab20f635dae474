"""One loader for every YAML file syncwright reads: jobs, mappings, routes, webhook config,
sandbox faults.

Why not plain ``yaml.safe_load``: PyYAML implements YAML 1.1, where the unquoted key ``on``
(a route's trigger) is the boolean ``true``, ``no`` is ``false``, ``010`` is 8, ``1:30`` is
90 and ``2024-01-01`` is a date object. The documented examples must load as written, so
this loader resolves scalars by the YAML 1.2 core schema (only ``true``/``false`` are
booleans; decimal, ``0o`` and ``0x`` integers; no timestamps) and refuses duplicate keys
(YAML would keep the last one silently).

It also expands ``${VAR}`` and ``${VAR:-default}`` wherever a value is a string (after
parsing, so a value can never change the file's structure; ``$${`` is a literal ``${``),
which lets one job file serve the sandbox, staging and production. Secrets are never
expanded: a job definition is frozen into its first event, so credentials stay named by
an environment variable or a file (``token_env``, ``secret_file``) and are read only when
a connection opens.

Every problem is one line naming the file (and the key or line): a file that is not UTF-8,
invalid YAML, a duplicate key, an unset variable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class ConfigFileError(ValueError):
    """A config file cannot be read; the message names the file and the key or line."""


# -- YAML 1.2 core schema scalars ----------------------------------------------------------

_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_REPLACED_TAGS = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}


class Yaml12Loader(yaml.SafeLoader):
    """``SafeLoader`` with YAML 1.2 core-schema scalars and duplicate keys refused."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key: SafeConstructor names it below
                continue
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"duplicate key {key!r} (first at line {first.start_mark.line + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if text.startswith("0x"):
        return int(text, 16)
    if text.startswith("0o"):
        return int(text[2:], 8)
    return int(text, 10)  # "010" is ten in YAML 1.2, not eight


def _construct_bool(loader: yaml.SafeLoader, node: yaml.Node) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"  # type: ignore[arg-type]


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _REPLACED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:int", _INT, list("-+0123456789"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, list("-+0123456789."))
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def parse_yaml(text: str, source: str) -> Any:
    """Parse YAML text by the 1.2 core schema; errors name ``source`` and the line."""
    try:
        return yaml.load(text, Loader=Yaml12Loader)  # a SafeLoader subclass: safe
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigFileError(f"{source}: not valid YAML{where}: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigFileError(f"{source}: not valid YAML: {exc}") from None


def read_text(path: Path, what: str = "file") -> str:
    """A config file's text, decoded as UTF-8 (a BOM is allowed); one line on failure."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigFileError(f"{path}: no such {what}") from None
    except IsADirectoryError:
        raise ConfigFileError(f"{path}: is a directory, not a {what}") from None
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read {what}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigFileError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save the file as UTF-8"
        ) from None


# -- ${VAR} expansion -----------------------------------------------------------------------

_VAR = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{")
SECRET_NAME = re.compile(
    r"(secret|token|password|passwd|api_?key|private_?key|credential|client_secret)",
    re.IGNORECASE,
)
"""Key names that hold credentials: never given a ``${VAR}`` value."""
SECRET_VARIABLE = re.compile(
    r"(secret|token|password|passwd|api_?key|private_?key|credentials?)$", re.IGNORECASE
)
"""Variable names that hold credentials (``HUBSPOT_TOKEN``): never expanded."""


@dataclass(frozen=True, slots=True)
class Substitution:
    """One ``${VAR}`` replaced: where, by which variable, and whether the default was used."""

    key: str
    variable: str
    value: str
    defaulted: bool


@dataclass
class Loaded:
    """A loaded file's data and the substitutions made in it."""

    data: Any
    substitutions: list[Substitution] = field(default_factory=list)


def _is_reference(key: str) -> bool:
    """Keys that *name* where a secret is (``token_env``, ``secret_file``) are fine."""
    return key.endswith(("_env", "_file", "_path", "_url"))


def expand(
    data: Any, source: str, env: Mapping[str, str] | None = None
) -> tuple[Any, list[Substitution]]:
    """``data`` with ``${VAR}`` / ``${VAR:-default}`` replaced in every string value."""
    environ = os.environ if env is None else env
    subs: list[Substitution] = []

    def one(text: str, where: str) -> str:
        def replace(m: re.Match[str]) -> str:
            token = m.group(0)
            if token == "$${":
                return "${"
            name = m.group(1)
            if name is None:
                raise ConfigFileError(
                    f"{source}: {where}: malformed ${{...}} in {text!r} "
                    "(write ${NAME} or ${NAME:-default}; $${ for a literal ${)"
                )
            leaf = where.rsplit(".", 1)[-1]
            if SECRET_VARIABLE.search(name) or (
                SECRET_NAME.search(leaf) and not _is_reference(leaf)
            ):
                raise ConfigFileError(
                    f"{source}: {where}: ${{{name}}} would put a secret into the file's data "
                    "(job definitions are stored in events); name its variable or file instead, "
                    "e.g. token_env: " + name
                )
            value = environ.get(name)
            default = m.group(2)
            if value is None or (value == "" and default is not None):
                if default is None:
                    raise ConfigFileError(
                        f"{source}: {where}: environment variable {name} is not set "
                        f"(set it, or write ${{{name}:-default}})"
                    )
                subs.append(Substitution(where, name, default, True))
                return default
            subs.append(Substitution(where, name, value, False))
            return value

        return _VAR.sub(replace, text) if "${" in text else text

    def walk(node: Any, where: str) -> Any:
        if isinstance(node, str):
            return one(node, where or "(top level)")
        if isinstance(node, dict):
            return {k: walk(v, f"{where}.{k}" if where else str(k)) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, f"{where}.{i}" if where else str(i)) for i, v in enumerate(node)]
        return node

    return walk(data, ""), subs


def load_yaml_file(path: Path, what: str = "file", env: Mapping[str, str] | None = None) -> Any:
    """Read ``path`` as UTF-8 YAML 1.2 and expand ``${VAR}`` in its string values."""
    return load_yaml_with_substitutions(path, what, env).data


def load_yaml_with_substitutions(
    path: Path, what: str = "file", env: Mapping[str, str] | None = None
) -> Loaded:
    data = parse_yaml(read_text(path, what), str(path))
    expanded, subs = expand(data, str(path), env)
    return Loaded(expanded, subs)


# -- showing resolved values ----------------------------------------------------------------

MASK = "***"
_URL_PASSWORD = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):[^@/\s]*@", re.I)


def mask_secrets(data: Any, key: str = "") -> Any:
    """``data`` safe to print: values under secret-looking keys masked, URL passwords too.

    Keys that only name a secret's variable or file (``token_env``) are shown as they are.
    """
    if isinstance(data, dict):
        return {k: mask_secrets(v, str(k)) for k, v in data.items()}
    if isinstance(data, list):
        return [mask_secrets(v, key) for v in data]
    if isinstance(data, str):
        if key and SECRET_NAME.search(key) and not _is_reference(key):
            return MASK
        return _URL_PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:{MASK}@", data)
    return data


def iter_strings(data: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every (key path, string value) in ``data``."""
    if isinstance(data, str):
        yield where, data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield from iter_strings(v, f"{where}.{k}" if where else str(k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from iter_strings(v, f"{where}.{i}" if where else str(i))


__all__ = [
    "ConfigFileError",
    "Loaded",
    "Substitution",
    "Yaml12Loader",
    "expand",
    "load_yaml_file",
    "load_yaml_with_substitutions",
    "mask_secrets",
    "parse_yaml",
    "read_text",
]
