import math


def epoch_plan(n_samples, batch_size, drop_last=False):
    """Return {"steps": batches in one epoch, "last_batch": size of the last batch that runs}."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    steps = n_samples // batch_size if drop_last else math.ceil(n_samples / batch_size)
    leftover = n_samples % batch_size
    if steps == 0:
        last_batch = 0
    elif leftover and not drop_last:
        last_batch = leftover
    else:
        last_batch = batch_size
    return {"steps": steps, "last_batch": last_batch}
