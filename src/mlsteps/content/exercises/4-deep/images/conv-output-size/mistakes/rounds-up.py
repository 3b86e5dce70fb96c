import math


def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    padded = size + 2 * padding
    covered = dilation * (kernel - 1) + 1
    if covered > padded:
        raise ValueError("too big")
    return math.ceil((padded - covered) / stride) + 1
