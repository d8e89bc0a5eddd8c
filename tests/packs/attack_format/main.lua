-- Attack: format a 4 MiB string, again and again (string.format).
-- Expected: what string.format makes counts against the memory cap and the budget: stopped (E004).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local s = string.rep("a", 1 << 22)
for i = 1, 1e9 do local f = string.format("%s%s", s, "!") end
