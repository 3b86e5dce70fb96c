def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    covered = dilation * (kernel - 1) + 1
    if covered > size + 2 * padding:
        raise ValueError("too big")
    return (size + padding - covered) // stride + 1
