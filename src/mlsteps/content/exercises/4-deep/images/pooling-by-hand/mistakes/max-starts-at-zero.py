import torch


def pool2d(image, size, mode):
    rows, cols = image.shape[0] // size, image.shape[1] // size
    out = torch.zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total, best = 0.0, 0.0
            for r in range(i * size, (i + 1) * size):
                for c in range(j * size, (j + 1) * size):
                    total += float(image[r, c])
                    best = max(best, float(image[r, c]))
            out[i, j] = best if mode == "max" else total / size**2
    return out
