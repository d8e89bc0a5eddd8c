-- Attack: patient text made of escapes that are not UTF-8 or are control characters (a bell, an escape sequence, a lone byte).
-- Expected: refused by the checker (E302) at each text; the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Bell \a and \27[2J clear screen.",
  say "A lone byte \xff here.",
  ask "q",
  go = "@end",
}
question "q" { text = "Pain \u{85} now?", options = { "Yes", "No\x01" } }
