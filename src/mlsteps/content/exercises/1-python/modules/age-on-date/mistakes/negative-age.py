from datetime import date


def age_on(birth, day):
    born = date.fromisoformat(birth)
    when = date.fromisoformat(day)
    years = when.year - born.year
    if (when.month, when.day) < (born.month, born.day):
        years -= 1
    return years
