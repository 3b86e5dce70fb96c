def pool_output_size(size, kernel, stride=None, padding=0, ceil_mode=False):
    """How many outputs a pooling layer gives along one side of an image of `size` pixels."""
    # ... the stride, the rounding, and the rules about padding
    return size // kernel
