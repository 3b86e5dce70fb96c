def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    """How many outputs a convolution gives along one side of an image of `size` pixels."""
    padded = size + 2 * padding  # zeros on both sides
    covered = dilation * (kernel - 1) + 1  # the pixels one window spans, gaps between its taps included
    if covered > padded:
        raise ValueError(f"a window of {covered} pixels does not fit in {padded} pixels")
    return (padded - covered) // stride + 1  # the first window, then one more for every whole stride that fits
