from datetime import date


def age_on(birth, day):
    born = date.fromisoformat(birth)
    when = date.fromisoformat(day)
    if when < born:
        raise ValueError("before the birth")
    years = when.year - born.year
    if (when.month, when.day) <= (born.month, born.day):
        years -= 1
    return max(years, 0)
