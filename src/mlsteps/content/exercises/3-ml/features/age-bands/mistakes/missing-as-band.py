LABELS = ["under 18", "18-29", "30-49", "50+"]


def band(age):
    if age < 18 or age != age:
        return "under 18"
    if age < 30:
        return "18-29"
    if age < 50:
        return "30-49"
    return "50+"


def age_bands(ages):
    return ages.map(band)
