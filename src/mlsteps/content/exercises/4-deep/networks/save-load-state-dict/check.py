import numpy as np
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case, tensor

WINE = load_wine()
MEASUREMENTS = (WINE.data - WINE.data.mean(axis=0)) / WINE.data.std(axis=0)  # 13 columns, each around 0
WEIGHTS_FILE = "model.pt"


def wine_case(split, new_rows, seed, label):
    X_train, X_new, y_train, _ = train_test_split(
        MEASUREMENTS, WINE.target, test_size=new_rows, stratify=WINE.target, random_state=split
    )
    return case(
        tensor(X_train),
        tensor(y_train, dtype="int64"),
        tensor(X_new),
        WEIGHTS_FILE,
        seed,
        collect=[WEIGHTS_FILE],
        label=label,
    )


def cases(rng):
    yield wine_case(0, 3, 0, "the prompt's example: 3 new wines")
    for number in range(3):
        yield wine_case(rng.randint(0, 10_000), rng.randint(5, 30), rng.randint(0, 1000), f"new wines ({number + 1})")


def diagnose(case, expected, got):
    if not hasattr(got, "requires_grad") or got.shape != expected.shape:
        return None
    if not np.allclose(np.asarray(got, dtype=float), np.asarray(expected, dtype=float), rtol=1e-4, atol=1e-5):
        return (
            "The reloaded network's outputs are not those of the trained one. If the weights were loaded, the "
            "network is still in training mode, and its dropout layer switches units off at random: switch it "
            "to evaluation mode before computing the outputs."
        )
    return None
