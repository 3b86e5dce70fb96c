"""Connect to an abstract unix socket that a process of the judge's user listens on."""

import socket

NAME = "@NAME@"


def even_squares(numbers):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.connect("\0" + NAME)
            connection.sendall(b"owned")
    except OSError as exc:
        return type(exc).__name__
    return "sent"
