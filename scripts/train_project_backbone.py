"""Pretrain the small NumPy image backbone that the transfer-learning project template reuses, from a fixed seed.

    python scripts/train_project_backbone.py [--out DIR]

No PyTorch: a project made by `mlsteps project new NAME --template transfer-learning` must run with NumPy and
scikit-learn alone. The source task is scikit-learn's bundled 8×8 digits, classes 0 to 4 (nothing is downloaded).
The network is a 3×3 convolution with 16 filters (padding 1, ReLU), a 2×2 max pool, and a dense layer to the five
classes, trained with Adam on 80% of those images, gradients written out in NumPy. The convolution and the pooling
are the *backbone*: the project keeps them frozen and reads their 256 outputs as features for a new task, the
digits 5 to 9.

Writes into src/mlsteps/content/ (documented in pretrained/README.md):
- pretrained/project-digits-backbone.npz: conv_weights (9, 16), conv_bias (16,), head_weights (256, 5),
  head_bias (5,) as float32, and source_test_accuracy (on the held-out 20% of the digits 0-4);
- projects/transfer-learning/data/digits-5-9.csv: the target task's images, one row each (label, pixel_0..63).

Run it again only to change them on purpose; the test suite checks that it reproduces the shipped weights.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

CONTENT = Path(__file__).resolve().parent.parent / "src" / "mlsteps" / "content"
WEIGHTS = "pretrained/project-digits-backbone.npz"
TARGET = "projects/transfer-learning/data/digits-5-9.csv"
SEED = 20261126
FILTERS = 16
EPOCHS = 40
BATCH = 32
LEARNING_RATE = 0.01


def patches(images: np.ndarray) -> np.ndarray:
    """Every 3×3 neighbourhood of every pixel (zero padding): shape (n, 8, 8, 9)."""
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))
    return sliding_window_view(padded, (3, 3), axis=(1, 2)).reshape(len(images), 8, 8, 9)


def features(images: np.ndarray, conv_weights: np.ndarray, conv_bias: np.ndarray) -> np.ndarray:
    """The backbone: convolution, ReLU, 2×2 max pool, flattened to (n, 256). The project's notebook does the same."""
    maps = np.maximum(0, patches(images) @ conv_weights + conv_bias)
    return maps.reshape(len(images), 4, 2, 4, 2, FILTERS).max(axis=(2, 4)).reshape(len(images), -1)


def train(images: np.ndarray, labels: np.ndarray, rng: np.random.Generator) -> list[np.ndarray]:
    """Mini-batch Adam on softmax cross-entropy, with the gradients written out by hand."""
    classes = int(labels.max()) + 1
    params = [
        rng.normal(0, np.sqrt(2 / 9), (9, FILTERS)),
        np.zeros(FILTERS),
        rng.normal(0, np.sqrt(2 / (16 * FILTERS)), (16 * FILTERS, classes)),
        np.zeros(classes),
    ]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    every_patch = patches(images)
    step = 0
    for _ in range(EPOCHS):
        order = rng.permutation(len(images))
        for start in range(0, len(images), BATCH):
            batch = order[start : start + BATCH]
            n = len(batch)
            conv_weights, conv_bias, head_weights, head_bias = params
            before_relu = every_patch[batch] @ conv_weights + conv_bias
            blocks = np.maximum(0, before_relu).reshape(n, 4, 2, 4, 2, FILTERS)
            pooled = blocks.max(axis=(2, 4), keepdims=True)
            hidden = pooled.reshape(n, -1)
            logits = hidden @ head_weights + head_bias
            probabilities = np.exp(logits - logits.max(axis=1, keepdims=True))
            probabilities /= probabilities.sum(axis=1, keepdims=True)
            grad_logits = probabilities
            grad_logits[np.arange(n), labels[batch]] -= 1
            grad_logits /= n
            grad_hidden = (grad_logits @ head_weights.T).reshape(n, 4, 1, 4, 1, FILTERS)
            grad_maps = ((blocks == pooled) * grad_hidden).reshape(n, 8, 8, FILTERS) * (before_relu > 0)
            grads = [
                every_patch[batch].reshape(-1, 9).T @ grad_maps.reshape(-1, FILTERS),
                grad_maps.reshape(-1, FILTERS).sum(axis=0),
                hidden.T @ grad_logits,
                grad_logits.sum(axis=0),
            ]
            step += 1
            for param, grad, m, v in zip(params, grads, first, second, strict=True):
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                param -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return params


def main() -> None:
    from sklearn.datasets import load_digits

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CONTENT, help="The content folder to write into.")
    out = parser.parse_args().out
    digits = load_digits()
    images, labels = digits.images / 16.0, digits.target
    rng = np.random.default_rng(SEED)
    shuffled = rng.permutation(np.flatnonzero(labels < 5))
    cut = int(0.8 * len(shuffled))
    trained_on, held_out = np.sort(shuffled[:cut]), np.sort(shuffled[cut:])
    conv_weights, conv_bias, head_weights, head_bias = train(images[trained_on], labels[trained_on], rng)
    predicted = (features(images[held_out], conv_weights, conv_bias) @ head_weights + head_bias).argmax(axis=1)
    accuracy = float((predicted == labels[held_out]).mean())

    (out / WEIGHTS).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out / WEIGHTS,
        conv_weights=conv_weights.astype(np.float32),
        conv_bias=conv_bias.astype(np.float32),
        head_weights=head_weights.astype(np.float32),
        head_bias=head_bias.astype(np.float32),
        source_test_accuracy=np.float32(accuracy),
    )
    target = np.flatnonzero(labels >= 5)
    table = np.column_stack([labels[target], digits.data[target].astype(int)])
    (out / TARGET).parent.mkdir(parents=True, exist_ok=True)
    header = "label," + ",".join(f"pixel_{i}" for i in range(64))
    np.savetxt(out / TARGET, table, fmt="%d", delimiter=",", header=header, comments="")
    print(f"backbone: held-out accuracy on the digits 0-4 {accuracy:.3f}; {len(target)} target images written")


if __name__ == "__main__":
    main()
