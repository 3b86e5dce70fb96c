import numpy as np

from mlsteps.engine.cases import case, tensor


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(tensor(np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)), label="the example")
    yield case(tensor(np.array([0, 2, 1, 1], dtype=np.int64), dtype="int64"), label="class labels (int64)")
    yield case(tensor(np.array(3.5, dtype=np.float32)), label="a single number (a 0-dimensional tensor)")
    yield case(tensor(np.zeros((2, 1, 8, 8), dtype=np.float32)), label="a batch of two 8x8 images")
    for _ in range(3):
        shape = tuple(int(size) for size in numbers.integers(1, 6, size=int(numbers.integers(1, 4))))
        yield case(tensor(numbers.normal(size=shape).astype(np.float32)), label="a random tensor")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2:
        return "Return a tuple of two things: the tensor on its device, and the device's name."
    name = got[1]
    if isinstance(name, bool):
        return (
            "The second item must be the device's name, \"cuda\" or \"cpu\", not whether CUDA is available "
            "(True or False)."
        )
    if isinstance(name, str) and name.startswith(("cuda:", "cpu:")):
        return "Give the device's plain name, \"cuda\" or \"cpu\", without a number after it."
    return None
