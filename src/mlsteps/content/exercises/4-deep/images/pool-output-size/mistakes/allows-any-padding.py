import math


def pool_output_size(size, kernel, stride=None, padding=0, ceil_mode=False):
    step = stride or kernel
    room = size + 2 * padding - kernel
    count = (math.ceil if ceil_mode else math.floor)(room / step) + 1
    if ceil_mode and (count - 1) * step >= size + padding:
        count -= 1
    if count < 1:
        raise ValueError("does not fit")
    return count
