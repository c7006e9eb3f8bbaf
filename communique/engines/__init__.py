"""Engines that run communique's stages somewhere else than this machine's processes.

`communique.engines.ray`: a Ray Data actor pool (`pip install 'communique[ray]'`).

Change here: how batches reach the stage functions elsewhere; the stages themselves
(clean, code, write) stay the library's, so an engine stores the same rows as a local run.
"""
