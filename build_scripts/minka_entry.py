"""The bundle's entry point: the same `main` as `python -m app` and the `minka` script."""
import multiprocessing
import sys

from app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()   # a frozen Windows program re-runs itself for workers
    sys.exit(main())
