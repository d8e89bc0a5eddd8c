-- Attack: hang the kiosk in front of a patient: a condition comparing two 4 MiB strings in a loop (little for the budget, much for the clock).
-- Expected: the pack loads (W124 only); when the patient taps Yes the time limit or the budget stops the function and the kiosk shows the calm error screen; waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() local a, b = string.rep("a", 1 << 22) .. "x", string.rep("a", 1 << 22) .. "y" for i = 1, 1e9 do local _ = a < b end end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
