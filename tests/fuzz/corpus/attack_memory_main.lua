-- Attack: exhaust the kiosk's memory.
-- Expected: stopped by the memory cap (E004); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local hoard = {}
for i = 1, 1e9 do hoard[i] = string.rep("x", 1000) .. i end
