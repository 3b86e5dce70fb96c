import numpy as np

from mlsteps.engine.cases import case


def _torch():
    """PyTorch, to compute what unfold gives; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _columns(image, k, stride, padding, mode="constant", order="rows", flatten="channels-first"):
    padded = np.pad(image, ((0, 0), (padding, padding), (padding, padding)), mode=mode)
    out_h = (image.shape[1] + 2 * padding - k) // stride + 1
    out_w = (image.shape[2] + 2 * padding - k) // stride + 1
    positions = [(i, j) for i in range(out_h) for j in range(out_w)]
    if order == "columns":
        positions = [(i, j) for j in range(out_w) for i in range(out_h)]
    columns = []
    for i, j in positions:
        window = padded[:, i * stride : i * stride + k, j * stride : j * stride + k]
        columns.append((window.transpose(1, 2, 0) if flatten == "channels-last" else window).ravel())
    return np.array(columns, dtype=float).T


def _case(torch, image, k, stride, padding, label):
    if torch is None:
        return case(image, k, stride, padding, label=label)
    unfolded = torch.nn.functional.unfold(torch.from_numpy(image)[None], k, padding=padding, stride=stride)
    return case(image, k, stride, padding, label=label, truth=unfolded[0].numpy().copy(), observe=["shape"])


def cases(rng):
    torch = _torch()
    yield _case(torch, np.arange(1.0, 10.0).reshape(1, 3, 3), 2, 1, 0, "the example")
    yield _case(torch, np.arange(1.0, 17.0).reshape(1, 4, 4), 3, 1, 1, "a frame of one pixel")
    yield _case(torch, np.arange(1.0, 26.0).reshape(1, 5, 5), 2, 2, 0, "stride 2: one window left over")
    yield _case(torch, np.arange(1.0, 19.0).reshape(2, 3, 3), 2, 1, 0, "two channels")
    yield _case(torch, np.arange(1.0, 13.0).reshape(1, 3, 4), 2, 1, 0, "wider than tall")
    for _ in range(4):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        channels, k = int(generator.integers(1, 4)), int(generator.integers(2, 4))
        height, width = int(generator.integers(k + 1, 9)), int(generator.integers(k + 1, 9))
        image = np.round(generator.normal(0, 1, size=(channels, height, width)), 2)
        stride, padding = int(generator.integers(1, 3)), int(generator.integers(0, 3))
        yield _case(torch, image, k, stride, padding, f"a random {channels}-channel {height} × {width} image")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also equal what torch.nn.functional.unfold gives."""
    if case.truth is None or not isinstance(got, np.ndarray) or got.shape != case.truth.shape:
        return None
    if not np.allclose(got, case.truth, atol=1e-9):
        return "your columns differ from those of torch.nn.functional.unfold on the same image"
    return None


def diagnose(case, expected, got):
    image, k, stride, padding = case.args
    got = np.asarray(got, dtype=float) if isinstance(got, np.ndarray) else None
    if got is None:
        return None
    if got.shape == expected.shape[::-1] and expected.shape[0] != expected.shape[1]:
        return (
            "Your array is on its side: one row per window. Each window is a column, so the shape is "
            "(numbers per window, windows)."
        )
    for options, advice in (
        (
            {"mode": "edge"},
            "The frame around the image repeats the edge pixels. The padding is zeros on all four sides.",
        ),
        (
            {"stride": 1},
            "Your windows start at every pixel. They start every stride pixels, across and down, so fewer fit.",
        ),
        (
            {"flatten": "channels-last"},
            "Each column holds the right numbers in the wrong order: pixel by pixel, with the channels inside. A "
            "window is flattened channel by channel, each channel row by row.",
        ),
        (
            {"order": "columns"},
            "Your columns go down the image first. They come in reading order: along the first row of windows, "
            "left to right, then the next row.",
        ),
    ):
        arguments = {"k": k, "stride": stride, "padding": padding, **options}
        variant = _columns(image, **arguments)
        if variant.shape == got.shape and not np.array_equal(variant, expected) and np.allclose(got, variant):
            return advice
    return None
