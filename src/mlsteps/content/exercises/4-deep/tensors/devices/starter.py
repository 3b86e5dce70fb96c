import torch  # noqa: F401  (you will need it)


def to_device(x):
    """Return (x on the best device, that device's name): "cuda" when a GPU is available, else "cpu"."""
    # Choose the device's name, then move the tensor there.
    return x, ""
