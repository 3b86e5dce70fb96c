def pixels_to_tensor(pixels):
    return pixels / 255
