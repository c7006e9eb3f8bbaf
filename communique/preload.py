"""Imported by the worker pool's fork server (`communique.workers`): loads the pipeline once,
before any worker is forked from it."""

from communique.workers import preload

preload()
