import random


def split_records(records, test_fraction, seed):
    if not 0 < test_fraction < 1:
        raise ValueError("bad fraction")
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    n_test = int(len(shuffled) * test_fraction)
    return shuffled[n_test:], shuffled[:n_test]
