"""The demo's row helpers: a weighted pick draws what ``Random.choices`` draws."""

from __future__ import annotations

from random import Random

from imh_desktop.demo.rows import pick, summed


def test_pick_draws_what_choices_draws_from_the_same_seed() -> None:
    for weights in ((80, 8, 5, 3, 4), (92.5, 6, 1.5), (0.7, 0.09, 0.06, 0.05), (1,), (0, 3, 0, 1)):
        population = [f"item {i}" for i in range(len(weights))]
        cumulative = summed(weights)
        ours, theirs = Random(7), Random(7)
        drawn = [pick(ours, population, cumulative) for _ in range(5_000)]
        assert drawn == [theirs.choices(population, weights)[0] for _ in range(5_000)]
        assert ours.random() == theirs.random()  # one random number per draw, as choices takes
