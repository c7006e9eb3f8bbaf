"""Engines that run communique's stages somewhere else than this machine's processes.

`communique.engines.ray`: a Ray Data actor pool (`pip install 'communique[ray]'`).
"""
