def split_minutes(total):
    hours = total / 60
    minutes = total % 60
    return hours, minutes
