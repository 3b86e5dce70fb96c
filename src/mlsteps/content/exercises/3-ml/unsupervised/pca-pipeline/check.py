import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from mlsteps.engine.cases import case

DIGITS = load_digits()
KEPT = "named_steps.pca.n_components_"


def cases(rng):
    for number in range(3):
        images, new_images, digits, new_digits = train_test_split(
            DIGITS.data,
            DIGITS.target,
            train_size=600,
            test_size=300,
            stratify=DIGITS.target,
            random_state=rng.randint(0, 10_000),
        )
        yield case(
            images,
            digits,
            predict=new_images,
            truth=new_digits,
            observe=[KEPT],
            label=f"600 handwritten digits to learn from, 300 new ones ({number + 1})",
        )


def verify(case, got, observed):
    kept = observed.get(KEPT)
    if kept is None:
        return (
            'No PCA step named "pca" was found in your pipeline: build it with make_pipeline, with a PCA step '
            "before the classifier."
        )
    if kept > 20:
        return f"Your PCA keeps {kept} components; the rule is at most 20: compress further."
    return None


def diagnose(case, expected, got, inspected):
    predictions = np.asarray(got) if isinstance(got, np.ndarray | list) else None
    if predictions is None or predictions.shape != case.truth.shape:
        return None
    kept = inspected.get(KEPT)
    if np.mean(predictions == case.truth) < 0.9 and isinstance(kept, int) and kept < 10:
        return (
            f"Too few components: {kept} keep too little of what tells the digits apart. Check how much variance "
            "your components keep (explained_variance_ratio_), and keep more of it, up to 20 components."
        )
    return None
