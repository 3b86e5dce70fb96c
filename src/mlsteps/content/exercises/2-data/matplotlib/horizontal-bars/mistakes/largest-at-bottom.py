import matplotlib.pyplot as plt


def plot_top_products(units):
    top = units.sort_values(ascending=False).head(5)
    fig, ax = plt.subplots()
    ax.barh(top.index, top.values)
    ax.set_title("Top 5 products")
    ax.set_xlabel("Units sold")
    return fig
