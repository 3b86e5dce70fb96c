import matplotlib.pyplot as plt


def plot_area_price(homes):
    fig, ax = plt.subplots()
    ax.scatter(homes["price_eur"], homes["area_m2"])
    ax.set_title("Price against living area")
    ax.set_xlabel("Area (m²)")
    ax.set_ylabel("Price (€)")
    return fig
