-- Attack: unpack 100,000 items onto the stack, again and again (table.unpack).
-- Expected: table.unpack is charged for its items: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local t = {}
for i = 1, 1e5 do t[i] = i end
for i = 1, 1e9 do local n = select("#", table.unpack(t)) end
