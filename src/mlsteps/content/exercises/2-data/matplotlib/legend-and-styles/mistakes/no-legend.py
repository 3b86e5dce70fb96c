import matplotlib.pyplot as plt


def plot_sales_vs_target(sales, target):
    months = range(1, len(sales) + 1)
    fig, ax = plt.subplots()
    ax.plot(months, sales, "o-", label="Sales")
    ax.plot(months, target, "--", label="Target")
    return fig
