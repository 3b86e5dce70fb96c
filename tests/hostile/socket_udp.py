"""Send a UDP datagram to the machine (the test waits for it), and open raw, packet and netlink sockets."""

import socket

PORT = int("@PORT@")


def even_squares(numbers):
    outcome = {}
    kinds = {
        "udp": (socket.AF_INET, socket.SOCK_DGRAM, 0),
        "udp6": (socket.AF_INET6, socket.SOCK_DGRAM, 0),
        "raw": (socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP),
        "packet": (getattr(socket, "AF_PACKET", 17), socket.SOCK_RAW, 0),
        "netlink": (getattr(socket, "AF_NETLINK", 16), socket.SOCK_RAW, 0),
    }
    for name, (family, kind, protocol) in kinds.items():
        try:
            with socket.socket(family, kind, protocol) as opened:
                if name == "udp":
                    opened.sendto(b"owned", ("127.0.0.1", PORT))
                outcome[name] = "opened"
        except OSError as exc:
            outcome[name] = type(exc).__name__
    return outcome
