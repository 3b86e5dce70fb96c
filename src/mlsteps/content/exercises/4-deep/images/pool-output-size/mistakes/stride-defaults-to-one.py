import math


def pool_output_size(size, kernel, stride=None, padding=0, ceil_mode=False):
    if stride is None:
        stride = 1
    if padding > kernel // 2:
        raise ValueError("too much padding")
    room = size + 2 * padding - kernel
    count = (math.ceil if ceil_mode else math.floor)(room / stride) + 1
    if ceil_mode and (count - 1) * stride >= size + padding:
        count -= 1
    if count < 1:
        raise ValueError("does not fit")
    return count
