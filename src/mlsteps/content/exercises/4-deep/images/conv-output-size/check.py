import math

from mlsteps.engine.cases import case


def fits(size, kernel, stride, padding, dilation):
    return dilation * (kernel - 1) + 1 <= size + 2 * padding


def settings(size, kernel, stride=1, padding=0, dilation=1, label=""):
    raises = None if fits(size, kernel, stride, padding, dilation) else "ValueError"
    return case(size, kernel, stride=stride, padding=padding, dilation=dilation, raises=raises, label=label)


def cases(rng):
    yield settings(8, 3, label="the example: no padding, stride 1")
    yield settings(8, 3, padding=1, label="padding 1 keeps the size")
    yield settings(8, 3, stride=2, label="stride 2: the last window would stick out, so it is not counted")
    yield settings(9, 3, stride=2, label="stride 2 that divides the distance exactly")
    yield settings(8, 3, dilation=2, label="dilation 2: a 3-tap window covers 5 pixels")
    yield settings(5, 5, label="a window exactly as large as the image fits once")
    yield settings(4, 5, label="a window larger than the image: ValueError")
    yield settings(4, 5, padding=1, label="the same window fits once padding is added")
    yield settings(3, 3, dilation=2, label="dilation makes the window too large: ValueError")
    yield settings(224, 7, stride=2, padding=3, label="the first layer of a large image network")
    for _ in range(8):
        yield settings(
            rng.randint(1, 40),
            rng.randint(1, 7),
            stride=rng.randint(1, 4),
            padding=rng.randint(0, 3),
            dilation=rng.randint(1, 3),
            label="random settings",
        )


def diagnose(case, expected, got):
    if not isinstance(got, int) or not isinstance(expected, int):
        return None
    size, kernel = case.args
    stride, padding, dilation = case.kwargs["stride"], case.kwargs["padding"], case.kwargs["dilation"]
    covered = dilation * (kernel - 1) + 1
    if got == math.ceil((size + 2 * padding - covered) / stride) + 1:
        return (
            "Your count rounds up when the stride does not divide the distance evenly, so it counts a window that "
            "sticks out past the edge. Round down: a window that sticks out past the edge is not counted."
        )
    if padding and got == (size + padding - covered) // stride + 1:
        return "Padding adds its zeros on both sides of the image, so the image grows by twice the padding."
    if dilation > 1 and got == (size + 2 * padding - kernel) // stride + 1:
        return (
            "With dilation the taps of the window are spread apart, so the window covers more pixels than it has "
            "taps: count the gaps between the taps too."
        )
    return None
