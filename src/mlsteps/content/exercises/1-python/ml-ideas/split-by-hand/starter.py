import math
import random


def split_records(records, test_fraction, seed):
    """Shuffle a copy of `records` with `seed` and return (train, test); test holds the first ceil(n * fraction)."""
    train = []
    test = []
    # Check the fraction, shuffle a copy, then cut it in two.
    return train, test
