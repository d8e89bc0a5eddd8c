-- Attack: reach for the system from a condition function while a patient uses it.
-- Expected: the pack loads (W124 only); when the patient taps Yes the kiosk shows the error screen ('os' is not available); waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() return os.execute("true") end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
