def backward_order(graph, output):
    """The nodes the output depends on, each once, every node before the nodes it was computed from."""
    seen, finished = set(), []

    def visit(node):
        if node in seen:
            return
        seen.add(node)
        for source in graph[node]:
            visit(source)
        finished.append(node)  # a node is finished only after everything it was computed from

    visit(output)
    return finished[::-1]
