"""Connected components on Spark DataFrames: the large-star / small-star iterations (Kiveris
et al., "Connected Components in MapReduce and Beyond", SoCC 2014).

Chosen over GraphFrames because GraphFrames needs its JAR from the Spark Packages / Maven
repository, which this project cannot fetch (only PyPI and npm are reachable, and nothing may
be downloaded at run time); the DataFrame version needs nothing beyond pyspark, converges in
O(log n) rounds, and each round is two joins/aggregations.

A graph of at most ``LOCAL_EDGES`` distinct edges is finished on the driver instead
(:func:`local_components`: the edges collected through Arrow, ``scipy.sparse.csgraph``): each
large-star/small-star round costs several shuffles and a checkpoint, seconds even for a
few hundred edges, while the campaign graph of a million personas has a few hundred thousand
edges (a few MB on the driver). Kiveris et al. likewise finish a graph in memory once it is
small. Larger graphs run the rounds.

Input: a DataFrame of edges ``(a, b)`` with long ids; output: ``(node, component)`` where the
component is the smallest node id of the part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MAX_ROUNDS = 60
LOCAL_EDGES = 5_000_000  # distinct edges up to which the components are found on the driver


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


def local_components(edges: Any) -> Any:
    """``(node, component)`` of a small edge DataFrame, computed on the driver."""
    import numpy as np
    import pandas as pd
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components as scipy_components

    frame = edges.toPandas()
    frame = frame[frame["a"] != frame["b"]]  # a node with only a loop has no part (as the rounds)
    ends = np.r_[frame["a"].to_numpy(np.int64), frame["b"].to_numpy(np.int64)]
    nodes, index = np.unique(ends, return_inverse=True)
    half = len(frame)
    graph = coo_matrix((np.ones(half), (index[:half], index[half:])),
                       shape=(len(nodes), len(nodes)))
    _, label = scipy_components(graph, directed=False)
    smallest = np.full(label.max() + 1 if len(label) else 0, np.iinfo(np.int64).max)
    np.minimum.at(smallest, label, nodes)  # nodes are sorted: the part's smallest id
    result = pd.DataFrame({"node": nodes, "component": smallest[label]})
    return edges.sparkSession.createDataFrame(result, "node long, component long")


def connected_components(edges: Any,
                         on_round: Callable[[int, int], None] | None = None,
                         local_edges: int = LOCAL_EDGES) -> Any:
    """``(node, component)`` for every node that has an edge (materialised, lineage cut).
    Up to ``local_edges`` distinct edges: :func:`local_components` (0 rounds); otherwise the
    rounds: ``on_round(round, edges)`` is told each round's edge count. :data:`ROUNDS` keeps
    the number of rounds of the last call."""
    from pyspark.sql import functions as F

    current = truncate(edges.select(F.col("a").cast("long"), F.col("b").cast("long"))
                       .distinct())
    if current.count() <= local_edges:
        ROUNDS[0] = 0
        return local_components(current)
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
