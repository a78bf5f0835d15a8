"""The runtime's scheduler on a thread of its own, for the shell.

The line editor must own the main thread (it reads keys and receives
SIGINT), while processes spawned from the shell keep running between
prompts and print above the line being typed. So the scheduler runs here,
and only here touches the runtime: the main thread hands it work as
callables (``call`` waits for the answer, ``post`` does not) and is told of
finished evaluations through the shell's own bookkeeping. When no process
can run, the thread sleeps until the next timer or the next piece of work,
where ``beamish run`` would report a deadlock.
"""
from __future__ import annotations

import threading
from collections import deque
from typing import Any, Callable

from ..vm.runtime import Runtime


class SchedulerThread:
    def __init__(self, runtime: Runtime, after_step: Callable[[Any], None]):
        self.runtime = runtime
        self.after_step = after_step      # on this thread after each slice (with the process run, or None when idle)
        self.jobs: deque = deque()
        self.wakeup = threading.Condition()
        self.failure: BaseException | None = None   # what stopped the loop (e.g. halt/1)
        self.on_failure: Callable[[BaseException], None] | None = None
        self.thread = threading.Thread(target=self._loop, name="beamish-scheduler", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def post(self, job: Callable[[], Any]) -> None:
        with self.wakeup:
            self.jobs.append(job)
            self.wakeup.notify()

    def call(self, job: Callable[[], Any]) -> Any:
        """Run job on the scheduler thread and return its result (or raise its exception)."""
        done = threading.Event()
        box: list = []

        def run() -> None:
            try:
                box.append((True, job()))
            except Exception as exc:  # handed back to the caller
                box.append((False, exc))
            finally:
                done.set()
        self.post(run)
        done.wait()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    def _loop(self) -> None:
        runtime, jobs = self.runtime, self.jobs
        try:
            while True:
                while jobs:
                    jobs.popleft()()
                ran = runtime.step()
                self.after_step(ran)
                if ran is not None:
                    continue
                runtime.stdout.flush()
                with self.wakeup:
                    if jobs:
                        continue
                    delay = runtime.next_timer_delay()
                    if delay != 0:
                        self.wakeup.wait(delay)
                if runtime.next_timer_delay() == 0:
                    runtime.sleep_until_timer()  # only fires the timers that are due
        except BaseException as exc:  # halt/1, or a bug: the shell must hear of it
            self.failure = exc
            if self.on_failure is not None:
                self.on_failure(exc)
