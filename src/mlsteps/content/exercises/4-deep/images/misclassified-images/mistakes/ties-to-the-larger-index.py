import matplotlib.pyplot as plt
import torch


def show_mistakes(images, logits, labels, count):
    probabilities = torch.softmax(logits, dim=1)
    confidence, predicted = probabilities.max(dim=1)
    wrong = [int(i) for i in torch.nonzero(predicted != labels).flatten()]
    wrong.sort(key=lambda i: (float(confidence[i]), i), reverse=True)
    shown = wrong[:count]
    figure = plt.figure(figsize=(2 * max(len(shown), 1), 2.4))
    for place, i in enumerate(shown, start=1):
        axes = figure.add_subplot(1, len(shown), place)
        axes.imshow(images[i], cmap="gray_r")
        axes.set_title(f"true {int(labels[i])}, predicted {int(predicted[i])} ({float(confidence[i]):.2f})")
        axes.set_axis_off()
    return shown, figure
