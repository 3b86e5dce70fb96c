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
            columns[:, i * out_w + j] = window.ravel()
    return columns


def conv2d(images, weights, bias, stride, padding):
    """A convolution layer's forward pass: (N, C, H, W) images and (F, C, k, k) filters give (N, F, out_h, out_w)."""
    n, _, height, width = images.shape
    filters, _, k, _ = weights.shape
    out_h = (height - k) // stride + 1
    out_w = (width - k) // stride + 1
    flat_filters = weights.reshape(filters, -1)
    outputs = np.empty((n, filters, out_h, out_w))
    for index, image in enumerate(images):
        columns = im2col(image, k, stride, 0)
        outputs[index] = (flat_filters @ columns + bias[:, None]).reshape(filters, out_h, out_w)
    return outputs
