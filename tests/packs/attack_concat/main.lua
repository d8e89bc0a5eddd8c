-- Attack: join a table of 100,000 items into one string, again and again (table.concat).
-- Expected: table.concat is charged for its items: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local t = {}
for i = 1, 1e5 do t[i] = "x" end
for i = 1, 1e9 do local s = table.concat(t) end
