from datetime import date


def age_on(birth, day):
    born = date.fromisoformat(birth)
    when = date.fromisoformat(day)
    if when < born:
        raise ValueError("before the birth")
    return (when - born).days // 365
