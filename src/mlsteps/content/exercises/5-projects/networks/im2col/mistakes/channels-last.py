import numpy as np


def im2col(image, kernel_size, stride, padding):
    """Return one column per window of a (channels, height, width) image: the window's values, flattened."""
    channels, height, width = image.shape
    k = kernel_size
    padded = np.pad(image, ((0, 0), (padding, padding), (padding, padding)))
    out_h = (height + 2 * padding - k) // stride + 1
    out_w = (width + 2 * padding - k) // stride + 1
    columns = np.empty((channels * k * k, out_h * out_w), dtype=float)
    for i in range(out_h):
        for j in range(out_w):
            window = padded[:, i * stride : i * stride + k, j * stride : j * stride + k]
            columns[:, i * out_w + j] = window.transpose(1, 2, 0).ravel()
    return columns
