import numpy as np  # noqa: F401  (you will need it)


def add_features(homes):
    """A new table: homes plus m2_per_room (NaN for 0 rooms, rounded to 2) and log_distance (ln(1 + km), to 3)."""
    # Returns the table as it came, with no new columns.
    return homes.copy()
