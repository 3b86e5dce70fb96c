import matplotlib.pyplot as plt


def plot_monthly_units(monthly):
    fig, ax = plt.subplots()
    monthly.plot(x="month", kind="line", ax=ax, title="Units sold per month")
    return fig
