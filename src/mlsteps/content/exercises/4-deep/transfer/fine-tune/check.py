import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
SEEN_BY_BACKBONE = 1000  # the backbone was pretrained on the first 1000 images: these exercises use the others
IMAGES = (DIGITS.images[SEEN_BY_BACKBONE:] / 16.0)[:, np.newaxis]  # (797, 1, 8, 8), pixels between 0 and 1
DIGIT = DIGITS.target[SEEN_BY_BACKBONE:]
PRIME = np.isin(DIGIT, [2, 3, 5, 7]).astype(np.int64)  # the new task: 1 when the digit is a prime number
FIRST_CONV = "0.0.weight"  # the backbone's first convolution, inside nn.Sequential(backbone, head)
HEAD = "1.weight"
# The pretrained values of that convolution's 144 weights, as digits_backbone() loads them (checks never import
# torch; tests/test_teaching.py checks that these still match the shipped weights).
_PRETRAINED_TEXT = """
    0.4248464 0.6875895 0.3731347 0.5404995 0.02709764 0.1014799 0.7619183 -0.4956827 -1.56483 -0.5701537
    0.1972181 -0.9927253 -0.933925 0.9363248 -1.402327 -1.600813 -1.707718 -1.649965 1.034199 0.5525457
    -0.4858604 1.261621 -0.1241114 -0.4718924 0.9766779 0.4962589 -0.2209653 -0.9205557 -0.1652066 0.4429362
    -0.7665749 0.1009296 0.4191644 -0.8173254 -0.3314792 0.6957757 0.8079578 1.077224 0.8943569 -1.060977
    -0.5209016 -0.7911026 -0.2462444 -0.2555966 -0.2647285 0.1238661 0.4780596 0.3741774 0.4941438 0.95939
    0.8031839 -1.439438 -1.081909 -0.2774211 0.7742361 -0.3963788 -0.4948128 1.151053 -0.6709644 -0.9581521
    0.677304 0.2821041 -0.4062116 0.5249978 -0.2726735 -1.144171 0.1708938 -0.7227269 0.2462632 -0.2475595
    0.2137334 1.055204 -0.8635737 0.8271413 0.05876541 -1.393275 0.5625683 0.6461745 -0.6637712 -0.07484288
    0.631426 0.8463942 0.2440725 -1.453414 0.08953009 0.56379 -1.005108 0.3151125 0.7707505 -0.397165 -0.0944078
    -0.189818 -0.1256574 -0.004096506 -0.08629466 -0.1137651 -0.3200544 -0.1976187 0.1589734 0.6250387
    0.04824577 0.3328069 -0.4140371 -0.5065188 1.086609 -0.08248404 0.4779756 0.1800528 0.773382 0.6020893
    0.7219686 -0.8788465 -1.034265 0.2848467 -1.638894 -0.6039035 0.4111215 0.670068 0.2881924 -0.8284755
    0.2301113 0.3014535 -0.1627408 0.3311451 0.7042037 -0.1293093 -0.2986969 -0.2075975 0.05177154 -0.2692403
    -0.09478712 -0.2181472 -0.2415386 0.1914046 -0.1381252 -1.091671 0.2682557 0.03714984 0.2266325 0.5556839
    -0.08692515 0.7011304 0.474156 -0.6534057
"""
PRETRAINED_FIRST_CONV = np.array(_PRETRAINED_TEXT.split(), dtype=float).reshape(16, 1, 3, 3)
# Measured over seeds: with the learning rates 0.001 (backbone) and 0.01 (head), 50 Adam steps move each first-
# convolution weight by 0.011 to 0.016 on average and take the head's largest weight to 0.35 or more; one rate of
# 0.01 for both moves the backbone by 0.06 or more; one rate of 0.001 leaves the head's weights under 0.21.
MIN_SCORE = 0.82  # as [model] min_score in exercise.toml
MOVED = 0.001
MOVED_TOO_FAR = 0.04
HEAD_LEARNED = 0.27


def cases(rng):
    for number in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        labelled = np.array([generator.choice(np.flatnonzero(digit == DIGIT)) for digit in range(10)])
        new = np.setdiff1d(np.arange(len(IMAGES)), labelled)
        yield case(
            tensor(IMAGES[labelled]),
            tensor(PRIME[labelled], dtype="int64"),
            rng.randint(0, 1000),
            predict=tensor(IMAGES[new]),
            method="__call__",
            truth=PRIME[new],
            observe=[FIRST_CONV, HEAD],
            label=f"one labelled image of each digit ({number + 1})",
        )


def _movement(observed):
    """How far the backbone's first convolution moved from its pretrained weights, on average per weight."""
    weights = observed.get(FIRST_CONV)
    values = getattr(weights, "values", None)
    if values is None or np.shape(values) != PRETRAINED_FIRST_CONV.shape:
        return None
    return float(np.abs(np.asarray(values, dtype=float) - PRETRAINED_FIRST_CONV).mean())


def verify(case, got, observed):
    weights = observed.get(FIRST_CONV)
    if weights is None:
        return "the first part of your model should be the backbone: return nn.Sequential(backbone, head)."
    if not weights.requires_grad:
        return (
            "the backbone is frozen, so this is feature extraction, not fine-tuning: here every part of the network "
            "keeps learning. Leave requires_grad on and give the backbone a small learning rate instead."
        )
    moved = _movement(observed)
    if moved is not None and moved < MOVED:
        return (
            "the backbone's weights are still exactly the pretrained ones: it was never trained. An optimiser "
            "only moves the parameters it was given, so give it the backbone's parameters too, as a group with "
            "a small learning rate of its own."
        )
    if moved is not None and moved > MOVED_TOO_FAR:
        return (
            f"the backbone moved as far as a new layer would (each first-layer weight by {moved:.3f} on average): "
            "its learning rate is as large as the head's, and large steps on 10 images wipe out what it learned "
            "before. Give the backbone a smaller learning rate than the head (look up parameter groups)."
        )
    head = observed.get(HEAD)
    head_values = getattr(head, "values", None)
    if head_values is not None and np.abs(np.asarray(head_values, dtype=float)).max() < HEAD_LEARNED:
        return (
            "the new head has barely moved from its random start: with the backbone's small learning rate it "
            "cannot learn the task in 50 steps. Give the head a larger learning rate than the backbone."
        )
    return None


def diagnose(case, expected, got, inspected):
    outputs = np.asarray(got, dtype=float)
    if outputs.ndim != 2 or len(outputs) != len(case.truth):
        return None
    if np.mean(outputs.argmax(axis=1) == case.truth) >= MIN_SCORE:
        return None  # the score is fine: verify says what is wrong inside
    moved = _movement(inspected)
    if moved is not None and moved > 0.2:
        return (
            "Your backbone's weights are far from the pretrained ones: it seems to start from random weights, and "
            "then 10 images are not enough. Start from the pretrained weights (digits_backbone() loads them by "
            "default)."
        )
    return (
        "Your network is not clearly better than the same network trained from scratch (about 0.65 here). Check "
        "both halves of fine-tuning: start from the pretrained weights, and give each part its own learning "
        "rate: a small one for the backbone, so that it keeps what it knows, and a larger one for the new head, "
        "which has everything to learn in 50 steps."
    )
