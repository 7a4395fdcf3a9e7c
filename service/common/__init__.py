"""Pure helpers every stage uses, below them all: errors, address and phone forms, TLS, the clock,
text made safe for logs and progress reports. Nothing here imports a stage."""
