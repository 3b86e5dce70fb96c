import math


def epoch_plan(n_samples, batch_size, drop_last=False):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    steps = n_samples // batch_size if drop_last else math.ceil(n_samples / batch_size)
    if drop_last:
        return {"steps": steps, "last_batch": batch_size if steps else 0}
    return {"steps": steps, "last_batch": n_samples % batch_size}
