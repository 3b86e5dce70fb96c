def split_minutes(total):
    """Return (hours, minutes) for `total` minutes, both whole numbers."""
    hours = total // 60
    minutes = total % 60
    return hours, minutes
