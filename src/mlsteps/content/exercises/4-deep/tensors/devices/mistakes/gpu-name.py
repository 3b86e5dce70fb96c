def to_device(x):
    device = "gpu"
    return x.to(device), device
