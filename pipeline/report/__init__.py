"""The HTML report of a run folder: one offline file with charts, a filterable table and the evidence."""

from pipeline.report.page import build_report, render

__all__ = ["build_report", "render"]
