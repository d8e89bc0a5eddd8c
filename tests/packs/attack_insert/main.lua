-- Attack: shift a 400,000-item table in C, again and again (table.insert and table.remove at the front).
-- Expected: table.insert and remove are charged for the items they move: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local t = {}
for i = 1, 4e5 do t[i] = i end
for i = 1, 1e9 do table.insert(t, 1, i) table.remove(t, 1) end
