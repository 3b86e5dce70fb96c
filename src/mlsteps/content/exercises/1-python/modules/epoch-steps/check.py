import math

from mlsteps.engine.cases import case


def cases(rng):
    yield case(100, 32, label="the example")
    yield case(100, 32, drop_last=True, label="the example, dropping the last batch")
    yield case(64, 32, label="the example: it divides evenly")
    yield case(10, 4, label="10 / 4 = 2.5: a half")
    yield case(64, 32, drop_last=True, label="divides evenly, with drop_last")
    yield case(5, 8, label="fewer examples than one batch")
    yield case(5, 8, drop_last=True, label="fewer examples than one batch, dropped")
    yield case(0, 16, label="no examples at all")
    yield case(10, 0, raises="ValueError", label="a batch size of 0")
    for _ in range(5):
        yield case(
            rng.randint(1, 5000), rng.choice([8, 16, 32, 64, 100]), drop_last=rng.random() < 0.4, label="random sizes"
        )


def diagnose(case, expected, got):
    n_samples, batch_size = case.args
    drop_last = case.kwargs.get("drop_last", False)
    if not isinstance(got, dict) or got == expected:
        return None
    steps, last = got.get("steps"), got.get("last_batch")
    if steps != expected["steps"]:
        if drop_last and steps == math.ceil(n_samples / batch_size):
            return "With drop_last the incomplete last batch is dropped: round down, not up."
        if steps == round(n_samples / batch_size):
            return (
                "Your steps are n_samples / batch_size rounded to the nearest whole number; an incomplete last "
                "batch still needs a step, so the count rounds up (math.ceil)."
            )
        return None
    if last == n_samples % batch_size != expected["last_batch"]:
        return (
            f"When nothing is left over, the last batch is a full batch ({batch_size}), not the remainder 0; "
            "0 is only for an epoch with no steps."
        )
    return None
