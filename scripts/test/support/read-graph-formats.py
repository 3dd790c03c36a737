"""Reads exported graph files with networkx, as a Gephi or Python user would, and prints
what it found as JSON: for each file, the counts, whether the graph is directed, and every
node's and edge's attributes."""

import json
import sys

import networkx as nx

READERS = {".graphml": nx.read_graphml, ".gexf": nx.read_gexf}


def describe(path):
    reader = next(read for suffix, read in READERS.items() if path.endswith(suffix))
    graph = reader(path)
    return {
        "directed": graph.is_directed(),
        "graph": {key: value for key, value in graph.graph.items() if isinstance(value, (str, int, bool))},
        "nodes": {node: dict(data) for node, data in graph.nodes(data=True)},
        "edges": [
            {"source": source, "target": target, **data}
            for source, target, data in graph.edges(data=True)
        ],
    }


print(json.dumps({path: describe(path) for path in sys.argv[1:]}, ensure_ascii=False))
