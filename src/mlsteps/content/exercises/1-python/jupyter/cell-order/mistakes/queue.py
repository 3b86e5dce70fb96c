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
    queue = list(range(len(cells)))
    done, order = set(), []
    passes = 0
    while queue:
        index = queue.pop(0)
        if needs[index] <= done:
            order.append(index)
            done |= makes[index]
            passes = 0
        else:
            queue.append(index)
            passes += 1
            if passes > len(queue):
                raise ValueError("stuck")
    return order
