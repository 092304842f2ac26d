"""`python -m bot ...` as its own process, for tests that run Newsdesk as a user would."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from pathlib import Path


class Newsdesk:
    """The process, its stdout lines readable with a timeout, its stderr kept for messages."""

    def __init__(self, args: list[str], env: dict, cwd: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(
            target=self._pump, args=(self.proc.stdout, self.lines.put), daemon=True
        ).start()
        threading.Thread(
            target=self._pump, args=(self.proc.stderr, self.stderr.append), daemon=True
        ).start()

    @staticmethod
    def _pump(stream, put) -> None:
        for line in stream:
            put(line)

    def line(self, timeout: float = 20) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output; stderr: {''.join(self.stderr)}") from None

    def stop(self) -> str:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        return "".join(self.stderr)
