"""Data and pretrained weights that ship with mlsteps, for learners' notebooks, exercises and projects.

    from mlsteps.data import load_dataset, digits_backbone
    sales = load_dataset("sales")                 # a pandas DataFrame (see content/datasets/README.md)
    backbone = digits_backbone()                  # a small PyTorch network, pretrained to recognise digits

Nothing here downloads anything: the files are inside the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CONTENT = Path(__file__).resolve().parent / "content"
BACKBONE_WEIGHTS = CONTENT / "pretrained" / "digits_backbone.pt"
BACKBONE_FEATURES = 32
SOURCE_IMAGES = 1000  # the backbone learned from the first 1000 of scikit-learn's digits; the rest are left for you


def load_dataset(name: str) -> Any:
    """One of the shipped tables (sales, housing, weather, survey) as a pandas DataFrame."""
    import pandas as pd

    path = CONTENT / "datasets" / f"{name.removesuffix('.csv')}.csv"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in (CONTENT / "datasets").glob("*.csv")))
        raise FileNotFoundError(f"There is no dataset called {name!r}. The shipped ones are: {known}.")
    return pd.read_csv(path)


def digits_backbone(pretrained: bool = True) -> Any:
    """The convolutional feature extractor for 8×8 digit images: (n, 1, 8, 8) images in, (n, 32) features out.

    With ``pretrained=True`` it carries the weights that ``scripts/train_backbone.py`` learned by telling apart the
    ten digits in the first 1000 of scikit-learn's digit images (pixels scaled to 0-1); with ``pretrained=False`` the
    same network starts from random weights, for training from scratch.
    """
    import torch
    from torch import nn

    backbone = nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
    )
    if pretrained:
        backbone.load_state_dict(torch.load(BACKBONE_WEIGHTS, weights_only=True))
    return backbone
