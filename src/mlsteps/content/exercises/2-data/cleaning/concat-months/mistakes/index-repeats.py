import pandas as pd


def stack_months(months):
    stacked = pd.concat([frame.assign(month=month) for month, frame in months.items()])
    others = [column for column in stacked.columns if column != "month"]
    return stacked[["month", *others]]
