"""What happens for each Slack input, and the cards Newsdesk answers with."""
