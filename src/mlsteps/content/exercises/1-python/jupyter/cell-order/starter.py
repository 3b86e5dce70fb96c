import re


def cell_order(cells):
    """Return cell indexes in an order where each cell's names are made first; the smallest ready index wins."""
    order = []
    # Find what each cell needs and makes, then run the ready cells one by one.
    return order
