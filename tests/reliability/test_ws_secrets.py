"""Tokens never show, for the Binary.com client: after a whole session (an OAuth redirect,
authorize, calls, streams, dropped connections with the session and streams restored, error
answers and broken answers that quote the token, a refused token, timeouts), every repr,
every DEBUG log record of every logger (the websockets frame log at DEBUG too), every
exception text with its chained causes, and every pickle of the client, its session,
transport, subscriptions, gaps, OAuth accounts and errors is searched for the tokens used.
Pickling may refuse (TypeError); what it does write must not hold them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from binary_com_api import (
    ApiError,
    Backoff,
    BinaryComClient,
    ClientError,
    ConnectionLost,
    DecodeError,
    Gap,
    InvalidToken,
    RequestTimeout,
    ValidationError,
    parse_oauth_redirect,
)
from binary_com_api.testing import (
    ALL_SCOPES,
    BadReply,
    BinaryComSimulator,
    Delay,
    DropConnection,
    ErrorAnswer,
)

from tests.reliability.test_secrets import Evidence

TOKEN = "a1-SecretToken-Ws7731"  # what the OAuth redirect carries, then authorize sends
WRONG = "a1-WrongToken-Ws0042"  # refused by the server, which quotes it back
SECOND = "a1-OtherToken-Ws5150"  # another account of the same redirect


@pytest.fixture
def evidence(caplog: pytest.LogCaptureFixture) -> Iterator[Evidence]:
    caplog.set_level(logging.DEBUG)  # every logger: the package's, the simulator's
    frames = logging.getLogger("binary_com_api.websockets")
    level = frames.level
    frames.setLevel(logging.DEBUG)  # deliberately: websockets then logs every frame
    yield Evidence()
    frames.setLevel(level)


def test_binary_com(evidence: Evidence, caplog: pytest.LogCaptureFixture) -> None:
    tokens = {TOKEN: ALL_SCOPES, SECOND: ("read",)}
    with BinaryComSimulator(tokens=tokens, stream_interval=0.02) as sim:
        redirect = f"https://app.example/cb?acct1=CR1&token1={TOKEN}&cur1=usd"
        redirect += f"&acct2=CR2&token2={SECOND}&cur2="
        accounts = parse_oauth_redirect(redirect)
        client = BinaryComClient(
            1089, endpoint=sim.url, keepalive=0.2, timeout=3.0, backoff=Backoff(0.02, 0.1)
        )
        client.authorize(accounts[0].token)
        client.balance()
        gaps: list[Gap] = []
        stream = client.subscribe_balance()
        stream.on_gap = gaps.append
        next(stream)
        sim.drop_connections()  # authorized again, the stream opened again
        next(stream)
        assert gaps and client.authorized
        sim.inject(DropConnection(only="balance"))
        client.balance()  # sent again on a new connection, authorized again
        next(stream)  # the stream, opened again too (before the faults below)
        assert len(gaps) == 2

        quoting = f"The token {TOKEN} is not valid here ({TOKEN[:10]})"
        sim.inject(ErrorAnswer("InvalidToken", quoting, only="balance"))
        evidence.failure("quoted token", client.balance, InvalidToken)
        client.authorize(TOKEN)
        seed = sim.example_reply("balance")
        detailed = {
            **seed,
            "error": {"code": "Odd", "message": TOKEN, "details": {TOKEN: [TOKEN], "t": TOKEN}},
        }
        sim.inject(BadReply(detailed, only="balance"))
        evidence.failure("quoted in details", client.balance, ApiError)
        sim.inject(BadReply({**seed, "msg_type": TOKEN}, only="balance"))
        evidence.failure("token as a bad value", client.balance, DecodeError)
        sim.inject(BadReply({**seed, TOKEN: 1, "balance": {TOKEN: "x"}}, only="balance"))
        evidence.failure("token as a key", client.balance, DecodeError)
        sim.inject(ErrorAnswer("InvalidToken", f"The token {WRONG} is invalid.", only="authorize"))
        evidence.failure("refused token", lambda: client.authorize(WRONG), InvalidToken)
        evidence.failure(
            "malformed token", lambda: client.authorize(f"{TOKEN} and more"), ValidationError
        )
        client.authorize(TOKEN)
        sim.inject(BadReply({**seed, "error": {"code": "X", "message": TOKEN}}, only="balance"))
        sim.drop_connections()  # the stream's new first answer is an error quoting the token
        evidence.failure("stream opened again", lambda: stream.get(timeout=3), ApiError)
        sim.inject(DropConnection(only="topup_virtual"))
        evidence.failure("unsafe call dropped", client.topup_virtual, ConnectionLost)
        sim.inject(Delay(1.0, only="balance"))
        evidence.failure("timeout", lambda: client.balance(timeout=0.1), RequestTimeout)
        ticks = client.subscribe_ticks("R_50")
        next(ticks)
        for name, obj in [
            ("client", client),
            ("session", client._session),
            ("transport", client._session.transport()),
            ("subscription", stream),
            ("ticks", ticks),
            ("gap", gaps[0]),
            ("account", accounts[0]),
            ("accounts", accounts),
            ("backoff", Backoff()),
        ]:
            evidence.show(name, obj)
        client.close()
        evidence.failure("closed", client.balance, ClientError)
        evidence.failure("closed stream", lambda: ticks.get(timeout=1), ConnectionLost)
    evidence.logs(caplog)
    frames = [r.getMessage() for r in caplog.records if r.name == "binary_com_api.websockets"]
    assert any(text.startswith("> TEXT [") for text in frames)  # frames logged, not their text
    assert any(record.name == "binary_com_api" for record in caplog.records)
    evidence.assert_clean({"token": TOKEN, "refused token": WRONG, "second token": SECOND})
    assert {
        "client",
        "session",
        "transport",
        "subscription",
        "ticks",
        "account",
        "accounts",
    } <= set(evidence.refused_pickles)


def test_redacted_errors_keep_everything_else() -> None:
    error = ApiError("X", "a tok-1 b", {"k": ["tok-1", 2], "tok-1": None}, call="balance")
    error.redact("tok-1", "")
    assert error.message == "a <redacted> b"
    assert error.details == {"k": ["<redacted>", 2], "<redacted>": None}
    assert str(error) == "balance: X: a <redacted> b"
    untouched = ApiError("X", "nothing secret", call="time")
    untouched.redact()
    assert str(untouched) == "time: X: nothing secret"


def test_an_oauth_account_is_not_pickled_but_copies_itself() -> None:
    import copy
    import pickle

    account = parse_oauth_redirect(f"acct1=CR1&token1={TOKEN}")[0]
    with pytest.raises(TypeError):
        pickle.dumps(account)
    assert copy.copy(account) is account and copy.deepcopy([account])[0] is account
