-- The RAM scan's pack (tests/privacy/ram_scan.c): one typed question, then the list.
meta { title = "Typing test", language = "en", version = "test" }
start "note"
scene "note" { ask "note", go = "@end" }
question "note" { text = "Tell us anything.", typed = true }
