"""Weekly and monthly summaries: compute a summary object, then render it. No Qt."""
