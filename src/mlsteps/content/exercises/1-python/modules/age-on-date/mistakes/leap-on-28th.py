from datetime import date


def age_on(birth, day):
    born = date.fromisoformat(birth)
    when = date.fromisoformat(day)
    if when < born:
        raise ValueError("before the birth")
    try:
        birthday = born.replace(year=when.year)
    except ValueError:
        birthday = date(when.year, 2, 28)
    years = when.year - born.year
    if when < birthday:
        years -= 1
    return years
