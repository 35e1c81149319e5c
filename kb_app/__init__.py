"""Crisis-case knowledge base: offline precedent search for IT-service managers."""
import os as _os

# numpy serves elementwise scoring here, never BLAS: one OpenBLAS thread, so importing numpy does
# not start (and spin) a thread per core -- half of its import's CPU in a cold `kb` command, and
# cores a busy machine has none to spare of. A user's own setting wins.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
