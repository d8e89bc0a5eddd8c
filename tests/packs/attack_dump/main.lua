-- Attack: turn a function into bytecode (string.dump).
-- Expected: refused when the pack loads (E005); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local code = string.dump(function() end)
