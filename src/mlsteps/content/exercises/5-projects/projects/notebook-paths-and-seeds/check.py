import ast
import re

from mlsteps.engine.cases import case

DRIVE = re.compile(r"[A-Za-z]:[\\/]")
GENERATORS = {"default_rng", "Random", "RandomState"}


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else ""


def _problems(notebook, any_slash=False, comments=False, every_generator=False, seed_anywhere=False):
    found, seeded = set(), set()
    cells = [(p, c) for p, c in enumerate(notebook["cells"]) if c["cell_type"] == "code"]
    sources = {p: c["source"] if isinstance(c["source"], str) else "".join(c["source"]) for p, c in cells}
    codes = {
        p: "\n".join(line for line in s.splitlines() if not line.lstrip().startswith(("%", "!")))
        for p, s in sources.items()
    }
    if seed_anywhere:
        for code in codes.values():
            for call in (n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)):
                parts = _dotted(call.func).split(".")
                if parts[-1] == "seed":
                    seeded.add("numpy" if parts[0] in ("np", "numpy") else "random")
    for position, code in codes.items():
        tree = ast.parse(code)
        texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if comments:
            texts += [word for remark in re.findall(r"#.*", code) for word in remark[1:].split()]
        for text in texts:
            absolute = text.startswith(("/", "~")) or DRIVE.match(text)
            if absolute or (any_slash and ("/" in text or "\\" in text)):
                found.add((position, "absolute path"))
        for call in sorted(
            (n for n in ast.walk(tree) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset)
        ):
            parts = _dotted(call.func).split(".")
            if parts[-1] in GENERATORS:
                if every_generator or (not call.args and not call.keywords):
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


def _notebook(*sources):
    return {
        "cells": [
            {"cell_type": "markdown", "source": s[1:]}
            if s.startswith("#!md")
            else {"cell_type": "code", "source": s, "execution_count": None, "outputs": []}
            for s in sources
        ]
    }


EXAMPLE = {
    "cells": [
        {"cell_type": "code", "source": "import numpy as np\nimport pandas as pd\nrng = np.random.default_rng()"},
        {
            "cell_type": "code",
            "source": [
                "sales = pd.read_csv('/home/ana/projects/shop/sales.csv')\n",
                "# saved from https://example.org/sales\n",
            ],
        },
        {
            "cell_type": "code",
            "source": "noise = np.random.normal(size=10)\nnp.random.seed(42)\nmore = np.random.normal(size=10)",
        },
        {
            "cell_type": "code",
            "source": "prices = pd.read_csv('data/prices.csv')\nurl = 'https://example.org/data.csv'\n"
            "rng = np.random.default_rng(7)",
        },
    ]
}

PIECES = [
    "df = pd.read_csv('data/train.csv')",
    "df = pd.read_csv('/Users/sam/Desktop/train.csv')",
    "model_path = 'C:\\\\Users\\\\sam\\\\model.pkl'",
    "out = open('~/results.txt', 'w')",
    "link = 'https://archive.ics.uci.edu/dataset/53/iris'",
    "# the raw file lives in /mnt/shared/raw",
    "rng = np.random.default_rng(2024)",
    "rng = np.random.default_rng()",
    "np.random.seed(0)",
    "x = np.random.rand(5)",
    "random.seed(1)",
    "random.shuffle(rows)",
    "idx = numpy.random.permutation(10)",
    "%matplotlib inline",
    "print('/ is a slash')",
]


def cases(rng):
    yield case(EXAMPLE, label="the example")
    yield case(
        _notebook("x = 1", "#!md Paths like /home/me in Markdown are text", "y = x + 1"), label="nothing to report"
    )
    yield case(
        _notebook("import numpy as np\nnp.random.seed(0)", "a = np.random.rand(3)", "b = np.random.randint(5)"),
        label="seeded in the first cell, used later",
    )
    yield case(
        _notebook("import random\nrandom.shuffle(rows)", "random.seed(3)\nrandom.choice(rows)"),
        label="Python's random module, seeded too late for the first cell",
    )
    yield case(
        _notebook("data = load('C:\\\\data\\\\x.csv')", "# backup in /mnt/backup", "save('results/x.csv')"),
        label="a Windows path, a path in a comment, a relative path",
    )
    yield case(
        _notebook("gen = np.random.default_rng(seed=5)", "other = np.random.default_rng()"),
        label="generators with and without a seed",
    )
    for _ in range(4):
        cells = ["import numpy as np\nimport numpy\nimport random\nimport pandas as pd\nrows = [1, 2, 3]"]
        for _ in range(rng.randint(2, 5)):
            cells.append("\n".join(rng.sample(PIECES, rng.randint(1, 3))))
        yield case(_notebook(*cells), label="a random notebook")


def diagnose(case, expected, got):
    if not isinstance(got, list | tuple):
        return "Return a list of [position, problem] pairs, sorted."
    got = [list(item) for item in got if isinstance(item, list | tuple)]
    notebook = case.args[0]
    for options, advice in (
        (
            {"comments": True},
            "A path written in a comment, or in a Markdown cell, does not stop the notebook from running elsewhere: "
            "only the strings the code uses count.",
        ),
        (
            {"any_slash": True},
            "A relative path (data/train.csv) or a web address is fine: it works on any machine. Only a path that "
            "starts at the root of one computer is a problem: /, ~, or a drive letter such as C:\\.",
        ),
        (
            {"every_generator": True},
            "A generator made with a seed, such as default_rng(42), gives the same numbers every run: only a "
            "generator made without one is a problem.",
        ),
        (
            {"seed_anywhere": True},
            "A seed only helps the calls that come after it: a random call in an earlier cell, or on an earlier "
            "line, ran before the seed was set.",
        ),
    ):
        variant = _problems(notebook, **options)
        if variant != expected and got == variant:
            return advice
    return None
