from datetime import date


def age_on(birth, day):
    """Return the age in whole years on `day` of someone born on `birth` (both "YYYY-MM-DD")."""
    born = date.fromisoformat(birth)
    when = date.fromisoformat(day)
    if when < born:
        raise ValueError(f"{day} is before the birth on {birth}")
    years = when.year - born.year
    if (when.month, when.day) < (born.month, born.day):
        years -= 1
    return years
