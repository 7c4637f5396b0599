"""Validate several workspaces, on all cores when there is more than one.

Ctrl-C reaches every process of the terminal's foreground group. The workers ignore it
(they could only print tracebacks, or die holding a queue's lock and leave the others
blocked); the parent gets the KeyboardInterrupt, kills the workers without waiting for
them, and the top-level guard says "Avbrutet." and exits 130."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine import Result
from ..resultcache import validate as validate_workspace

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


def validate_roots(roots: list[Path], today: date, use_cache: bool = True) -> list[Result]:
    workers = min(len(roots), os.cpu_count() or 1)
    if workers <= 1:
        return [validate_workspace(root, today, use_cache) for root in roots]
    from concurrent.futures import ProcessPoolExecutor

    pool = None
    try:
        with _sigint_held():  # the workers start (and fork) with Ctrl-C held back
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
            futures = [pool.submit(validate_workspace, root, today, use_cache) for root in roots]
        results = [future.result() for future in futures]
        pool.shutdown()
        return results
    except BaseException:
        if pool is not None:
            with _sigint_held():  # a second Ctrl-C must not leave the workers running
                _stop(pool)
        raise


def _ignore_sigint() -> None:
    """In each worker, before its first task."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _sigint_held() -> Iterator[None]:
    """Block SIGINT here; one that arrives meanwhile is delivered when the block ends.
    A forked worker inherits the block, so none is interrupted before it ignores SIGINT."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the workers and leave at once; never wait on the pool's queues."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in processes:
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:  # reap them, so that none is left behind
        process.join(timeout=5)
    if manager is not None:  # it ends once it sees the workers gone; exiting while it closes
        manager.join(timeout=5)  # its pipe made concurrent.futures' exit hook print EBADF
