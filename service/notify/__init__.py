"""The digest: built from stored messages, rendered with Jinja2, stored, then sent exactly once a day."""
