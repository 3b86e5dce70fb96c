def backward_order(graph, output):
    finished = []

    def visit(node):
        for source in graph[node]:
            visit(source)
        finished.append(node)

    visit(output)
    return finished[::-1]
