import matplotlib.pyplot as plt


def save_chart(values, path):
    """Draw values as a line on a 6 x 4 inch figure, save it to path as a PNG at 120 dpi, and return path."""
    # Make the figure, draw, save, close, then return the path.
    return path
