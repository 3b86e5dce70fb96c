import math
import random


def split_records(records, test_fraction, seed):
    shuffled = list(records)
    random.Random(seed).shuffle(shuffled)
    n_test = math.ceil(len(shuffled) * test_fraction)
    return shuffled[n_test:], shuffled[:n_test]
