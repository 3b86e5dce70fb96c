import numpy as np


def simulate_dice(seed, n):
    rng = np.random.default_rng(seed)
    rolls = rng.integers(1, 6, size=n)
    return np.bincount(rolls, minlength=7)[1:]
