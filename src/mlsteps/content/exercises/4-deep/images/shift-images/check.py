import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

EXAMPLE = [[[[1, 2, 3], [4, 5, 6]]]]


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats(EXAMPLE), dx=1, dy=0, label="the example: one pixel to the right")
    yield case(floats(EXAMPLE), dx=0, dy=-1, label="the example: one pixel up")
    yield case(floats(EXAMPLE), dx=0, dy=0, label="no shift at all")
    square = numbers.integers(1, 9, (2, 1, 4, 4))
    yield case(floats(square), dx=2, dy=0, label="a square image: two pixels right, not down")
    yield case(floats(square), dx=-1, dy=1, label="left and down at once")
    yield case(floats(square), dx=4, dy=0, label="a shift as wide as the image leaves only zeros")
    yield case(floats(numbers.integers(1, 9, (3, 2, 5, 6))), dx=-2, dy=-3, label="several channels")
    for _ in range(5):
        height, width = int(numbers.integers(2, 9)), int(numbers.integers(2, 9))
        images = np.round(numbers.random((int(numbers.integers(1, 4)), 1, height, width)), 2)
        dx, dy = int(numbers.integers(-width, width)), int(numbers.integers(-height, height))
        yield case(floats(images), dx=dx, dy=dy, label="random images and shifts")


def shifted(images, dx, dy):
    height, width = images.shape[-2:]
    out = np.zeros_like(images)
    for r in range(height):
        for c in range(width):
            if 0 <= r - dy < height and 0 <= c - dx < width:
                out[..., r, c] = images[..., r - dy, c - dx]
    return out


def diagnose(case, expected, got):
    if not isinstance(got, TensorValue) or got.shape != expected.shape:
        return None
    images = np.asarray(case.args[0].values)
    dx, dy = case.kwargs["dx"], case.kwargs["dy"]
    values = np.asarray(got.values)
    if (dx or dy) and np.allclose(values, np.roll(images, (dy, dx), axis=(-2, -1))):
        return (
            "What was pushed out past one edge came back in on the other side: that is a roll, not a shift. "
            "The pixels that move in from outside the frame should be 0."
        )
    if dx != dy and np.array_equal(values, shifted(images, dy, dx)):
        return (
            "The content moved the right distances along the wrong axes: the rows and the columns are swapped. "
            "The last axis is the columns (dx, left and right), the one before it the rows (dy, up and down)."
        )
    if (dx == 0 or dy == 0) and not values.any() and images.any():
        return (
            "Your result is all zeros, though a shift of 0 should leave that axis as it is: a slice such as "
            "`[:-d]` is empty when d is 0."
        )
    return None
