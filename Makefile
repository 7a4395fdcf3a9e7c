# Doorstep's two front doors: `make demo` and `make test`. Both set everything up themselves.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := $(BIN)/doorstep --config demo/config.toml

.PHONY: demo test lint system-deps screenshots clean

$(STAMP): pyproject.toml deploy/make-venv.sh
	@sh deploy/make-venv.sh "$(PYTHON)" "$(VENV)"
	@touch $@

# Ingest the demo Maildir (a coach's week), store it in SQLite, write the digest to a file,
# and print its text. Starts from scratch each time; nothing touches the network.
demo: $(STAMP)
	@rm -rf .demo
	@$(DEMO) poll
	@$(DEMO) digest --send
	@echo
	@$(BIN)/python -c 'import email, email.policy, glob; \
	  m = email.message_from_bytes(open(sorted(glob.glob(".demo/digests/*.eml"))[-1], "rb").read(), policy=email.policy.default); \
	  print("Subject:", m["Subject"]); print(); print(m.get_body(("plain",)).get_content())'

# What the integration tests need from Debian's packages: Dovecot and Cyrus (real IMAP servers),
# PostgreSQL, Chromium and systemd-analyze. tests/system_deps.py checks for the very files the
# tests use (the fixtures ask it too); if any is missing, deploy/install-test-deps.sh installs it,
# with root or sudo, and stops without changing anything if apt would remove a package. Without
# them those tests are skipped with the reason, except in CI, where they fail.
system-deps:
	@$(PYTHON) -m tests.system_deps || sh deploy/install-test-deps.sh \
	  || { [ -z "$$CI" ] && echo "The test dependencies were not installed: the tests that need them will be skipped."; }

lint: $(STAMP)
	$(BIN)/ruff check service tests
	$(BIN)/ruff format --check service tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# All the tests, then the storage tests (those marked `storage`, which tests/conftest.py gives
# every test that uses the database fixture) a second time on PostgreSQL, a private server the
# tests start.
test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest
	DOORSTEP_TEST_DATABASE=postgresql $(BIN)/python -m pytest -q -m storage

# The digest `make demo` just sent, as HTML, and screenshots of it at phone and desktop widths,
# with what the browser measured (page height, widest line, lowest contrast), in .demo/.
screenshots: $(STAMP) system-deps demo
	@$(DEMO) digest --preview .demo/digest.html
	@DOORSTEP_SCREENSHOTS=.demo DOORSTEP_DIGEST=.demo/digest.html \
	  $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_render_browser.py
	@echo "Preview: .demo/digest.html  Screenshots: .demo/digest-phone.png .demo/digest-desktop.png"
	@cat .demo/digest-phone.json .demo/digest-desktop.json

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
