"""The shape of the generated package: method names and signatures from the spec, docstrings,
a cheap import, and the flavor refusing names that would clash."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import binary_com_api
import pytest
from binary_com_api import BinaryComClient, Subscription, ValidationError

from generator import ir
from generator.flavors.binary import FLAVOR
from generator.loaders.calls import load_calls
from generator.render.renderer import Renderer
from tests.binary_com.conftest import API, SPECS


@pytest.mark.parametrize("op", list(API.operations), ids=lambda op: op.name)
def test_methods_follow_the_naming_rules(op: ir.Operation) -> None:
    names = [op.name, f"subscribe_{op.name}"] if op.streams else [op.name]
    for name in names:
        method = getattr(BinaryComClient, name, None)
        if method is None:
            assert name == "transaction"  # its request must subscribe: stream form only
            continue
        assert method.__doc__ and method.__doc__.strip()
        parameters = list(inspect.signature(method).parameters.values())[1:]
        own = [p for p in op.params if p.wire_name == op.name and p.required]
        if own:
            first = parameters.pop(0)
            assert (first.name, first.kind) == (own[0].name, first.POSITIONAL_OR_KEYWORD)
        assert all(p.kind is p.KEYWORD_ONLY for p in parameters)
        assert parameters[-1].name == "timeout" and parameters[-1].default is None
        expected = {p.name for p in op.params if not p.constant} - {p.name for p in own}
        assert {p.name for p in parameters[:-1]} == expected
        assert not {p.name for p in parameters} & {"req_id", "subscribe"}  # the client's own
        returns = inspect.signature(method).return_annotation
        assert ("Subscription[" in returns) == name.startswith("subscribe_")


def test_every_public_name_is_documented() -> None:
    for name in binary_com_api.__all__:
        value = getattr(binary_com_api, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
    for cls in (BinaryComClient, Subscription):
        for attribute, member in vars(cls).items():
            if (not attribute.startswith("_") and callable(member)) or isinstance(member, property):
                assert inspect.getdoc(member), f"{cls.__name__}.{attribute}"


def test_importing_the_client_loads_neither_websockets_nor_models() -> None:
    code = (
        "import sys\n"
        "from binary_com_api import BinaryComClient\n"
        "client = BinaryComClient(1089)\n"
        "heavy = [m for m in ('websockets', 'binary_com_api.models', 'binary_com_api._codec',"
        " 'binary_com_api._runtime.websocket.transport', 'attrs') if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=Path(binary_com_api.__file__).parents[1]
    )


def test_the_client_describes_itself_and_checks_its_settings() -> None:
    client = BinaryComClient(
        "1089", endpoint="wss://ws.derivws.com/websockets/v3", language="zh_cn"
    )
    assert client.url == "wss://ws.derivws.com/websockets/v3?app_id=1089&l=ZH_CN"
    assert repr(client) == (
        "BinaryComClient(app_id=1089, endpoint='wss://ws.derivws.com/websockets/v3', "
        "authorized=False)"
    )
    assert not client.connected and client.scopes == frozenset() and client.loginid is None
    branded = BinaryComClient(1089, endpoint="wss://example.test/v3?x=1", brand="deriv")
    assert branded.url == "wss://example.test/v3?x=1&app_id=1089&l=EN&brand=deriv"
    for bad in (0, -1, "abc", True):
        with pytest.raises(ValidationError, match="app_id"):
            BinaryComClient(bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="language"):
        BinaryComClient(1089, language="e n")


def test_a_call_named_like_a_client_member_is_refused(tmp_path: Path) -> None:
    text = (SPECS / "ping.yaml").read_text(encoding="utf-8")
    (tmp_path / "close.yaml").write_text(text.replace("ping", "close"), encoding="utf-8")
    api, document = load_calls(tmp_path)
    with pytest.raises(ValueError, match="clash"):
        Renderer(api, document, "specs/binary-com", flavor=FLAVOR).render()
