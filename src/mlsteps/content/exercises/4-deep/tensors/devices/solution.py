def pick_device(cuda_available, mps_available):
    """The device to use: "cuda" if an NVIDIA GPU is available, else "mps" if an Apple GPU is, else "cpu"."""
    if cuda_available:
        return "cuda"  # preferred, even when an Apple GPU is there too
    if mps_available:
        return "mps"
    return "cpu"
