import calendar

import matplotlib.pyplot as plt
import pandas as pd


def answer_with_a_chart(question, days):
    dated = days.assign(date=pd.to_datetime(days["date"]))
    fig, ax = plt.subplots()
    ax.set_ylabel("Rentals in a day")
    if question == "trend":
        ax.plot(dated["date"], dated["rentals"])
        ax.set_xlabel("Date")
    elif question == "relationship":
        ax.scatter(dated["temp_c"], dated["rentals"], s=12)
        ax.set_xlabel("Mean temperature (°C)")
    elif question == "distribution":
        ax.hist(dated["rentals"], bins=20)
        ax.set_xlabel("Rentals in a day")
        ax.set_ylabel("Number of days")
    elif question == "groups":
        wet = dated["rain_mm"] > 0
        ax.bar(["dry", "rainy"], [dated.loc[~wet, "rentals"].mean(), dated.loc[wet, "rentals"].mean()])
        ax.set_xlabel("Weather")
    elif question == "ranking":
        means = dated.groupby(dated["date"].dt.day_of_week)["rentals"].mean().sort_values()
        ax.barh([calendar.day_name[day] for day in means.index], means)
        ax.set_xlabel("Mean rentals in a day")
        ax.set_ylabel("Weekday")
    return fig
