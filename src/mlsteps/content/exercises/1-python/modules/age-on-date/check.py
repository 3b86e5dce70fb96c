from datetime import date, timedelta

from mlsteps.engine.cases import case


def _years(born, when):
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def cases(rng):
    yield case("2001-06-30", "2024-06-29", label="the example: the day before the birthday")
    yield case("2001-06-30", "2024-06-30", label="the example: on the birthday")
    yield case("2004-02-29", "2023-02-28", label="the example: born on 29 February, a year without it")
    yield case("2004-02-29", "2023-03-01", label="born on 29 February: 1 March of a year without it")
    yield case("2004-02-29", "2024-02-29", label="born on 29 February, a leap year")
    yield case("1980-11-20", "2024-11-05", label="the birthday month, before the day")
    yield case("1984-03-10", "2024-03-09", label="forty years less a day")
    yield case("2020-01-01", "2020-01-01", label="the day of the birth")
    yield case("2010-05-05", "2010-05-04", raises="ValueError", label="a day before the birth")
    yield case("2010-02-30", "2020-01-01", raises="ValueError", label="a date that does not exist")
    for _ in range(5):
        born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 25_000))
        when = born + timedelta(days=rng.randint(0, 30_000))
        if rng.random() < 0.5:  # near a birthday
            years = max(1, _years(born, when))
            try:
                when = born.replace(year=born.year + years) + timedelta(days=rng.choice([-1, 0, 1]))
            except ValueError:
                when = date(born.year + years, 3, 1)
        yield case(born.isoformat(), when.isoformat(), label="random dates")


def diagnose(case, expected, got):
    birth, day = case.args
    if not isinstance(got, int) or got == expected:
        return None
    born, when = date.fromisoformat(birth), date.fromisoformat(day)
    if (born.month, born.day) == (2, 29) and (when.month, when.day) == (2, 28):
        return (
            "Born on 29 February: in a year without that day, the birthday counts as reached on 1 March, so on "
            "28 February it has not come yet."
        )
    if (when.month, when.day) == (born.month, born.day):
        return "Today is the birthday: the age goes up on the birthday itself."
    if got == (when - born).days // 365:
        return (
            "Counting days and dividing by 365 drifts by a day every four years or so (leap years): count whole "
            "years, then check whether this year's birthday has come."
        )
    if when.month == born.month and when.day < born.day:
        return "This is the birthday's month, but the day has not come yet: the birthday has not come yet."
    return None
