import pandas as pd


def stack_months(months):
    """Return one frame of every month's rows, with a first column month and the index 0, 1, 2, ..."""
    stacked = pd.concat([frame.assign(month=month) for month, frame in months.items()], ignore_index=True)
    others = [column for column in stacked.columns if column != "month"]
    return stacked[["month", *others]]
