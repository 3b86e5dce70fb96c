import math

import torch


def pool2d(image, size, mode):
    rows, cols = math.ceil(image.shape[0] / size), math.ceil(image.shape[1] / size)
    out = torch.zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            window = image[i * size : (i + 1) * size, j * size : (j + 1) * size]
            out[i, j] = window.max() if mode == "max" else window.mean()
    return out
