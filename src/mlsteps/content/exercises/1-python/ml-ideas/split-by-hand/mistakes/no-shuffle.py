import math


def split_records(records, test_fraction, seed):
    if not 0 < test_fraction < 1:
        raise ValueError("bad fraction")
    n_test = math.ceil(len(records) * test_fraction)
    return records[n_test:], records[:n_test]
