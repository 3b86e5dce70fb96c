from mlsteps.engine.cases import case

DEVICES = {(False, False): "cpu", (True, False): "cuda", (False, True): "mps", (True, True): "cuda"}


def cases(rng):
    yield case(False, False, label="a laptop without a GPU")
    yield case(True, False, label="a computer with an NVIDIA GPU")
    yield case(False, True, label="an Apple computer with its own GPU")
    yield case(True, True, label="both kinds of GPU: CUDA comes first")
    for _ in range(3):
        cuda, mps = rng.choice(list(DEVICES))
        yield case(cuda, mps, label="another computer")


def diagnose(case, expected, got):
    cuda, mps = case.args
    if isinstance(got, bool):
        return 'Return the device\'s name, "cuda", "mps" or "cpu", not whether a GPU is available (True or False).'
    if not isinstance(got, str):
        return None
    if got == "cpu" and (cuda or mps):
        return (
            f"This computer has a GPU ({'CUDA' if cuda else 'MPS'} is available), but your function chose the CPU: "
            "the choice must follow what is available, or the GPU sits idle."
        )
    if got == "mps" and cuda and mps:
        return "Both kinds of GPU are available here: CUDA comes first, as the prompt's rule says."
    if got.lower() in ("gpu", "nvidia", "cuda:0", "apple"):
        return 'PyTorch names its devices "cuda", "mps" and "cpu": it does not know that name.'
    return None
