import torch


def pool2d(image, size, mode):
    rows, cols = image.shape[0] - size + 1, image.shape[1] - size + 1
    out = torch.zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            window = image[i : i + size, j : j + size]
            out[i, j] = window.max() if mode == "max" else window.mean()
    return out
