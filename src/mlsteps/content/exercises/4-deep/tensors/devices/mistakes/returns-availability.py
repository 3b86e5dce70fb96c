def pick_device(cuda_available, mps_available):
    return cuda_available or mps_available
