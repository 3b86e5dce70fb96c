from mlsteps.engine.cases import case


def _reachable(graph, output):
    found, todo = set(), [output]
    while todo:
        node = todo.pop()
        if node not in found:
            found.add(node)
            todo.extend(graph[node])
    return found


def _random_graph(rng, size):
    graph = {}
    for index in range(size):
        name = f"n{index}"
        if index < 3:
            graph[name] = []
        else:
            count = rng.choice([1, 2, 2, 3])
            graph[name] = [f"n{rng.randrange(index)}" for _ in range(count)]
    return graph


def cases(rng):
    graph = {"a": [], "b": [], "c": ["a", "b"], "d": ["c", "a"], "e": ["b"]}
    yield case(graph, "d", label="the example", observe=["0"])
    yield case({"x": [], "y": ["x", "x"], "z": ["y", "x"]}, "z", label="x * x, then used again", observe=["0"])
    chain = {"x": [], "h1": ["x"], "h2": ["h1"], "h3": ["h2"], "loss": ["h3", "x"]}
    yield case(chain, "loss", label="a long path and a short cut to the same input", observe=["0"])
    yield case({"w": [], "x": [], "out": ["w", "x"], "unused": ["w"]}, "out", label="a node the output does not use",
               observe=["0"])
    yield case({"a": []}, "a", label="the output is an input", observe=["0"])
    for size in (8, 12, 20, 30):
        graph = _random_graph(rng, size)
        output = f"n{size - 1}"
        yield case(graph, output, label=f"a random graph of {size} nodes", observe=["0"])


def verify(case, got, observed):
    """The same nodes as the reference's answer; here the order itself must let every gradient be complete."""
    graph, _ = case.args
    where = {node: position for position, node in enumerate(got)}
    for node in got:
        for source in graph.get(node, []):
            if source in where and where[source] < where[node]:
                return (
                    f"{source!r} comes before {node!r}, which was computed from it: {source!r} would pass its "
                    "gradient on before all the nodes that use it have given it theirs"
                )
    return None


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple):
        return None
    graph, output = case.args
    if len(set(got)) < len(got):
        twice = next(node for node in got if list(got).count(node) > 1)
        return f"{twice!r} is listed more than once. Remember the nodes already visited, and list each node once."
    extra = sorted(set(got) - _reachable(graph, output))
    if extra:
        return f"{extra[0]!r} is listed, but the output does not depend on it: only nodes reached from the output."
    return None
