import ast
import re

DRIVE = re.compile(r"[A-Za-z]:[\\/]")
GENERATORS = {"default_rng", "Random", "RandomState"}  # seeded by their first argument


def dotted_name(node):
    """`np.random.rand` for the function of a call like np.random.rand(3); "" for anything else."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    return ".".join([node.id, *reversed(parts)])


def reproducibility_problems(notebook):
    """[position, problem] for each code cell with an absolute path or unseeded randomness, in order."""
    found = set()
    seeded = set()  # "numpy" once np.random.seed(...) has run, "random" once random.seed(...) has
    for position, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
        tree = ast.parse(code)
        texts = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
        texts += [word for remark in re.findall(r"#.*", code) for word in remark[1:].split()]
        for text in texts:
            if text.startswith(("/", "~")) or DRIVE.match(text):
                found.add((position, "absolute path"))
        calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset))
        for call in calls:
            parts = dotted_name(call.func).split(".")
            if parts[-1] in GENERATORS:
                if not call.args and not call.keywords:
                    found.add((position, "unseeded random"))
                continue
            module = "numpy" if parts[:2] in (["np", "random"], ["numpy", "random"]) and len(parts) == 3 else None
            module = "random" if parts[0] == "random" and len(parts) == 2 else module
            if module is None:
                continue
            if parts[-1] == "seed":
                seeded.add(module)
            elif module not in seeded:
                found.add((position, "unseeded random"))
    return [list(problem) for problem in sorted(found)]
