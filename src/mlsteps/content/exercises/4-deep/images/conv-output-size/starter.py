def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    """How many outputs a convolution gives along one side of an image of `size` pixels."""
    # ... work out how many pixels the padded image has, and how many one window covers
    return size
