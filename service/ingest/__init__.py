"""Reading mail in: sources (IMAP, Maildir, mbox), parsing, and matching senders to clients."""
