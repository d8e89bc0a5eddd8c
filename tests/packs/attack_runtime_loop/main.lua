-- Attack: hang the kiosk while a patient uses it: a condition function that never returns.
-- Expected: the pack loads (W124 only); when the patient taps Yes the instruction budget stops the function and the kiosk shows the error screen; waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() while true do end end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
