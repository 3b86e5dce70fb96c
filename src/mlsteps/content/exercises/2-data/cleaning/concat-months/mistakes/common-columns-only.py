import pandas as pd


def stack_months(months):
    stacked = pd.concat(
        [frame.assign(month=month) for month, frame in months.items()], ignore_index=True, join="inner"
    )
    others = [column for column in stacked.columns if column != "month"]
    return stacked[["month", *others]]
