import numpy as np

from mlsteps.engine.cases import case, tensor
from mlsteps.engine.plain_data import TensorValue


def floats(values):
    return tensor(np.asarray(values, dtype=np.float32))


def joint_norm(gradients):
    return float(np.sqrt(sum((np.asarray(g.values, dtype=float) ** 2).sum() for g in gradients)))


def cases(rng):
    numbers = np.random.default_rng(rng.randint(0, 2**32 - 1))
    yield case([floats([3.0, 0.0]), floats([[0.0], [4.0]])], 1.0, label="the example: norm 5, clipped to 1")
    yield case([floats([0.3, -0.4])], 1.0, label="already short enough: left as it is")
    yield case([floats([0.6]), floats([0.8])], 1.0, label="exactly on the limit: left as it is")
    yield case([floats([10.0, 0.0]), floats([0.0, 0.1])], 1.0,
               label="one large tensor and one small: they shrink by the same factor")
    yield case([floats([3.0, -0.5, 0.2])], 0.5, label="one value larger than the limit, the others not")
    for _ in range(4):
        shapes = [tuple(int(s) for s in numbers.integers(1, 5, int(numbers.integers(1, 3)))) for _ in range(3)]
        gradients = [floats(np.round(numbers.normal(0, numbers.uniform(0.1, 3), shape), 3)) for shape in shapes]
        yield case(gradients, float(np.round(numbers.uniform(0.2, 2) * joint_norm(gradients), 2)),
                   label="random gradients")


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2 or not isinstance(got[0], list):
        return None
    gradients, max_norm = case.args
    clipped = got[0]
    if len(clipped) != len(gradients) or not all(isinstance(g, TensorValue) for g in clipped):
        return None
    before, after = joint_norm(gradients), joint_norm(clipped)
    if isinstance(got[1], float) and before > max_norm and abs(got[1] - after) < 1e-4 and abs(got[1] - before) > 1e-4:
        return "The norm you return is the one after clipping: return the norm the gradients had before."
    old = [np.asarray(g.values, dtype=float) for g in gradients]
    new = [np.asarray(g.values, dtype=float) for g in clipped]
    if before <= max_norm and after > before + 1e-6:
        return (
            "These gradients were already within the limit, and you made them longer: clipping only ever "
            "shrinks. When the joint norm is at most max_norm, leave them as they are."
        )
    cut = all(np.allclose(n, np.clip(o, -max_norm, max_norm)) for o, n in zip(old, new, strict=True))
    if cut and before > max_norm:
        return (
            "You cut each value to ±max_norm, which changes the gradient's direction. Clipping by norm scales "
            "every value by the same factor, so the direction stays and only the length shrinks."
        )
    ratios = [np.linalg.norm(n) / np.linalg.norm(o) for o, n in zip(old, new, strict=True) if np.linalg.norm(o) > 0]
    if len(ratios) > 1 and not np.allclose(ratios, ratios[0], atol=1e-4):
        return (
            "Your tensors shrank by different factors: each was clipped on its own. The norm is that of all the "
            "gradients together, as if they were one long vector, and all of them shrink by the same factor."
        )
    return None
