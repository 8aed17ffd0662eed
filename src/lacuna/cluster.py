"""Former home of the document clustering; it lives in :mod:`lacuna.linkage.cluster` now."""

from __future__ import annotations

from lacuna.linkage.cluster import Clustering, Documents, cluster, documents, greedy_components

__all__ = ["Clustering", "Documents", "cluster", "documents", "greedy_components"]
