import calendar

import matplotlib.pyplot as plt
import pandas as pd


def answer_with_a_chart(question, days):
    dated = days.assign(date=pd.to_datetime(days["date"]))
    fig, ax = plt.subplots()
    if question == "trend":
        ax.plot(dated["date"], dated["rentals"])
    elif question == "relationship":
        ax.scatter(dated["temp_c"], dated["rentals"], s=12)
    elif question == "distribution":
        ax.hist(dated["rentals"], bins=20)
    elif question == "groups":
        wet = dated["rain_mm"] > 0
        ax.boxplot([dated.loc[~wet, "rentals"], dated.loc[wet, "rentals"]], tick_labels=["dry", "rainy"])
    elif question == "ranking":
        means = dated.groupby(dated["date"].dt.day_of_week)["rentals"].mean().sort_values()
        ax.barh([calendar.day_name[day] for day in means.index], means)
    return fig
