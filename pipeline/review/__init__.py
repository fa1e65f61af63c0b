"""Review loop: run records to Label Studio tasks, reviewed tasks back to gold JSONL."""

from pipeline.review.label_studio import export_tasks, label_config, tasks_of, write_export
from pipeline.review.to_gold import gold_of_task, import_review

__all__ = ["export_tasks", "gold_of_task", "import_review", "label_config", "tasks_of", "write_export"]
