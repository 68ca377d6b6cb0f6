"""One open case: the header, the summary, the reassignment notice and the jobs that load the case."""
