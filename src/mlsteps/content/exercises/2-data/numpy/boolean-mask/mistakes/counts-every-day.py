def hot_days(temperatures, threshold):
    mask = temperatures > threshold
    return temperatures[mask], len(mask)
