import matplotlib.pyplot as plt


def plot_top_products(units):
    top = units.nlargest(5).sort_values()
    fig, ax = plt.subplots()
    ax.bar(top.index, top.values)
    ax.set_title("Top 5 products")
    ax.set_xlabel("Units sold")
    return fig
