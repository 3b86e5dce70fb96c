def split_minutes(total):
    return total % 60, total // 60
