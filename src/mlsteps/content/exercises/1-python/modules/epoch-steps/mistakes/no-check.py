import math


def epoch_plan(n_samples, batch_size, drop_last=False):
    if batch_size < 1:
        return {"steps": 0, "last_batch": 0}
    steps = n_samples // batch_size if drop_last else math.ceil(n_samples / batch_size)
    leftover = n_samples % batch_size
    if steps == 0:
        last_batch = 0
    elif leftover and not drop_last:
        last_batch = leftover
    else:
        last_batch = batch_size
    return {"steps": steps, "last_batch": last_batch}
