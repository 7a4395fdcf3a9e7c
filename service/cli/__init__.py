"""The `doorstep` command: arguments (`main`), the commands they run, and `doorstep status`."""
