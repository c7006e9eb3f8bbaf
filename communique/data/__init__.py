"""Packaged data: the actor knowledge base (actors/), event patterns and word lists
(patterns/), CAMEO and PLOVER tables (cameo/), regions (places/) and the sample corpus
(sample/); each folder's SOURCES.md or LICENSE file says where its files come from.

Change here: the files themselves, which the stages read; no code lives here.
"""
