import torch


def correlate2d(image, kernel, padding=0):
    """Slide `kernel` over `image` (padded with zeros), multiplying and adding, as conv2d does; by hand."""
    # ... pad, work out the output's shape, then fill it one window at a time
    return torch.zeros_like(image)
