"""Review: what reviewers see before they approve (the risk-of-harm flag), and, with the workspace,
the review decisions."""
