import numpy as np


def simulate_dice(seed, n):
    np.random.seed(seed)
    rolls = np.random.randint(1, 7, size=n)
    return np.bincount(rolls, minlength=7)[1:]
