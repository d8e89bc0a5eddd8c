-- Attack: hang the kiosk in front of a patient: a condition that sorts long strings in a loop.
-- Expected: the pack loads (W124 only); when the patient taps Yes the time limit or the budget stops the function and the kiosk shows the calm error screen; waitroom --walk finds it.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" {
  say "Hello.",
  ask "ready",
  ask "more" { when = function() local a, b = string.rep("a", 1 << 20) .. "x", string.rep("a", 1 << 20) .. "y" local t = {} for i = 1, 2e4 do t[i] = i % 2 == 0 and a or b end for i = 1, 1e9 do table.sort(t) end end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "more" { text = "Tell us more?", options = { "Yes", "No" } }
