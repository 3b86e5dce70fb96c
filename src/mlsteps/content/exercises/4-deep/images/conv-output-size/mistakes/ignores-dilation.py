def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    padded = size + 2 * padding
    if kernel > padded:
        raise ValueError("too big")
    return (padded - kernel) // stride + 1
