import math


def pool_output_size(size, kernel, stride=None, padding=0, ceil_mode=False):
    """How many outputs a pooling layer gives along one side of an image of `size` pixels."""
    step = kernel if stride is None else stride  # by default the windows sit side by side
    if padding > kernel // 2:
        raise ValueError(f"padding {padding} is more than half the window ({kernel})")
    room = size + 2 * padding - kernel  # how far the window can travel
    rounding = math.ceil if ceil_mode else math.floor
    count = rounding(room / step) + 1
    if ceil_mode and (count - 1) * step >= size + padding:
        count -= 1  # that last window would start in the right-hand padding: it would see no pixel of the image
    if count < 1:
        raise ValueError(f"no window of {kernel} fits in {size} pixels")
    return count
