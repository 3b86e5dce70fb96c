import math

from mlsteps.engine.cases import case


def raises(size, kernel, stride, padding, ceil_mode):
    step = kernel if stride is None else stride
    return padding > kernel // 2 or counted(size, kernel, step, padding, ceil_mode, True) < 1


def pooling(size, kernel, stride=None, padding=0, ceil_mode=False, label=""):
    error = "ValueError" if raises(size, kernel, stride, padding, ceil_mode) else None
    return case(size, kernel, stride=stride, padding=padding, ceil_mode=ceil_mode, raises=error, label=label)


def cases(rng):
    yield pooling(7, 2, label="the example: the default stride is the window's size")
    yield pooling(8, 2, label="MaxPool2d(2) halves an 8-pixel side")
    yield pooling(7, 2, ceil_mode=True, label="ceil mode keeps the window that sticks out")
    yield pooling(8, 2, ceil_mode=True, label="ceil mode when everything fits exactly: nothing changes")
    yield pooling(5, 3, stride=3, padding=1, ceil_mode=True,
                  label="ceil mode: the last window would start exactly at size + padding, so it is dropped")
    yield pooling(6, 3, stride=3, padding=1, ceil_mode=True,
                  label="ceil mode: the last window starts just inside the image, so it is kept")
    yield pooling(5, 2, stride=2, padding=1, ceil_mode=True, label="ceil mode with padding, on the edge")
    yield pooling(9, 3, stride=2, label="overlapping windows: a stride smaller than the window")
    yield pooling(5, 3, padding=2, label="padding more than half the window: ValueError")
    yield pooling(5, 4, padding=2, label="padding exactly half the window is allowed")
    yield pooling(3, 4, label="a window larger than the image: ValueError")
    for _ in range(10):
        kernel = rng.randint(1, 5)
        yield pooling(
            rng.randint(kernel, 30),
            kernel,
            stride=rng.choice([None, 1, 2, 3]),
            padding=rng.randint(0, kernel // 2 + (1 if rng.random() < 0.2 else 0)),
            ceil_mode=rng.random() < 0.5,
            label="random settings",
        )


def counted(size, kernel, step, padding, ceil_mode, drop):
    room = size + 2 * padding - kernel
    count = (math.ceil if ceil_mode else math.floor)(room / step) + 1
    if drop and ceil_mode and (count - 1) * step >= size + padding:
        count -= 1
    return count


def diagnose(case, expected, got):
    if not isinstance(got, int) or not isinstance(expected, int):
        return None
    size, kernel = case.args
    stride, padding, ceil_mode = case.kwargs["stride"], case.kwargs["padding"], case.kwargs["ceil_mode"]
    step = kernel if stride is None else stride
    if stride is None and kernel > 1 and got == counted(size, kernel, 1, padding, ceil_mode, True):
        return (
            "With stride=None the windows do not overlap: each one starts where the last one ended, so the step "
            "between them is the window's size, not 1."
        )
    if not ceil_mode and got == counted(size, kernel, step, padding, True, True):
        return (
            "You rounded up without ceil_mode: keeping a window that sticks out past the end happens only with "
            "ceil_mode=True. By default such a window is dropped."
        )
    if ceil_mode and got == counted(size, kernel, step, padding, True, False):
        return (
            "In ceil mode you kept a last window that would start past the image and its left padding: it would "
            "cover nothing but padding, so PyTorch drops it."
        )
    return None
