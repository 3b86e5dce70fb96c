import math
import random


def split_records(records, test_fraction, seed):
    if not 0 < test_fraction < 1:
        raise ValueError("bad fraction")
    shuffled = list(records)
    random.shuffle(shuffled)
    n_test = math.ceil(len(shuffled) * test_fraction)
    return shuffled[n_test:], shuffled[:n_test]
