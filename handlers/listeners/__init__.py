"""Bolt listeners, one small module per Slack input."""
