-- Attack: never finish loading (an endless loop).
-- Expected: stopped by the instruction budget (E003); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
while true do end
