import numpy as np


def simulate_dice(seed, n):
    """Roll a die n times with np.random.default_rng(seed); return the counts of faces 1 to 6."""
    rng = np.random.default_rng(seed)
    rolls = rng.integers(1, 7, size=n)
    return np.bincount(rolls, minlength=7)[1:]
