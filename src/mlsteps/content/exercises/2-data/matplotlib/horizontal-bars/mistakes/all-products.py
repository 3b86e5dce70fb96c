import matplotlib.pyplot as plt


def plot_top_products(units):
    ranked = units.sort_values()
    fig, ax = plt.subplots()
    ax.barh(ranked.index, ranked.values)
    ax.set_title("Top 5 products")
    ax.set_xlabel("Units sold")
    return fig
