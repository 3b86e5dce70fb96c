import re


def cell_order(cells):
    needs, makes = [], []
    for source in cells:
        used, made = set(), set()
        for line in source.splitlines():
            if line.strip():
                target, expression = line.split("=", 1)
                used |= set(re.findall(r"[A-Za-z_]\w*", expression)) - made
                made.add(target.strip())
        needs.append(used)
        makes.append(made)
    done, order = set(), []
    waiting = list(range(len(cells)))
    while waiting:
        ready = [index for index in waiting if needs[index] <= done]
        if not ready:
            break
        order.append(ready[0])
        waiting.remove(ready[0])
        done |= makes[ready[0]]
    return order
