import numpy as np

from mlsteps.engine.cases import case, tensor


def noisy_wave(generator, count):
    """Points of a sine wave with noise: x between -3 and 3, y = sin(x) plus noise, as (count, 1) columns."""
    x = generator.uniform(-3, 3, size=(count, 1))
    y = np.sin(x) + generator.normal(0, 0.4, size=(count, 1))
    return tensor(x), tensor(y)


def wave_case(data_seed, patience, seed, label, train_points=20):
    generator = np.random.default_rng(data_seed)
    X_train, y_train = noisy_wave(generator, train_points)
    X_val, y_val = noisy_wave(generator, 100)
    return case(X_train, y_train, X_val, y_val, patience, seed, label=label)


def cases(rng):
    yield wave_case(0, 10, 0, "the prompt's example: patience 10")
    yield wave_case(1, 1, 1, "patience 1: stop at the first epoch without progress")
    yield wave_case(2, 30, 2, "patience 30")
    for number in range(3):
        yield wave_case(
            rng.randint(0, 10_000),
            rng.choice([5, 10, 15, 20]),
            rng.randint(0, 1000),
            f"new noisy points ({number + 1})",
            train_points=rng.randint(15, 40),
        )


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(got.get("val_losses"), list) or not got["val_losses"]:
        return None
    losses, restored = got["val_losses"], got.get("restored_val_loss")
    if isinstance(restored, float) and np.isclose(restored, losses[-1]) and not np.isclose(restored, min(losses)):
        return (
            "The network you measured at the end has the weights of the last epoch, not of the best one. Keep a "
            "deep copy of the best state dict (without the copy, the dict follows the weights as they keep "
            "changing), and load it back into the model before measuring."
        )
    extra = len(losses) - len(expected["val_losses"])
    if extra == 1:
        return (
            "Training ran one epoch too long: stop as soon as the number of epochs in a row without a new best "
            f"reaches patience ({case.args[4]}), not when it goes beyond it."
        )
    if extra == -1:
        return (
            "Training stopped one epoch too early: stop when the number of epochs in a row without a new best "
            f"reaches patience ({case.args[4]}), not one before."
        )
    return None
