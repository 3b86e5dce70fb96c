import torch


def pixels_to_tensor(pixels):
    """Return `pixels` (a NumPy array, values 0 to 255) as a float32 tensor of values 0 to 1; leave `pixels` alone."""
    tensor = torch.from_numpy(pixels).to(torch.float32)
    return tensor / 255  # `/` makes a new tensor; the array is left alone
