-- Attack: hang the kiosk in front of a patient: a condition that shifts a 400,000-item table in C (table.insert and table.remove at the front).
-- Expected: the pack loads (W124 only); when the patient taps Yes the time limit or the budget stops the function and the kiosk shows the calm error screen; waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() local t = {} for i = 1, 4e5 do t[i] = i end for i = 1, 1e9 do table.insert(t, 1, i) table.remove(t, 1) end end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
