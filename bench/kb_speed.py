"""KB speed: load time (cold and cached), lookups/s and find_mentions sentences/s.

Run: ``python bench/kb_speed.py``. Each figure is the best of a few runs. CPU time
(``time.process_time``) is reported next to wall time because shared machines make wall
time noisy; ``calibration`` times a fixed pure-Python loop (about 0.05 s CPU on an idle
3 GHz core) so figures from a loaded or slow machine can be scaled.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable

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


def _timed(fn: Callable[[], object], repeat: int = 1) -> tuple[float, float]:
    """Best (wall, cpu) seconds of ``repeat`` runs: the least disturbed run on a busy host."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return min(walls), min(cpus)


def _calibration() -> None:
    table: dict[int, int] = {}
    for i in range(1_000_000):
        table[i & 1023] = i


def main() -> None:
    calib = _timed(_calibration, 5)
    os.environ["PARLEY_KB_CACHE"] = "0"
    cold = _timed(KnowledgeBase.load, 3)
    os.environ["PARLEY_KB_CACHE"] = "1"
    KnowledgeBase.load()
    warm = _timed(KnowledgeBase.load, 5)
    kb = KnowledgeBase.load()
    rng = random.Random(7)
    days = [
        f"{rng.randint(2000, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for _ in range(5000)
    ]
    queries = [(rng.choice(MENTIONS), rng.choice(days)) for _ in range(100_000)]
    uncached = [(m, d) for m, d in queries[:20_000]]

    def run() -> None:
        kb._lookup.cache_clear()
        for m, d in queries:
            kb.lookup(m, d)

    def run_raw() -> None:
        for m, d in uncached:
            kb._lookup.__wrapped__(kb, m, d, ())

    first_spot = _timed(lambda: kb.find_mentions("x"))

    def spot() -> None:
        for _ in range(5_000):
            kb.find_mentions(SENTENCE)

    lw, lc = _timed(run, 3)
    rw, rc = _timed(run_raw, 3)
    sw, sc = _timed(spot, 5)
    print(f"calibration wall {calib[0]:.3f}s cpu {calib[1]:.3f}s (idle core: ~0.05s)")
    print(f"load cold   wall {cold[0]:.2f}s cpu {cold[1]:.2f}s")
    print(f"load cached wall {warm[0]:.2f}s cpu {warm[1]:.2f}s")
    print(f"lookup (memoised) {len(queries) / lw:,.0f}/s wall, {len(queries) / lc:,.0f}/s cpu")
    print(f"lookup (no memo)  {len(uncached) / rw:,.0f}/s wall, {len(uncached) / rc:,.0f}/s cpu")
    words = len(SENTENCE.split())
    print(
        f"first find_mentions wall {first_spot[0]:.3f}s; find_mentions {5000 / sw:,.0f} "
        f"sentences/s wall, {5000 / sc:,.0f}/s cpu ({5000 * words / sc:,.0f} words/s cpu)"
    )


if __name__ == "__main__":
    main()
