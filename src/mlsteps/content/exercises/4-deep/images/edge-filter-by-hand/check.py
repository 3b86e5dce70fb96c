import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

SOBEL_X = [[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]  # brighter to the right: positive
SOBEL_Y = [[-1.0, -2.0, -1.0], [0.0, 0.0, 0.0], [1.0, 2.0, 1.0]]  # brighter downwards: positive


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def edge_image(rows, cols, column):
    image = np.zeros((rows, cols), dtype=np.float32)
    image[:, column:] = 1.0
    return image


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case(floats([[0, 0, 1, 1], [0, 0, 1, 1]]), floats([[-1, 1]]), label="the example: a vertical edge")
    yield case(floats(edge_image(6, 6, 3)), floats(SOBEL_X), label="Sobel across a vertical edge")
    yield case(floats(edge_image(6, 6, 3).T), floats(SOBEL_Y), label="Sobel across a horizontal edge")
    yield case(floats(edge_image(5, 5, 2)), floats(SOBEL_X), padding=1,
               label="padding 1 keeps the 5×5 size; the zeros make edges at the border too")
    yield case(floats(numbers.integers(0, 9, (4, 4))), floats([[1, 2], [3, 4]]),
               label="an asymmetric kernel: turning it around changes the answer")
    yield case(floats(numbers.integers(0, 9, (5, 7))), floats([[1, 0, -1], [2, 0, -2]]),
               label="neither the image nor the kernel is square")
    yield case(floats(numbers.integers(0, 9, (3, 3))), floats(np.arange(9).reshape(3, 3)),
               label="a kernel as large as the image: one number out")
    for _ in range(4):
        rows, cols = int(numbers.integers(3, 9)), int(numbers.integers(3, 9))
        kh, kw = int(numbers.integers(1, 4)), int(numbers.integers(1, 4))
        yield case(
            floats(np.round(numbers.random((rows, cols)), 2)),
            floats(numbers.integers(-2, 3, (kh, kw))),
            padding=int(numbers.integers(0, 2)),
            label="a random image and kernel",
        )


def correlate(image, kernel, padding):
    padded = np.pad(image, padding)
    kh, kw = kernel.shape
    rows, cols = padded.shape[0] - kh + 1, padded.shape[1] - kw + 1
    return np.array([[(padded[i : i + kh, j : j + kw] * kernel).sum() for j in range(cols)] for i in range(rows)])


def diagnose(case, expected, got):
    if not isinstance(got, TensorValue) or not isinstance(expected, TensorValue):
        return None
    image, kernel = (np.asarray(argument.values, dtype=float) for argument in case.args)
    padding = case.kwargs.get("padding", 0)
    values = np.asarray(got.values, dtype=float)
    if got.shape == expected.shape and np.allclose(values, correlate(image, kernel[::-1, ::-1], padding), atol=1e-4):
        return (
            "You turned the kernel around (upside down and left to right), as a convolution does in mathematics. "
            "conv2d does not: it is a cross-correlation, where the window's top-left pixel meets the kernel's "
            "top-left number."
        )
    if padding and got.shape == correlate(image, kernel, 0).shape:
        return (
            f"padding={padding} asks for {padding} pixel(s) of zeros around the image on every side before the "
            "window slides: the output should be that much larger."
        )
    if got.shape == expected.shape[::-1] and np.allclose(values.T, np.asarray(expected.values), atol=1e-4):
        return (
            "Your result is turned on its side, with rows and columns swapped: a tensor's first index is the row "
            "(going down the image), the second the column (going across)."
        )
    return None
