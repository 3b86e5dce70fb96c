import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

PARTS = ("the logits", "the loss", "the weight's gradient")


def problem(numbers, rows, inputs, classes, label):
    return case(
        tensor(np.round(numbers.normal(0, 1, (rows, inputs)), 3).astype(np.float32)),
        tensor(np.round(numbers.normal(0, 0.5, (classes, inputs)), 3).astype(np.float32)),
        tensor(np.round(numbers.normal(0, 0.1, classes), 3).astype(np.float32)),
        tensor(numbers.integers(0, classes, rows), dtype="int64"),
        label=label,
    )


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield problem(numbers, 4, 3, 2, "the example: 4 rows, 3 inputs, 2 classes")
    yield problem(numbers, 1, 5, 3, "one row")
    for _ in range(4):
        yield problem(numbers, int(numbers.integers(2, 40)), int(numbers.integers(2, 30)), int(numbers.integers(2, 6)),
                      "a random batch")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 3 or not all(isinstance(part, TensorValue) for part in got):
        return None
    dtypes = [part.dtype.removeprefix("torch.") for part in got]
    if dtypes[2] == "bfloat16":
        return (
            "The weight's gradient is bfloat16, so the weights themselves were turned into bfloat16: small updates "
            "get lost at that precision. Leave the weights float32; autocast makes bfloat16 copies where it helps."
        )
    if dtypes[0] == "float32" and dtypes[1] == "float32":
        return (
            "The logits came out float32: nothing ran in bfloat16. Autocast was not active on the CPU: it must wrap "
            "the forward pass, and be made for the device the tensors are on (device_type 'cpu'; on the CPU an "
            "autocast for 'cuda' only warns and does nothing)."
        )
    if dtypes[0] == "bfloat16" and dtypes[1] == "bfloat16":
        return (
            "The loss came out bfloat16: you cast the tensors by hand, so everything after ran in bfloat16 too. "
            "Autocast picks per operation: matrix products in bfloat16, but losses, softmax and sums in float32, "
            "where the extra precision matters."
        )
    return None
