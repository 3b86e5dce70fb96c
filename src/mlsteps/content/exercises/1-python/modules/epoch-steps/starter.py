import math


def epoch_plan(n_samples, batch_size, drop_last=False):
    """Return {"steps": batches in one epoch, "last_batch": size of the last batch that runs}."""
    steps = 0
    last_batch = 0
    # Work out the steps and the last batch here.
    return {"steps": steps, "last_batch": last_batch}
