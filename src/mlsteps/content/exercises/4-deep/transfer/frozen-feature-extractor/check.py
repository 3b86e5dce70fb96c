import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case, tensor

DIGITS = load_digits()
SEEN_BY_BACKBONE = 1000  # the backbone was pretrained on the first 1000 images: these exercises use the others
IMAGES = (DIGITS.images[SEEN_BY_BACKBONE:] / 16.0)[:, np.newaxis]  # (797, 1, 8, 8), pixels between 0 and 1
DIGIT = DIGITS.target[SEEN_BY_BACKBONE:]
PRIME = np.isin(DIGIT, [2, 3, 5, 7]).astype(np.int64)  # the new task: 1 when the digit is a prime number
FIRST_CONV = "0.0.weight"  # the backbone's first convolution, inside nn.Sequential(backbone, head)
MIN_SCORE = 0.8
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
            observe=[FIRST_CONV],
            label=f"one labelled image of each digit ({number + 1})",
        )


def verify(case, got, observed):
    """The backbone must still hold its pretrained weights, frozen: said in words, never by the internal path."""
    weights = observed.get(FIRST_CONV)
    values = getattr(weights, "values", None)
    if values is None or np.shape(values) != PRETRAINED_FIRST_CONV.shape:
        return "return nn.Sequential(backbone, head), with the backbone first, so that model[0] is the backbone."
    if getattr(weights, "requires_grad", False):
        return (
            "the backbone is not frozen: its weights still take part in training, so training can change them. "
            "Freeze it before training (turn off its gradient tracking), and give the optimiser only the "
            "head's parameters."
        )
    if not np.allclose(np.asarray(values, dtype=float), PRETRAINED_FIRST_CONV, atol=1e-5):
        return (
            "the backbone's weights are not the pretrained ones any more. Freeze it before training starts, and "
            "keep the weights that digits_backbone() loaded."
        )
    return None
