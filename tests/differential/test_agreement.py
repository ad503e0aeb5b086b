"""A second opinion on every schema our clients judge payloads by (issue 16 item 7).

datamodel-code-generator writes pydantic v2 models from the same schemas (tests/differential/
peer.py); valid payloads (the shared example generator) and payloads broken on purpose
(tests/differential/mutations.py) go to our generated decoders (answers, models) or to the
typed client's argument checks (Binary.com send schemas) and to those models, and both must
give the same accept/reject verdict. jsonschema says which payloads are really valid, so a
disagreement shows who is wrong. What is not compared, and each known difference, is listed
with its reason in explained.yaml; the lists there must stay exact (each difference keeps a
witness below that must still disagree).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.differential import mutations, peer, subjects, verdicts

EXPLAINED = yaml.safe_load((Path(__file__).with_name("explained.yaml")).read_text("utf-8"))
SUBJECTS = subjects.all_subjects()
COMPARED = [subject for subject in SUBJECTS if subject.name not in EXPLAINED["not_compared"]]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A client on the simulator, never authorized: the send schemas' judge."""
    from binary_com_api import BinaryComClient
    from binary_com_api.testing import BinaryComSimulator

    with (
        BinaryComSimulator() as simulator,
        BinaryComClient(1089, endpoint=simulator.url, keepalive=None, timeout=5.0) as instance,
    ):
        yield instance


@pytest.fixture(scope="module")
def models() -> dict[str, Any]:
    """The pydantic model of each subject (a schema pydantic cannot load as written is read
    with its patterns translated for Python, as our checks and the simulator read it)."""
    folder = peer.generated_folder()
    found: dict[str, Any] = {}
    binary = peer.load_binary(folder, "peer_binary")
    translated = peer.load_binary(folder, "peer_binary_python")
    for subject in SUBJECTS:
        if subject.api == "binary-com":
            model = binary.models.get(subject.peer_model) or translated.models.get(
                subject.peer_model
            )
        else:
            loaded = peer.load_openapi(folder, subject.peer_package, [subject.peer_model])
            model = loaded.models.get(subject.peer_model)
        assert model is not None, f"{subject.name}: no pydantic model"
        found[subject.name] = model
    return found


def test_the_list_of_schemas_pydantic_cannot_load_is_exact() -> None:
    folder = peer.generated_folder()
    failures = {
        f"binary-com/{name}": reason
        for name, reason in peer.load_binary(folder, "peer_binary").failures.items()
    }
    translated = peer.load_binary(folder, "peer_binary_python").failures
    assert translated == {}, "with Python's patterns every Binary.com schema loads"
    for spec, api in (("okcoin-v3.yaml", "okcoin"), ("binance-oauth.yaml", "binance")):
        names = yaml.safe_load((peer.SPECS / spec).read_text("utf-8"))["components"]["schemas"]
        loaded = peer.load_openapi(folder, f"peer_{api}", names)
        failures |= {f"{api}/{name}": reason for name, reason in loaded.failures.items()}
    assert sorted(failures) == sorted(EXPLAINED["cannot_load"]), failures


def test_the_list_of_schemas_not_compared_is_exact() -> None:
    uncompared = [
        *(f"okcoin/{name}" for name in subjects.uncompared_components("okcoin-v3.yaml")),
        *(f"binance/{name}" for name in subjects.uncompared_components("binance-oauth.yaml")),
    ]
    assert sorted(uncompared) == sorted(EXPLAINED["not_compared"])
    assert len(COMPARED) == len(SUBJECTS)  # the listed ones are not subjects at all


def test_every_rule_has_its_reason_written_down() -> None:
    assert sorted(verdicts.RULES) == sorted(EXPLAINED["differences"])


@pytest.mark.parametrize("subject", COMPARED, ids=lambda subject: subject.name)
def test_valid_payloads_are_accepted_by_both(
    subject: subjects.Subject, models: Any, client: Any
) -> None:
    seeds = subject.seeds()
    assert seeds, f"{subject.name}: the example generator made no valid payload"
    for payload in seeds:
        case = verdicts.judge(subject, models[subject.name], payload, client=client)
        assert case is not None, f"{subject.name}: the client cannot send {payload}"
        assert case.ours.accepted, case.describe()
        if not case.peer.accepted:
            assert verdicts.explanation(case) is not None, f"unexplained: {case.describe()}"


@settings(
    max_examples=2500,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_broken_payloads_get_the_same_verdict(
    models: Any, client: Any, data: st.DataObject
) -> None:
    subject = data.draw(st.sampled_from(COMPARED), label="schema")
    seed = data.draw(st.sampled_from(subject.seeds()), label="valid payload")
    places = mutations.locations(
        subject.schema, seed, subject.resolve, subject.is_valid, subject.draft4
    )
    payload, change = data.draw(mutations.changed(seed, places), label="change")
    case = verdicts.judge(subject, models[subject.name], payload, change, client)
    if case is not None and not case.agree:
        assert verdicts.explanation(case) is not None, f"unexplained: {case.describe()}"


# One disagreement per known difference, made on purpose: each must still disagree and be
# recognised by its own rule, so a difference that goes away (a decoder fixed, pydantic
# changed) fails here until its entry leaves explained.yaml. "*" stands for the first key
# or index of the payload at that place.
WITNESSES: dict[str, tuple[str, tuple[str | int, ...], Any]] = {
    "unknown-keys-kept": (
        "binary-com/p2p_advertiser_relations_receive",
        ("p2p_advertiser_relations", mutations.UNKNOWN_KEY),
        1,
    ),
    "constraints-not-checked-on-decode": ("binance/UserInfoResponse", ("code",), ""),
    "pydantic-literal-number-equality": ("binary-com/verify_email_receive", ("verify_email",), 1.0),
    "pattern-map-values-untyped": (
        "binary-com/crypto_config_receive",
        ("crypto_config", "currencies_config", "*", "minimum_deposit"),
        True,
    ),
    "pydantic-datetime-from-number": ("okcoin/Order", ("timestamp",), 7),
    "pydantic-pattern-keys-forbidden": (
        "binary-com/p2p_advertiser_payment_methods_send",
        ("loginid",),
        "CR90000000",
    ),
    "pydantic-pattern-dialect": ("binary-com/mt5_password_reset_send", ("login",), "MTD12\n"),
    "pydantic-pattern-map-keys": (
        "binary-com/payment_methods_receive",
        ("payment_methods", "*", "withdraw_limits", mutations.UNKNOWN_KEY),
        1,
    ),
}


def test_every_known_difference_has_a_witness() -> None:
    assert sorted(WITNESSES) == sorted(EXPLAINED["differences"])


@pytest.mark.parametrize("rule", sorted(WITNESSES))
def test_each_known_difference_still_shows(rule: str, models: Any, client: Any) -> None:
    name, where, value = WITNESSES[rule]
    subject = next(subject for subject in COMPARED if subject.name == name)
    payload = subject.seeds()[0]
    path: list[str | int] = []
    for part in where:
        if part == "*":
            node = mutations.value_at(payload, tuple(path))
            part = next(iter(node)) if isinstance(node, dict) else 0
        path.append(part)
    change = mutations.Change("witness", tuple(path), value)
    case = verdicts.judge(subject, models[name], change.apply(payload), change, client)
    assert case is not None and not case.agree, f"{rule}: no longer a difference"
    assert verdicts.explanation(case) == rule, case.describe()
