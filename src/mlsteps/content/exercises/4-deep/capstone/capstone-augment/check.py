import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue

DIGITS = load_digits()
UNSEEN = 1000  # the shipped backbone learned from the first 1000 images; the capstone uses the other 797
IMAGES = (DIGITS.images[UNSEEN:] / 16.0)[:, np.newaxis].astype(np.float32)
DIGIT = DIGITS.target[UNSEEN:]
MOVES = [(1, 0), (-1, 0), (0, 1), (0, -1)]


def labelled(numbers, per_digit):
    chosen = np.concatenate(
        [numbers.choice(np.flatnonzero(digit == DIGIT), per_digit, replace=False) for digit in range(10)]
    )
    return tensor(IMAGES[chosen]), tensor(DIGIT[chosen], dtype="int64")


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    tiny = np.arange(1, 10, dtype=np.float32).reshape(1, 1, 3, 3)
    yield case(tensor(tiny), tensor([7], dtype="int64"), label="the example: one 3×3 image")
    yield case(tensor(np.concatenate([tiny, 10 * tiny])), tensor([2, 5], dtype="int64"),
               label="two images: each copy keeps its own label")
    yield case(*labelled(numbers, 2), label="two labelled scans of each digit, as in the capstone")
    for _ in range(2):
        yield case(*labelled(numbers, int(numbers.integers(1, 4))), label="a random draw of labelled scans")


def moved(images, dx, dy):
    out = np.zeros_like(images)
    height, width = images.shape[-2:]
    for r in range(height):
        for c in range(width):
            if 0 <= r - dy < height and 0 <= c - dx < width:
                out[..., r, c] = images[..., r - dy, c - dx]
    return out


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not all(isinstance(part, TensorValue) for part in got):
        return None
    images, labels = np.asarray(case.args[0].values), np.asarray(case.args[1].values)
    got_images, got_labels = np.asarray(got[0].values), np.asarray(got[1].values)
    if got_images.shape != (5 * len(images), *images.shape[1:]):
        return f"Expected {len(images)} originals and 4 shifted copies of each: {5 * len(images)} images in all."
    rolled = np.concatenate([images] + [np.roll(images, (dy, dx), axis=(-2, -1)) for dx, dy in MOVES])
    if np.array_equal(got_images, rolled):
        return (
            "Your copies wrap around: the column pushed out on the right came back in on the left. Pixels that move "
            "in from outside the frame are 0, as in your shift()."
        )
    blocks = np.concatenate([images] + [moved(images, dx, dy) for dx, dy in MOVES])
    if np.array_equal(got_images, blocks) and not np.array_equal(got_labels, np.tile(labels, 5)):
        return (
            "The images are right, but the labels do not follow them: the images come in five blocks (all the "
            "originals, then all the right-shifted copies...), so the labels must repeat block by block too."
        )
    beside = np.stack([images] + [moved(images, dx, dy) for dx, dy in MOVES], axis=1).reshape(got_images.shape)
    if len(images) > 1 and np.array_equal(got_images, beside):
        return (
            "You put each image's copies right after it. The order asked for is block after block: all the "
            "originals first, then all the copies moved right, then left, down and up."
        )
    return None
