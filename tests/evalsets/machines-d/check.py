import csv, email, email.policy, os, re, sys, tomllib
D = "/work/main/tests/evalsets-unscored/machines-d"
cfg = tomllib.load(open(os.path.join(D, "config.toml"), "rb"))
roster = {c["name"]: c for c in cfg["clients"]}
rows = list(csv.DictReader(open(os.path.join(D, "labels.csv"), encoding="utf-8")))
emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert [r["file"] for r in rows] == emls or sorted(r["file"] for r in rows) == emls, "rows/files mismatch"
assert len(rows) == len(set(r["file"] for r in rows))
print(len(rows), "rows;", len(emls), "files;", len(roster), "clients")
digits = lambda s: re.sub(r"\D", "", s)
problems = 0
for r in rows:
    raw = open(os.path.join(D, r["file"]), "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    # walk every part, decode text
    texts = []
    for p in m.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        try:
            c = p.get_content()
        except Exception as e:
            print("DECODE FAIL", r["file"], ct, e); problems += 1; continue
        if isinstance(c, str):
            texts.append(c)
        elif isinstance(c, email.message.EmailMessage):
            texts.append(str(c))
    assert m["Date"] and m["From"] and m["Message-ID"] is not None or m["Message-Id"], r["file"]
    if r["client"]:
        assert r["client"] in roster, r
        assert r["tag"] in ("reply_needed", "fyi", "ignored"), r
        c = roster[r["client"]]
        hay = (str(m.get("From", "")) + str(m.get("Reply-To", "")) + "\n".join(texts) + raw.decode("latin-1")).lower()
        hit_mail = any(e.lower() in hay for e in c["emails"])
        hd = digits(hay)
        hit_phone = any(digits(p)[-9:] in hd for p in c["phones"])
        if not (hit_mail or hit_phone):
            print("NO ROSTER HIT", r["file"], r["client"], m["Subject"])
    else:
        assert r["tag"] == "", r
    assert r["kind"] in ("email", "voicemail", "sms")
    assert r["urgent"] in ("yes", "no")
    if r["urgent"] == "yes":
        assert r["tag"] == "reply_needed" and "distress" in r["traits"]
    for t in filter(None, r["traits"].split(";")):
        assert t in {"distress","idiom","rhetorical","self_answered","waved_off","retracted","reported","quoted","negated",
                     "partial_no_reply","footer","poem","announcement","former","voicemail","sms","bounce","arf","receipt",
                     "autoreply","calendar","gateway","mms","phone_service","untranscribed","partial","on_behalf",
                     "mentions_client"} or t.startswith("lang:"), t
    if "former" in r["traits"]:
        assert roster[r["client"]].get("status") == "former", r
    elif r["client"] and roster[r["client"]].get("status") == "former":
        print("former client without trait", r)
print("problems:", problems)
