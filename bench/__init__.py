"""Benchmarks: `make bench` prints figures, never asserts on time."""
