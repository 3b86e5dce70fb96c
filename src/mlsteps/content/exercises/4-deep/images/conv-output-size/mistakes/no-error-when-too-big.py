def conv_output_size(size, kernel, stride=1, padding=0, dilation=1):
    padded = size + 2 * padding
    covered = dilation * (kernel - 1) + 1
    return max((padded - covered) // stride + 1, 0)
