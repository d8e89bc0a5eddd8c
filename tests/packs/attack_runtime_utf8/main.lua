-- Attack: hang the kiosk in front of a patient: a condition walking a megabyte of text with utf8.offset in a loop.
-- Expected: the pack loads (W124 only); when the patient taps Yes the time limit or the budget stops the function and the kiosk shows the calm error screen; waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() local s = string.rep("a", 1 << 20) for i = 1, 1e9 do local n = utf8.offset(s, 1 << 20) end end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
