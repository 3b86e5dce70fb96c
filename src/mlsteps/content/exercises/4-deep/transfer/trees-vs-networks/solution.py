import numpy as np
import torch
from sklearn.ensemble import HistGradientBoostingClassifier
from torch import nn


def table_network(n_columns):
    """A network for a table: each row's columns in, two scores out (class 0, class 1)."""
    return nn.Sequential(nn.Linear(n_columns, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 2))


def image_network():
    """A small convolutional network for (n, 1, 12, 12) images: ten scores out, one per digit."""
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(32 * 3 * 3, 10),
    )


def train(model, X, y, epochs, batch_size):
    """Train with Adam (lr 0.01) for some epochs over shuffled batches; return the model in evaluation mode."""
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    model.train()
    for _ in range(epochs):
        for batch in torch.randperm(len(X)).split(batch_size):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[batch]), y[batch])
            loss.backward()
            optimizer.step()
    return model.eval()


def accuracy(predicted, answers):
    """The share of predictions that are right (both one-dimensional, of the same length)."""
    return float(np.mean(np.asarray(predicted) == np.asarray(answers)))


def trees_vs_networks(table, images, seed):
    """The test accuracy of a tree ensemble and of a network, on a table and on images."""
    # Trees read the table as it is, and the images as rows of 144 pixels.
    table_trees = HistGradientBoostingClassifier(max_iter=50, random_state=0)
    table_trees.fit(table["X_train"], table["y_train"])
    image_trees = HistGradientBoostingClassifier(max_iter=50, random_state=0)
    image_trees.fit(images["X_train"].reshape(len(images["X_train"]), -1), images["y_train"])

    # The table network needs columns on a common scale: learned from the training rows only.
    mean, std = table["X_train"].mean(axis=0), table["X_train"].std(axis=0)
    torch.manual_seed(seed)
    table_net = train(
        table_network(table["X_train"].shape[1]),
        torch.tensor((table["X_train"] - mean) / std, dtype=torch.float32),
        torch.tensor(table["y_train"]),
        epochs=300,
        batch_size=len(table["X_train"]),  # all rows at once
    )

    # The image network needs a channel dimension: (n, 12, 12) -> (n, 1, 12, 12).
    torch.manual_seed(seed)
    image_net = train(
        image_network(),
        torch.tensor(images["X_train"], dtype=torch.float32).unsqueeze(1),
        torch.tensor(images["y_train"]),
        epochs=20,
        batch_size=32,
    )

    with torch.no_grad():
        table_scores = table_net(torch.tensor((table["X_test"] - mean) / std, dtype=torch.float32))
        image_scores = image_net(torch.tensor(images["X_test"], dtype=torch.float32).unsqueeze(1))
    return {
        "table": {
            "trees": accuracy(table_trees.predict(table["X_test"]), table["y_test"]),
            "network": accuracy(table_scores.argmax(dim=1), table["y_test"]),
        },
        "images": {
            "trees": accuracy(
                image_trees.predict(images["X_test"].reshape(len(images["X_test"]), -1)), images["y_test"]
            ),
            "network": accuracy(image_scores.argmax(dim=1), images["y_test"]),
        },
    }
