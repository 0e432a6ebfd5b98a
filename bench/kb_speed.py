"""KB speed: load time (cold and cached), lookups/s and find_mentions sentences/s.

Run: ``python bench/kb_speed.py``. CPU time is reported next to wall time because
shared machines make wall time noisy.
"""

from __future__ import annotations

import os
import random
import time

from parley.kb import KnowledgeBase

MENTIONS = [
    "the US president",
    "Putin",
    "Chairman Kim",
    "Kim",
    "the Kremlin",
    "Chinese",
    "North Korean army",
    "President Xi",
    "Merkel",
    "Taliban",
    "UN chief",
    "Pyongyang",
    "Israeli Prime Minister",
    "officials",
    "Zelensky",
    "Lavrov",
    "Secretary Blinken",
    "the Chinese President",
    "Modi",
    "unknown person",
]
SENTENCE = (
    "North Korean leader Kim Jong Un told Chinese President Xi Jinping in Pyongyang "
    "that the U.S. army and South Korean officials must stop, the Kremlin said."
)


def _timed(fn: object) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()  # type: ignore[operator]
    return time.perf_counter() - w, time.process_time() - c


def main() -> None:
    os.environ["PARLEY_KB_CACHE"] = "0"
    cold = _timed(KnowledgeBase.load)
    os.environ["PARLEY_KB_CACHE"] = "1"
    KnowledgeBase.load()
    warm = _timed(KnowledgeBase.load)
    kb = KnowledgeBase.load()
    rng = random.Random(7)
    days = [
        f"{rng.randint(2000, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for _ in range(5000)
    ]
    queries = [(rng.choice(MENTIONS), rng.choice(days)) for _ in range(100_000)]
    uncached = [(m, d) for m, d in queries[:20_000]]

    def run() -> None:
        for m, d in queries:
            kb.lookup(m, d)

    def run_raw() -> None:
        for m, d in uncached:
            kb._lookup.__wrapped__(kb, m, d, ())

    spot_build = _timed(lambda: kb.find_mentions("x"))

    def spot() -> None:
        for _ in range(5_000):
            kb.find_mentions(SENTENCE)

    lw, lc = _timed(run)
    rw, rc = _timed(run_raw)
    sw, sc = _timed(spot)
    print(f"load cold   wall {cold[0]:.2f}s cpu {cold[1]:.2f}s")
    print(f"load cached wall {warm[0]:.2f}s cpu {warm[1]:.2f}s")
    print(f"lookup (memoised) {len(queries) / lw:,.0f}/s wall, {len(queries) / lc:,.0f}/s cpu")
    print(f"lookup (no memo)  {len(uncached) / rw:,.0f}/s wall, {len(uncached) / rc:,.0f}/s cpu")
    print(
        f"spotter build wall {spot_build[0]:.2f}s; find_mentions {5000 / sw:,.0f} sentences/s "
        f"wall, {5000 / sc:,.0f}/s cpu"
    )


if __name__ == "__main__":
    main()
