"""Connect to a TCP port of the machine (the test listens there), and listen on one."""

import socket

PORT = int("@PORT@")


def even_squares(numbers):
    outcome = {}
    for host in ("127.0.0.1", "::1"):
        try:
            with socket.create_connection((host, PORT), timeout=2) as connection:
                connection.sendall(b"owned")
            outcome[f"connect {host}"] = "sent"
        except OSError as exc:
            outcome[f"connect {host}"] = type(exc).__name__
    try:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        outcome["listen"] = listener.getsockname()[1]
    except OSError as exc:
        outcome["listen"] = type(exc).__name__
    return outcome
