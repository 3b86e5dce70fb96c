def hot_days(temperatures, threshold):
    mask = temperatures > threshold
    return mask, int(mask.sum())
