def pick_device(cuda_available, mps_available):
    """The device to use: "cuda" if an NVIDIA GPU is available, else "mps" if an Apple GPU is, else "cpu"."""
    # This ignores what is available: choose from the two answers instead.
    return "cpu"
