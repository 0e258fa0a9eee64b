"""Kernels of runs that start at the same moment never share a socket.

jupyter_client names IPC sockets kernel-ipc-1..5 in the working directory, taking the first names
not yet on disk; two runs starting a kernel together (the notebooks folder is every run's working
directory) took the same names, the later kernel's bind replaced the earlier's sockets, and the
first run died with "ValueError: Invalid Signature". Here two runs' kernels start concurrently in one
working directory: each must answer its own client, with its own pid."""

from __future__ import annotations

import asyncio
import os
import stat

from analysis.pipeline import kernel_config, kernel_sockets

READY_SECONDS = 60  # a kernel start on a loaded 2-core machine takes a few seconds


async def _own_pid(config: dict) -> tuple[int, int]:
    """(pid the kernel reports, pid the manager started)."""
    km = config["kernel_manager_class"](kernel_name="python3", config=config.get("config"))
    await km.start_kernel()
    kc = km.client()
    kc.start_channels()
    said: list[str] = []
    try:
        await kc.wait_for_ready(timeout=READY_SECONDS)
        await kc.execute_interactive("import os; print(os.getpid())", timeout=READY_SECONDS,
                                     output_hook=lambda m: said.append(m["content"].get("text", "")))
        return int("".join(said).strip()), km.provisioner.pid
    finally:
        kc.stop_channels()
        await km.shutdown_kernel(now=True)


def test_kernels_of_two_runs_started_together_answer_their_own_clients(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # papermill runs every kernel in the notebooks folder

    async def two_runs():
        with kernel_sockets() as a, kernel_sockets() as b:
            assert a != b
            for folder in (a, b):
                assert stat.S_IMODE(folder.stat().st_mode) == 0o700, "other users cannot reach the sockets"
            return await asyncio.gather(_own_pid(kernel_config(a)), _own_pid(kernel_config(b)))

    answers = asyncio.run(two_runs())
    for reported, started in answers:
        assert reported == started
    assert answers[0][0] != answers[1][0]
    assert not any(p.name.startswith("kernel-ipc") for p in tmp_path.iterdir()), "no socket in the working directory"


def test_kernel_sockets_folder_is_removed_after_the_run():
    with kernel_sockets() as folder:
        (folder / "kernel-1").touch()
    assert not folder.exists()
    assert len(str(folder / "kernel-99")) < 104, "fits sockaddr_un on Linux and macOS"
