"""Shared by every test file: one CPU thread for torch in this process and in the commands the tests start.

The tests train tiny models, whose steps are many small operations. With two threads each, the test process and the
processes it starts (torchrun's two, a sweep's two runs at once) ask for more threads than a 2-core machine has, and
OpenMP threads that wait on each other then slow every small operation down many times over (on 2 cores the
course's training-loop tests take 30 s instead of 5 s). An OMP_NUM_THREADS already set in the environment is kept."""
import os

os.environ.setdefault('OMP_NUM_THREADS', '1')   # read by torch when it starts, here and in every child process
