"""The typed models of Okcoin REST API v3: one namespace for all of them.

Each model lives in the module of its call group (`_models/`) and is imported the first time
it is used from here, so a call loads the models of its own group only. Type checkers see
every model through the imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models.account import (
        Currency,
        Deposit,
        DepositAddress,
        FundingLedgerEntry,
        TransferResult,
        Wallet,
        Withdrawal,
        WithdrawalFee,
        WithdrawalResult,
    )
    from ._models.general import ServerTime
    from ._models.margin import (
        AmendOrderItem,
        BorrowResult,
        MarginLoan,
        MarginOrderRequest,
        RepaymentResult,
    )
    from ._models.oracle import OraclePayload
    from ._models.shared import (
        CancelOrdersRequest,
        Fill,
        LedgerDetails,
        LedgerEntry,
        Order,
        OrderResult,
    )
    from ._models.spot.amend_orders import AmendOrderRequest
    from ._models.spot.get_candles import CandleObject
    from ._models.spot.get_order_book import OrderBook
    from ._models.spot.list_algo_orders import AlgoOrder
    from ._models.spot.list_instruments import Instrument
    from ._models.spot.list_trades import Trade
    from ._models.spot.place_orders import SpotOrderRequest
    from ._models.spot.shared import AlgoOrderResult, SpotAccount, Ticker

__all__ = [
    "AlgoOrder",
    "AlgoOrderResult",
    "AmendOrderItem",
    "AmendOrderRequest",
    "BorrowResult",
    "CancelOrdersRequest",
    "CandleObject",
    "Currency",
    "Deposit",
    "DepositAddress",
    "Fill",
    "FundingLedgerEntry",
    "Instrument",
    "LedgerDetails",
    "LedgerEntry",
    "MarginLoan",
    "MarginOrderRequest",
    "OraclePayload",
    "Order",
    "OrderBook",
    "OrderResult",
    "RepaymentResult",
    "ServerTime",
    "SpotAccount",
    "SpotOrderRequest",
    "Ticker",
    "Trade",
    "TransferResult",
    "Wallet",
    "Withdrawal",
    "WithdrawalFee",
    "WithdrawalResult",
]

_MODULES: dict[str, str] = {
    "Currency": "._models.account",
    "Deposit": "._models.account",
    "DepositAddress": "._models.account",
    "FundingLedgerEntry": "._models.account",
    "TransferResult": "._models.account",
    "Wallet": "._models.account",
    "Withdrawal": "._models.account",
    "WithdrawalFee": "._models.account",
    "WithdrawalResult": "._models.account",
    "ServerTime": "._models.general",
    "AmendOrderItem": "._models.margin",
    "BorrowResult": "._models.margin",
    "MarginLoan": "._models.margin",
    "MarginOrderRequest": "._models.margin",
    "RepaymentResult": "._models.margin",
    "OraclePayload": "._models.oracle",
    "CancelOrdersRequest": "._models.shared",
    "Fill": "._models.shared",
    "LedgerDetails": "._models.shared",
    "LedgerEntry": "._models.shared",
    "Order": "._models.shared",
    "OrderResult": "._models.shared",
    "AmendOrderRequest": "._models.spot.amend_orders",
    "CandleObject": "._models.spot.get_candles",
    "OrderBook": "._models.spot.get_order_book",
    "AlgoOrder": "._models.spot.list_algo_orders",
    "Instrument": "._models.spot.list_instruments",
    "Trade": "._models.spot.list_trades",
    "SpotOrderRequest": "._models.spot.place_orders",
    "AlgoOrderResult": "._models.spot.shared",
    "SpotAccount": "._models.spot.shared",
    "Ticker": "._models.spot.shared",
}


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the imports above: a misspelt model name fails
    # the type check instead of passing as `Any`.
    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __package__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
