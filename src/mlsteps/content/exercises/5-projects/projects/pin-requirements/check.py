import ast
import sys

from mlsteps.engine.cases import case

DISTRIBUTIONS = {"sklearn": "scikit-learn", "PIL": "pillow", "cv2": "opencv-python", "yaml": "PyYAML",
                 "bs4": "beautifulsoup4"}
INSTALLED = {
    "numpy": "2.1.3", "pandas": "2.2.3", "matplotlib": "3.9.2", "scikit-learn": "1.5.2", "pillow": "11.0.0",
    "PyYAML": "6.0.2", "seaborn": "0.13.2", "requests": "2.32.3", "opencv-python": "4.10.0.84",
    "beautifulsoup4": "4.12.3", "xgboost": "2.1.2", "dataclasses": "0.6", "jupyterlab": "4.2.5",
}


def _code(*cells):
    return {"cells": [{"cell_type": kind, "source": source} for kind, source in cells], "nbformat": 4}


def _modules(source, top_level=True):
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] if top_level else alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0] if top_level else node.module)
    return names


def _pins(notebook, installed, stdlib=True, mapping=True, top_level=True, magic_cells=True):
    modules = set()
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
        if not magic_cells and len(lines) != len(source.splitlines()):
            continue
        modules |= _modules("\n".join(lines), top_level)
    if stdlib:
        modules -= set(sys.stdlib_module_names)
    pins = set()
    for module in modules:
        name = DISTRIBUTIONS.get(module, module) if mapping else module
        if name in installed:
            pins.add(f"{name}=={installed[name]}")
    return sorted(pins, key=str.lower)


EXAMPLE = _code(
    ("markdown", "# Prices\nWe import pandas and scikit-learn below."),
    ("code", ["%matplotlib inline\n", "import pandas as pd\n", "import matplotlib.pyplot as plt\n"]),
    ("code", "from sklearn.model_selection import train_test_split\nimport json, os\nfrom helpers import clean"),
)


def _random_notebook(rng):
    lines = ["import numpy as np", "import os", "from pathlib import Path", "import seaborn as sns",
             "from sklearn.linear_model import LogisticRegression", "import yaml", "from PIL import Image",
             "import requests", "from bs4 import BeautifulSoup", "import cv2", "from . import local_helpers",
             "import my_utils", "import xgboost as xgb", "from collections import Counter", "import dataclasses",
             "from matplotlib import pyplot as plt"]
    cells = []
    for _ in range(rng.randint(2, 5)):
        chosen = rng.sample(lines, rng.randint(1, 4))
        if rng.random() < 0.3:
            chosen.insert(0, rng.choice(["%matplotlib inline", "!pip install seaborn", "%%time"]))
        source = "\n".join(chosen) + "\nprint('done')"
        cells.append(("code", [line + "\n" for line in source.split("\n")] if rng.random() < 0.5 else source))
        if rng.random() < 0.5:
            cells.append(("markdown", "import this: it is only text"))
    return _code(*cells)


def cases(rng):
    yield case(EXAMPLE, INSTALLED, label="the example")
    yield case(_code(("code", "import dataclasses\nimport numpy\n")), INSTALLED,
               label="a standard-library module that is also on PyPI")
    yield case(_code(("code", "from PIL import Image\nimport cv2\nimport yaml\nfrom bs4 import BeautifulSoup")),
               INSTALLED, label="import names that are not the names you install")
    yield case(_code(("code", "import matplotlib.pyplot as plt\nfrom pandas.api import types")), INSTALLED,
               label="imports of sub-modules")
    yield case(_code(("code", "%matplotlib inline\nimport matplotlib.pyplot as plt\nimport seaborn as sns")),
               INSTALLED, label="a magic line in the cell with the imports")
    yield case(_code(("markdown", "import numpy as np"), ("code", "print('no imports')")), INSTALLED,
               label="imports only in Markdown")
    for _ in range(4):
        yield case(_random_notebook(rng), INSTALLED, label="a random notebook")


def diagnose(case, expected, got):
    if not isinstance(got, list):
        return "Return a list of lines such as 'numpy==2.1.3', sorted by name."
    notebook, installed = case.args
    for options, advice in (
        (
            {"stdlib": False},
            "A module of Python's standard library is listed: it comes with Python and is never pinned, even "
            "when a package of the same name is installed (sys.stdlib_module_names lists them).",
        ),
        (
            {"mapping": False},
            "Some imports are missing because the name you import is not always the name you install: "
            "`import sklearn` comes from scikit-learn. Look the import name up in DISTRIBUTIONS first.",
        ),
        (
            {"top_level": False},
            "An import of a sub-module (matplotlib.pyplot) was looked up whole. Pin the package it belongs to: "
            "the part before the first dot.",
        ),
        (
            {"magic_cells": False},
            "The imports of a cell that also holds a magic (%...) or shell (!...) line were lost. Leave out those "
            "lines only, and read the rest of the cell.",
        ),
    ):
        variant = _pins(notebook, installed, **options)
        if variant != expected and got == variant:
            return advice
    return None
