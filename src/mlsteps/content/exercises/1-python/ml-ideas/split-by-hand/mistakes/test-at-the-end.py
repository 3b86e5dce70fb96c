import math
import random


def split_records(records, test_fraction, seed):
    if not 0 < test_fraction < 1:
        raise ValueError("bad fraction")
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    n_test = math.ceil(len(shuffled) * test_fraction)
    n_train = len(shuffled) - n_test
    return shuffled[:n_train], shuffled[n_train:]
