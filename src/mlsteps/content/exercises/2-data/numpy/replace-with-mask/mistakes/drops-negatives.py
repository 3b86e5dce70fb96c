def clean_rainfall(readings):
    return readings[readings >= 0]
