def pick_device(cuda_available, mps_available):
    if cuda_available:
        return "gpu"
    if mps_available:
        return "mps"
    return "cpu"
