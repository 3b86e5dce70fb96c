import torch  # noqa: F401  (you will need it)


def pixels_to_tensor(pixels):
    """Return `pixels` (a NumPy array, values 0 to 255) as a float32 tensor of values 0 to 1; leave `pixels` alone."""
    # Turn the array into a float32 tensor here, and scale it.
    return None
