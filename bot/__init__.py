"""The running program: settings, the Slack app, the command line."""
