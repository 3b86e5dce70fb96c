import math

from mlsteps.engine.cases import case

AGREES = 1e-9  # how close value and gradients must be to PyTorch's (both in float64)


def _torch():
    """PyTorch, to compute the gradients; None where it is not installed (then the reference alone decides)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def _torch_run(torch, program, inputs):
    """The same program with PyTorch tensors: what autograd itself says the gradients are."""
    operations = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b,
        "div": lambda a, b: a / b,
        "pow": lambda a, n: a**n,
        "neg": lambda a: -a,
        "tanh": torch.tanh,
        "exp": torch.exp,
        "relu": torch.relu,
    }
    values = {name: torch.tensor(number, dtype=torch.float64, requires_grad=True) for name, number in inputs.items()}
    for target, operation, *operands in program:
        values[target] = operations[operation](*(values.get(o, o) if isinstance(o, str) else o for o in operands))
    output = values[program[-1][0]]
    output.backward()
    grads = {name: float(values[name].grad) if values[name].grad is not None else 0.0 for name in inputs}
    return {"value": float(output.detach()), "grads": grads}


def _engine(program, inputs, power_slip=False, relu_slip=False, rsub_slip=False, exp_slip=False):
    """Values and gradients by the chain rule, with one slip or another switched on to recognise it."""
    values = {name: [float(number), []] for name, number in inputs.items()}  # [value, [(source, local), ...]]

    def node(operand):
        return values[operand] if isinstance(operand, str) else [float(operand), []]

    for target, operation, *operands in program:
        a = node(operands[0])
        b = node(operands[1]) if len(operands) > 1 and operation != "pow" else None
        x = a[0]
        if operation == "add":
            made = [x + b[0], [(a, 1.0), (b, 1.0)]]
        elif operation == "sub":
            if rsub_slip and not isinstance(operands[0], str):
                made = [b[0] - x, [(b, 1.0)]]
            else:
                made = [x - b[0], [(a, 1.0), (b, -1.0)]]
        elif operation == "mul":
            made = [x * b[0], [(a, b[0]), (b, x)]]
        elif operation == "div":
            made = [x / b[0], [(a, 1 / b[0]), (b, -x / b[0] ** 2)]]
            if power_slip:
                made[1][1] = (b, x * -(b[0] ** -1))
        elif operation == "pow":
            n = operands[1]
            made = [x**n, [(a, n * x**n if power_slip else n * x ** (n - 1))]]
        elif operation == "neg":
            made = [-x, [(a, -1.0)]]
        elif operation == "tanh":
            made = [math.tanh(x), [(a, 1 - math.tanh(x) ** 2)]]
        elif operation == "exp":
            made = [math.exp(x), [(a, x if exp_slip else math.exp(x))]]
        else:
            made = [max(x, 0.0), [(a, 1.0 if (x >= 0 if relu_slip else x > 0) else 0.0)]]
        values[target] = made
    grads = {id(values[program[-1][0]]): 1.0}
    order, seen = [], set()

    def visit(item):
        if id(item) not in seen:
            seen.add(id(item))
            for source, _ in item[1]:
                visit(source)
            order.append(item)

    visit(values[program[-1][0]])
    for item in reversed(order):
        for source, local in item[1]:
            grads[id(source)] = grads.get(id(source), 0.0) + local * grads.get(id(item), 0.0)
    return {name: grads.get(id(values[name]), 0.0) for name in inputs}


def _case(torch, program, inputs, label):
    if torch is None:
        return case(program, inputs, label=label)
    return case(program, inputs, label=label, truth=_torch_run(torch, program, inputs), observe=["value"])


def _random_program(rng, steps):
    inputs = {name: round(rng.uniform(0.3, 1.8), 2) * rng.choice([-1, 1]) for name in "abc"[: rng.randint(2, 3)]}
    names, program = list(inputs), []
    for number in range(steps):
        target = f"v{number}"
        operation = rng.choice(["add", "sub", "mul", "div", "pow", "neg", "tanh", "exp", "relu"])
        first = rng.choice(names[-3:])
        if operation in ("neg", "tanh", "exp", "relu"):
            program.append([target, operation, first])
        elif operation == "pow":
            program.append([target, "pow", first, rng.choice([2, 3, -1])])
        elif operation == "div":
            divisor = rng.choice([2.0, -4.0]) if rng.random() < 0.5 else rng.choice(names[:2])
            program.append([target, "div", first, divisor])
        else:
            second = rng.choice(names) if rng.random() < 0.6 else round(rng.uniform(-2, 2), 1)
            program.append([target, operation, *((second, first) if rng.random() < 0.4 else (first, second))])
        names.append(target)
    program.append(["out", "tanh", names[-1]])
    return program, inputs


def _usable(program, inputs):
    """No huge or undefined numbers: every step stays a finite, moderate value (a division by a value near 0 or
    a square root of a negative number are drawn again)."""
    try:
        values = dict(inputs)
        for target, operation, *operands in program:
            args = [values[o] if isinstance(o, str) else o for o in operands]
            result = {
                "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
                "div": lambda a, b: a / b, "pow": lambda a, n: a**n, "neg": lambda a: -a,
                "tanh": math.tanh, "exp": math.exp, "relu": lambda a: max(a, 0.0),
            }[operation](*args)
            near_zero = (operation == "div" and abs(args[1]) < 0.2) or (operation == "pow" and abs(args[0]) < 0.2)
            if isinstance(result, complex) or not abs(result) < 50 or near_zero:
                return False
            values[target] = result
        return True
    except (ZeroDivisionError, OverflowError, ValueError):
        return False


def cases(rng):
    torch = _torch()
    example = [["d", "sub", 3.0, "a"], ["e", "div", "d", "b"], ["f", "pow", "e", 2], ["g", "relu", "f"],
               ["out", "exp", "g"]]
    yield _case(torch, example, {"a": 1.0, "b": 4.0}, "the example")
    yield _case(torch, [["out", "relu", "x"]], {"x": 0.0}, "relu exactly at 0")
    yield _case(torch, [["y", "relu", "x"], ["out", "mul", "y", "x"]], {"x": -2.0}, "relu of a negative number")
    yield _case(torch, [["out", "pow", "x", 3]], {"x": 2.0}, "x ** 3")
    yield _case(torch, [["out", "div", 1.0, "x"]], {"x": 4.0}, "1 / x")
    yield _case(torch, [["y", "sub", 5.0, "x"], ["out", "mul", "y", "x"]], {"x": 2.0}, "(5 - x) * x")
    yield _case(torch, [["y", "neg", "x"], ["out", "exp", "y"]], {"x": 0.5}, "exp(-x)")
    made = 0
    while made < 4:
        program, inputs = _random_program(rng, 6 + 2 * made)
        if _usable(program, inputs):
            made += 1
            yield _case(torch, program, inputs, f"a random program of {len(program)} steps")


def verify(case, got, observed):
    """The answer equals the reference's; here it must also agree with PyTorch's autograd on the same graph."""
    if case.truth is None or not isinstance(got, dict) or not isinstance(got.get("grads"), dict):
        return None
    for name, want in case.truth["grads"].items():
        have = got["grads"].get(name)
        if not isinstance(have, int | float) or not math.isclose(have, want, rel_tol=AGREES, abs_tol=AGREES):
            return f"the gradient of {name!r} differs from PyTorch's on the same graph ({want!r})"
    return None


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not isinstance(got.get("grads"), dict):
        return None
    program, inputs = case.args
    number_first = any(op == "sub" and not isinstance(operands[0], str) for _, op, *operands in program)
    value = got.get("value")
    if number_first and isinstance(value, int | float) and not math.isclose(value, expected["value"]):
        return (
            "A number minus a Value comes out the wrong way round: for 3 - a, Python calls a.__rsub__(3), "
            "which must give 3 - a, not a - 3."
        )
    for options, advice in (
        (
            {"power_slip": True},
            "The power rule lowers the exponent by one: the derivative of aⁿ is n × aⁿ⁻¹, not n × aⁿ.",
        ),
        (
            {"relu_slip": True},
            "relu passes the gradient only where its input is above 0. At exactly 0 it passes nothing (PyTorch "
            "does the same).",
        ),
        (
            {"exp_slip": True},
            "The derivative of exp(a) is exp(a) itself: pass back the result times the gradient, not the input.",
        ),
    ):
        variant = _engine(program, inputs, **options)
        if any(not math.isclose(variant[n], expected["grads"][n], rel_tol=1e-9, abs_tol=1e-12) for n in variant):
            have = got["grads"]
            if all(isinstance(have.get(n), int | float) and math.isclose(have[n], variant[n], abs_tol=1e-9)
                   for n in variant):
                return advice
    return None
