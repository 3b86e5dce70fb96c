def pick_device(cuda_available, mps_available):
    if mps_available:
        return "mps"
    if cuda_available:
        return "cuda"
    return "cpu"
