import math


def pool_output_size(size, kernel, stride=None, padding=0, ceil_mode=False):
    step = stride or kernel
    if padding > kernel // 2:
        raise ValueError("too much padding")
    room = size + 2 * padding - kernel
    count = math.ceil(room / step) + 1
    if (count - 1) * step >= size + padding:
        count -= 1
    if count < 1:
        raise ValueError("does not fit")
    return count
