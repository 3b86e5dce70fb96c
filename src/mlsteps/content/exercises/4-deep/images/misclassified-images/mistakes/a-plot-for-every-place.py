import matplotlib.pyplot as plt
import torch


def show_mistakes(images, logits, labels, count):
    probabilities = torch.softmax(logits, dim=1)
    confidence, predicted = probabilities.max(dim=1)
    wrong = [int(i) for i in torch.nonzero(predicted != labels).flatten()]
    wrong.sort(key=lambda i: (-float(confidence[i]), i))
    shown = wrong[:count]
    figure, grid = plt.subplots(1, count, figsize=(2 * count, 2.4), squeeze=False)
    for place, axes in enumerate(grid[0]):
        axes.set_axis_off()
        if place >= len(shown):
            continue
        i = shown[place]
        axes.imshow(images[i], cmap="gray_r")
        axes.set_title(f"true {int(labels[i])}, predicted {int(predicted[i])} ({float(confidence[i]):.2f})")
        axes.set_axis_off()
    return shown, figure
