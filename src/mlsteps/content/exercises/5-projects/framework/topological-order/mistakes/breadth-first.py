def backward_order(graph, output):
    order, queue = [], [output]
    while queue:
        node = queue.pop(0)
        if node in order:
            continue
        order.append(node)
        queue.extend(graph[node])
    return order
