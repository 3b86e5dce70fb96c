def backward_order(graph, output):
    seen, finished = set(), []

    def visit(node):
        if node in seen:
            return
        seen.add(node)
        for source in graph[node]:
            visit(source)
        finished.append(node)

    visit(output)
    return finished
