import matplotlib.pyplot as plt


def plot_monthly_units(monthly):
    fig, ax = plt.subplots()
    monthly.plot(x="month", y="units", kind="line", title="Units sold per month")
    return fig
