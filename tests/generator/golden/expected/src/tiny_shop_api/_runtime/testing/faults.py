"""Faults a simulator serves instead of (or around) its normal answer, and the queue that
hands them out: tests use them to see how a client copes with a misbehaving server."""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Collection, Sequence


class Fault:
    """A misbehaviour served `times` times, then used up.

    `only` limits it to requests known by that name: each simulator says which names a
    request has (an operationId, a path template, a literal path, a call name).
    """

    def __init__(self, times: int = 1, *, only: str | None = None) -> None:
        if times < 1:
            raise ValueError("times must be at least 1")
        self.times = times
        self.only = only

    def matches(self, names: Collection[str]) -> bool:
        """Whether the fault applies to a request known by these names."""
        return self.only is None or self.only in names

    def _details(self) -> str:
        """What a subclass adds to the repr, ending in ", " when not empty."""
        return ""

    def __repr__(self) -> str:
        only = f", only={self.only!r}" if self.only is not None else ""
        return f"{type(self).__name__}({self._details()}times={self.times}{only})"


class RandomFaults(Fault):
    """Serves one of `choices` (picked uniformly; repeat one to weight it) to each request it
    applies to, with probability `rate`, and is never used up. The draws come from a
    generator seeded with `seed`, so the same requests in the same order meet the same
    faults; the `times` of the choices is ignored. A simulator's `fault_counts` counts what
    was served."""

    def __init__(
        self,
        choices: Sequence[Fault],
        rate: float = 0.1,
        *,
        seed: int = 0,
        only: str | None = None,
    ) -> None:
        super().__init__(1, only=only)
        if not choices or any(isinstance(choice, RandomFaults) for choice in choices):
            raise ValueError("choices must be a non-empty sequence of plain faults")
        if not 0 <= rate <= 1:
            raise ValueError("rate must be between 0 and 1")
        self.choices = tuple(choices)
        self.rate = rate
        self.seed = seed
        self._random = random.Random(seed)

    def draw(self, names: Collection[str] = ()) -> Fault | None:
        """The fault for the next request, or None (called with the queue's lock held). A
        choice's own `only` is honoured: a draw that does not apply serves nothing."""
        if self._random.random() >= self.rate:
            return None
        choice = self._random.choice(self.choices)
        return choice if choice.matches(names) else None

    def _details(self) -> str:
        return f"{len(self.choices)} choices, rate={self.rate!r}, seed={self.seed!r}, "


class FaultQueue:
    """The faults injected into one simulator, tried in the order injected; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._served: Counter[str] = Counter()

    def inject(self, fault: Fault) -> None:
        """Queues a fault behind those already injected."""
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        """Forgets every fault not yet served (the counts stay)."""
        with self._lock:
            self._faults.clear()

    def take(self, names: Collection[str]) -> Fault | None:
        """The fault for a request known by `names`, counted and used once, or None."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(names):
                    continue
                if isinstance(fault, RandomFaults):
                    drawn = fault.draw(names)
                    if drawn is None:
                        continue
                    served = drawn
                else:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    served = fault
                self._served[type(served).__name__] += 1
                return served
        return None

    def count(self, kind: str) -> None:
        """Counts a fault a simulator served outside the queue (a refused connection)."""
        with self._lock:
            self._served[kind] += 1

    @property
    def pending(self) -> list[Fault]:
        """The faults still waiting, in order."""
        with self._lock:
            return list(self._faults)

    @property
    def counts(self) -> dict[str, int]:
        """How many times each kind of fault was served so far, by class name."""
        with self._lock:
            return dict(self._served)
