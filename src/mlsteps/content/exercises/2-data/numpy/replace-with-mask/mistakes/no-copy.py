def clean_rainfall(readings):
    cleaned = readings
    cleaned[cleaned < 0] = 0
    return cleaned
