"""Connected components on Spark DataFrames: the large-star / small-star iterations (Kiveris
et al., "Connected Components in MapReduce and Beyond", SoCC 2014).

Chosen over GraphFrames because GraphFrames needs its JAR from the Spark Packages / Maven
repository, which this project cannot fetch (only PyPI and npm are reachable, and nothing may
be downloaded at run time); the DataFrame version needs nothing beyond pyspark, converges in
O(log n) rounds, and each round is two joins/aggregations.

Input: a DataFrame of edges ``(a, b)`` with long ids; output: ``(node, component)`` where the
component is the smallest node id of the part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MAX_ROUNDS = 60


def large_star(edges: Any) -> Any:
    """Each node links every larger neighbour to its smallest neighbour (itself included)."""
    from pyspark.sql import functions as F

    both = edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b")))
    smallest = both.groupBy("a").agg(F.min("b").alias("m"))
    smallest = smallest.withColumn("m", F.least("a", "m"))
    return (both.join(smallest, "a").where(F.col("b") > F.col("a"))
            .select(F.col("b").alias("a"), F.col("m").alias("b")).distinct())


def small_star(edges: Any) -> Any:
    """Each node links itself and its smaller neighbours to its smallest neighbour."""
    from pyspark.sql import functions as F

    oriented = edges.select(F.greatest("a", "b").alias("a"), F.least("a", "b").alias("b"))
    smallest = oriented.groupBy("a").agg(F.min("b").alias("m"))
    moved = (oriented.join(smallest, "a").where(F.col("b") != F.col("m"))
             .select(F.col("b").alias("a"), F.col("m").alias("b")))
    tied = smallest.select(F.col("a"), F.col("m").alias("b"))
    return moved.union(tied).distinct()


def truncate(frame: Any) -> Any:
    """Materialise ``frame`` and cut its lineage, so the plan of round k does not hold the
    k rounds before it: a reliable checkpoint when the job has a checkpoint directory
    (``spark.sparkContext.setCheckpointDir``, what a cluster should use: it survives a lost
    executor), a local one (executor storage) otherwise."""
    if frame.sparkSession.sparkContext.getCheckpointDir():
        return frame.checkpoint(eager=True)
    return frame.localCheckpoint(eager=True)


def connected_components(edges: Any,
                         on_round: Callable[[int, int], None] | None = None) -> Any:
    """``(node, component)`` for every node that has an edge (materialised, lineage cut).
    ``on_round(round, edges)`` is told each round's edge count; :data:`ROUNDS` keeps the
    number of rounds of the last call."""
    from pyspark.sql import functions as F

    current = truncate(edges.select(F.col("a").cast("long"), F.col("b").cast("long"))
                       .distinct())
    rounds = 0
    for rounds in range(1, MAX_ROUNDS + 1):
        after = truncate(small_star(large_star(current)))
        # both steps only ever replace an edge by one to a smaller node, so the edge set is
        # final once a round adds no edge it did not have
        changed = after.subtract(current).limit(1).count()
        current = after
        if on_round is not None:
            on_round(rounds, current.count())
        if changed == 0:
            break
    else:
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    ROUNDS[0] = rounds
    parents = current.select(F.greatest("a", "b").alias("node"),
                             F.least("a", "b").alias("component"))
    roots = parents.select(F.col("component").alias("node"), F.col("component")).distinct()
    return truncate(parents.union(roots).groupBy("node").agg(F.min("component")
                                                              .alias("component")))


ROUNDS = [0]  # rounds of the last connected_components call (for logs and tests)
