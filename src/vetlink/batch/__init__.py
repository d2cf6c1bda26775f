"""Batch jobs on Apache Spark (optional extra ``spark``): the same ``assess()`` (through
``assess_many`` in ``mapPartitions``) and the same campaign keys, linking and clustering as
the CLI and the web app."""
