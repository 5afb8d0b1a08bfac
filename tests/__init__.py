"""The test package. Torch's CPU threads are set to one here, before anything imports torch: the
suite runs two pytest workers on two CPUs, each starting dnnlab processes, and OpenMP threads
that spin-wait for a core held by another process waste more time than they save (the whole
suite beside a bank helper: 28.7 min wall and 27.7 min of user CPU with torch's default
threads, 16.0 and 18.0 with one; two smaller test trims came in between). The processes the
tests start inherit the setting."""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
