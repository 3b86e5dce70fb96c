import pandas as pd


def stack_months(months):
    return pd.concat([frame.assign(month=month) for month, frame in months.items()], ignore_index=True)
