-- Attack: exhaust memory while a patient uses it: a condition function that hoards.
-- Expected: the pack loads (W124 only); when the patient taps Yes the memory cap stops the function and the kiosk shows the error screen; waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() local t = {} for i = 1, 1e9 do t[i] = string.rep("x", 1000) .. i end end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
