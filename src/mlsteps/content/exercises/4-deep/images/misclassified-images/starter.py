import matplotlib.pyplot as plt
import torch


def show_mistakes(images, logits, labels, count):
    """The indices of the misclassified images, most confident first (at most count), and a figure showing them."""
    predicted = logits.argmax(dim=1)
    shown = []  # ... the misclassified images, in order, at most count of them
    figure = plt.figure()
    # ... one plot per image shown, with its title
    return shown, figure
