import ast
import sys

# Where the name you import differs from the name you install.
DISTRIBUTIONS = {
    "sklearn": "scikit-learn",
    "PIL": "pillow",
    "cv2": "opencv-python",
    "yaml": "PyYAML",
    "bs4": "beautifulsoup4",
}


def imported_modules(source):
    """The top-level names a piece of code imports (relative imports left out)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def pin_requirements(notebook, installed):
    """The requirements.txt lines (name==version) for what the notebook's code cells import."""
    modules = set()
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        try:
            modules |= imported_modules(source)
        except SyntaxError:
            continue  # a cell with a magic line is not Python
    pins = set()
    for module in modules - set(sys.stdlib_module_names):
        name = DISTRIBUTIONS.get(module, module)
        if name in installed:
            pins.add(f"{name}=={installed[name]}")
    return sorted(pins, key=str.lower)
