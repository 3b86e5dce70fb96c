import matplotlib.pyplot as plt


def plot_area_price(homes):
    fig, ax = plt.subplots()
    ax.scatter(homes["area_m2"], homes["price_eur"])
    ax.set_xlabel("Area (m²)")
    ax.set_ylabel("Price (€)")
    return fig
