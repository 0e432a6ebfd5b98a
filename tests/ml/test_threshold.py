"""The decision threshold chosen from out-of-fold predictions."""

from __future__ import annotations

import math

import pytest

from parley.ml.threshold import choose_threshold, precision_at

TOP = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]
RIGHT = [True, True, True, True, False, True, False, False]


def test_precision_and_coverage_at_a_threshold() -> None:
    assert precision_at(TOP, RIGHT, 0.7) == (1.0, 0.5)
    precision, coverage = precision_at(TOP, RIGHT, 0.5)
    assert precision == pytest.approx(5 / 6)
    assert coverage == pytest.approx(6 / 8)
    precision, coverage = precision_at(TOP, RIGHT, 0.99)
    assert math.isnan(precision) and coverage == 0.0


def test_lowest_threshold_reaching_the_target_wins() -> None:
    choice = choose_threshold(TOP, RIGHT, target=0.9, grid=(0.3, 0.5, 0.7, 0.9))
    assert choice.threshold == 0.7
    assert choice.precision == 1.0
    assert choice.coverage == 0.5
    assert choose_threshold(TOP, RIGHT, target=0.8, grid=(0.3, 0.5, 0.7)).threshold == 0.5


def test_unreachable_target_falls_back_to_the_top_of_the_grid() -> None:
    choice = choose_threshold([0.9, 0.8], [False, False], target=0.9, grid=(0.5, 0.85))
    assert choice.threshold == 0.85
    assert choice.precision == 0.0


def test_mismatched_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        precision_at([0.5], [True, False], 0.5)
    with pytest.raises(ValueError):
        choose_threshold([0.5], [True], grid=())
