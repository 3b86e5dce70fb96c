import math
import random


def split_records(records, test_fraction, seed):
    """Shuffle a copy of `records` with `seed` and return (train, test); test holds the first ceil(n * fraction)."""
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must lie between 0 and 1, got {test_fraction}")
    generator = random.Random(seed)
    shuffled = list(records)
    generator.shuffle(shuffled)
    n_test = math.ceil(len(shuffled) * test_fraction)
    return shuffled[n_test:], shuffled[:n_test]
