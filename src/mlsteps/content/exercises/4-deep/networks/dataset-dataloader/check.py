import numpy as np

from mlsteps.engine.cases import case, tensor


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def table(numbers, rows, cols):
    features = np.round(numbers.normal(size=(rows, cols)), 2)
    targets = np.round(numbers.uniform(0, 10, size=rows), 1)
    return floats(features), floats(targets)


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    example = np.arange(20, dtype=float).reshape(10, 2)
    yield case(floats(example), floats(np.arange(1, 11)), 4, label="the example: 10 rows in batches of 4")
    yield case(*table(numbers, 9, 3), 3, label="9 rows in batches of 3: no smaller batch")
    yield case(*table(numbers, 7, 2), 3, label="7 rows in batches of 3: the last batch has one row")
    yield case(*table(numbers, 5, 4), 8, label="a batch size bigger than the table")
    yield case(*table(numbers, 3, 1), 1, label="batches of one row")
    for _ in range(4):
        rows = int(numbers.integers(10, 60))
        yield case(*table(numbers, rows, int(numbers.integers(1, 6))), int(numbers.integers(2, 12)),
                   label="a random table")


def batches(features, targets, batch_size, rows=None, drop_last=False):
    """The summary a DataLoader over the first `rows` rows would give, worked out with NumPy."""
    rows = len(targets) if rows is None else rows
    stops = range(batch_size, rows + batch_size, batch_size)
    summary = []
    for start, stop in zip(range(0, rows, batch_size), stops, strict=False):
        stop = min(stop, rows)
        if drop_last and stop - start < batch_size:
            break
        summary.append(((stop - start, *features.shape[1:]), float(targets[start:stop].sum())))
    return summary


def same(got, summary):
    if not isinstance(got, list) or len(got) != len(summary):
        return False
    for item, (shape, total) in zip(got, summary, strict=True):
        if not isinstance(item, tuple | list) or len(item) != 2 or tuple(item[0]) != shape:
            return False
        if not isinstance(item[1], int | float) or not np.isclose(item[1], total, rtol=1e-5, atol=1e-4):
            return False
    return True


def diagnose(case, expected, got):
    features_arg, targets_arg, batch_size = case.args
    features, targets = features_arg.values.astype(float), targets_arg.values.astype(float)
    rows = len(targets)
    if not isinstance(got, list) or not got:
        return None
    dropped = rows % batch_size and same(got, batches(features, targets, batch_size, drop_last=True))
    one_short = same(got, batches(features, targets, batch_size, rows=rows - 1))
    if dropped and one_short:
        return (
            f"The last row is missing. Two things do that here: __len__ giving one less than the number of rows "
            f"({rows}), or drop_last=True, which drops the last batch when it is smaller than the others."
        )
    if dropped:
        return (
            f"The last, smaller batch is missing ({rows} rows in batches of {batch_size} leave {rows % batch_size} "
            "over). Keep it, so that every row is used (look up drop_last)."
        )
    if one_short:
        return (
            f"The last row is missing: __len__ should be the number of rows ({rows}), len(self.features), not "
            "the last index. The DataLoader asks only for the indexes below the dataset's length."
        )
    sums = [item[1] for item in got if isinstance(item, tuple | list) and len(item) == 2]
    if (
        len(got) == len(expected) == len(sums)
        and all(isinstance(total, int | float) for total in sums)
        and np.isclose(sum(sums), targets.sum(), rtol=1e-5, atol=1e-3)
    ):
        return (
            "Every row is there, but not in order: the batches hold other rows than they should. This DataLoader "
            "must not shuffle. (Shuffling is good for training, but this summary must follow "
            "the table's order.)"
        )
    return None
