"""Running the receiver on uvicorn, hardened against slow and greedy clients.

The HTTP protocol (``http_protocol``: httptools' parser where it is installed, h11
otherwise) closes a connection whose headers have not all arrived within
``header_timeout`` seconds and caps the request line and headers at 16 KiB. The body
has its own deadline in the routes (408), and at most ``max_connections`` are served
at once (more get 503), so slow clients cannot hold up the others or exhaust the
server. ``workers`` processes may share the listening socket (one core serves about
300 submissions a second); each applies all of the above to its own connections.
"""

from __future__ import annotations

import gc
import importlib.util
import multiprocessing
import multiprocessing.connection
import signal
import socket

from healthcentre.receiver.http_limits import MAX_HEADER_BYTES, head_capped
from healthcentre.receiver.http_protocol import protocol_class

GC_YOUNG_THRESHOLD = 10_000  # Python's default is 700


def _config(app, settings, *, host: str, port: int, ssl_certfile: str | None, ssl_keyfile: str | None):
    import uvicorn

    protocol = protocol_class(settings.header_timeout)
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"  # uvloop has no Windows build
    return uvicorn.Config(head_capped(app), host=host, port=port, log_level="warning", access_log=False, http=protocol,
                          loop=loop, timeout_keep_alive=settings.keep_alive,
                          limit_concurrency=settings.max_connections, h11_max_incomplete_event_size=MAX_HEADER_BYTES,
                          ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)


def _server(make_app, settings, options: dict):
    """The uvicorn server of ``make_app(settings)``, with the cyclic garbage collector tuned for the
    receiver. Parsing a submission builds a few thousand objects that live until it is stored; with
    Python's default threshold (a young collection every 700 objects more allocated than freed) that
    set off two young collections a submission and an older one every sixth, about a third of the
    receiver's CPU. Nearly all of those objects are freed by reference counting, so young collections
    now come every ``GC_YOUNG_THRESHOLD``; and everything built at start (modules, the app, SQLAlchemy's
    and pydantic's schemas: ~130 000 objects) is moved out of the collector's scans (``gc.freeze``),
    which a full collection otherwise walks each time (~70 ms)."""
    import uvicorn

    server = uvicorn.Server(_config(make_app(settings), settings, **options))
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return server


def _serve_worker(make_app, settings, options: dict, sock: socket.socket | None) -> None:
    """One worker process: its own app (database engine, group committer, rate limiter) on its own
    SO_REUSEPORT socket, or on the shared ``sock`` where the system has no SO_REUSEPORT."""
    sock = sock or _bind(options["host"], options["port"], reuse_port=True)
    _server(make_app, settings, options).run(sockets=[sock])


def _bind(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def run(make_app, settings, *, host: str, port: int, workers: int = 1, ssl_certfile: str | None = None,
        ssl_keyfile: str | None = None) -> None:
    """Serve ``make_app(settings)`` with the timeouts and limits of ``settings`` until stopped.

    With ``workers`` above 1 that many worker processes each listen on the port with
    SO_REUSEPORT (the kernel spreads the connections among them by hash; a shared socket
    leaves it to whichever worker accepts first) and build their own app, with the header timeout
    and caps above. The first worker to exit (e.g. the port is taken) stops the others."""
    options = {"host": host, "port": port, "ssl_certfile": ssl_certfile, "ssl_keyfile": ssl_keyfile}
    if workers == 1:
        _server(make_app, settings, options).run()
        return
    sock = None if hasattr(socket, "SO_REUSEPORT") else _bind(host, port, reuse_port=False)
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_serve_worker, args=(make_app, settings, options, sock))
                 for _ in range(workers)]
    for process in processes:
        process.start()

    def stop(*_args) -> None:
        for process in processes:
            if process.is_alive():
                process.terminate()

    previous = {number: signal.signal(number, stop) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        multiprocessing.connection.wait([process.sentinel for process in processes])
        stop()
        for process in processes:
            process.join()
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if sock is not None:
            sock.close()
