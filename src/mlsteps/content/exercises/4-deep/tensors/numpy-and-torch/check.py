import numpy as np

from mlsteps.engine.cases import case
from mlsteps.engine.plain_data import TensorValue


def cases(rng):
    yield case(np.array([[0, 51, 255], [102, 204, 153]], dtype=np.float32), label="the example")
    yield case(np.array([[128]], dtype=np.uint8), label="one pixel, stored as uint8")
    yield case(np.array([[0.0, 255.0], [127.5, 63.75]]), label="float64, NumPy's usual dtype")
    yield case(np.zeros((2, 3, 3), dtype=np.float32), label="a batch of two black 3x3 images")
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    for dtype in ("uint8", "float32", "float64", "float32", "uint8"):
        shape = tuple(int(size) for size in numbers.integers(1, 9, size=int(numbers.integers(1, 4))))
        pixels = numbers.integers(0, 256, size=shape).astype(dtype)
        yield case(pixels, label=f"a random {dtype} image")


def diagnose(case, expected, got):
    (pixels,) = case.args
    if isinstance(got, np.ndarray):
        return (
            "This is still a NumPy array: the network needs a tensor. PyTorch can make one from the array "
            "that shares its memory."
        )
    if not isinstance(got, TensorValue) or got.shape != pixels.shape:
        return None
    if got.dtype == "torch.float64":
        return (
            "torch.from_numpy keeps the array's dtype, and NumPy's decimal numbers are float64. "
            "Networks compute in float32: convert the tensor's dtype."
        )
    if got.dtype == "torch.float32" and np.allclose(got.values, pixels / 255, rtol=1e-5, atol=1e-6):
        return (
            "Your numbers are right, but the tensor torch.from_numpy makes shares its memory with the array, "
            "so changing it in place (with /=) changed the array too. Divide into a new tensor instead."
        )
    if np.allclose(got.values, pixels, rtol=1e-5):
        return "Divide by 255, so that the brightest pixel (255) becomes 1.0 and black (0) stays 0.0."
    return None
