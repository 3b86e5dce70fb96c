import importlib
import inspect

from mlsteps.engine.cases import case

PLAIN = [
    "math.sqrt",
    "math.dist",
    "math.isclose",
    "statistics.median",
    "statistics.mean",
    "json.dumps",
    "random.choice",
    "builtins.len",
    "builtins.sorted",
    "builtins.round",
    "itertools.combinations",
    "textwrap.dedent",
]
# Functions whose docstring starts with a blank line, and functions with none; which ones depends on the
# Python version, so the check finds them on the Python it runs on.
BLANK_START = ["html.escape", "re.escape", "difflib.ndiff", "html.unescape", "difflib.unified_diff"]
NO_DOC = ["glob.has_magic", "json.detect_encoding", "glob.glob0", "shutil.unregister_archive_format"]
DEEP = ["os.path.join", "os.path.splitext", "os.path.basename", "xml.sax.saxutils.escape"]


def _function(dotted):
    module_name, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError):
        return None


def _first(names, test):
    for dotted in names:
        function = _function(dotted)
        if function is not None and test(function):
            return dotted
    return None


def _starts_blank(function):
    doc = function.__doc__
    return bool(doc) and not doc.splitlines()[0].strip() and bool(doc.strip())


def cases(rng):
    yield case("math.sqrt", label="the example")
    yield case("builtins.len", label="the example: a built-in function")
    yield case("os.path.join", label="a module name with a dot in it")
    yield case(_first(DEEP[1:], lambda f: True) or "os.path.basename", label="another module name with a dot")
    blank = _first(BLANK_START, _starts_blank)
    if blank:
        yield case(blank, label="a docstring that starts with an empty line, then an indented one")
    missing = _first(NO_DOC, lambda f: inspect.isfunction(f) and f.__doc__ is None)
    if missing:
        yield case(missing, label="a function with no docstring")
    for dotted in rng.sample(PLAIN, 5):
        yield case(dotted, label="a random function")


def diagnose(case, expected, got):
    (dotted,) = case.args
    function = _function(dotted)
    if function is None or not isinstance(expected, str):
        return None
    doc = function.__doc__
    if doc is None and got is None:
        return 'This function has no docstring (its __doc__ is None); the rule asks for the empty string "" then.'
    if not isinstance(got, str):
        return None
    if got.strip() == expected and got != expected:
        return "The line is right but keeps its indentation: remove the spaces around it."
    if doc and got == "" and not doc.splitlines()[0].strip():
        return "This docstring starts with an empty line: the summary is the first line that is not blank."
    if dotted.count(".") > 1:
        return (
            f"In {dotted!r} the module is everything before the last dot: the function is the part after it, "
            "and the module's own name can hold dots."
        )
    return None
