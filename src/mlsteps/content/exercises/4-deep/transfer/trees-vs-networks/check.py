import numpy as np
from sklearn.datasets import load_digits

from mlsteps.engine.cases import case

DIGITS = load_digits()
KINDS = ("table", "images")
CANVAS = 12  # each 8×8 digit is placed somewhere on a 12×12 canvas


def loan_table(generator, rows):
    """Invented loan applications: a few columns decide the answer through thresholds; four columns are noise."""
    income = generator.uniform(0, 100, rows)  # thousands a year
    debt = generator.uniform(0, 1, rows)  # share of income already owed
    years = generator.integers(0, 10, rows)  # years at the current job
    age = generator.normal(50, 20, rows)
    savings = generator.uniform(0, 1, rows)
    region = generator.integers(0, 4, rows)
    noise = [generator.normal(0, 10 ** (column % 3), rows) for column in range(4)]
    approved = ((debt > 0.6) & (income < 40)) | ((years >= 7) & (region == 2)) | ((age > 70) & (savings < 0.3))
    flipped = generator.random(rows) < 0.03
    X = np.column_stack([debt, income, years, age, savings, region, *noise])
    return X, (approved ^ flipped).astype(np.int64)


def shifted_digits(generator, which):
    """Digit images (pixels 0 to 1) placed at a random spot on a larger canvas, and the digits they show."""
    canvas = np.zeros((len(which), CANVAS, CANVAS))
    for row, image in enumerate(DIGITS.images[which] / 16.0):
        top, left = generator.integers(0, CANVAS - 8 + 1, size=2)
        canvas[row, top : top + 8, left : left + 8] = image
    return canvas, DIGITS.target[which]


def cases(rng):
    for number in range(3):
        generator = np.random.default_rng(rng.randint(0, 2**32 - 1))
        X_train, y_train = loan_table(generator, 400)
        X_test, y_test = loan_table(generator, 1000)
        table = {"X_train": X_train, "y_train": y_train, "X_test": X_test, "y_test": y_test}
        order = generator.permutation(len(DIGITS.images))
        X_train, y_train = shifted_digits(generator, order[:300])
        X_test, y_test = shifted_digits(generator, order[300:800])
        images = {"X_train": X_train, "y_train": y_train, "X_test": X_test, "y_test": y_test}
        yield case(table, images, rng.randint(0, 1000), label=f"a new table and new images ({number + 1})")


def _accuracies(result):
    try:
        return {(data, model): float(result[data][model]) for data in KINDS for model in ("trees", "network")}
    except (KeyError, TypeError, ValueError):
        return None


def diagnose(case, expected, got):
    want, have = _accuracies(expected), _accuracies(got)
    if want is None or have is None:
        return None
    for (data, model), value in have.items():
        if value > min(want[data, model] + 0.1, 0.99):
            return (
                f"Your accuracy for the {model} on the {data} is {value:.3f}, better than a model can do on new data: "
                "that is the score on the rows it trained on. Measure every model on the test rows (X_test, y_test)."
            )
        if value < want[data, model] - 0.15:
            return (
                f"Your accuracy for the {model} on the {data} is {value:.3f}, far below what this model reaches. "
                "When the model itself is right, the usual cause is shapes: predictions of shape (n, 1) compared with "
                "answers of shape (n,) broadcast into an (n, n) table of every prediction against every answer, and "
                "its mean means nothing. Make both one-dimensional (argmax(dim=1) gives one class per row)."
            )
    return None
