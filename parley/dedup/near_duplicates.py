"""Near-duplicate articles: word-shingle MinHash with LSH banding.

Two articles are near duplicates when the estimated Jaccard similarity of their word
5-gram sets is at least ``DEFAULT_JACCARD`` (syndicated copies), or when the smaller
set is almost contained in the larger (``DEFAULT_CONTAINMENT``: a repost wrapped in
other boilerplate). Signatures are deterministic (hash parameters derive from fixed
strings), so they can be stored and compared across runs.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

DEFAULT_SHINGLE: Final = 5
DEFAULT_PERMUTATIONS: Final = 128
DEFAULT_BANDS: Final = 32  # 32 bands x 4 rows: candidates from Jaccard ~0.4 up
DEFAULT_JACCARD: Final = 0.8
DEFAULT_CONTAINMENT: Final = 0.9
MIN_CONTAINMENT_SHINGLES: Final = 10

_PRIME: Final = (1 << 61) - 1
_MAX32: Final = (1 << 32) - 1
_WORD = re.compile(r"\w+", re.UNICODE)


def _param(tag: str) -> int:
    return int.from_bytes(hashlib.blake2b(tag.encode(), digest_size=8).digest(), "big") % _PRIME


_A = np.array([_param(f"a{i}") | 1 for i in range(DEFAULT_PERMUTATIONS)], dtype=np.uint64)
_B = np.array([_param(f"b{i}") for i in range(DEFAULT_PERMUTATIONS)], dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Signature:
    """MinHash of an article's shingle set, and the size of that set."""

    minhash: tuple[int, ...]
    n_shingles: int

    def array(self) -> npt.NDArray[np.uint32]:
        return np.array(self.minhash, dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class Match:
    """The stored article a new one duplicates, with the scores that decided it."""

    doc_id: str
    jaccard: float
    containment: float


def shingles(text: str, k: int = DEFAULT_SHINGLE) -> set[int]:
    """32-bit hashes of the lower-cased word k-grams of ``text``."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < k:
        return {zlib.crc32(" ".join(words).encode("utf-8"))}
    return {
        zlib.crc32(" ".join(words[i : i + k]).encode("utf-8")) for i in range(len(words) - k + 1)
    }


def signature(text: str, *, k: int = DEFAULT_SHINGLE) -> Signature:
    """MinHash signature of ``text`` (``DEFAULT_PERMUTATIONS`` values)."""
    found = shingles(text, k)
    if not found:
        full = np.full(DEFAULT_PERMUTATIONS, _MAX32, dtype=np.uint32)
        return Signature(tuple(int(v) for v in full), 0)
    hv = np.fromiter(found, dtype=np.uint64, count=len(found))
    with np.errstate(over="ignore"):
        mixed = (hv[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    sig = (mixed & np.uint64(_MAX32)).min(axis=0).astype(np.uint32)
    return Signature(tuple(int(v) for v in sig), len(found))


def lsh_buckets(sig: Signature, *, bands: int = DEFAULT_BANDS) -> list[tuple[int, int]]:
    """``(band, bucket)`` pairs: articles sharing one are candidate duplicates."""
    if sig.n_shingles == 0:
        return []
    values = sig.array()
    rows = len(values) // bands
    out: list[tuple[int, int]] = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"parley-lsh").digest()
        out.append((band, int.from_bytes(digest, "big")))
    return out


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated Jaccard similarity and containment of the smaller set in the larger."""
    if a.n_shingles == 0 or b.n_shingles == 0:
        return 0.0, 0.0
    jaccard = float(np.mean(a.array() == b.array()))
    inter = jaccard * (a.n_shingles + b.n_shingles) / (1.0 + jaccard)
    containment = min(1.0, inter / min(a.n_shingles, b.n_shingles))
    return jaccard, containment


def is_near_duplicate(
    a: Signature,
    b: Signature,
    *,
    jaccard: float = DEFAULT_JACCARD,
    containment: float = DEFAULT_CONTAINMENT,
) -> bool:
    j, c = similarity(a, b)
    if j >= jaccard:
        return True
    small = min(a.n_shingles, b.n_shingles)
    return small >= MIN_CONTAINMENT_SHINGLES and c >= containment


def best_match(
    sig: Signature,
    candidates: Iterable[tuple[str, Signature]],
    *,
    jaccard: float = DEFAULT_JACCARD,
    containment: float = DEFAULT_CONTAINMENT,
) -> Match | None:
    """The most similar candidate that is a near duplicate of ``sig`` (ties: smallest id)."""
    best: Match | None = None
    for doc_id, other in candidates:
        if not is_near_duplicate(sig, other, jaccard=jaccard, containment=containment):
            continue
        j, c = similarity(sig, other)
        match = Match(doc_id, j, c)
        if best is None or (j, c, _neg(doc_id)) > (
            best.jaccard,
            best.containment,
            _neg(best.doc_id),
        ):
            best = match
    return best


def _neg(doc_id: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in doc_id)


class NearDuplicateIndex:
    """In-memory LSH index: the store keeps the same buckets in ``article_lsh``."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[str]] = {}
        self._sigs: dict[str, Signature] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def candidates(self, sig: Signature) -> list[str]:
        seen: dict[str, None] = {}
        for key in lsh_buckets(sig):
            for doc_id in self._buckets.get(key, ()):
                seen.setdefault(doc_id)
        return list(seen)

    def find(self, sig: Signature) -> Match | None:
        return best_match(sig, ((d, self._sigs[d]) for d in self.candidates(sig)))

    def add(self, doc_id: str, sig: Signature) -> None:
        self._sigs[doc_id] = sig
        for key in lsh_buckets(sig):
            self._buckets.setdefault(key, []).append(doc_id)

    def signature_of(self, doc_id: str) -> Signature | None:
        return self._sigs.get(doc_id)


__all__ = [
    "DEFAULT_CONTAINMENT",
    "DEFAULT_JACCARD",
    "DEFAULT_SHINGLE",
    "Match",
    "NearDuplicateIndex",
    "Signature",
    "best_match",
    "is_near_duplicate",
    "lsh_buckets",
    "shingles",
    "signature",
    "similarity",
]
