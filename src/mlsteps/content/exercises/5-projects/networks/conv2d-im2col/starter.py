import numpy as np


def im2col(image, kernel_size, stride, padding):
    """Return one column per window of a (channels, height, width) image: the window's values, flattened."""
    # Copy your answer from the im2col exercise.
    return np.zeros((0, 0))


def conv2d(images, weights, bias, stride, padding):
    """A convolution layer's forward pass: (N, C, H, W) images and (F, C, k, k) filters give (N, F, out_h, out_w)."""
    # For each image: its columns, times the flattened filters, plus the bias, folded back into maps.
    return np.zeros((0,))
