"""The one YAML loader: YAML 1.2 scalars, ${VAR} expansion, one-line errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from syncwright.config_files import (
    ConfigFileError,
    load_yaml_file,
    load_yaml_with_substitutions,
    mask_secrets,
)


def _write(tmp_path: Path, text: str, name: str = "f.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_yaml_12_scalars(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "on: [a]\nyes: no\noff: y\nt: true\nf: False\noct: 010\nhex: 0x1f\no: 0o17\n"
        "time: 1:30\nday: 2024-01-01\nflt: 1.5\ninf: -.inf\nnull_: ~\nempty:\n",
    )
    data = load_yaml_file(p)
    assert data == {
        "on": ["a"],
        "yes": "no",
        "off": "y",
        "t": True,
        "f": False,
        "oct": 10,
        "hex": 31,
        "o": 15,
        "time": "1:30",
        "day": "2024-01-01",
        "flt": 1.5,
        "inf": float("-inf"),
        "null_": None,
        "empty": None,
    }


def test_duplicate_key_is_refused_with_both_lines(tmp_path: Path) -> None:
    p = _write(tmp_path, "a: 1\nb:\n  c: 1\n  c: 2\n")
    with pytest.raises(ConfigFileError) as e:
        load_yaml_file(p)
    msg = str(e.value)
    assert msg.startswith(f"{p}: not valid YAML at line 4")
    assert "duplicate key 'c' (first at line 3)" in msg
    assert "\n" not in msg


def test_merge_keys_still_work(tmp_path: Path) -> None:
    p = _write(tmp_path, "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n")
    assert load_yaml_file(p)["derived"] == {"x": 1, "y": 3}


def test_not_utf8_names_the_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "latin1.yaml"
    p.write_bytes("name: ok\nlabel: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigFileError) as e:
        load_yaml_file(p, "job file")
    assert str(e.value) == f"{p}: not UTF-8 text (byte 0xe9 on line 2); save the file as UTF-8"


def test_bom_is_accepted(tmp_path: Path) -> None:
    p = tmp_path / "bom.yaml"
    p.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert load_yaml_file(p) == {"a": 1}


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigFileError, match=r"nope.yaml: no such mapping file$"):
        load_yaml_file(tmp_path / "nope.yaml", "mapping file")
    with pytest.raises(ConfigFileError, match="is a directory"):
        load_yaml_file(tmp_path, "job file")


def test_invalid_yaml_one_line_with_position(tmp_path: Path) -> None:
    p = _write(tmp_path, "a: [1, 2\nb: 3\n")
    with pytest.raises(ConfigFileError) as e:
        load_yaml_file(p)
    assert str(e.value).startswith(f"{p}: not valid YAML at line ")
    assert "\n" not in str(e.value)


def test_expansion_with_defaults_and_escapes(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "url: ${HUB_URL}/crm\nport: ${PORT:-8080}\nempty: ${EMPTY:-fallback}\n"
        "literal: $${NOT_A_VAR}\nlist: [\"x-${HUB_URL}\", 3]\nplain: a $ b {c}\n",
    )
    env = {"HUB_URL": "http://127.0.0.1:9", "EMPTY": ""}
    loaded = load_yaml_with_substitutions(p, env=env)
    assert loaded.data == {
        "url": "http://127.0.0.1:9/crm",
        "port": "8080",
        "empty": "fallback",
        "literal": "${NOT_A_VAR}",
        "list": ["x-http://127.0.0.1:9", 3],
        "plain": "a $ b {c}",
    }
    assert [(s.key, s.variable, s.defaulted) for s in loaded.substitutions] == [
        ("url", "HUB_URL", False),
        ("port", "PORT", True),
        ("empty", "EMPTY", True),
        ("list.0", "HUB_URL", False),
    ]


def test_expanded_value_never_changes_structure(tmp_path: Path) -> None:
    p = _write(tmp_path, "a: ${V}\n")
    assert load_yaml_file(p, env={"V": "x\nb: injected"}) == {"a": "x\nb: injected"}


def test_unset_variable_names_file_key_and_variable(tmp_path: Path) -> None:
    p = _write(tmp_path, "connections:\n  hs:\n    base_url: ${HUBSPOT_URL}\n")
    with pytest.raises(ConfigFileError) as e:
        load_yaml_file(p, env={})
    assert str(e.value) == (
        f"{p}: connections.hs.base_url: environment variable HUBSPOT_URL is not set "
        "(set it, or write ${HUBSPOT_URL:-default})"
    )


def test_malformed_reference(tmp_path: Path) -> None:
    p = _write(tmp_path, "a: ${1BAD}\n")
    with pytest.raises(ConfigFileError, match=r"f.yaml: a: malformed"):
        load_yaml_file(p, env={})


@pytest.mark.parametrize(
    "text",
    ["a: ${HUBSPOT_TOKEN}\n", "password: ${DB_PASS}\n", "x: {client_secret: '${S:-x}'}\n"],
)
def test_secrets_are_never_expanded(tmp_path: Path, text: str) -> None:
    p = _write(tmp_path, text)
    env = {"HUBSPOT_TOKEN": "pat-na1-123", "DB_PASS": "hunter2", "S": "s"}
    with pytest.raises(ConfigFileError, match="would put a secret into the file's data") as e:
        load_yaml_file(p, env=env)
    assert "pat-na1-123" not in str(e.value) and "hunter2" not in str(e.value)


def test_secret_references_may_be_expanded(tmp_path: Path) -> None:
    p = _write(tmp_path, "token_env: ${WHICH_VAR}\nsecret_file: ${DIR}/hs\n")
    assert load_yaml_file(p, env={"WHICH_VAR": "HS_TOKEN", "DIR": "/run"}) == {
        "token_env": "HS_TOKEN",
        "secret_file": "/run/hs",
    }


def test_mask_secrets() -> None:
    data = {
        "token_env": "HUBSPOT_TOKEN",
        "password": "hunter2",
        "store": "postgresql://sync:pw@db:5432/x",
        "nested": [{"api_key": "k"}],
        "base_url": "http://127.0.0.1:9",
    }
    assert mask_secrets(data) == {
        "token_env": "HUBSPOT_TOKEN",
        "password": "***",
        "store": "postgresql://sync:***@db:5432/x",
        "nested": [{"api_key": "***"}],
        "base_url": "http://127.0.0.1:9",
    }
