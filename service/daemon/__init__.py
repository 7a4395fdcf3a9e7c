"""Doorstep as a background service: one mailbox's scheduled jobs (poll, digest, retention), the
kept connection, the lease, backoff, IDLE, and the practice of many coaches' mailboxes."""
