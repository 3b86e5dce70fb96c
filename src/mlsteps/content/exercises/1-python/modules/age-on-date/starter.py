from datetime import date


def age_on(birth, day):
    """Return the age in whole years on `day` of someone born on `birth` (both "YYYY-MM-DD")."""
    # Read both dates, then count the whole years.
    return 0
