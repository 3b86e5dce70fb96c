import numpy as np

from mlsteps.engine.cases import case


def _torch():
    """PyTorch, to compute what conv2d gives; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _conv(images, weights, bias, stride, padding, flip=False, with_bias=True, last=False):
    """The layer by plain loops, with a slip or two switched on to recognise a wrong answer."""
    if flip:
        weights = weights[:, :, ::-1, ::-1]
    n, _, height, width = images.shape
    filters, _, k, _ = weights.shape
    padded = np.pad(images, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out_h = (height + 2 * padding - k) // stride + 1
    out_w = (width + 2 * padding - k) // stride + 1
    out = np.zeros((n, filters, out_h, out_w))
    for i in range(out_h):
        for j in range(out_w):
            window = padded[:, :, i * stride : i * stride + k, j * stride : j * stride + k]
            out[:, :, i, j] = np.tensordot(window, weights, axes=([1, 2, 3], [1, 2, 3]))
    if with_bias:
        out += bias[None, :, None, None]
    return out.transpose(0, 2, 3, 1) if last else out


def _case(torch, images, weights, bias, stride, padding, label):
    arguments = (images, weights, bias, stride, padding)
    if torch is None:
        return case(*arguments, label=label)
    expected = torch.nn.functional.conv2d(
        *(torch.from_numpy(array) for array in (images, weights, bias)), stride=stride, padding=padding
    )
    return case(*arguments, label=label, truth=expected.numpy().copy(), observe=["shape"])


def cases(rng):
    torch = _torch()
    images = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    weights = np.array([[[[1.0, 0.0], [0.0, -1.0]]], [[[0.0, 1.0], [1.0, 0.0]]]])
    yield _case(torch, images, weights, np.array([0.0, 0.5]), 1, 0, "the example")
    yield _case(torch, images, weights, np.array([1.0, -2.0]), 1, 1, "a frame of zeros around it")
    sobel = np.array([[[[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]]]])
    step = np.tile(np.array([0.0, 0.0, 0.0, 1.0, 1.0, 1.0]), (6, 1)).reshape(1, 1, 6, 6)
    yield _case(torch, step, sobel, np.array([0.0]), 1, 0, "an edge filter on a dark-to-light step")
    yield _case(torch, np.arange(50.0).reshape(2, 1, 5, 5), sobel, np.array([0.25]), 2, 1, "two images, stride 2")
    for _ in range(4):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        n, channels = int(generator.integers(1, 4)), int(generator.integers(1, 4))
        filters = int(generator.integers(1, 5))
        k = int(generator.integers(2, 4))
        height, width = int(generator.integers(k + 1, 9)), int(generator.integers(k + 1, 9))
        yield _case(
            torch,
            np.round(generator.normal(0, 1, size=(n, channels, height, width)), 2),
            np.round(generator.normal(0, 0.5, size=(filters, channels, k, k)), 2),
            np.round(generator.normal(0, 1, size=filters), 2),
            int(generator.integers(1, 3)),
            int(generator.integers(0, 3)),
            f"{n} random images, {channels} channels, {filters} filters of {k} × {k}",
        )


def verify(case, got, observed):
    """The answer equals the reference's; here it must also equal what torch.nn.functional.conv2d gives."""
    if case.truth is None or not isinstance(got, np.ndarray) or got.shape != case.truth.shape:
        return None
    if not np.allclose(got, case.truth, atol=1e-9):
        return "your feature maps differ from those of torch.nn.functional.conv2d on the same images"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray):
        return None
    images, weights, bias, stride, padding = case.args
    for options, advice in (
        (
            {"last": True},
            "Your maps are arranged (images, out_h, out_w, filters). The layer's answer has the shape "
            "(images, filters, out_h, out_w): one whole map per filter.",
        ),
        (
            {"flip": True},
            "Your filters were flipped before sliding, as a convolution in mathematics does. Deep learning "
            "layers use the filter as it is: each window meets the filter's weights in the same positions.",
        ),
        (
            {"with_bias": False},
            "The maps have no bias. Each filter's bias is added to every position of that filter's map.",
        ),
        (
            {"padding": 0},
            "Your maps are those of the image without its frame: padding adds a frame of zeros of that width "
            "around each image before the windows slide.",
        ),
    ):
        arguments = {"stride": stride, "padding": padding, **options}
        variant = _conv(images, weights, bias, **arguments)
        if variant.shape != got.shape or (variant.shape == expected.shape and np.allclose(variant, expected)):
            continue
        if np.allclose(got, variant, atol=1e-9):
            return advice
    return None
