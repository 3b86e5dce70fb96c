import re

NAME = re.compile(r"[A-Za-z_]\w*")


def _needs_and_makes(source):
    needs, makes = set(), set()
    for line in source.splitlines():
        if not line.strip():
            continue
        target, expression = line.split("=", 1)
        needs |= set(NAME.findall(expression)) - makes
        makes.add(target.strip())
    return needs, makes


def cell_order(cells):
    """Return cell indexes in an order where each cell's names are made first; the smallest ready index wins."""
    parsed = [_needs_and_makes(source) for source in cells]
    made, order = set(), []
    waiting = list(range(len(cells)))
    while waiting:
        ready = [index for index in waiting if parsed[index][0] <= made]
        if not ready:
            raise ValueError(f"cells {', '.join(map(str, waiting))} can never run")
        chosen = min(ready)
        order.append(chosen)
        waiting.remove(chosen)
        made |= parsed[chosen][1]
    return order
