-- Attack: reach the C heap through a forged step (a step's kind changed to an index past the engine's table).
-- Expected: refused when the pack loads (E205); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
local step = say "Hello."
rawset(step, "k", 100000)
scene "welcome" { step, go = "@end" }
