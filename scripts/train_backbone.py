"""Train the small pretrained network that Step 4's transfer-learning exercises start from.

    python scripts/train_backbone.py

Source task: telling apart the ten digits in the first 1000 of scikit-learn's bundled 8×8 digit images. The
exercises then reuse the convolutional part (the "backbone", see `mlsteps.data.digits_backbone`) on the other
797 images, for related but different tasks learned from only a few labels (is the digit a prime number?).
Seeded: the same weights on every machine, CPU only, a few seconds.
"""

from __future__ import annotations

import torch
from sklearn.datasets import load_digits
from torch import nn

from mlsteps.data import BACKBONE_FEATURES, BACKBONE_WEIGHTS, SOURCE_IMAGES, digits_backbone

SEED = 20261126
EPOCHS = 40


def main() -> None:
    torch.manual_seed(SEED)
    digits = load_digits()
    images = torch.tensor(digits.images[:SOURCE_IMAGES] / 16.0, dtype=torch.float32).unsqueeze(1)
    labels = torch.tensor(digits.target[:SOURCE_IMAGES])
    backbone = digits_backbone(pretrained=False)
    model = nn.Sequential(backbone, nn.Linear(BACKBONE_FEATURES, 10))
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(EPOCHS):
        for batch in torch.randperm(len(images)).split(64):
            optimiser.zero_grad()
            loss = nn.functional.cross_entropy(model(images[batch]), labels[batch])
            loss.backward()
            optimiser.step()
        if epoch % 10 == 9:
            with torch.no_grad():
                accuracy = (model(images).argmax(1) == labels).float().mean().item()
            print(f"epoch {epoch + 1}: loss {loss.item():.3f}, training accuracy {accuracy:.3f}")
    BACKBONE_WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    torch.save(backbone.state_dict(), BACKBONE_WEIGHTS)
    print(f"wrote {BACKBONE_WEIGHTS} ({BACKBONE_WEIGHTS.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
